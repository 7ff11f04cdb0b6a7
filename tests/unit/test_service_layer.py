"""The service layer: VaultSession (the case list) and CaseWorkspace (an open case), and the
passphrase policy they own; real vaults in tmp folders, real encryption."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest

from desistkit_tui.core.errors import PassphraseTooShort, PassphraseTooWeak, RolledBack, VaultLocked
from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.model import AddressForm, GenderForm, Goal, Reflection, SessionKind
from desistkit_tui.core.passphrase import MIN_LENGTH, check_new, length, strength
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import vault_exists
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.vault_session import VaultSession

PASS = "a long enough passphrase"


def _session(path: Path, kdf: KdfParams) -> VaultSession:
    session, _ = VaultSession.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    return session


def _new_case(session: VaultSession, code: str = "K-1") -> str:
    case = session.create_case(
        code,
        address=AddressForm.FORMAL,
        gender=GenderForm.UNSPECIFIED,
        language="en",
        retention=None,
    )
    return case.id


def _reflection(day: date) -> Reflection:
    flow = ReflectionFlow.start(["partner"], day)
    flow.update(resources=["Talks"])
    return flow.finish()


def test_the_policy_counts_characters_not_bytes() -> None:
    assert length(Secret.from_text("päßwörtchen")) == 11  # 15 bytes of UTF-8
    assert length(Secret.from_text("Ж" * (MIN_LENGTH - 1))) == MIN_LENGTH - 1
    assert strength("short") == "create-strength-short"
    assert strength("ten chars!") == "create-strength-fair"
    assert strength("four unrelated words here") == "create-strength-good"


def test_the_most_guessed_passphrases_are_rated_weak_and_refused() -> None:
    for common in ("aaaaaaaaaa", "password123", "qwertyuiop", "1234567890", "trustno1trustno1"):
        assert strength(common) == "create-strength-weak", common
        with pytest.raises(PassphraseTooWeak):
            check_new(Secret.from_text(common))
    check_new(Secret.from_text("four unrelated words here"))  # accepted
    check_new(Secret.from_text("horse table river stone clear green " * 3))  # > 72 characters


def test_a_new_vault_needs_a_passphrase_the_policy_accepts(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    with pytest.raises(PassphraseTooShort) as refused:
        VaultSession.create(vault_path, Secret.from_text("123456789"), "anna", kdf=fast_kdf)
    assert refused.value.minimum == MIN_LENGTH and "at least 10 characters" in str(refused.value)
    assert not vault_exists(vault_path)
    session = _session(vault_path, fast_kdf)
    assert not session.locked


def test_the_case_list_newest_first_and_codes_taken(vault_path: Path, fast_kdf: KdfParams) -> None:
    session = _session(vault_path, fast_kdf)
    first = _new_case(session, "K-1")
    time.sleep(1.1)  # last activity is kept to the second
    _new_case(session, "K-2")
    assert [s.code for s in session.cases()] == ["K-2", "K-1"]
    assert session.code_taken("k-2", by_another_than=first)
    assert not session.code_taken("K-1", by_another_than=first)  # its own code
    session.lock()
    assert session.locked
    session.write_index()  # nothing to do once locked, and no error


def test_the_workspace_reads_the_history_once_and_adds_what_is_finished(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _session(vault_path, fast_kdf)
    case_id = _new_case(session)
    with session.vault.open_case(case_id) as handle:  # one session on record already
        old = _reflection(date(2026, 1, 5))
        handle.save_session(SessionKind.REFLECTION, old.to_body(), old.id, held_on=old.held_on)
    reads: list[str] = []
    load = CaseHandle.load_session

    def counted(self: CaseHandle, session_id: str) -> object:
        reads.append(session_id)
        return load(self, session_id)

    monkeypatch.setattr(CaseHandle, "load_session", counted)
    workspace = session.open_case(case_id)
    assert reads == [old.id] and [r.id for r in workspace.history.reflections] == [old.id]
    before, changes = workspace.history, workspace.changes

    flow = ReflectionFlow.start(["partner"], date(2026, 2, 1))
    flow.update(needs=["Debts"])
    workspace.save_draft("d1", flow.to_draft())
    assert workspace.draft("reflection") == ("d1", flow.to_draft())
    assert workspace.draft("cards") is None
    final = flow.finish()
    workspace.finish_reflection(final)
    workspace.discard_draft("d1")
    workspace.finish_reflection(final)  # a retry after a lost reply: saved once, listed once
    saved = workspace.save_goal(Goal("g1", "A flat"))

    # Nothing of the history was read again; the retry read the one session it found saved
    # already, to finish that save (CaseHandle.save_session checks it is of the same kind).
    assert reads == [old.id, final.id]
    assert [r.id for r in workspace.history.reflections] == [old.id, final.id]
    assert before.reflections == [old.summary()]  # the history shown before is left as it was
    assert workspace.draft("reflection") is None
    assert workspace.changes > changes
    assert [g.text for g in saved.goals] == ["A flat"] and workspace.case.reflections == 2
    workspace.close()
    with session.vault.open_case(case_id) as handle:  # what is on disk agrees
        assert handle.session_ids() == sorted([old.id, final.id]) and handle.draft_ids() == []


def test_a_closed_workspace_refuses_work_and_close_waits_for_the_running_one(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _session(vault_path, fast_kdf)
    workspace = session.open_case(_new_case(session))
    started, release = threading.Event(), threading.Event()
    save_draft = CaseHandle.save_draft

    def slow(self: CaseHandle, draft_id: str, body: dict[str, object]) -> None:
        started.set()
        release.wait(5)
        save_draft(self, draft_id, body)

    monkeypatch.setattr(CaseHandle, "save_draft", slow)
    worker = threading.Thread(target=workspace.save_draft, args=("d1", {"type": "cards"}))
    worker.start()
    assert started.wait(5)
    closer = threading.Thread(target=workspace.close)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # the key is not wiped under the running save
    release.set()
    worker.join(5)
    closer.join(5)
    assert workspace.closed and workspace.draft("cards") is None  # closed: let go of its drafts
    with session.vault.open_case(workspace.case.id) as handle:
        assert handle.draft_ids() == ["d1"]  # the save landed before the key was wiped
    with pytest.raises(VaultLocked):
        workspace.save_draft("d2", {"type": "cards"})


def test_a_case_opened_before_the_list_is_refreshed_is_checked_against_the_ledger(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """The list is painted from the index before its check against the case files (issue
    17); a case document older than the ledger's mark is refused when it is opened all the
    same, as the refreshed list would have shown it."""
    path = tmp_path / "vault"
    session = _session(path, fast_kdf)
    case_id = _new_case(session)
    case_file = path / "cases" / case_id / "case.toml.enc"
    older = case_file.read_bytes()
    workspace = session.open_case(case_id)
    workspace.save_goal(Goal("g1", "A flat"))
    workspace.close()
    session.lock()
    case_file.write_bytes(older)  # an authentic copy from before the goal
    again = VaultSession(Vault.unlock(path, Secret.from_text(PASS)))
    (listed,) = again.cases(refresh=False)
    assert listed.id == case_id and listed.problem is None  # not checked yet
    with pytest.raises(RolledBack):
        again.open_case(case_id)
    (checked,) = again.cases()
    assert isinstance(checked.problem, RolledBack)
    with pytest.raises(RolledBack):
        again.open_case(case_id)
    again.lock()


def test_the_cases_at_hand_only_when_no_file_is_read_and_nothing_waits(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """The case list takes the index the unlock read on the UI thread (issue 17): the same
    summaries as ``cases(refresh=False)``, but ``None`` whenever they would need a file read
    (index not read yet, or found missing and to be rebuilt) or the session is busy."""
    path = tmp_path / "vault"
    session = _session(path, fast_kdf)
    _new_case(session, "K-1")
    _new_case(session, "K-2")
    session.lock()
    again = VaultSession(Vault.unlock(path, Secret.from_text(PASS)))
    assert again.cases_at_hand() is None  # the index is not read yet
    again.vault.index.preload()
    at_hand = again.cases_at_hand()
    assert at_hand is not None and at_hand == again.cases(refresh=False)
    busy, release = threading.Event(), threading.Event()

    def hold() -> None:
        with again._one_at_a_time:
            busy.set()
            release.wait(5)

    worker = threading.Thread(target=hold)
    worker.start()
    busy.wait(5)
    assert again.cases_at_hand() is None  # another call runs: not waited for
    release.set()
    worker.join()
    again.lock()
    assert again.cases_at_hand() is None  # locked
    for shard in (path / "index").iterdir():
        shard.unlink()
    third = VaultSession(Vault.unlock(path, Secret.from_text(PASS)))
    third.vault.index.preload()
    assert third.cases_at_hand() is None  # no index: rebuilt from the case files, in a worker
    assert sorted(s.code for s in third.cases(refresh=False)) == ["K-1", "K-2"]
    third.lock()
