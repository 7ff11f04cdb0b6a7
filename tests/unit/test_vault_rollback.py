"""Deletions and rollbacks of authentic files (issue 13, item 5): a deleted session file, a
deleted case folder, an older ``case.toml.enc``, a lost index; reported by ``vault verify``
and, for cases, in the case list (docs/vault-format.md, Rollbacks and deletions)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from desistkit_tui.core.errors import RolledBack, VaultError
from desistkit_tui.core.model import CaseStatus, Goal, SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.index import REL as INDEX_REL
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "rollback test passphrase"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Vault:
    made, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for code in ("K-1", "K-2"):
        case = made.create_case(code)
        with made.open_case(case.id) as handle:
            handle.save_session(SessionKind.CARDS, {"n": 1})
            handle.save_session(SessionKind.CARDS, {"n": 2})
    made.lock()
    return Vault.unlock(vault_path, PASS)


def _rolled_back(problems: list[VaultError]) -> list[tuple[str, str]]:
    return [
        (p.variant, str(p.msg_args.get("code", ""))) for p in problems if isinstance(p, RolledBack)
    ]


def _problems_listed(vault: Vault) -> dict[str, object]:
    return {s.code: s.problem for s in vault.summaries()}


def test_a_healthy_vault_reports_nothing(vault: Vault) -> None:
    assert admin.verify(vault).ok
    assert not any(_problems_listed(vault).values())


def test_a_deleted_session_file_is_reported(vault: Vault) -> None:
    case = vault.find("K-1")
    with vault.open_case(case.id) as handle:
        first = handle.session_ids()[0]
    (vault.root / case_rel(case.id, f"sessions/{first}.toml.enc")).unlink()
    vault = Vault.unlock(vault.root, PASS)  # reopening it does not adopt the loss
    with vault.open_case(case.id):
        pass
    report = admin.verify(vault)
    assert _rolled_back(report.problems) == [("session-missing", "K-1")]
    assert "K-1" in str(report.problems[0]) and first not in str(report.problems[0])
    repaired = admin.verify(vault, repair=True)
    assert repaired.ok and _rolled_back(repaired.repaired) == [("session-missing", "K-1")]


def test_a_deleted_case_folder_is_reported_by_verify_and_the_list(vault: Vault) -> None:
    gone = vault.find("K-2")
    shutil.rmtree(vault.root / case_rel(gone.id, ""))
    fresh = Vault.unlock(vault.root, PASS)
    listed = _problems_listed(fresh)
    assert isinstance(listed["K-2"], RolledBack) and listed["K-2"].variant == "case-deleted"
    assert listed["K-1"] is None
    assert _rolled_back(admin.verify(fresh).problems) == [("case-deleted", "K-2")]
    fresh.lock()
    again = Vault.unlock(vault.root, PASS)  # writing the index did not forget it
    assert isinstance(_problems_listed(again)["K-2"], RolledBack)


def _roll_back_k1(vault: Vault) -> str:
    """Save a goal into K-1, lock, and put back the authentic copy of its document from
    before the goal (a backup copied over it). Returns the case's id."""
    case_id = vault.find("K-1").id
    path = vault.root / case_rel(case_id)
    older = path.read_bytes()
    with vault.open_case(case_id) as handle:
        handle.save_profile(handle.case.with_goal(Goal("g1", "A flat")))
    vault.lock()
    path.write_bytes(older)
    return case_id


def test_an_older_case_document_is_reported_by_verify_and_the_list(vault: Vault) -> None:
    _roll_back_k1(vault)
    fresh = Vault.unlock(vault.root, PASS)
    listed = _problems_listed(fresh)
    problem = listed["K-1"]
    assert isinstance(problem, RolledBack) and problem.variant == "case-older"
    assert "A flat" not in str(problem)
    assert _rolled_back(admin.verify(fresh).problems) == [("case-older", "K-1")]


def test_an_older_case_document_is_refused_at_opening_and_not_logged_as_opened(
    vault: Vault,
) -> None:
    """The app opens a case before the list's check may have run: it is refused with the same
    problem, and the audit log does not say it was opened (it was not)."""
    from desistkit_tui.core.vault_session import VaultSession

    case_id = _roll_back_k1(vault)
    before = _opened(vault.root)
    session = VaultSession(Vault.unlock(vault.root, PASS))
    for audit_later in (False, True):
        with pytest.raises(RolledBack) as raised:
            session.open_case(case_id, audit_later=audit_later)
        assert raised.value.variant == "case-older"
    session.write_pending_audit()
    # another case still opens, and is logged
    session.open_case(session.vault.find("K-2").id).close()
    session.vault.lock()
    after = _opened(vault.root)
    assert after.count("K-2") == before.count("K-2") + 1
    assert after.count("K-1") == before.count("K-1") >= 1


def _opened(root: Path) -> list[str]:
    """The codes of the ``case-opened`` entries of the vault's audit log."""
    vault = Vault.unlock(root, PASS)
    try:
        return [e.case for e in vault.audit.listing() if e.action == "case-opened"]
    finally:
        vault.lock()


def test_a_deleted_index_is_reported_and_the_rollback_behind_it_too(vault: Vault) -> None:
    """Deleting the index (the ledger) to hide a rollback is itself reported."""
    case = vault.find("K-1")
    path = vault.root / case_rel(case.id)
    older = path.read_bytes()
    with vault.open_case(case.id) as handle:
        handle.save_profile(replace(handle.case, status=CaseStatus.PAUSED))
    vault.lock()
    path.write_bytes(older)
    shutil.rmtree(vault.root / INDEX_REL)
    fresh = Vault.unlock(vault.root, PASS)
    fresh.summaries()
    fresh.lock()
    again = Vault.unlock(vault.root, PASS)
    assert _rolled_back(admin.verify(again).problems) == [("index-lost", "")]


def test_repair_accepts_the_state_found(vault: Vault) -> None:
    gone = vault.find("K-2")
    shutil.rmtree(vault.root / case_rel(gone.id, ""))
    report = admin.verify(vault, repair=True)
    assert report.ok and _rolled_back(report.repaired) == [("case-deleted", "K-2")]
    assert set(_problems_listed(vault)) == {"K-1"}
    assert admin.verify(Vault.unlock(vault.root, PASS)).ok


def test_erasing_a_case_is_not_a_deletion(vault: Vault) -> None:
    vault.erase_case(vault.find("K-2").id)
    assert set(_problems_listed(vault)) == {"K-1"}
    assert admin.verify(Vault.unlock(vault.root, PASS)).ok


def test_another_session_erasing_a_case_is_not_a_deletion_here(vault: Vault) -> None:
    vault.summaries()  # this session has read the ledger
    other = Vault.unlock(vault.root, PASS)
    other.erase_case(other.find("K-2").id)
    assert set(_problems_listed(vault)) == {"K-1"}


def test_a_case_from_before_schema_3_adopts_its_sessions_at_the_first_open(vault: Vault) -> None:
    case = vault.find("K-1")
    rel = case_rel(case.id)
    with vault.open_case(case.id) as handle:
        doc = handle.case.to_doc()
        del doc["sessions"]
        doc["schema"] = 2
        vault.files.write_doc(rel, doc, handle._key)
    assert vault.read_case(case.id).sessions is None
    with vault.open_case(case.id) as handle:
        assert handle.case.sessions == tuple(handle.session_ids())
    assert vault.read_case(case.id).sessions is not None
    assert admin.verify(vault).ok
