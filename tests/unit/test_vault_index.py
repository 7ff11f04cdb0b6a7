"""The encrypted case index: right after unlock, rebuilt when missing, damaged or stale."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import Damage, DuplicateCase, RolledBack, TamperedFile
from desistkit_tui.core.model import (
    BasisKind,
    CaseStatus,
    CaseSummary,
    Goal,
    GoalStatus,
    LegalBasis,
    SessionKind,
)
from desistkit_tui.core.schema import Doc
from desistkit_tui.core.vault import index_files as parts
from desistkit_tui.core.vault.envelope import seal
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.index import REL as INDEX_REL
from desistkit_tui.core.vault.index import read_index
from desistkit_tui.core.vault.index_files import LEGACY, shard_of, shard_rel
from desistkit_tui.core.vault.index_rows import COLUMNS
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


def _summary_key(s: CaseSummary) -> tuple[object, ...]:
    return (
        s.id,
        s.code,
        s.status,
        s.last_activity,
        s.reflections,
        s.card_sessions,
        s.retention,
        repr(s.problem),
    )


def _listing(vault: Vault) -> list[tuple[object, ...]]:
    return sorted(_summary_key(s) for s in vault.summaries())


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Vault:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for n, status in enumerate((CaseStatus.ACTIVE, CaseStatus.PAUSED, CaseStatus.CLOSED)):
        case = vault.create_case(f"K-{n}", retention=date(2030, 1, n + 1) if n else None)
        with vault.open_case(case.id) as handle:
            for _ in range(n):
                handle.save_session(SessionKind.CARDS, {"n": n})
            handle.save_profile(replace(handle.case, status=status))
    return vault


def _index_cases(vault: Vault) -> list[list[object]]:
    cases = read_index(vault.files)["cases"]
    assert isinstance(cases, list)
    return cases


def _index_files(vault: Vault) -> list[Path]:
    """Every file of the index (the head and the shards written)."""
    return sorted((vault.root / INDEX_REL).iterdir())


def test_list_after_unlock_equals_what_was_created(vault: Vault) -> None:
    expected = _listing(vault)
    assert sorted((s.code, s.status, s.card_sessions) for s in vault.summaries()) == [
        ("K-0", CaseStatus.ACTIVE, 0),
        ("K-1", CaseStatus.PAUSED, 1),
        ("K-2", CaseStatus.CLOSED, 2),
    ]
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    assert _listing(again) == expected
    assert not again.index.rebuilt  # straight from the index's shards
    assert len(_index_cases(again)) == 3


def test_the_index_is_used_without_reading_case_files(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.lock()
    again = Vault.unlock(vault.root, PASS)

    def no_reads(case_id: str) -> None:
        raise AssertionError(f"read case {case_id} although the index is fresh")

    monkeypatch.setattr(again.index, "read_case", no_reads)
    assert len(again.summaries()) == 3


@pytest.mark.parametrize("damage", ["delete", "flip", "garbage", "empty"])
def test_missing_or_damaged_index_is_rebuilt(vault: Vault, damage: str) -> None:
    expected = _listing(vault)
    vault.lock()
    for index in _index_files(vault):
        if damage == "delete":
            index.unlink()
        elif damage == "flip":
            data = bytearray(index.read_bytes())
            data[40] ^= 0x01
            index.write_bytes(bytes(data))
        elif damage == "garbage":
            index.write_bytes(os.urandom(200))
        else:
            index.write_bytes(b"")
    again = Vault.unlock(vault.root, PASS)
    assert _listing(again) == expected
    assert again.index.rebuilt
    assert len(_index_cases(again)) == 3  # and written back, whole


def test_index_of_another_vault_is_rebuilt(
    vault: Vault, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    expected = _listing(vault)
    other, _ = Vault.create(tmp_path / "other", Secret.from_text(PASS), "anna", kdf=fast_kdf)
    other.create_case("K-OTHER")
    other.lock()
    vault.lock()
    shutil.rmtree(vault.root / INDEX_REL)
    shutil.copytree(tmp_path / "other" / INDEX_REL, vault.root / INDEX_REL)
    again = Vault.unlock(vault.root, PASS)
    assert _listing(again) == expected
    assert again.index.rebuilt


def test_stale_index_sees_changes_made_elsewhere(vault: Vault) -> None:
    first_listing = _listing(vault)
    second = Vault.unlock(vault.root, PASS)  # another session, its own Vault object
    added = second.create_case("K-NEW")
    with second.open_case(added.id) as handle:
        handle.save_session(SessionKind.REFLECTION, {"x": 1})
    k0 = second.find("K-0")
    with second.open_case(k0.id) as handle:
        handle.save_profile(replace(handle.case, status=CaseStatus.CLOSED))
    second.lock()

    listed = {s.code: s for s in vault.summaries()}  # the first session, index loaded before
    assert set(listed) == {"K-0", "K-1", "K-2", "K-NEW"}
    assert listed["K-NEW"].reflections == 1
    assert listed["K-0"].status is CaseStatus.CLOSED
    assert len(first_listing) == 3
    fresh = Vault.unlock(vault.root, PASS)
    assert _listing(fresh) == _listing(vault)


def test_case_removed_elsewhere_is_listed_as_deleted(vault: Vault) -> None:
    """A folder deleted outside DesistKit is not forgotten: the ledger still lists the case
    (erasing it through DesistKit takes it out of the list: test_vault_erase)."""
    gone = vault.find("K-1")
    shutil.rmtree(vault.root / case_rel(gone.id, ""))
    listed = {s.code: s.problem for s in vault.summaries()}
    assert set(listed) == {"K-0", "K-1", "K-2"}
    assert isinstance(listed["K-1"], RolledBack) and listed["K-1"].variant == "case-deleted"
    assert {c[1] for c in _index_cases(vault)} == {"K-0", "K-2"}


@pytest.mark.parametrize("index_state", ["deleted", "stale"])
def test_one_damaged_case_is_listed_with_its_problem(vault: Vault, index_state: str) -> None:
    damaged = vault.find("K-1")
    healthy = [s for s in vault.summaries() if s.id != damaged.id]
    vault.lock()
    case_file = vault.root / case_rel(damaged.id)
    original = case_file.read_bytes()
    data = bytearray(original)
    data[len(data) // 2] ^= 0xFF
    case_file.write_bytes(bytes(data))
    if index_state == "deleted":
        shutil.rmtree(vault.root / INDEX_REL)
    else:  # the file changed after the index was written (a later time, as after any edit)
        st = case_file.stat()
        os.utime(case_file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))

    again = Vault.unlock(vault.root, PASS)
    listed = {s.id: s for s in again.summaries()}
    assert set(listed) == {damaged.id} | {s.id for s in healthy}
    assert listed[damaged.id].problem
    assert case_rel(damaged.id) in str(listed[damaged.id].problem)
    for summary in healthy:
        assert _summary_key(listed[summary.id]) == _summary_key(summary)
        with again.open_case(summary.id) as handle:
            assert handle.case.code == summary.code
    with pytest.raises(TamperedFile):
        again.open_case(damaged.id)
    # the damaged case is never written into the index; it is checked again next time
    assert damaged.id not in {c[0] for c in _index_cases(again)}
    case_file.write_bytes(original)
    assert not {s.id: s for s in again.summaries()}[damaged.id].problem  # repaired: listed again


def test_rebuild_on_request(vault: Vault) -> None:
    expected = _listing(vault)
    rebuilt = vault.index.rebuild()
    assert sorted(_summary_key(s) for s in rebuilt) == expected


def _index_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every write of an index file (the real write still happens)."""
    writes: list[str] = []
    write_raw = VaultFiles.write_raw

    def recording(files: VaultFiles, rel: str, data: bytes) -> None:
        if rel.startswith(f"{INDEX_REL}/"):
            writes.append(rel)
        write_raw(files, rel, data)

    monkeypatch.setattr(VaultFiles, "write_raw", recording)
    return writes


