"""The audit log: who did what to which case, never content; the hash chain shows tampering."""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import Damage, TamperedFile
from desistkit_tui.core.model import BasisKind, CaseStatus, LegalBasis, Scope, SessionKind
from desistkit_tui.core.vault import admin, store
from desistkit_tui.core.vault.audit import FOLDER, GENESIS, AuditLog, detail_problem
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
SECRET_TEXT = "MarkerContent7070"


def _rel(seq: int) -> str:
    return f"{FOLDER}/{seq:010d}.toml.enc"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-AUDIT")
    with vault.open_case(case.id) as handle:
        handle.save_session(SessionKind.REFLECTION, {"text": SECRET_TEXT})
        handle.save_draft("d", {"text": SECRET_TEXT})
        handle.save_profile(replace(handle.case, status=CaseStatus.PAUSED))
    admin.add_passphrase(vault, "bob", Secret.from_text("bob's passphrase"))
    vault.lock()
    bob = Vault.unlock(vault_path, "bob's passphrase")
    with bob.open_case(case.id):
        pass
    bob.erase_case(bob.create_case("K-GONE").id)
    bob.lock()
    again = Vault.unlock(vault_path, PASS)
    yield again
    again.lock()


def test_entries_record_who_what_which_case(vault: Vault) -> None:
    entries = vault.audit.entries()
    assert [(e["who"], e["action"], e["case"]) for e in entries] == [
        ("anna", "vault-created", ""),
        ("anna", "case-created", "K-AUDIT"),
        ("anna", "case-opened", "K-AUDIT"),
        ("anna", "session-saved", "K-AUDIT"),
        ("anna", "case-changed", "K-AUDIT"),
        ("anna", "key-added", ""),
        ("bob", "unlocked", ""),
        ("bob", "case-opened", "K-AUDIT"),
        ("bob", "case-created", "K-GONE"),
        ("bob", "case-erased", "K-GONE"),
        ("anna", "unlocked", ""),
    ]
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0]["prev"] == GENESIS
    assert all(e["at"].tzinfo is not None for e in entries)


def test_entries_never_hold_content(vault: Vault) -> None:
    for seq in vault.audit.sequence_numbers():
        plain = vault.files.open_bytes(_rel(seq))
        assert SECRET_TEXT.encode() not in plain
        assert set(vault.files.read_doc(_rel(seq))) == {
            "schema", "kind", "seq", "prev", "at", "who", "action", "case"
        }  # fmt: skip


def test_chain_links_are_hashes_of_the_previous_plaintext(vault: Vault) -> None:
    seqs = vault.audit.sequence_numbers()
    for before, after in itertools.pairwise(seqs):
        expected = hashlib.sha256(vault.files.open_bytes(_rel(before))).hexdigest()
        assert vault.files.read_doc(_rel(after))["prev"] == expected


def test_healthy_chain_verifies(vault: Vault) -> None:
    assert vault.audit.verify() == []


def test_deleted_entry_is_found(vault: Vault) -> None:
    (vault.root / _rel(4)).unlink()
    problems = vault.audit.verify()
    assert any(isinstance(p, TamperedFile) and p.path == _rel(4) for p in problems)
    assert any(isinstance(p, TamperedFile) and p.path == _rel(5) for p in problems)


def test_deleted_first_entry_is_found(vault: Vault) -> None:
    (vault.root / _rel(1)).unlink()
    paths = [p.path for p in vault.audit.verify() if isinstance(p, TamperedFile)]
    assert paths == [_rel(1), _rel(2)]  # missing, and entry 2 no longer follows the genesis


def test_swapped_entries_are_found(vault: Vault) -> None:
    a, b = vault.root / _rel(3), vault.root / _rel(4)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    paths = {p.path for p in vault.audit.verify() if isinstance(p, TamperedFile)}
    assert {_rel(3), _rel(4)} <= paths


def test_edited_entry_is_found(vault: Vault) -> None:
    """Someone with the key rewrites an entry (and seals it properly): the next link breaks."""
    doc = vault.files.read_doc(_rel(8))
    assert doc["action"] == "case-opened"
    doc["who"] = "anna"  # it was bob
    vault.files.write_doc(_rel(8), doc)
    problems = vault.audit.verify()
    assert [(getattr(p, "path", ""), type(p)) for p in problems] == [(_rel(9), TamperedFile)]
    assert "does not follow" in str(problems[0])


