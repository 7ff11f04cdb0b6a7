"""Erasing a case: its key is destroyed (crypto-shredding), its files and index entry are gone."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from desistkit_tui.core.errors import Damage, NoSuchCase, TamperedFile
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin, envelope, keystore
from desistkit_tui.core.vault.index import REL as INDEX_REL
from desistkit_tui.core.vault.index import read_index
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.keyshards import ShardedKeyStore
from desistkit_tui.core.vault.names import case_rel
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
    """Every key an unlocked vault holds: master, data and header keys, every shard key and
    every remaining case key."""
    store = vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    ring = vault.files.ring
    return [
        ring.master,
        ring.data,
        ring.header,
        *(key for _, key in store._table),
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
        doomed_key = bytes(handle._key.buffer)
    assert _opens(copied[session_rel], _every_key(vault), vid, session_rel)
    store = vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    doomed_shard = store.shard_file(doomed)[0]
    assert doomed_shard in copied

    vault.erase_case(doomed)
    vault.lock()

    fresh = Vault.unlock(vault_path, PASS)
    keys = _every_key(fresh)
    assert len(copied) >= 4
    for rel, data in copied.items():
        if rel.startswith(f"{keystore.FOLDER}/") and rel != doomed_shard:
            # Another case's shard, not written by the erasure: it may still open, but it
            # never held the erased case's key.
            for key in keys:
                with contextlib.suppress(TamperedFile):
                    plain = envelope.open_sealed(data, key, vid, rel)
                    assert doomed_key.hex().encode() not in plain and doomed not in plain.decode()
            continue
        assert not _opens(data, keys, vid, rel), rel
    # The erased case's old shard is gone from the vault, no file in it holds the erased key,
    # and the remaining case still opens (its files were not re-encrypted).
    assert not (vault_path / doomed_shard).exists()
    for path in vault_path.rglob("*"):
        if path.is_file():
            assert doomed_key not in path.read_bytes(), path
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
    assert "version = 3" in (vault_path / "vault.toml").read_text()
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
    store = vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    before = vault_path / store.shard_file(doomed)[0]
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


def test_an_erasure_whose_index_write_failed_is_not_reported_as_a_deleted_case(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case leaves the index's ledger first; if that write fails (a full disk, only a
    warning), the ledger still names the case once it is erased. Its tombstone says it went
    on purpose: neither the case list nor ``vault verify`` calls it deleted."""
    from desistkit_tui.core.errors import StorageError
    from desistkit_tui.core.vault.index import CaseIndex

    vault, gone, _, _ = _vault_with_cases(vault_path, fast_kdf)

    def disk_full(self: CaseIndex, case_id: str | None = None) -> None:
        raise StorageError("write", INDEX_REL, OSError(28, "No space left on device"))

    monkeypatch.setattr(CaseIndex, "flush", disk_full)
    vault.erase_case(gone)
    vault.lock()  # the index cannot be written at lock either
    monkeypatch.undo()
    assert any(isinstance(w, StorageError) for w in vault.warnings)
    again = Vault.unlock(vault_path, PASS)
    assert gone not in [s.id for s in again.summaries()]
    assert all(not s.problem for s in again.summaries())
    assert admin.verify(again).ok
    again.lock()
    assert admin.verify(Vault.unlock(vault_path, PASS)).ok


@pytest.mark.parametrize("failing", ["key store", "folder fsync"])
def test_an_erasure_that_fails_before_the_key_is_dropped_leaves_the_case_whole(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """The error says the case was not erased: so it is all there, listed and readable, and
    no later unlock erases it behind the caseworker's back."""
    from desistkit_tui.core.errors import StorageError
    from desistkit_tui.core.vault import staging

    vault, doomed, _, session = _vault_with_cases(vault_path, fast_kdf)
    if failing == "key store":

        def commit(generation: int, sealed: bytes) -> None:
            raise StorageError("write", "vault.toml", OSError(28, "No space left on device"))

        monkeypatch.setattr(vault, "commit_keystore", commit)
    else:

        def fsync_folder(path: Path) -> None:
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(staging, "fsync_folder", fsync_folder)
    with pytest.raises(StorageError):
        vault.erase_case(doomed)
    monkeypatch.undo()
    assert doomed in [s.id for s in vault.summaries() if not s.problem]
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    assert doomed in [s.id for s in again.summaries() if not s.problem]
    with again.open_case(doomed, write=False) as handle:
        assert handle.load_session(session)["body"]["text"] == "to be forgotten"
    assert admin.verify(again).ok


def test_an_erasure_whose_folder_could_not_be_put_back_is_undone_at_the_next_unlock(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk refused the key store and then the rename back too: the case is out of the
    list until the next unlock, which puts it back (its key is still there), not erases it."""
    from desistkit_tui.core.errors import StorageError
    from desistkit_tui.core.vault import staging

    vault, doomed, kept, session = _vault_with_cases(vault_path, fast_kdf)

    def commit(generation: int, sealed: bytes) -> None:
        raise StorageError("write", "vault.toml", OSError(30, "Read-only file system"))

    monkeypatch.setattr(vault, "commit_keystore", commit)
    monkeypatch.setattr(staging, "_put_back", lambda files, case_id: False)
    with pytest.raises(StorageError):
        vault.erase_case(doomed)
    monkeypatch.undo()
    assert (vault_path / "cases" / f".gone-{doomed}").is_dir()
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    assert sorted(s.id for s in again.summaries() if not s.problem) == sorted([doomed, kept])
    with again.open_case(doomed, write=False) as handle:
        assert handle.load_session(session)["body"]["text"] == "to be forgotten"
    assert admin.verify(again).ok


def test_the_audit_entry_is_written_at_the_commit_point_not_after_the_files(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the key is dropped the case is erased: if its files then cannot be removed (or the
    process dies while they are), the audit entry is there already, the erasure is not
    reported as failed, and the next unlock removes what is left."""
    vault, doomed, kept, _ = _vault_with_cases(vault_path, fast_kdf)

    def stuck(path: object, *args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(shutil, "rmtree", stuck)
    assert vault.erase_case(doomed) == "K-ERASE"  # erased: its key is gone
    monkeypatch.undo()
    last = vault.audit.entries()[-1]
    assert (last["action"], last["case"]) == ("case-erased", "K-ERASE")
    assert vault.warnings and "input/output error" in str(vault.warnings[-1])
    assert [s.id for s in vault.summaries()] == [kept]
    assert doomed not in vault.files.case_keys.case_ids()  # type: ignore[union-attr]
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    assert [p.name for p in (vault_path / "cases").iterdir() if doomed in p.name] == []
    assert [e["action"] for e in again.audit.entries()].count("case-erased") == 1
    assert admin.verify(again).ok
    again.lock()
