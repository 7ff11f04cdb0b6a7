"""Erasing a case: its key is destroyed (crypto-shredding), its files and index entry are gone."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desistkit_tui.core.errors import Damage, NoSuchCase, TamperedFile
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin, envelope, keystore
from desistkit_tui.core.vault.index import case_rel, read_index
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


def _vault_with_cases(path: Path, kdf: KdfParams) -> tuple[Vault, str, str, str]:
    vault, _ = Vault.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    doomed = vault.create_case("K-ERASE")
    kept = vault.create_case("K-KEEP")
    with vault.open_case(doomed.id) as handle:
        session = handle.save_session(SessionKind.REFLECTION, {"text": "to be forgotten"})
        handle.save_draft("d", {"text": "also"})
    with vault.open_case(kept.id) as handle:
        handle.save_session(SessionKind.CARDS, {"text": "stays"})
    vault.summaries()
    return vault, doomed.id, kept.id, session


def test_erase_removes_key_folder_and_index_entry(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, doomed, kept, _ = _vault_with_cases(vault_path, fast_kdf)
    assert vault.erase_case(doomed) == "K-ERASE"
    assert not (vault_path / case_rel(doomed, "")).exists()
    assert [s.id for s in vault.summaries()] == [kept]
    assert [c[0] for c in read_index(vault.files)["cases"]] == [kept]
    last = vault.audit.entries()[-1]
    assert (last["who"], last["action"], last["case"]) == ("anna", "case-erased", "K-ERASE")
    with pytest.raises(NoSuchCase):
        vault.erase_case(doomed)
    with pytest.raises(NoSuchCase):
        vault.open_case(doomed)
    assert admin.verify(vault).ok
    vault.lock()
    assert [s.id for s in Vault.unlock(vault_path, PASS).summaries()] == [kept]


@pytest.mark.parametrize("bad_id", ["", ".", "..", "../cases", "a/b", ".hidden", "..\\x"])
def test_case_ids_are_never_paths(vault_path: Path, fast_kdf: KdfParams, bad_id: str) -> None:
    vault, doomed, kept, _ = _vault_with_cases(vault_path, fast_kdf)
    with pytest.raises(NoSuchCase):
        vault.erase_case(bad_id)
    with pytest.raises(NoSuchCase):
        vault.open_case(bad_id)
    assert (vault_path / "vault.toml").is_file()
    assert {s.id for s in vault.summaries()} == {doomed, kept}


def _every_key(vault: Vault) -> list[Secret]:
    """Every key an unlocked vault holds: master, data and header keys, the key-store key and
    every remaining case key."""
    store = vault.files.case_keys
    assert store is not None
    ring = vault.files.ring
    return [
        ring.master,
        ring.data,
        ring.header,
        store._key,
        *(store.case_key(case_id) for case_id in store.case_ids()),
    ]


def _opens(data: bytes, keys: list[Secret], vault_id: bytes, rel: str) -> bool:
    for key in keys:
        try:
            envelope.open_sealed(data, key, vault_id, rel)
        except TamperedFile:
            continue
        return True
    return False


def test_erased_case_cannot_be_decrypted_from_a_copy(
    vault_path: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """A copy of the case folder and of the key store taken before erasure: afterwards, no key
    the vault holds opens any of its files, and the folder copied back is reported."""
    vault, doomed, kept, session = _vault_with_cases(vault_path, fast_kdf)
    folder = vault_path / case_rel(doomed, "")
    aside = tmp_path / "copy-taken-before"
    shutil.copytree(folder, aside)
    shutil.copytree(vault_path / keystore.FOLDER, tmp_path / "keys-before")
    session_rel = case_rel(doomed, f"sessions/{session}.toml.enc")
    copied = {
        case_rel(doomed, p.relative_to(aside).as_posix()): p.read_bytes()
        for p in aside.rglob("*.enc")
    }
    copied |= {
        f"{keystore.FOLDER}/{p.name}": p.read_bytes() for p in (tmp_path / "keys-before").iterdir()
    }
    vid = vault.files.vault_id
    # Before erasure the copy opens with the vault's keys (so the checks below can fail):
    with vault.open_case(doomed) as handle:
        assert vault.files.read_doc(session_rel, handle._key)["body"]["text"] == "to be forgotten"
    assert _opens(copied[session_rel], _every_key(vault), vid, session_rel)

    vault.erase_case(doomed)
    vault.lock()

    fresh = Vault.unlock(vault_path, PASS)
    keys = _every_key(fresh)
    assert len(copied) >= 4
    for rel, data in copied.items():
        assert not _opens(data, keys, vid, rel), rel
    # The old key-store generation is gone from the vault, and the remaining case still opens
    # (its files were not re-encrypted: only its key was wrapped anew).
    assert not (vault_path / next(r for r in copied if r.startswith("keys/"))).exists()
    with fresh.open_case(kept) as handle:
        assert handle.case.code == "K-KEEP"

    # The copy comes back: reported as an erased case, in the list and by verify.
    shutil.copytree(aside, folder)
    listed = {s.id: s for s in fresh.summaries()}
    problem = listed[doomed].problem
    assert isinstance(problem, TamperedFile) and problem.damage is Damage.ERASED
    assert not listed[kept].problem
    with pytest.raises(TamperedFile):
        fresh.open_case(doomed)
    report = admin.verify(fresh)
    erased = [p for p in report.problems if getattr(p, "damage", None) is Damage.ERASED]
    assert erased and "was erased" in str(erased[0])
    # ... and the restored leftovers can be erased again, although they are unreadable.
    assert fresh.erase_case(doomed).startswith("?")
    assert admin.verify(fresh).ok


def test_a_format_1_vault_is_upgraded_and_its_key_files_shredded(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """The fixture of format 1 (case keys in key.enc) opens, and moves its keys to the store."""
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "vault-schema1"
    shutil.copytree(fixture, vault_path)
    for folder, _, names in os.walk(vault_path):  # git does not keep 0600/0700 modes
        os.chmod(folder, 0o700)
        for name in names:
            os.chmod(os.path.join(folder, name), 0o600)
    assert "version = 1" in (vault_path / "vault.toml").read_text()
    vault = Vault.unlock(vault_path, "schema one fixture passphrase")
    assert sorted(s.code for s in vault.summaries()) == ["FIX-001", "FIX-002"]
    assert all(not s.problem for s in vault.summaries())
    assert "version = 2" in (vault_path / "vault.toml").read_text()
    assert not list(vault_path.glob("cases/*/key.enc"))
    vault.lock()
    again = Vault.unlock(vault_path, "schema one fixture passphrase")
    assert all(not s.problem for s in again.summaries())
    assert admin.verify(again).ok


def test_a_damaged_case_can_be_erased(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, doomed, kept, _ = _vault_with_cases(vault_path, fast_kdf)
    with vault.open_case(doomed) as handle:  # schema damage: decrypts, but does not validate
        vault.files.write_doc(case_rel(doomed), handle.case.to_doc() | {"x": 1}, handle._key)
    assert vault.erase_case(doomed).startswith("?")
    assert [s.id for s in vault.summaries()] == [kept]


def test_the_previous_key_store_is_overwritten_before_removal(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, doomed, _, _ = _vault_with_cases(vault_path, fast_kdf)
    (before,) = (vault_path / keystore.FOLDER).iterdir()
    original = before.read_bytes()
    seen: list[bytes] = []
    real_unlink = Path.unlink

    def spy(self: Path, missing_ok: bool = False) -> None:
        if self == before:
            seen.append(self.read_bytes())
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", spy)
    vault.erase_case(doomed)
    assert len(seen) == 1
    assert len(seen[0]) == len(original) and seen[0] != original
    assert not before.exists()