def test_entry_with_another_number_is_found(vault: Vault) -> None:
    doc = vault.files.read_doc(_rel(5))
    doc["seq"] = 6
    vault.files.write_doc(_rel(5), doc)
    problems = vault.audit.verify()
    assert any(
        p.path == _rel(5) and p.damage is Damage.WRONG_RECORD
        for p in problems
        if isinstance(p, TamperedFile)
    )


def test_entry_missing_a_field_is_found_not_crashing(vault: Vault) -> None:
    doc = vault.files.read_doc(_rel(5))
    del doc["prev"]
    vault.files.write_doc(_rel(5), doc)
    problems = vault.audit.verify()
    assert any(getattr(p, "path", "") == _rel(5) for p in problems)


def test_damaged_entry_is_found(vault: Vault) -> None:
    path = vault.root / _rel(2)
    data = bytearray(path.read_bytes())
    data[30] ^= 0x01
    path.write_bytes(bytes(data))
    assert _rel(2) in {getattr(p, "path", "") for p in vault.audit.verify()}


def test_two_sessions_appending_never_overwrite(vault: Vault) -> None:
    other = Vault.unlock(vault.root, "bob's passphrase")  # appends "unlocked"
    vault.audit.record(vault.who, "case-exported", "K-AUDIT")  # its cached tail is stale now
    other.audit.record(other.who, "case-exported", "K-AUDIT")
    vault.audit.record(vault.who, "case-exported", "K-AUDIT")
    seqs = vault.audit.sequence_numbers()
    assert seqs == list(range(1, len(seqs) + 1))
    assert vault.audit.verify() == []
    whos = [e["who"] for e in vault.audit.entries()[-4:]]
    assert whos == ["bob", "anna", "bob", "anna"]
    assert not [n for n in os.listdir(vault.root / FOLDER) if n.endswith(".tmp")]


def test_unknown_action_is_refused(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.audit.record("anna", "case-read-aloud")


def test_chain_survives_a_rekey(vault: Vault) -> None:
    before = [vault.files.open_bytes(_rel(s)) for s in vault.audit.sequence_numbers()]
    admin.rekey(vault, Secret.from_text(PASS))
    after = [vault.files.open_bytes(_rel(s)) for s in vault.audit.sequence_numbers()]
    assert after[: len(before)] == before  # the same plaintext, re-encrypted
    assert vault.audit.verify() == []


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33, 64, 100])
def test_newest_entry_is_found_without_listing_the_folder(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    files = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)[0].files
    folder = vault_path / FOLDER
    for name in os.listdir(folder):
        os.unlink(folder / name)
    for seq in range(1, count + 1):  # only the numbers matter to the search
        (vault_path / _rel(seq)).write_bytes(b"")
    log = AuditLog(files)
    monkeypatch.setattr(AuditLog, "sequence_numbers", _no_listing)
    assert log.newest() == count


def _no_listing(self: AuditLog) -> list[int]:
    raise AssertionError("the audit folder was listed")


