"""Erasing a case: its key is destroyed (crypto-shredding), its files and index entry are gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desistkit_tui.core.errors import NoSuchCase, TamperedFile
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin, envelope
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


def test_erased_case_cannot_be_decrypted_from_a_copy(
    vault_path: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    vault, doomed, kept, session = _vault_with_cases(vault_path, fast_kdf)
    folder = vault_path / case_rel(doomed, "")
    aside = tmp_path / "copy-taken-before"
    shutil.copytree(folder, aside)
    session_rel = case_rel(doomed, f"sessions/{session}.toml.enc")
    # Before erasure the copy is readable (so the checks below can fail):
    with vault.open_case(doomed) as handle:
        assert vault.files.read_doc(session_rel, handle._key)["body"]["text"] == "to be forgotten"

    vault.erase_case(doomed)
    vault.lock()

    # The copy comes back, without its key file (that is what erasing destroyed).
    shutil.copytree(aside, folder)
    (folder / "key.enc").unlink()
    fresh = Vault.unlock(vault_path, PASS)
    listed = {s.id: s for s in fresh.summaries()}
    assert listed[doomed].problem
    assert not listed[kept].problem
    with pytest.raises(TamperedFile):
        fresh.open_case(doomed)
    # No key this vault holds opens any of the files.
    data_key = fresh.files.ring.data
    for path in (aside / "sessions").iterdir():
        with pytest.raises(TamperedFile):
            envelope.open_sealed(path.read_bytes(), data_key, fresh.files.vault_id, session_rel)
    # Another case's key file does not fit either (its path is bound in).
    shutil.copy(vault_path / case_rel(kept, "key.enc"), folder / "key.enc")
    with pytest.raises(TamperedFile):
        fresh.open_case(doomed)
    report = admin.verify(fresh)
    assert case_rel(doomed, "key.enc") in [getattr(p, "path", "") for p in report.problems]
    # ... and the restored leftovers can be erased again, although they are unreadable.
    assert fresh.erase_case(doomed).startswith("?")
    assert admin.verify(fresh).ok


def test_a_damaged_case_can_be_erased(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, doomed, kept, _ = _vault_with_cases(vault_path, fast_kdf)
    with vault.open_case(doomed) as handle:  # schema damage: decrypts, but does not validate
        vault.files.write_doc(case_rel(doomed), handle.case.to_doc() | {"x": 1}, handle._key)
    assert vault.erase_case(doomed).startswith("?")
    assert [s.id for s in vault.summaries()] == [kept]


def test_key_file_is_overwritten_before_removal(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, doomed, _, _ = _vault_with_cases(vault_path, fast_kdf)
    key_file = vault_path / case_rel(doomed, "key.enc")
    original = key_file.read_bytes()
    seen: list[bytes] = []
    real_unlink = Path.unlink

    def spy(self: Path, missing_ok: bool = False) -> None:
        # the folder is renamed out of the list (cases/.gone-<id>/) before the key is shredded
        if self.name == "key.enc" and self.parent.name.endswith(doomed):
            seen.append(self.read_bytes())
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", spy)
    vault.erase_case(doomed)
    assert len(seen) == 1
    assert len(seen[0]) == len(original) and seen[0] != original
