"""Vault format 3: case keys in key shards (core/vault/keyshards.py), with real files and
real encryption. A change touches one shard; an erasure leaves no copy of the erased key in
any file of the vault; a format-2 vault is migrated at unlock (and read if it cannot be);
an interrupted write never loses a key of a case that exists nor keeps an erased one."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from desistkit_tui.core.errors import StorageError, TamperedFile
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin, atomic, envelope, keyshards
from desistkit_tui.core.vault.atomic import Modes
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.keyshards import ShardedKeyStore, shard_of
from desistkit_tui.core.vault.keystore import KeyStore
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "vault-format2"
FIXTURE_PASS = "format two fixture passphrase"
KEPT, OTHER, ERASED = "5090fbf013da8339", "149b6d58b73d2beb", "9e601f379ae47c2d"


class Killed(BaseException):
    """The process dies here (kill -9): nothing after this point runs."""


def _format2(path: Path) -> Path:
    shutil.copytree(FIXTURE, path)
    for folder, _, names in os.walk(path):  # git does not keep 0600/0700 modes
        os.chmod(folder, 0o700)
        for name in names:
            os.chmod(os.path.join(folder, name), 0o600)
    return path


def _store(vault: Vault) -> ShardedKeyStore:
    store = vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    return store


def _keys_folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (path / "keys").iterdir()}


def _holding(vault: Vault, key: bytes) -> list[str]:
    """Every file of the vault that holds ``key`` (raw or as hex), as it is on disk or
    decrypted with any key the vault holds now (master, data, header, shard and case keys)."""
    store, ring = _store(vault), vault.files.ring
    keys = [ring.master, ring.data, ring.header, *(k for _, k in store._table)]
    keys += [store.case_key(c) for c in store.case_ids()]
    found = []
    for path in vault.root.rglob("*"):
        if not path.is_file() or path.name == ".lock":
            continue
        rel = path.relative_to(vault.root).as_posix()
        data = path.read_bytes()
        plains = [data]
        for candidate in keys:
            with contextlib.suppress(TamperedFile):
                plains.append(envelope.open_sealed(data, candidate, vault.files.vault_id, rel))
        if any(key in p or key.hex().encode() in p for p in plains):
            found.append(rel)
    return found


def _case_key(vault: Vault, case_id: str) -> bytes:
    key = _store(vault).case_key(case_id)
    try:
        return bytes(key.buffer)
    finally:
        key.wipe()


@pytest.fixture
def many(vault_path: Path, fast_kdf: KdfParams) -> Vault:
    """A vault of 40 cases: their keys spread over many shards."""
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for n in range(40):
        vault.create_case(f"S-{n:03d}")
    vault.summaries()
    return vault


def test_a_format_2_vault_is_migrated_at_unlock(tmp_path: Path) -> None:
    path = _format2(tmp_path / "v2")
    assert "version = 2" in (path / "vault.toml").read_text()
    old = [name for name in os.listdir(path / "keys")]
    assert old == ["gen-0000000005.toml.enc"]

    vault = Vault.unlock(path, FIXTURE_PASS)
    store = _store(vault)
    assert "version = 3" in (path / "vault.toml").read_text()
    assert sorted(s.code for s in vault.summaries()) == ["FIX2-001", "FIX2-002"]
    assert all(not s.problem for s in vault.summaries())
    with vault.open_case(KEPT) as handle:
        (session,) = handle.session_ids()
        assert handle.load_session(session)["body"]["text"] == "kept after the migration"
    assert store.case_ids() == sorted([KEPT, OTHER])
    assert ERASED in store.erased  # the tombstone moved with the keys
    # Only the shards the table names are left: the format-2 generation was shredded.
    assert {f"keys/{n}" for n in os.listdir(path / "keys")} == store.file_names()
    assert admin.verify(vault).ok
    vault.lock()
    again = Vault.unlock(path, "ED285-1CWRQ-YK19F-3DE3D-N44QC-Z9XC1")  # the recovery key
    assert sorted(s.code for s in again.summaries()) == ["FIX2-001", "FIX2-002"]
    again.lock()


def test_a_format_2_vault_that_cannot_be_migrated_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The migration's writes fail (a full disk): the vault opens read-only with its format-2
    key store, nothing is lost, and the next unlock migrates it."""
    path = _format2(tmp_path / "v2")

    def full(*args: object, **kwargs: object) -> None:
        raise StorageError("write", str(path / "keys"), OSError(28, "No space left on device"))

    monkeypatch.setattr(keyshards, "exclusive_write", full)
    vault = Vault.unlock(path, FIXTURE_PASS)
    assert vault.read_only
    assert isinstance(vault.files.case_keys, KeyStore)
    assert "version = 2" in (path / "vault.toml").read_text()
    assert os.listdir(path / "keys") == ["gen-0000000005.toml.enc"]
    with vault.open_case(KEPT, write=False) as handle:
        assert handle.case.code == "FIX2-001"
    vault.lock()
    monkeypatch.undo()
    again = Vault.unlock(path, FIXTURE_PASS)
    assert isinstance(again.files.case_keys, ShardedKeyStore) and not again.read_only
    assert sorted(s.code for s in again.summaries()) == ["FIX2-001", "FIX2-002"]
    again.lock()