def test_unlock_and_saving_never_list_the_audit_folder(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each unlock and each saved session appends an entry; finding the end costs a few stats."""
    before = len(vault.audit.sequence_numbers())
    vault.lock()
    monkeypatch.setattr(AuditLog, "sequence_numbers", _no_listing)
    again = Vault.unlock(vault.root, PASS)
    case = again.find("K-AUDIT")
    with again.open_case(case.id) as handle:
        handle.save_session(SessionKind.CARDS, {"cards": []})
    monkeypatch.undo()
    assert vault.audit.sequence_numbers() == list(range(1, before + 4))
    assert again.audit.verify() == []
    assert [e["action"] for e in again.audit.entries()[-3:]] == [
        "unlocked",
        "case-opened",
        "session-saved",
    ]


@pytest.mark.parametrize("deleted", [(1,), (4,), (4, 5), (10,)])
def test_entries_deleted_from_the_middle_stay_missing(
    vault: Vault, deleted: tuple[int, ...]
) -> None:
    """New entries go after the newest, never into a gap: verify still names what was removed."""
    newest = vault.audit.sequence_numbers()[-1]
    for seq in deleted:
        (vault.root / _rel(seq)).unlink()
    vault.audit._last = None  # as a new session would start: from the folder
    for _ in range(3):
        vault.audit.record(vault.who, "case-exported", "K-AUDIT")
    seqs = vault.audit.sequence_numbers()
    assert seqs[-3:] == [newest + 1, newest + 2, newest + 3]
    assert not set(deleted) & set(seqs)
    missing = {p.path for p in vault.audit.verify() if isinstance(p, TamperedFile)}
    assert _rel(deleted[0]) in missing  # verify names where the gap starts


def test_a_basis_and_its_withdrawal_are_recorded_with_the_kind_never_the_note(
    vault: Vault,
) -> None:
    case = vault.find("K-AUDIT")
    note = "NoteMarker4242 signed on paper"
    consent = LegalBasis(
        BasisKind.CONSENT,
        note=note,
        given=date(2026, 3, 1),
        scope=frozenset({Scope.HANDOVER}),
        recipients=("RoleMarker5151",),
    )
    with vault.open_case(case.id) as handle:
        handle.save_profile(replace(handle.case, legal=consent))
        handle.save_profile(replace(handle.case, legal=consent.withdraw(date(2026, 9, 1))))
        handle.save_profile(replace(handle.case, status=CaseStatus.CLOSED))
    entries = vault.audit.entries()[-3:]
    assert [(e["action"], e["case"], e.get("basis")) for e in entries] == [
        ("basis-recorded", "K-AUDIT", "consent"),
        ("consent-withdrawn", "K-AUDIT", "consent"),
        ("case-changed", "K-AUDIT", None),
    ]
    for seq in vault.audit.sequence_numbers():
        plain = vault.files.open_bytes(_rel(seq))
        assert b"NoteMarker4242" not in plain and b"RoleMarker5151" not in plain
    assert vault.audit.verify() == []


def test_removing_the_newest_entries_is_reported(vault: Vault) -> None:
    """The chain that is left is whole; the head kept in the MAC'd header shows it is short."""
    newest = vault.audit.newest()
    assert vault.header.audit_head is not None and vault.header.audit_head[0] == newest
    for seq in (newest, newest - 1):
        (vault.root / _rel(seq)).unlink()
    assert [type(p) for p in AuditLog(vault.files).verify()] == []  # unseen without the head
    problems = admin.verify(vault).problems
    assert [(p.path, p.damage) for p in problems if isinstance(p, TamperedFile)] == [
        (_rel(newest), Damage.AUDIT_TRUNCATED)
    ]
    assert "newest entries of the audit log are missing" in str(problems[0])


def test_a_damaged_newest_entry_locks_nobody_out(vault: Vault, vault_path: Path) -> None:
    """Reading never depends on the newest entry: unlock, list and open still work, the next
    entries chain from the head the header kept, and verify names the damaged one."""
    newest = vault.audit.newest()
    path = vault.root / _rel(newest)
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    (case,) = again.summaries()
    with again.open_case(case.id) as handle:
        assert handle.case.code == "K-AUDIT"
    problems = admin.verify(again).problems
    assert [(getattr(p, "path", ""), getattr(p, "damage", None)) for p in problems] == [
        (_rel(newest), Damage.INTEGRITY)
    ]


EXPORT = {
    "purpose": "report",
    "kind": "pdf",
    "options": "lang=pl,no-own-words",
    "encryption": "none",
}


def test_an_export_entry_holds_its_detail_and_the_chain_holds(vault: Vault) -> None:
    vault.record("case-exported", "K-AUDIT", "consent", EXPORT)
    (entry,) = [e for e in vault.audit.listing() if e.action == "case-exported"]
    assert (entry.basis, dict(entry.detail or {})) == ("consent", EXPORT)
    assert entry.as_json()["detail"] == EXPORT
    assert entry.detail_text() == (
        "basis=consent purpose=report kind=pdf options=lang=pl,no-own-words encryption=none"
    )
    # schema 4: a detail may also hold a retention extension's dates
    assert vault.audit.entries()[-1]["schema"] == 4
    assert vault.audit.verify(vault.header.audit_head) == []


@pytest.mark.parametrize(
    "detail",
    [
        {"note": "report"},  # not an export's field
        {"options": "include=goals,My own words here"},  # free text
        {"options": "note=He said he would stop"},
        {"kind": "PDF"},
        {"purpose": "x" * 41},
        {"options": "lang=pl\nkind=pdf"},
    ],
)
def test_a_detail_with_anything_but_ids_is_refused(vault: Vault, detail: dict[str, str]) -> None:
    before = vault.audit.newest()
    assert detail_problem(detail)
    with pytest.raises(ValueError, match="audit entry refused"):
        vault.audit.record(vault.who, "case-exported", "K-AUDIT", "consent", detail)
    assert vault.audit.newest() == before


@pytest.mark.parametrize("schema", [1, 2])
def test_an_older_entry_without_detail_still_reads_and_chains(
    vault: Vault, vault_path: Path, schema: int
) -> None:
    """Entries are never rewritten: a schema-1 or -2 entry (no detail) is read as it is, and
    the chain through it still verifies."""
    seq = vault.audit.newest()
    prev = hashlib.sha256(vault.files.open_bytes(_rel(seq))).hexdigest()
    old = {"schema": schema, "kind": "audit", "seq": seq + 1, "prev": prev}
    old |= {"at": vault.audit.entries()[-1]["at"], "who": "anna", "action": "case-exported"}
    old |= {"case": "K-AUDIT"} | ({"basis": "consent"} if schema == 2 else {})
    assert vault.files.create_doc(_rel(seq + 1), old)
    vault.lock()
    again = Vault.unlock(vault_path, PASS)  # its "unlocked" entry chains after the old one
    try:
        again.record("case-exported", "K-AUDIT", "consent", EXPORT)
        rows = again.audit.listing()
        assert [(r.action, r.problem, r.detail) for r in rows[-3:]] == [
            ("case-exported", None, {}),
            ("unlocked", None, {}),
            ("case-exported", None, EXPORT),
        ]
        assert rows[-3].as_json().keys() <= {"seq", "at", "who", "action", "case", "basis"}
        assert again.audit.verify(again.header.audit_head) == []
    finally:
        again.lock()


def _case_id(vault: Vault, code: str = "K-AUDIT") -> str:
    return next(s.id for s in vault.summaries() if s.code == code)


def test_an_opening_recorded_later_keeps_its_time_and_the_chain(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_at = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    monkeypatch.setattr(store, "utcnow", lambda: opened_at)
    before = len(vault.audit.entries())
    with vault.open_case(_case_id(vault), audit_later=True):
        assert len(vault.audit.entries()) == before  # nothing written yet: the app shows first
    vault.write_pending_audit()
    entries = vault.audit.entries()
    assert len(entries) == before + 1
    assert (entries[-1]["action"], entries[-1]["case"]) == ("case-opened", "K-AUDIT")
    assert entries[-1]["at"] == opened_at  # when it was opened, not when the entry was written
    assert vault.audit.verify(vault.header.audit_head) == []
    vault.write_pending_audit()  # written once
    assert len(vault.audit.entries()) == before + 1


def test_a_pending_opening_comes_before_the_next_entry_and_is_written_at_lock(
    vault: Vault, vault_path: Path
) -> None:
    case_id = _case_id(vault)
    with vault.open_case(case_id, audit_later=True) as handle:
        handle.save_profile(replace(handle.case, status=CaseStatus.ACTIVE))
    assert [e["action"] for e in vault.audit.entries()[-2:]] == ["case-opened", "case-changed"]
    with vault.open_case(case_id, audit_later=True):
        pass
    vault.lock()  # the caseworker locks (or hangs up) before the entry was written
    again = Vault.unlock(vault_path, PASS)
    try:
        actions = [(e["action"], e["case"]) for e in again.audit.entries()[-2:]]
        assert actions == [("case-opened", "K-AUDIT"), ("unlocked", "")]
        assert again.audit.verify(again.header.audit_head) == []
    finally:
        again.lock()
