"""The rows of the index (docs/vault-format.md §9): what the case list shows of a case, its
file's ``stat`` stamp, and the ledger rows; encoded as JSON arrays, decoded with every field
type-checked (the index is authentic, but may come from a faulty writer: anything off raises
``ValueError``/``TypeError``/``KeyError``, and the caller rebuilds)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from desistkit_tui.core.model import BasisKind, CaseStatus, CaseSummary
from desistkit_tui.core.vault.files import Stamp, file_stamp
from desistkit_tui.core.vault.index_files import shard_of

#: A ledger entry: the case's code and the highest revision seen of its case document.
Mark = tuple[str, int]


def stamp_of(path: str) -> Stamp | None:
    """The ``stat`` stamp of the case file at ``path`` (None if there is none): a case whose
    stamp is the one in the index is not read again."""
    try:
        return file_stamp(os.stat(path))
    except FileNotFoundError:
        return None


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def row_of(summary: CaseSummary, stamp: Stamp) -> list[Any]:
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


def summary_of(row: object) -> tuple[CaseSummary, Stamp]:
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


def ledger_of(
    doc: dict[str, Any],
    shard: int | None = None,
    listed: Mapping[str, CaseSummary] | None = None,
) -> dict[str, Mark]:
    """The ledger rows of an index document (of ``shard``'s cases only, else TypeError).

    A case in ``listed`` (the summaries read from the same document) keeps its id and code
    strings once, not twice (10,000 cases: about 1 MB; issue 17)."""
    ledger: dict[str, Mark] = {}
    same = listed or {}
    rows = doc.get("ledger", [])
    if type(rows) is not list:
        raise TypeError(rows)
    for row in rows:
        if type(row) is not list or len(row) != 3:
            raise TypeError(row)
        case_id, code, rev = row
        if not (type(case_id) is str and type(code) is str and type(rev) is int):
            raise TypeError(row)
        if shard is not None and shard_of(case_id) != shard:
            raise TypeError(row)
        summary = same.get(case_id)
        if summary is not None:
            case_id = summary.id
            code = summary.code if summary.code == code else code
        ledger[case_id] = (code, rev)
    return ledger