def test_listing_without_writing_the_index_writes_it_later(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case list is shown first; the refreshed index is written afterwards (or at lock)."""
    vault.lock()
    shutil.rmtree(vault.root / INDEX_REL)
    again = Vault.unlock(vault.root, PASS)
    writes = _index_writes(monkeypatch)
    assert len(again.summaries(write_index=False)) == 3
    assert writes == [] and not (again.root / INDEX_REL).exists()
    again.write_index()
    shards = {shard_rel(shard_of(s.id)) for s in again.summaries()}
    assert sorted(writes) == sorted([*shards, parts.HEAD]) and len(_index_cases(again)) == 3
    again.write_index()  # nothing new: nothing written
    assert len(writes) == len(shards) + 1


def test_an_index_left_unwritten_is_written_when_the_vault_locks(vault: Vault) -> None:
    vault.lock()
    shutil.rmtree(vault.root / INDEX_REL)
    again = Vault.unlock(vault.root, PASS)
    again.summaries(write_index=False)
    again.lock()
    assert len(_index_cases(Vault.unlock(vault.root, PASS))) == 3


def test_creating_cases_does_not_rewrite_the_index_each_time(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = _index_writes(monkeypatch)
    for n in range(5):
        vault.create_case(f"NEW-{n}")
    assert writes == []
    with pytest.raises(DuplicateCase):
        vault.create_case("new-3")  # still checked against every case, new ones included
    other = Vault.unlock(vault.root, PASS)  # another session adds a case ...
    other.create_case("ELSEWHERE")
    other.lock()
    with pytest.raises(DuplicateCase):
        vault.create_case("elsewhere")  # ... and this one sees it
    vault.lock()
    assert {c[1] for c in _index_cases(Vault.unlock(vault.root, PASS))} == {
        "K-0", "K-1", "K-2", "NEW-0", "NEW-1", "NEW-2", "NEW-3", "NEW-4", "ELSEWHERE"
    }  # fmt: skip


def test_planning_fields_survive_the_index(vault: Vault) -> None:
    """Last reflection, open goals and the next target date come back from the index."""
    k0 = vault.find("K-0")
    with vault.open_case(k0.id) as handle:
        handle.save_session(SessionKind.REFLECTION, {"x": 1}, held_on=date(2026, 2, 1))
        goals = (
            Goal("g1", "work", target=date(2026, 3, 1)),
            Goal("g2", "sport", target=date(2026, 1, 15)),
            Goal("g3", "done", target=date(2025, 1, 1), status=GoalStatus.ACHIEVED),
        )
        basis = LegalBasis(BasisKind.STATUTORY_TASK, note="SGB VIII")
        handle.save_profile(replace(handle.case, goals=goals, legal=basis))
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    listed = {s.code: s for s in again.summaries()}
    assert not again.index.rebuilt
    k0_listed = listed["K-0"]
    assert (k0_listed.last_reflection, k0_listed.open_goals, k0_listed.next_due) == (
        date(2026, 2, 1),
        2,
        date(2026, 1, 15),
    )
    assert k0_listed.hints(date(2026, 1, 20), 90) == ("goal-overdue",)
    assert k0_listed.basis is BasisKind.STATUTORY_TASK  # the kind, from the index
    assert listed["K-1"].last_reflection is None and listed["K-1"].open_goals == 0
    assert listed["K-1"].basis is BasisKind.UNRECORDED
    assert listed["K-1"].hints(date(2026, 1, 20), 0) == ("basis-missing",)


def _entry_edits() -> list[tuple[str, object]]:
    """Authentic (sealed with the vault's key) but malformed: what a faulty writer leaves."""
    return [
        ("cases-not-a-list", "cases"),
        ("entry-not-a-row", ["K-0"]),
        ("entry-a-table", [{"id": "x", "code": "K-9"}]),
        ("reflections-a-string", {"reflections": "3"}),
        ("reflections-a-float", {"reflections": float("inf")}),
        ("status-unknown", {"status": "lost"}),
        ("stamp-of-strings", {"mtime_ns": "a"}),
        ("last-activity-a-date", {"last_activity": date(2026, 1, 1).isoformat()}),
        ("last-activity-without-zone", {"last_activity": datetime(2026, 1, 1, 12).isoformat()}),
        ("retention-a-string", {"retention": "soon"}),
        ("code-a-number", {"code": 7}),
        ("code-drives-the-terminal", {"code": "K-\x1b[2J"}),
        ("row-too-short", "short"),
        ("row-too-long", "long"),
    ]


@pytest.mark.parametrize(("name", "edit"), _entry_edits(), ids=[n for n, _ in _entry_edits()])
def test_a_malformed_but_authentic_index_is_rebuilt(vault: Vault, name: str, edit: object) -> None:
    """Issue 13, item 7: an entry that was not a table crashed the case list."""
    expected = _listing(vault)
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    first = again.summaries()[0].id
    rel = shard_rel(shard_of(first))
    doc: Doc = parts.read_shard(again.files, shard_of(first))
    if edit == "cases":
        doc["cases"] = "K-0"
    elif edit == "short":
        doc["cases"][0].pop()
    elif edit == "long":
        doc["cases"][0].append(1)
    elif isinstance(edit, list):
        doc["cases"] = [*doc["cases"], *edit]
    else:
        assert isinstance(edit, dict)
        row = doc["cases"][0]
        for key, value in edit.items():
            row[COLUMNS.index(key)] = value
    parts.write_doc(again.files, rel, doc)
    again.lock()
    third = Vault.unlock(vault.root, PASS)
    assert _listing(third) == expected
    assert third.index.rebuilt
    assert len(_index_cases(third)) == 3  # and written back, whole


def test_deeply_nested_authentic_documents_are_typed_errors(vault: Vault) -> None:
    """Issue 13, item 7: tomli parses nesting recursively; 100,000 deep was a RecursionError
    in every reader. Sealed with the right key, such a file is refused as not a document."""
    deep = b'schema = 2\nkind = "index"\nx = ' + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    expected = _listing(vault)
    files = vault.files
    for index in _index_files(vault):
        rel = f"{INDEX_REL}/{index.name}"
        index.write_bytes(seal(deep, files.ring.data, files.vault_id, rel))
    with pytest.raises(TamperedFile) as caught:
        files.read_doc(parts.HEAD)
    assert caught.value.damage is Damage.NOT_DOCUMENT
    case = vault.find("K-1")
    with vault.open_case(case.id) as handle:
        key = handle._key
        rel = case_rel(case.id)
        files.path(rel).write_bytes(seal(deep, key, files.vault_id, rel))
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    listed = {s.id: s for s in again.summaries()}  # the index is rebuilt, the case damaged
    assert again.index.rebuilt and len(listed) == len(expected)
    problem = listed[case.id].problem
    assert isinstance(problem, TamperedFile) and problem.damage is Damage.NOT_DOCUMENT


def test_a_schema_3_toml_index_is_migrated_with_its_ledger(vault: Vault) -> None:
    """Issue 17: the index is JSON since schema 4 (parsed in C). An older TOML index is read
    once: its case entries (a cache) are re-read, its ledger (not a cache) is carried over, so
    a case document older than its mark is still reported as rolled back."""
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    ids = {s.code: s.id for s in again.summaries()}
    ledger = [{"id": case_id, "code": code, "rev": 99} for code, case_id in ids.items()]
    # A case entry as schema 3 wrote it (tables, the legal basis kind among them): dropped.
    entry = {
        "id": ids["K-0"],
        "code": "K-0",
        "status": "active",
        "last_activity": datetime(2026, 1, 1, tzinfo=UTC),
        "reflections": 0,
        "card_sessions": 0,
        "basis": "statutory-task",
        "stamp": [1, 2, 3],
    }
    doc3 = {"schema": 3, "kind": "index", "cases": [entry], "ledger": ledger}
    again.files.write_doc(LEGACY, doc3)
    shutil.rmtree(vault.root / INDEX_REL)
    third = Vault.unlock(vault.root, PASS)
    problems = {s.code: s.problem for s in third.summaries()}
    assert all(isinstance(p, RolledBack) for p in problems.values()), problems
    doc = read_index(third.files)
    assert doc["schema"] == 5 and not (vault.root / LEGACY).exists()  # split into shards
    assert third.files.open_bytes(shard_rel(shard_of(ids["K-0"]))).startswith(b"{")
    assert sorted(doc["ledger"]) == sorted([i, c, 99] for c, i in ids.items())


def test_creating_a_case_does_not_stat_every_case(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: checking a new code refreshed the whole index, one ``stat`` per case (at
    10,000 cases most of ``create_case``'s time). Once listed, only the new case is looked at."""
    from desistkit_tui.core.vault import index as index_module

    vault.summaries()
    statted: list[str] = []
    stamp = index_module._stamp

    def counting(path: str) -> tuple[int, int, int] | None:
        statted.append(path)
        return stamp(path)

    monkeypatch.setattr(index_module, "_stamp", counting)
    case = vault.create_case("NEW-X")
    assert len(statted) == 1 and case.id in statted[0]  # the new case's own stamp


def test_a_write_encodes_only_the_rows_of_the_shard_that_changed(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: after one save, the index write encodes the rows of that case's shard only
    (about 1/32 of them; the rows as read are not kept, to save memory); the index written is
    the same as a full rewrite would give."""
    import desistkit_tui.core.vault.index_rows as rows_module

    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    summaries = {s.code: s for s in again.summaries()}
    made: list[str] = []
    row = rows_module.row_of

    def counted(summary: CaseSummary, stamp: tuple[int, int, int]) -> list[object]:
        made.append(summary.id)
        return row(summary, stamp)

    monkeypatch.setattr(rows_module, "row_of", counted)
    saved = summaries["K-1"].id
    with again.open_case(saved) as handle:
        handle.save_session(SessionKind.CARDS, {"n": 9})
    again.summaries()  # refreshed and written
    assert saved in made and {shard_of(case_id) for case_id in made} == {shard_of(saved)}
    assert len(made) == sum(shard_of(s.id) == shard_of(saved) for s in summaries.values())
    written = _index_cases(again)
    again.index.rebuild()  # every row made afresh
    assert sorted(map(str, _index_cases(again))) == sorted(map(str, written))
