"""What an interrupted write leaves is finished or cleaned up, never left DAMAGED (issue 13).

Case creation (item 3), a session saved but not counted and the draft of a saved session
(item 4), two creations of one code at once (item 6), leftover temp files and a case handle
used after the vault locked (item 9). The kill -9 versions are in tests/faults/.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desistkit_tui.core.errors import (
    AuditNotWritten,
    DiskFull,
    DuplicateCase,
    Recoverable,
    TamperedFile,
    VaultBusy,
    VaultLocked,
)
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.schema import CURRENT
from desistkit_tui.core.vault import admin, atomic, erasure, locks
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.envelope import seal
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.locks import VaultLock
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
SESSION_ID = "1768469400000-abcdef01"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    yield vault
    atomic.fault_hook = None
    vault.lock()


def _relock(vault: Vault) -> Vault:
    vault.lock()
    return Vault.unlock(vault.root, PASS)


def _fail_at_nth(step: str, nth: int, code: int = errno.ENOSPC) -> Callable[[str], None]:
    calls = 0

    def hook(name: str) -> None:
        nonlocal calls
        if name == step:
            calls += 1
            if calls == nth:
                raise OSError(code, os.strerror(code))

    return hook


def _recoverable(report: admin.VerifyReport) -> list[str]:
    assert report.damage == [], report.damage
    return [p.variant for p in report.problems]


# -- item 3: case creation ------------------------------------------------------------------


def test_a_case_appears_whole_or_not_at_all(vault: Vault) -> None:
    """A failure at any write of the creation leaves no folder behind (before: a folder
    without key.enc or case.toml.enc, DAMAGED for ever)."""
    for step in ("write", "fsync", "verify"):
        for nth in (1, 2):
            atomic.fault_hook = _fail_at_nth(step, nth)
            with pytest.raises(DiskFull):
                vault.create_case("K-1")
            atomic.fault_hook = None
            assert [p.name for p in (vault.root / "cases").iterdir()] == []
    assert [s.code for s in vault.summaries()] == []
    vault.create_case("K-1")  # and it simply works again
    assert [(s.code, s.problem) for s in vault.summaries()] == [("K-1", None)]


def test_an_interrupted_creation_is_cleaned_up_at_unlock(vault: Vault) -> None:
    """A kill between the writes leaves cases/.new-<id>/: not listed, removed at unlock."""
    real = vault.create_case("K-REAL")
    staged = vault.root / "cases" / ".new-0123456789abcdef"
    shutil.copytree(vault.root / case_rel(real.id, ""), staged)
    (staged / "case.toml.enc").unlink()
    assert _recoverable(admin.verify(vault)) == ["incomplete-case"]
    vault = _relock(vault)
    assert not staged.exists()
    assert [s.code for s in vault.summaries()] == ["K-REAL"]
    assert admin.verify(vault).ok


def test_an_older_versions_interrupted_creation_is_not_damage(vault: Vault) -> None:
    """cases/<id>/ with key.enc only (older versions wrote it first): it never held anything.
    verify calls it recoverable, not "restore from a backup", and the list removes it."""
    vault.create_case("K-REAL")
    half = vault.root / "cases" / "0123456789abcdef"
    half.mkdir(mode=0o700)
    rel = case_rel(half.name, "key.enc")
    files = vault.files
    vault.files.write_raw(rel, seal(Secret.random().buffer, files.ring.data, files.vault_id, rel))
    report = admin.verify(vault)
    expected = Recoverable("incomplete-case", path="cases/0123456789abcdef")
    assert [repr(p) for p in report.problems] == [repr(expected)]
    assert [(s.code, s.problem) for s in vault.summaries()] == [("K-REAL", None)]
    assert not half.exists()
    assert admin.verify(vault).ok


def test_a_case_that_held_something_stays_damage(vault: Vault) -> None:
    """Only a folder that never held anything is cleaned up: a case whose document is gone
    but whose sessions are there is damage (restore from a backup), and kept."""
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        handle.save_session(SessionKind.CARDS, {"n": 1})
    (vault.root / case_rel(case.id)).unlink()
    assert [s.problem is not None for s in vault.summaries()] == [True]
    assert (vault.root / case_rel(case.id, "")).is_dir()
    assert any(isinstance(p, TamperedFile) for p in admin.verify(vault).problems)


def test_an_erasure_interrupted_before_its_key_was_dropped_is_undone_at_unlock(
    vault: Vault,
) -> None:
    """The erasure's commit point is its key leaving the key store: before it, nobody was told
    the case is erased, so the next unlock puts it back, whole (adopted into the ledger)."""
    case = vault.create_case("K-GONE")
    kept = vault.create_case("K-KEPT")
    folder = vault.root / case_rel(case.id, "")
    gone = folder.with_name(f".gone-{case.id}")
    vault.index.remove(case.id)  # erase_case's first step: out of the ledger
    vault.index.flush()
    folder.rename(gone)  # killed right after the next step of erase_case
    vault = _relock(vault)
    assert not gone.exists()
    assert sorted(s.id for s in vault.summaries() if not s.problem) == sorted([case.id, kept.id])
    assert admin.verify(vault).ok


def test_an_erasure_interrupted_after_its_key_was_dropped_is_finished_at_unlock(
    vault: Vault,
) -> None:
    case = vault.create_case("K-GONE")
    kept = vault.create_case("K-KEPT")
    folder = vault.root / case_rel(case.id, "")
    gone = folder.with_name(f".gone-{case.id}")
    vault.index.remove(case.id)
    vault.index.flush()
    folder.rename(gone)
    erasure.shred_key(vault, case.id)  # killed before the folder was removed
    vault = _relock(vault)
    assert not gone.exists()
    assert [s.id for s in vault.summaries()] == [kept.id]
    assert admin.verify(vault).ok


# -- item 4: sessions ------------------------------------------------------------------------


def _save_uncounted(handle: CaseHandle, session_id: str, kind: SessionKind) -> None:
    """The session file alone, as a kill right after writing it leaves it."""
    doc = {
        "schema": CURRENT["session"],
        "kind": "session",
        "id": session_id,
        "type": kind.value,
        "saved": handle.case.last_activity,
        "body": {"n": 1},
    }
    assert handle.files.create_doc(
        case_rel(handle.case.id, f"sessions/{session_id}.toml.enc"), doc, handle._key
    )


def test_a_saved_but_uncounted_session_is_counted_at_open(vault: Vault) -> None:
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        handle.save_session(SessionKind.REFLECTION, {"n": 0})
        _save_uncounted(handle, SESSION_ID, SessionKind.CARDS)
        assert (handle.case.reflections, handle.case.card_sessions) == (1, 0)
    assert _recoverable(admin.verify(vault)) == ["uncounted-sessions"]
    with vault.open_case(case.id, write=False) as reader:  # read-only: counted in memory
        assert reader.case.card_sessions == 1
    with vault.open_case(case.id) as handle:  # for writing: counted on disk
        assert (handle.case.reflections, handle.case.card_sessions) == (1, 1)
    assert admin.verify(vault).ok
    assert [s.card_sessions for s in vault.summaries()] == [1]


def test_saving_again_under_the_same_id_finishes_the_first_save(vault: Vault) -> None:
    """The retry of a save whose reply was lost: counted once (before: Conflict, never
    counted)."""
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        _save_uncounted(handle, SESSION_ID, SessionKind.REFLECTION)
        handle.case = vault.read_case(case.id)  # as if opened before the first save
        handle.save_session(SessionKind.REFLECTION, {"n": 2}, SESSION_ID)
        assert handle.case.reflections == 1
        handle.save_session(SessionKind.REFLECTION, {"n": 3}, SESSION_ID)
        assert handle.case.reflections == 1
        assert handle.session_ids() == [SESSION_ID]


def test_a_failed_case_update_takes_the_session_back(vault: Vault) -> None:
    """An error means "not saved": the session file is removed when its case update failed
    (before: saved, uncounted, and the retry refused with Conflict)."""
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        atomic.fault_hook = _fail_at_nth("write", 2)  # 1: the session, 2: the case document
        with pytest.raises(DiskFull):
            handle.save_session(SessionKind.REFLECTION, {"n": 1}, SESSION_ID)
        atomic.fault_hook = None
        assert handle.session_ids() == []
        assert handle.case.reflections == 0
        handle.save_session(SessionKind.REFLECTION, {"n": 1}, SESSION_ID)
        assert (handle.session_ids(), handle.case.reflections) == ([SESSION_ID], 1)


def test_the_draft_of_a_saved_session_goes(vault: Vault) -> None:
    """Finishing saves under the draft's id; a kill before the draft was removed leaves it:
    it is no longer offered, and opening the case removes it."""
    case = vault.create_case("K-1")
    draft = vault.root / case_rel(case.id, f"drafts/{SESSION_ID}.toml.enc")
    with vault.open_case(case.id) as handle:
        handle.save_draft(SESSION_ID, {"n": 1})
        handle.save_draft("other", {"n": 2})
        handle.save_session(SessionKind.CARDS, {"n": 1}, SESSION_ID)
        assert not draft.exists()  # part of saving the session
        handle.save_draft(SESSION_ID, {"n": 1})  # as a kill before its removal leaves it
        assert handle.draft_ids() == ["other"]
    assert _recoverable(admin.verify(vault)) == ["finished-draft"]
    with vault.open_case(case.id) as handle:
        assert not draft.exists()
        assert handle.draft_ids() == ["other"]
    assert admin.verify(vault).ok


# -- item 6: one code, two sessions at once -------------------------------------------------


def test_two_creations_of_one_code_make_one_case(vault: Vault) -> None:
    """The second session's check waits for the first one's write (the vault's lock)."""
    vault.lock()
    first, second = Vault.unlock(vault.root, PASS), Vault.unlock(vault.root, PASS)
    outcome: list[object] = []
    check = first.case_codes.taken  # the check of a new code (issue 17: no full refresh)

    def other_session() -> None:
        try:
            outcome.append(second.create_case("K-DUP"))
        except DuplicateCase as exc:
            outcome.append(exc)

    def checked(*args: Any) -> Any:
        listing = check(*args)
        racer = threading.Thread(target=other_session)
        racer.start()
        racer.join(0.5)  # without a lock, the other session creates the code meanwhile
        return listing

    first.case_codes.taken = checked  # type: ignore[method-assign,assignment]
    first.create_case("K-DUP")
    while not outcome:
        threading.Event().wait(0.01)
    assert isinstance(outcome[0], DuplicateCase)
    assert [s.code for s in second.summaries()] == ["K-DUP"]
    first.lock()
    second.lock()


def test_a_vault_lock_held_too_long_is_a_typed_error(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locks, "WAIT_SECONDS", 0.05)
    with VaultLock(vault.root) as other:
        assert other.acquire()
        with pytest.raises(VaultBusy):
            vault.create_case("K-1")
    assert vault.create_case("K-1").code == "K-1"


# -- item 9: temp files, handles after lock, audit entries ----------------------------------


def test_abandoned_temp_files_are_swept_at_unlock_but_not_a_live_writers(vault: Vault) -> None:
    case = vault.create_case("K-1")
    dead = [
        vault.root / "tmp" / ".case.toml.enc.0123456789ab.tmp",
        vault.root / ".vault.toml.0123456789ab.tmp",  # older versions wrote beside the target
    ]
    for path in dead:
        path.write_bytes(b"ciphertext")
    live = vault.root / "tmp" / ".index.toml.enc.ba9876543210.tmp"
    live.write_bytes(b"being written")
    other = vault.root / "tmp" / "notes.txt"  # not the writer's pattern: never touched
    other.write_bytes(b"x")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # what a writer in another session holds
    try:
        assert "temp-file" in _recoverable(admin.verify(vault))
        vault = _relock(vault)
        assert [p.exists() for p in dead] == [False, False]
        assert live.exists() and other.exists()
    finally:
        os.close(fd)
    assert vault.open_case(case.id).case.code == "K-1"


def test_a_write_whose_temp_file_was_swept_starts_again(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sweep that locks a temp file between its creation and its writer's lock removes it;
    the writer sees that and writes another."""
    real_flock = fcntl.flock
    swept: list[Path] = []

    def flock(fd: int, operation: int) -> None:
        if not swept and operation == fcntl.LOCK_EX:
            path = Path(os.readlink(f"/proc/self/fd/{fd}"))
            if atomic.is_temp_name(path.name):
                swept.append(path)
                assert atomic.remove_abandoned(path)  # as another session's unlock would
        real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    case = vault.create_case("K-1")
    assert swept and not swept[0].exists()
    assert vault.read_case(case.id).code == "K-1"


def test_a_case_handle_refuses_everything_once_the_vault_is_locked(vault: Vault) -> None:
    case = vault.create_case("K-1")
    handle = vault.open_case(case.id)
    vault.lock()
    for attempt in (
        lambda: handle.save_session(SessionKind.CARDS, {"n": 1}),
        lambda: handle.save_draft("d", {"n": 1}),
        lambda: handle.save_profile(handle.case),
        lambda: handle.session_ids(),
        lambda: handle.draft_ids(),
    ):
        with pytest.raises(VaultLocked):
            attempt()
    handle.close()  # closing again is harmless
    again = Vault.unlock(vault.root, PASS)
    with again.open_case(case.id) as reopened:
        assert not reopened.read_only  # the lock went with the vault's lock()
        assert reopened.session_ids() == []
    again.lock()


def test_an_audit_entry_that_cannot_be_written_is_a_warning(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise DiskFull("audit/0000000009.toml.enc")

    monkeypatch.setattr(vault.audit, "record", full)
    case = vault.create_case("K-1")  # done: no error for it
    assert [type(w) for w in vault.warnings] == [AuditNotWritten]
    assert vault.warnings[0].msg_args["action"] == "case-created"
    assert [s.code for s in vault.summaries()] == ["K-1"]
    assert vault.read_case(case.id).code == "K-1"


def test_an_index_that_cannot_be_written_at_lock_is_a_warning(vault: Vault) -> None:
    vault.create_case("K-1")
    atomic.fault_hook = _fail_at_nth("write", 1)
    vault.lock()  # the index is a cache: no error
    atomic.fault_hook = None
    assert [type(w) for w in vault.warnings] == [DiskFull]
    again = Vault.unlock(vault.root, PASS)
    assert [s.code for s in again.summaries()] == ["K-1"]
    again.lock()
