"""The encrypted case index: the case list opens with one decrypt and one parse.

``index.toml.enc`` holds, per case, what the case list shows plus the ``stat`` stamp of the case
file it was built from. Opening compares those stamps with the folder (one ``stat`` per case),
re-reads only the cases that changed, and rebuilds everything when the index is missing or
damaged. The case summaries are a cache: losing them loses nothing.

The index also holds the vault's **ledger**: each case's id, code and the highest revision
(``rev``) this vault has seen of its case document. It is not a cache: a case folder that is
gone while the ledger lists it is reported as deleted, a case document older than its ledger
revision as rolled back (:class:`RolledBack`, shown as the case's ``problem`` in the list).
Marks only go up; a write merges this session's changes into the ledger on disk under the
vault's lock, so two sessions never lower each other's marks. An index that is missing or
damaged while a case document says a ledger was kept (schema 3) is itself reported
(``index-lost``) until ``vault verify --repair`` accepts the rebuilt ledger
(docs/vault-format.md, Rollbacks and deletions).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from desistkit_tui.core.errors import Damage, RolledBack, TamperedFile, VaultError
from desistkit_tui.core.model import BasisKind, Case, CaseStatus, CaseSummary
from desistkit_tui.core.schema import CURRENT, upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.files import VaultFiles, padded_length, parse_doc
from desistkit_tui.core.vault.locks import VaultLock

REL = "index.toml.enc"
CASES = "cases"
CASE_FILE = "case.toml.enc"
Stamp = tuple[int, int, int]
#: A ledger entry: the case's code and the highest revision seen of its case document.
Mark = tuple[str, int]


def case_rel(case_id: str, name: str = CASE_FILE) -> str:
    return f"{CASES}/{case_id}/{name}"


def _stamp(path: str) -> Stamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _row(summary: CaseSummary, stamp: Stamp) -> list[Any]:
    """One index row (the order of :data:`COLUMNS`)."""
    return [
        summary.id,
        summary.code,
        summary.status.value,
        summary.last_activity.isoformat(),
        summary.reflections,
        summary.card_sessions,
        _day(summary.retention),
        _day(summary.last_reflection),
        summary.open_goals,
        _day(summary.next_due),
        summary.basis.value,
        *stamp,
    ]


#: The columns of an index row (schema 4), in order; ``COLUMNS`` is written into the index.
COLUMNS = (
    "id",
    "code",
    "status",
    "last_activity",
    "reflections",
    "card_sessions",
    "retention",
    "last_reflection",
    "open_goals",
    "next_due",
    "basis",
    "mtime_ns",
    "size",
    "ino",
)
_STATUS = {s.value: s for s in CaseStatus}
_BASIS = {b.value: b for b in BasisKind}


def _date(value: object) -> date | None:
    if value is None:
        return None
    if type(value) is not str:
        raise TypeError(value)
    return date.fromisoformat(value)


def _summary(row: object) -> tuple[CaseSummary, Stamp]:
    """One row, every field type-checked (the index is authentic, but may come from a faulty
    writer: any error makes it rebuilt, never trusted). ``ValueError``/``TypeError``/
    ``KeyError`` on anything off; the caller turns them into a rebuild."""
    if type(row) is not list or len(row) != len(COLUMNS):
        raise TypeError(row)
    case_id, code, status, last, refl, cards, retention, last_refl, goals, due, basis, m, n, i = row
    if not (type(case_id) is str and type(code) is str and type(last) is str):
        raise TypeError(row)
    if not (type(refl) is int and type(cards) is int and type(goals) is int):
        raise TypeError(row)
    if not (type(m) is int and type(n) is int and type(i) is int):
        raise TypeError(row)
    if not (code.isprintable() and case_id.isprintable()):  # nothing that drives a terminal
        raise ValueError(code)
    activity = datetime.fromisoformat(last)
    if activity.tzinfo is None:
        raise ValueError(last)
    summary = CaseSummary(
        case_id,
        code,
        _STATUS[status],
        activity,
        refl,
        cards,
        _date(retention),
        None,
        _date(last_refl),
        goals,
        _date(due),
        _BASIS[basis],
    )
    return summary, (m, n, i)


def _ledger(doc: dict[str, Any]) -> dict[str, Mark]:
    ledger: dict[str, Mark] = {}
    rows = doc.get("ledger", [])
    if type(rows) is not list:
        raise TypeError(rows)
    for row in rows:
        if type(row) is not list or len(row) != 3:
            raise TypeError(row)
        case_id, code, rev = row
        if not (type(case_id) is str and type(code) is str and type(rev) is int):
            raise TypeError(row)
        ledger[case_id] = (code, rev)
    return ledger


def parse_index(plain: bytes) -> dict[str, Any]:
    """A decrypted index: JSON since schema 4 (parsed in C), TOML before (read once, to carry
    the ledger over). :class:`TamperedFile` if it is neither."""
    if plain[:1] != b"{":
        return parse_doc(REL, plain)
    try:
        doc = json.loads(plain)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise TamperedFile(REL, Damage.NOT_DOCUMENT) from None
    if type(doc) is not dict:
        raise TamperedFile(REL, Damage.NOT_DOCUMENT)
    return doc


def read_index(files: VaultFiles) -> dict[str, Any]:
    """The index document, decrypted, parsed and upgraded to the current schema (4: rows of
    :data:`COLUMNS` under ``cases``, ``[id, code, rev]`` rows under ``ledger``)."""
    return upgrade(parse_index(files.open_bytes(REL)), "index", REL)


def index_bytes(doc: dict[str, Any]) -> bytes:
    """The plaintext the index is sealed as: compact JSON, padded like every document
    (docs/vault-format.md §8, "Padding"; blanks after JSON are JSON)."""
    plain = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return plain + b"\n" * (padded_length(len(plain)) - len(plain))


def write_index(files: VaultFiles, doc: dict[str, Any]) -> None:
    """Seal and write the index crash-safely (the caller holds the vault's lock)."""
    files.write_raw(REL, envelope.seal(index_bytes(doc), files.ring.data, files.vault_id, REL))


class CaseIndex:
    """Case summaries, kept fresh against the case files."""

    def __init__(self, files: VaultFiles, read_case: Callable[[str], Case]) -> None:
        self.files = files
        self.read_case = read_case
        self._entries: dict[str, tuple[CaseSummary, Stamp | None]] = {}
        #: The row each entry was read as or last written as, keyed by case id with the very
        #: summary object it stands for: a write re-encodes only the entries that changed (an
        #: entry that changes gets a new summary object, so a stale row is never reused).
        self._rows: dict[str, tuple[CaseSummary, Stamp, list[Any]]] = {}
        self._loaded = False
        self._dirty = False
        #: True when the last refresh had to rebuild the index from the case files.
        self.rebuilt = False
        #: The ledger as read (plus this session's changes); see the module.
        self._ledger: dict[str, Mark] = {}
        #: This session's changes to the ledger, merged into the file on disk by flush().
        self._raised: dict[str, Mark] = {}
        self._dropped: set[str] = set()
        #: True when the ledger was lost (index missing or damaged although kept before).
        self.lost = False
        self._anchored = False
        #: True from loading until the end of the first refresh (the one that rebuilds).
        self._first_refresh = False

    def _load(self) -> None:
        self._entries, self.rebuilt, self.lost, self._anchored = {}, False, False, False
        self._rows = {}
        try:
            doc = read_index(self.files)
            rows = doc.get("cases", [])
            if type(rows) is not list:
                raise TypeError(rows)
            entries, written = self._entries, self._rows
            for row in rows:
                summary, stamp = _summary(row)
                entries[summary.id] = (summary, stamp)
                written[summary.id] = (summary, stamp, row)
            self._ledger = _ledger(doc)
            self.lost = doc.get("lost") is True
        except FileNotFoundError:
            self._entries, self._ledger, self.rebuilt = {}, {}, True
        except (VaultError, ValueError, TypeError, KeyError):
            # Damaged, foreign or malformed: the summaries are rebuilt from the cases; the
            # ledger is lost (reported if a case document says one was kept).
            self._entries, self._ledger, self.rebuilt = {}, {}, True
        self._loaded, self._first_refresh = True, True

    @property
    def ledger(self) -> dict[str, Mark]:
        """The ledger with this session's changes (case id -> (code, highest rev))."""
        return dict(self._ledger)

    def _merged_ledger(self) -> dict[str, Mark]:
        """The ledger on disk with this session's changes: revisions only go up, erased cases
        leave it."""
        ledger = self._on_disk()
        for case_id, (code, rev) in self._raised.items():
            known = ledger.get(case_id)
            ledger[case_id] = (code, max(rev, known[1] if known else rev))
        for case_id in self._dropped:
            ledger.pop(case_id, None)
        return ledger

    def _erased(self, case_ids: set[str]) -> set[str]:
        """The ones among ``case_ids`` the key store keeps a tombstone of (format 2). An
        erasure whose index write failed, or that the next unlock finished, leaves its case
        in the ledger: it went on purpose, it is not a deleted case."""
        store = self.files.case_keys
        if store is None or not case_ids:
            return set()
        if not case_ids <= set(store.erased):
            with contextlib.suppress(VaultError):  # erased by another session meanwhile?
                store.refresh()
        return case_ids & set(store.erased)

    def recorded(self) -> tuple[dict[str, Mark], bool]:
        """For ``vault verify``: the ledger on disk with this session's changes, and whether
        it was lost (read now, not as this session first read it)."""
        if not self._loaded:
            self._load()
        ledger = self._merged_ledger()
        gone = {c for c in ledger if not self.files.path(case_rel(c, "")).is_dir()}
        for case_id in self._erased(gone):
            del ledger[case_id]
        try:
            lost = read_index(self.files).get("lost") is True
        except (FileNotFoundError, VaultError):
            lost = True  # missing or damaged now: the ledger is gone (if one was kept)
        return ledger, lost or self.lost

    def _raise(self, case: Case) -> RolledBack | None:
        """Record ``case``'s revision; a :class:`RolledBack` if it is below the ledger's."""
        if self._first_refresh and self.rebuilt and case.sessions is not None:
            self._anchored = True  # a schema-3 case: a ledger was kept, and is gone
        known = self._ledger.get(case.id)
        if known is not None and case.rev < known[1]:
            return RolledBack("case-older", code=case.code, rev=case.rev, expected=known[1])
        if known != (case.code, case.rev):
            self._ledger[case.id] = self._raised[case.id] = (case.code, case.rev)
            self._dropped.discard(case.id)
            self._dirty = True
        return None

    def accept(self) -> None:
        """Take the cases as they are now as the ledger (``vault verify --repair``, after the
        user restored what a backup could give back)."""
        if not self._loaded:
            self._load()
        self._refresh()
        for case_id, (summary, _) in list(self._entries.items()):
            problem = summary.problem
            if isinstance(problem, RolledBack):
                if problem.variant == "case-deleted":
                    self.remove(case_id)
                else:
                    self._ledger.pop(case_id, None)
                    self._reread(case_id, None)
        self.lost = self._anchored = False
        self._dirty = True
        self.flush()

    def summaries(self, *, flush: bool = True) -> list[CaseSummary]:
        """Every case, damaged ones included, refreshed against the folder.

        What changed is written back at once, or with ``flush=False`` by the next
        :meth:`flush` (``Vault.lock`` calls it): the case list is shown before the index is
        written, and creating many cases does not rewrite the index each time.
        """
        if not self._loaded:
            self._load()
        self._refresh()
        if flush and self._dirty:
            self.flush()
        return [summary for summary, _ in self._entries.values()]

    def codes(self) -> set[str]:
        """The casefolded codes of every case there is, for a new case's check (the caller
        holds the vault's lock, so no other session creates one meanwhile).

        After the first refresh this costs one listing of ``cases/``, not a ``stat`` per case:
        folders this session does not know (created by another session) are read, folders gone
        are left out. A code changed by another session's profile edit is seen at the next
        refresh (such edits never took the vault's lock, so no check could be sure of them).
        """
        if not self._loaded:
            self._load()
        if self._first_refresh:
            self._refresh()
        root = self.files.path(CASES)
        names = {
            name for name in (os.listdir(root) if root.is_dir() else ()) if not name.startswith(".")
        }
        for name in names - self._entries.keys():
            self._reread(name, _stamp(f"{root}/{name}/{CASE_FILE}"))
        return {
            summary.code.casefold()
            for case_id, (summary, _) in self._entries.items()
            if case_id in names and not summary.problem
        }

    def _refresh(self) -> None:
        root = self.files.path(CASES)
        seen: set[str] = set()
        if root.is_dir():
            with os.scandir(root) as it:
                for entry in it:
                    if not entry.is_dir(follow_symlinks=False) or entry.name.startswith("."):
                        continue
                    seen.add(entry.name)
                    stamp = _stamp(f"{entry.path}/{CASE_FILE}")
                    known = self._entries.get(entry.name)
                    if known is None or known[1] != stamp or known[0].problem:
                        self._reread(entry.name, stamp)
        for gone in self._entries.keys() - seen:
            del self._entries[gone]
            self._dirty = True
        if self._anchored:
            self.lost = True
        self._first_refresh = False
        missing = self._ledger.keys() - seen
        if missing:  # erased by another session since this one read the ledger?
            on_disk = self._on_disk()
            for case_id in missing - on_disk.keys() - self._raised.keys():
                del self._ledger[case_id]
            for case_id in self._erased(missing):
                self.remove(case_id)  # erased on purpose, the ledger not yet told
        for gone in self._ledger.keys() - seen:
            code = self._ledger[gone][0]
            problem = RolledBack("case-deleted", code=code)
            epoch = CaseSummary.damaged(gone, problem).last_activity
            summary = CaseSummary(gone, code, CaseStatus.ACTIVE, epoch, 0, 0, problem=problem)
            self._entries[gone] = (summary, None)

    def _reread(self, case_id: str, stamp: Stamp | None) -> None:
        try:
            case = self.read_case(case_id)
            rolled_back = self._raise(case)
            summary = CaseSummary.of(case)
            if rolled_back is not None:
                summary, stamp = summary._replace(problem=rolled_back), None
        except FileNotFoundError:
            summary = CaseSummary.damaged(case_id, TamperedFile(case_rel(case_id), Damage.MISSING))
            stamp = None
        except VaultError as exc:
            summary = CaseSummary.damaged(case_id, exc)
            stamp = None
        self._entries[case_id] = (summary, stamp)
        self._dirty = True

    def update(self, case: Case) -> None:
        """Record a case just written by this session (its revision is the new mark: this
        session wrote it, holding the case's lock)."""
        if not self._loaded:
            self._load()
        stamp = _stamp(str(self.files.path(case_rel(case.id))))
        self._entries[case.id] = (CaseSummary.of(case), stamp)
        self._ledger[case.id] = self._raised[case.id] = (case.code, case.rev)
        self._dropped.discard(case.id)
        self._dirty = True

    def remove(self, case_id: str) -> None:
        """Forget a case that is being erased (the ledger too: its folder goes on purpose)."""
        if not self._loaded:
            self._load()
        self._entries.pop(case_id, None)
        self._ledger.pop(case_id, None)
        self._raised.pop(case_id, None)
        self._dropped.add(case_id)
        self._dirty = True

    def flush(self) -> None:
        """Write the index if it changed (damaged cases are left out; they are re-checked).

        The ledger written is the one on disk with this session's changes merged in (marks
        only go up), under the vault's lock: another session's marks are never lowered.
        """
        if not self._dirty or not self._loaded:
            return
        cases = []
        written, rows = self._rows, {}
        for case_id, (summary, stamp) in self._entries.items():
            if stamp is None or summary.problem:
                continue
            known = written.get(case_id)
            if known is not None and known[0] is summary and known[1] == stamp:
                row = known[2]
            else:
                row = _row(summary, stamp)
            rows[case_id] = (summary, stamp, row)
            cases.append(row)
        with VaultLock(self.files.root, self.files.modes.file, share=True) as lock:
            lock.wait()
            ledger = self._merged_ledger()
            doc: dict[str, Any] = {
                "schema": CURRENT["index"],
                "kind": "index",
                "columns": COLUMNS,
                "cases": cases,
                "ledger": [[case_id, code, rev] for case_id, (code, rev) in sorted(ledger.items())],
            }
            if self.lost:
                doc["lost"] = True
            write_index(self.files, doc)
        self._rows = rows
        self._ledger = ledger
        self._raised, self._dropped = {}, set()
        self._dirty = False

    def _on_disk(self) -> dict[str, Mark]:
        """The ledger in the index file now (another session may have written it since this
        one read it); this session's copy if the file is gone or damaged."""
        try:
            return _ledger(read_index(self.files))
        except (FileNotFoundError, VaultError, ValueError, TypeError):
            return dict(self._ledger)

    def rebuild(self) -> list[CaseSummary]:
        """Forget the summaries and build them again from every case file (the ledger is
        kept: it is not a cache)."""
        if not self._loaded:
            self._load()
        self._entries = {}
        self._dirty = True
        return self.summaries()
