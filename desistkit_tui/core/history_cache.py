"""The per-case summary cache: what the case overview needs of each finished session, in one
document, so opening a case with 500 reflections reads one file, not 500.

``cases/<id>/history.json.enc`` (docs/vault-format.md, "The summary cache") is sealed with the
case key like the case's other files; inside is JSON (it parses in C), one plain list per
session: the ``stat`` stamp of the session file it was made from and what the session list,
the development view and the factor choice need of it (factor ids, relevances, counts, days;
no words). Full reflections are read only when one is opened, compared or exported.

It is only a cache, never trusted over the session files: a session file whose stamp
(mtime, size, inode) differs from its row, or that has no row, is read and summed up again; a
row whose file is gone is dropped; a cache that is missing, does not decrypt (tampered, another
key) or does not parse is rebuilt from the session files. A session file that cannot be read
is listed with its problem and given no row, so it is read (and reported) at every open. The
cache is written back when it changed and the case is open for writing; finishing a session
adds one row without reading any other session (:meth:`HistoryCache.add`).
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from typing import Any

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.history import (
    CardRecord,
    History,
    Overview,
    card_record,
    saved_reflection,
    session_body,
)
from desistkit_tui.core.model import (
    EntrySummary,
    Reflection,
    ReflectionSummary,
    Relevance,
    SessionKind,
    is_reflection,
)
from desistkit_tui.core.vault.cases import SUFFIX, CaseHandle
from desistkit_tui.core.vault.files import Stamp, file_stamp, padded_length

#: Bump when the rows change shape: an older cache is then rebuilt.
VERSION = 1
#: One session's row: kind ("r", "c" or "x": neither, ignored), id, stamp, then its summary.
Row = list[Any]

_RELEVANCE = {r.value: r for r in Relevance}
#: The saved time of a card session whose document has none (as in :mod:`.history`).
_NEVER = datetime.min.replace(tzinfo=UTC)


def session_stamps(folder: str) -> dict[str, Stamp]:
    """The stamp of every session file in ``folder`` (one ``scandir``), by session id."""
    stamps: dict[str, Stamp] = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(SUFFIX):
                    st = entry.stat(follow_symlinks=False)
                    stamps[entry.name[: -len(SUFFIX)]] = file_stamp(st)
    except FileNotFoundError:
        pass  # no session saved yet
    return stamps


def reflection_row(reflection: Reflection, stamp: Stamp) -> Row:
    """A finished reflection's row (docs/vault-format.md §8.4)."""
    s = reflection.summary()
    entries = [
        [e.factor, e.person.value, e.caseworker.value, e.resources, e.needs] for e in s.recorded
    ]
    return [
        "r",
        s.id,
        list(stamp),
        s.held_on.isoformat(),
        s.created.isoformat(),
        s.entered_later,
        s.replaces,
        entries,
    ]


def card_row(record: CardRecord, saved: datetime | None, stamp: Stamp) -> Row:
    """A finished card session's row; ``saved`` orders the card sessions of one day."""
    at = saved.isoformat() if saved is not None else ""
    return [
        "c",
        record.id,
        list(stamp),
        record.held_on.isoformat(),
        at,
        [*record.suggested_factors],
        record.cards,
    ]


#: Makes a named tuple from a tuple of its fields without its ``__new__``'s call by keywords:
#: opening a case of 500 reflections makes ~5,000 entries, and that call was half their cost.
_make = tuple.__new__


def _summary(row: Row) -> ReflectionSummary:
    _, rid, _, held, created, later, replaces, entries = row
    recorded = tuple(
        [
            _make(EntrySummary, (str(f), _RELEVANCE[p], _RELEVANCE[c], int(r), int(n)))
            for f, p, c, r, n in entries
        ]
    )
    fields = (
        rid,
        date.fromisoformat(held),
        datetime.fromisoformat(created),
        later is True,
        str(replaces),
        recorded,
    )
    return _make(ReflectionSummary, fields)


def _card(row: Row) -> tuple[CardRecord, datetime]:
    _, cid, _, held, saved, suggested, cards = row
    at = datetime.fromisoformat(saved) if saved else _NEVER
    record = CardRecord(str(cid), date.fromisoformat(held), tuple(map(str, suggested)), int(cards))
    return record, at if at.tzinfo is not None else _NEVER


def _read_row(handle: CaseHandle, session_id: str, stamp: Stamp) -> Row:
    """Read one session file in full and sum it up (:class:`VaultError` if it cannot be read)."""
    path = f"sessions/{session_id}"
    doc, body = session_body(handle, session_id)
    kind = doc.get("type")
    if kind == SessionKind.REFLECTION.value and is_reflection(body):
        return reflection_row(saved_reflection(body, session_id), stamp)
    if kind == SessionKind.CARDS.value:
        saved = doc.get("saved")
        at = saved if isinstance(saved, datetime) and saved.tzinfo is not None else None
        day = saved.date() if isinstance(saved, datetime) else date.min
        return card_row(card_record(session_id, body, day, path), at, stamp)
    return ["x", session_id, list(stamp)]