def test_a_migration_killed_before_its_header_is_finished_at_the_next_unlock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after the shards were written, before vault.toml named them: the header still
    names the format-2 generation; the next unlock shreds the unnamed shards and migrates."""
    path = _format2(tmp_path / "v2")

    def kill(self: Vault, change: object) -> None:
        raise Killed

    monkeypatch.setattr(Vault, "change_header", kill)
    monkeypatch.setattr(keyshards, "shred", lambda p: None)  # a killed process cleans nothing
    with pytest.raises(Killed):
        Vault.unlock(path, FIXTURE_PASS)
    monkeypatch.undo()
    assert "version = 2" in (path / "vault.toml").read_text()
    assert any(n.startswith("shard-") for n in os.listdir(path / "keys"))
    vault = Vault.unlock(path, FIXTURE_PASS)
    store = _store(vault)
    assert {f"keys/{n}" for n in os.listdir(path / "keys")} == store.file_names()
    assert store.case_ids() == sorted([KEPT, OTHER])
    assert admin.verify(vault).ok
    vault.lock()


def test_create_and_erase_write_one_shard(many: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the file layer: one shard written per create or erase, one shard file
    replaced in keys/, every other shard byte for byte as it was."""
    path, store = many.root, _store(many)
    written: list[str] = []
    real = atomic.exclusive_write

    def counting(target: Path, data: bytes, modes: Modes, tmp: Path | None = None) -> bool:
        written.append(target.name)
        return real(target, data, modes, tmp)

    monkeypatch.setattr(keyshards, "exclusive_write", counting)
    assert len(store.file_names()) > 10  # 40 cases over many shards
    before = _keys_folder(path)
    case = many.create_case("S-NEW")
    after = _keys_folder(path)
    assert len(written) == 1 and written[0].startswith(f"shard-{shard_of(case.id):03d}-")
    assert len(after) == len(before) or len(after) == len(before) + 1  # a shard new or moved
    assert {n: b for n, b in after.items() if n in before} == {
        n: b for n, b in before.items() if n in after
    }
    assert set(after) - set(before) == {written[0]}

    written.clear()
    before = after
    many.erase_case(case.id)
    after = _keys_folder(path)
    assert len(written) == 1 and written[0].startswith(f"shard-{shard_of(case.id):03d}-")
    assert set(after) - set(before) == {written[0]}
    assert len(set(before) - set(after)) == 1
    assert {n: b for n, b in after.items() if n in before} == {
        n: b for n, b in before.items() if n in after
    }


def test_erasure_leaves_no_copy_of_the_key_in_any_file(many: Vault) -> None:
    path = many.root
    doomed = many.create_case("S-GONE")
    with many.open_case(doomed.id) as handle:
        handle.save_session(SessionKind.REFLECTION, {"text": "to be forgotten"})
    key = _case_key(many, doomed.id)
    old_shard = path / _store(many).shard_file(doomed.id)[0]
    assert old_shard.is_file()
    assert _holding(many, key) == [_store(many).shard_file(doomed.id)[0]]  # the check can fail
    many.erase_case(doomed.id)
    assert not old_shard.exists()
    assert _holding(many, key) == []
    assert doomed.id in _store(many).erased
    many.lock()
    again = Vault.unlock(path, PASS)  # and on disk, as the next session reads it
    assert doomed.id not in _store(again).case_ids() and doomed.id in _store(again).erased
    assert _holding(again, key) == []
    again.lock()


@pytest.mark.parametrize("where", ["before the header", "before the old shard is shredded"])
def test_an_erasure_killed_midway_keeps_no_erased_key_and_loses_no_other(
    many: Vault, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path, store = many.root, _store(many)
    doomed = many.create_case("S-GONE")
    neighbours = {
        c for c in store.case_ids() if c != doomed.id and shard_of(c) == shard_of(doomed.id)
    }
    key = _case_key(many, doomed.id)
    if where == "before the header":

        def kill(self: Vault, generation: int, sealed: bytes) -> None:
            raise Killed

        monkeypatch.setattr(Vault, "commit_keystore", kill)
        monkeypatch.setattr(
            keyshards, "shred", lambda target: None
        )  # a killed process cleans nothing
    else:

        def kill_shred(target: Path) -> None:
            raise Killed

        monkeypatch.setattr(keyshards, "shred", kill_shred)
    with pytest.raises(Killed):
        many.erase_case(doomed.id)
    monkeypatch.undo()
    for handle in list(many._handles):
        handle.close()

    again = Vault.unlock(path, PASS)  # the next session finishes or undoes it
    listed = {s.id for s in again.summaries() if not s.problem}
    held = _store(again).case_ids()
    if where == "before the header":  # never reached the commit point: the case is all there
        assert doomed.id in listed and doomed.id in held
    else:  # committed: erased, and its old shard shredded at this unlock
        assert doomed.id not in listed and doomed.id not in held
        assert _holding(again, key) == []
    # Every shard a crash left (unnamed, or named no more) is shredded at this unlock.
    assert _store(again).file_names() == {f"keys/{n}" for n in os.listdir(path / "keys")}
    assert {s.code for s in again.summaries()} >= {f"S-{n:03d}" for n in range(40)}
    assert neighbours <= set(held)  # the shard's other keys survived
    assert admin.verify(again).ok
    again.lock()
