"""Every flipped byte, every truncation and every swapped file is detected, with a typed error."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desistkit_tui.core.errors import TamperedFile, UnsupportedVersion, VaultError
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import index_files
from desistkit_tui.core.vault.audit import AuditLog
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.index import read_index
from desistkit_tui.core.vault.index_files import HEAD as INDEX_HEAD
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.keyshards import ShardedKeyStore, shard_of
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@dataclass
class World:
    vault: Vault
    a: CaseHandle
    b: CaseHandle
    session_a: str
    session_b: str

    def path(self, rel: str) -> Path:
        return self.vault.root / rel

    def session_rel(self, handle: CaseHandle, session_id: str) -> str:
        return case_rel(handle.case.id, f"sessions/{session_id}.toml.enc")


@pytest.fixture
def world(vault_path: Path, fast_kdf: KdfParams) -> Iterator[World]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    handles = []
    sessions = []
    for code in ("K-A", "K-B"):
        handle = vault.open_case(vault.create_case(code).id)
        sessions.append(handle.save_session(SessionKind.CARDS, {"cards": [1, 2], "note": code}))
        handle.save_draft("autosave", {"text": f"draft of {code}"})
        handles.append(handle)
    vault.summaries()  # writes the index
    yield World(vault, handles[0], handles[1], sessions[0], sessions[1])
    for handle in handles:
        handle.close()
    vault.lock()


def _expect_detected(path: Path, read: Callable[[], object]) -> None:
    """Flip every byte of ``path`` (XOR 0x01 and 0xFF): ``read`` must raise, typed."""
    original = path.read_bytes()
    read()  # the untouched file reads: the failures below are the flips' doing
    for offset in range(len(original)):
        for mask in (0x01, 0xFF):
            damaged = bytearray(original)
            damaged[offset] ^= mask
            path.write_bytes(bytes(damaged))
            with pytest.raises((TamperedFile, UnsupportedVersion)) as caught:
                read()
            if isinstance(caught.value, UnsupportedVersion):
                # only a version byte that went up (offset 4: 1 -> 0xFE) means "newer program"
                assert offset == 4 and damaged[4] > original[4], offset
            else:
                assert isinstance(caught.value, TamperedFile)
                assert caught.value.path.endswith(path.name)
    path.write_bytes(original)
    read()


def test_every_flip_of_a_case_file(world: World) -> None:
    case_id = world.a.case.id
    _expect_detected(world.path(case_rel(case_id)), lambda: world.vault.read_case(case_id))


def _key_store(world: World) -> tuple[Path, Callable[[], object]]:
    """The key shard holding case a's key, and a read of it as opening the case does (the
    table from the header, then the shard)."""
    store = world.vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    case_id = world.a.case.id

    def read() -> None:
        fresh = ShardedKeyStore(world.vault.files)
        try:
            fresh.load(world.vault.header)
            fresh.case_key(case_id).wipe()
        finally:
            fresh.wipe()

    return world.path(store.shard_file(case_id)[0]), read


def test_every_flip_of_the_key_store(world: World) -> None:
    path, read = _key_store(world)
    _expect_detected(path, read)


def test_every_flip_of_a_session_file(world: World) -> None:
    rel = world.session_rel(world.a, world.session_a)
    _expect_detected(world.path(rel), lambda: world.a.load_session(world.session_a))


def test_every_flip_of_a_draft_file(world: World) -> None:
    rel = case_rel(world.a.case.id, "drafts/autosave.toml.enc")
    _expect_detected(world.path(rel), lambda: world.a.load_draft("autosave"))


def test_every_flip_of_the_index_and_an_audit_entry(world: World) -> None:
    files = world.vault.files
    _expect_detected(world.path(INDEX_HEAD), lambda: read_index(files))
    shard = index_files.shard_rel(index_files.shard_of(world.a.case.id))
    _expect_detected(world.path(shard), lambda: read_index(files))
    _expect_detected(world.path("audit/0000000002.toml.enc"), AuditLog(files).entries)


def _expect_truncations_detected(path: Path, read: Callable[[], object]) -> None:
    original = path.read_bytes()
    read()
    for length in range(len(original)):
        path.write_bytes(original[:length])
        with pytest.raises(TamperedFile):
            read()
    path.write_bytes(original)


def test_every_truncation(world: World) -> None:
    case_id = world.a.case.id
    read_case = lambda: world.vault.read_case(case_id)  # noqa: E731
    _expect_truncations_detected(world.path(case_rel(case_id)), read_case)
    _expect_truncations_detected(*_key_store(world))
    rel = world.session_rel(world.a, world.session_a)
    _expect_truncations_detected(world.path(rel), lambda: world.a.load_session(world.session_a))


def test_bytes_appended_are_detected(world: World) -> None:
    path = world.path(case_rel(world.a.case.id))
    path.write_bytes(path.read_bytes() + b"\x00")
    with pytest.raises(TamperedFile):
        world.vault.read_case(world.a.case.id)


def test_session_swapped_between_cases(world: World) -> None:
    source = world.path(world.session_rel(world.a, world.session_a))
    # the same file name in the other case, then in place of the other case's session
    shutil.copy(source, world.path(world.session_rel(world.b, world.session_a)))
    with pytest.raises(TamperedFile):
        world.b.load_session(world.session_a)
    shutil.copy(source, world.path(world.session_rel(world.b, world.session_b)))
    with pytest.raises(TamperedFile):
        world.b.load_session(world.session_b)
    assert world.a.load_session(world.session_a)["body"]["note"] == "K-A"


def test_session_renamed_to_another_id(world: World) -> None:
    source = world.path(world.session_rel(world.a, world.session_a))
    other_id = world.session_a[:-1] + ("0" if world.session_a[-1] != "0" else "1")
    source.rename(world.path(world.session_rel(world.a, other_id)))
    with pytest.raises(TamperedFile):
        world.a.load_session(other_id)


def test_session_moved_to_drafts(world: World) -> None:
    source = world.path(world.session_rel(world.a, world.session_a))
    shutil.copy(source, world.path(case_rel(world.a.case.id, "drafts/autosave.toml.enc")))
    with pytest.raises(TamperedFile):
        world.a.load_draft("autosave")


def test_case_file_copied_to_another_case(world: World) -> None:
    a, b = world.a.case.id, world.b.case.id
    shutil.copy(world.path(case_rel(a)), world.path(case_rel(b)))
    with pytest.raises(TamperedFile):
        world.vault.read_case(b)
    assert world.vault.read_case(a).code == "K-A"


def test_an_older_key_store_put_in_place_of_the_current_one(world: World) -> None:
    path, read = _key_store(world)
    older = path.read_bytes()
    store = world.vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    shard = shard_of(world.a.case.id)
    later = next(f"{n:016x}" for n in itertools.count() if shard_of(f"{n:016x}") == shard)
    store.add(later, Secret.random(), world.vault.commit_keystore)  # the shard's next generation
    current, read = _key_store(world)
    assert current != path and not path.exists()
    current.write_bytes(older)
    with pytest.raises(TamperedFile):
        read()


def test_whole_case_folder_copied_under_another_id(world: World) -> None:
    a = world.a.case.id
    clone = "f" * 16
    shutil.copytree(world.path(case_rel(a, "")), world.path(case_rel(clone, "")))
    with pytest.raises(TamperedFile):
        world.vault.read_case(clone)
    summaries = {s.id: s for s in world.vault.summaries()}
    assert summaries[clone].problem
    assert not summaries[a].problem


def test_files_from_another_vault_with_the_same_path(
    world: World, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    other, _ = Vault.create(tmp_path / "other", Secret.from_text(PASS), "anna", kdf=fast_kdf)
    foreign = other.create_case("K-FOREIGN")
    other.summaries()
    other.lock()
    # index and audit entries exist at the same relative paths in both vaults
    for rel in (INDEX_HEAD, "audit/0000000001.toml.enc"):
        shutil.copy(tmp_path / "other" / rel, world.path(rel))
        with pytest.raises(TamperedFile):
            world.vault.files.read_doc(rel)
    # a whole case folder: the same relative paths, another vault's keys
    shutil.copytree(
        tmp_path / "other" / case_rel(foreign.id, ""), world.path(case_rel(foreign.id, ""))
    )
    with pytest.raises(TamperedFile):
        world.vault.read_case(foreign.id)
    listed = {s.id: s for s in world.vault.summaries()}  # the damaged index is rebuilt
    assert listed[foreign.id].problem
    assert {listed[world.a.case.id].code, listed[world.b.case.id].code} == {"K-A", "K-B"}


def test_damaged_file_errors_are_vault_errors(world: World) -> None:
    """The errors carry the path and print one line with a hint (for the CLI and the TUI)."""
    path = world.path(case_rel(world.a.case.id))
    path.write_bytes(b"not a vault file at all, but long enough to have a header")
    with pytest.raises(VaultError) as caught:
        world.vault.read_case(world.a.case.id)
    assert isinstance(caught.value, TamperedFile)
    assert caught.value.path == case_rel(world.a.case.id)
    assert "restore" in str(caught.value)