def _stamp_of(row: object) -> tuple[str, Stamp] | None:
    """A cached row's session id and stamp, or None for a row of another shape."""
    if not (isinstance(row, list) and len(row) >= 3 and row[0] in ("r", "c", "x")):
        return None
    rid, stamp = row[1], row[2]
    if not (isinstance(rid, str) and isinstance(stamp, list) and len(stamp) == 3):
        return None
    if not all(isinstance(n, int) for n in stamp):
        return None
    return rid, (stamp[0], stamp[1], stamp[2])


def _cached_rows(handle: CaseHandle) -> dict[str, tuple[Stamp, Row]] | None:
    """The rows of the cache file, or None if it is missing, damaged or of another version."""
    try:
        doc = json.loads(handle.read_cache())
    except (FileNotFoundError, VaultError, ValueError, RecursionError):
        return None  # missing, tampered (AES-GCM failed) or not JSON: rebuilt
    if not (
        isinstance(doc, dict) and doc.get("v") == VERSION and doc.get("case") == handle.case.id
    ):
        return None
    rows = doc.get("rows")
    if not isinstance(rows, list):
        return None
    found: dict[str, tuple[Stamp, Row]] = {}
    for row in rows:
        key = _stamp_of(row)
        if key is None:
            return None
        found[key[0]] = (key[1], row)
    return found


def same_overview(overview: Overview, full: History[Reflection]) -> bool:
    """Whether ``overview`` says what reading every session in full (``full``) says: the
    same summaries, card sessions and number of problems (tests and the reliability suite)."""
    return (
        overview.reflections == [r.summary() for r in full.reflections]
        and overview.card_sessions == full.card_sessions
        and len(overview.problems) == len(full.problems)
    )


class HistoryCache:
    """The summary rows of one open case, by session id, as last read or written."""

    def __init__(self, rows: dict[str, tuple[Stamp, Row]]) -> None:
        self._rows = rows
        #: How the last :meth:`open` went: "used", "updated" or "rebuilt" (tests, benchmarks).
        self.state = "used"

    @classmethod
    def open(cls, handle: CaseHandle) -> tuple[HistoryCache, Overview]:
        """The case's overview from its cache, checked against the session folder (one
        ``scandir``); sessions without a fitting row are read in full. Writes the cache back if
        anything changed and the case is open for writing (a failed write is left for the next
        open: the overview is right either way)."""
        stamps = session_stamps(handle.sessions_folder())
        cached = _cached_rows(handle)
        cache, problems = cls._fill(handle, stamps, cached or {})
        try:
            overview = cache.overview()
        except (ValueError, TypeError, KeyError):
            # Cached rows that do not decode (another version under the same number, a bug):
            # trust none of them, read every session file again.
            cached = None
            cache, problems = cls._fill(handle, stamps, {})
            overview = cache.overview()
        if cached is None:
            cache.state = "rebuilt"
        elif cache.state == "used" and cached.keys() != stamps.keys():
            cache.state = "updated"  # rows of removed session files dropped
        overview.problems.extend(problems)
        if cache.state != "used":
            cache._write(handle)
        return cache, overview

    @classmethod
    def _fill(
        cls, handle: CaseHandle, stamps: dict[str, Stamp], cached: dict[str, tuple[Stamp, Row]]
    ) -> tuple[HistoryCache, list[VaultError]]:
        """The rows of the session files there are now: cached where the stamp fits, read
        from the file otherwise (its problem listed when that fails)."""
        cache, problems = cls({}), []
        rows = cache._rows
        for session_id in sorted(stamps):
            stamp = stamps[session_id]
            hit = cached.get(session_id)
            if hit is not None and hit[0] == stamp:
                rows[session_id] = hit
                continue
            cache.state = "updated"
            try:
                rows[session_id] = stamp, _read_row(handle, session_id, stamp)
            except VaultError as exc:
                problems.append(exc)  # no row: read, and reported, at every open
        return cache, problems

    def overview(self) -> Overview:
        """The summaries, oldest first (cards of one day in the order they were saved)."""
        reflections: list[ReflectionSummary] = []
        cards: list[tuple[CardRecord, datetime]] = []
        for _, row in self._rows.values():
            if row[0] == "r":
                reflections.append(_summary(row))
            elif row[0] == "c":
                cards.append(_card(row))
        reflections.sort(key=lambda r: (r.held_on, r.created))
        cards.sort(key=lambda c: (c[0].held_on, c[1], c[0].id))
        return History(reflections, [record for record, _ in cards], [])

    def add(self, handle: CaseHandle, session_id: str, row: Row) -> None:
        """One session finished: add its row (stamped now) and write the cache; no other
        session is read. ``row`` comes from :func:`reflection_row` or :func:`card_row` with
        any stamp."""
        path = os.path.join(handle.sessions_folder(), session_id + SUFFIX)
        try:
            st = os.stat(path)
        except OSError:
            return  # not there after all: the next open reads the folder again
        now = file_stamp(st)
        row[2] = list(now)
        self._rows = {**self._rows, session_id: (now, row)}
        self._write(handle)

    def _write(self, handle: CaseHandle) -> None:
        if handle.read_only:
            return  # another session holds the case: it keeps the cache
        doc = {
            "v": VERSION,
            "case": handle.case.id,
            "rows": [row for _, row in self._rows.values()],
        }
        plain = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        plain += b" " * (padded_length(len(plain)) - len(plain))
        try:
            handle.write_cache(plain)
        except VaultError:
            return  # disk full, say: the cache is only a cache; the next open writes it
