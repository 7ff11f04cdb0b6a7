"""The encrypted case index: the case list opens with one decrypt and one parse.

``index.toml.enc`` holds, per case, what the case list shows plus the ``stat`` stamp of the case
file it was built from. Opening compares those stamps with the folder (one ``stat`` per case),
re-reads only the cases that changed, and rebuilds everything when the index is missing or
damaged. The index is a cache: losing it loses nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from desistkit_tui.core.errors import Damage, Schema, TamperedFile, VaultError
from desistkit_tui.core.model import Case, CaseStatus, CaseSummary
from desistkit_tui.core.schema import CURRENT, Fields, upgrade
from desistkit_tui.core.vault.files import VaultFiles

REL = "index.toml.enc"
CASES = "cases"
CASE_FILE = "case.toml.enc"
Stamp = tuple[int, int, int]


def case_rel(case_id: str, name: str = CASE_FILE) -> str:
    return f"{CASES}/{case_id}/{name}"


def _stamp(path: str | os.PathLike[str]) -> Stamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _entry(summary: CaseSummary, stamp: Stamp) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": summary.id,
        "code": summary.code,
        "status": summary.status.value,
        "last_activity": summary.last_activity,
        "reflections": summary.reflections,
        "card_sessions": summary.card_sessions,
        "stamp": list(stamp),
    }
    if summary.retention is not None:
        entry["retention"] = summary.retention
    if summary.last_reflection is not None:
        entry["last_reflection"] = summary.last_reflection
    if summary.next_due is not None:
        entry["next_due"] = summary.next_due
    if summary.open_goals:
        entry["open_goals"] = summary.open_goals
    return entry


#: The fields of one index entry (``_entry`` writes them).
_ENTRY_KEYS = frozenset(
    {
        "id",
        "code",
        "status",
        "last_activity",
        "reflections",
        "card_sessions",
        "stamp",
        "retention",
        "last_reflection",
        "next_due",
        "open_goals",
    }
)


def _summary(entry: dict[str, Any]) -> tuple[CaseSummary, Stamp]:
    """One entry, every field type-checked: :class:`SchemaError` if anything is off (the
    index is authentic, but may come from a faulty writer: it is rebuilt, never trusted)."""
    f = Fields(entry, REL, _ENTRY_KEYS)
    stamp = f.get("stamp", list)
    if len(stamp) != 3 or not all(type(x) is int for x in stamp):
        raise f.error("stamp", Schema.INVALID)
    summary = CaseSummary(
        id=f.get("id", str),
        code=f.get("code", str),
        status=f.choice("status", CaseStatus),
        last_activity=f.datetime("last_activity"),
        reflections=f.get("reflections", int),
        card_sessions=f.get("card_sessions", int),
        retention=f.date_or_none("retention"),
        last_reflection=f.date_or_none("last_reflection"),
        open_goals=f.get("open_goals", int, 0),
        next_due=f.date_or_none("next_due"),
    )
    return summary, (stamp[0], stamp[1], stamp[2])


class CaseIndex:
    """Case summaries, kept fresh against the case files."""

    def __init__(self, files: VaultFiles, read_case: Callable[[str], Case]) -> None:
        self.files = files
        self.read_case = read_case
        self._entries: dict[str, tuple[CaseSummary, Stamp | None]] = {}
        self._loaded = False
        self._dirty = False
        #: True when the last refresh had to rebuild the index from the case files.
        self.rebuilt = False

    def _load(self) -> None:
        self._entries, self.rebuilt = {}, False
        try:
            doc = upgrade(self.files.read_doc(REL), "index", REL)
            for raw in Fields(doc, REL, {"cases"}).tables("cases"):
                summary, stamp = _summary(raw)
                self._entries[summary.id] = (summary, stamp)
        except FileNotFoundError:
            self.rebuilt = True
        except VaultError:
            # A damaged, foreign or malformed index is only a cache: rebuild it from the cases.
            self._entries, self.rebuilt = {}, True
        self._loaded = True

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

    def _refresh(self) -> None:
        root = self.files.path(CASES)
        seen: set[str] = set()
        if root.is_dir():
            with os.scandir(root) as it:
                for entry in it:
                    if not entry.is_dir(follow_symlinks=False) or entry.name.startswith("."):
                        continue
                    seen.add(entry.name)
                    stamp = _stamp(os.path.join(entry.path, CASE_FILE))
                    known = self._entries.get(entry.name)
                    if known is None or known[1] != stamp or known[0].problem:
                        self._reread(entry.name, stamp)
        for gone in self._entries.keys() - seen:
            del self._entries[gone]
            self._dirty = True

    def _reread(self, case_id: str, stamp: Stamp | None) -> None:
        try:
            summary = CaseSummary.of(self.read_case(case_id))
        except FileNotFoundError:
            summary = CaseSummary.damaged(case_id, TamperedFile(case_rel(case_id), Damage.MISSING))
            stamp = None
        except VaultError as exc:
            summary = CaseSummary.damaged(case_id, exc)
            stamp = None
        self._entries[case_id] = (summary, stamp)
        self._dirty = True

    def update(self, case: Case) -> None:
        """Record a case just written by this session."""
        stamp = _stamp(self.files.path(case_rel(case.id)))
        self._entries[case.id] = (CaseSummary.of(case), stamp)
        self._dirty = True

    def remove(self, case_id: str) -> None:
        self._entries.pop(case_id, None)
        self._dirty = True

    def flush(self) -> None:
        """Write the index if it changed (damaged cases are left out; they are re-checked)."""
        if not self._dirty or not self._loaded:
            return
        cases = [
            _entry(summary, stamp)
            for summary, stamp in self._entries.values()
            if stamp is not None and not summary.problem
        ]
        self.files.write_doc(REL, {"schema": CURRENT["index"], "kind": "index", "cases": cases})
        self._dirty = False

    def rebuild(self) -> list[CaseSummary]:
        """Forget the index and build it again from every case file."""
        self._entries, self._loaded, self.rebuilt = {}, True, True
        self._dirty = True
        return self.summaries()
