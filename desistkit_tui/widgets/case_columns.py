"""The case list's columns and rows as text: cells made once, laid out to fit a width.

:class:`CaseRow` holds a case's cells and search text; :func:`plan_columns` decides which
columns fit and how wide; :func:`fit` pads or cuts a cell; :class:`RowFilter` picks the rows a
filter text lets through (a :class:`RowView` of them, no row made). No Textual here: the widget
in :mod:`desistkit_tui.widgets.case_list` draws what this module lays out, and
:mod:`desistkit_tui.widgets.case_rows` makes the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, overload

from rich.cells import cell_len, set_cell_size

from desistkit_tui.core.model import CaseSummary

#: Blank cells between two columns.
GAP = 2
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its title, how narrow it may get, and whether it may be left out."""

    key: str
    title: str
    #: The column is never made narrower than this (its text is cut with "…" down to it).
    min_width: int = 4
    #: Numbers are aligned to the right.
    right: bool = False
    #: 0: always shown. Otherwise left out when the list is too narrow, highest first.
    drop: int = 0
    #: Draw non-empty cells of this column in the ``case-list--hint`` style (a hint column).
    hint: bool = False


class CaseRow(NamedTuple):
    """One case as the list shows it: its cells (one per column) and the text a filter searches.

    A named tuple: the list makes one per case at every reload (10,000 in a team vault), about
    four times faster than a frozen dataclass (issue 17).

    ``short`` optionally holds a shorter form of the last cell (the hint), shown when its
    column is too narrow for the long one (one string, often shared by many rows, rather than
    a second tuple of cells per row: 1 MB less at 10,000 cases). Cells must already be safe for the terminal
    (:func:`desistkit_tui.core.text.safe`); the widget never parses them as markup. ``search``
    is casefolded.
    """

    summary: CaseSummary
    cells: tuple[str, ...]
    search: str
    short: str | None = None

    def cell(self, column: int, width: int) -> str:
        """The long form of a cell if it fits ``width``, else its short form if that fits."""
        text = self.cells[column]
        short = self.short
        last = column == len(self.cells) - 1
        if last and short is not None and cell_len(text) > width and cell_len(short) <= width:
            return short
        return text

    @property
    def damaged(self) -> bool:
        return bool(self.summary.problem)

    def matches(self, words: Sequence[str]) -> bool:
        """Every (casefolded) word occurs in the row's search text."""
        search = self.search
        return all(word in search for word in words)


def width(text: str) -> int:
    """Terminal cells of ``text`` (ASCII: its length, without asking Rich)."""
    return len(text) if text.isascii() else cell_len(text)


#: The widest cell of each column (titles left out), and the widest short form of the last
#: cell (a row without one: its cell). ``CaseList.set_rows`` lays the columns out from them.
CellWidths = tuple[tuple[int, ...], int]


def scan_widths(rows: Sequence[CaseRow]) -> CellWidths:
    """:data:`CellWidths` by measuring every cell of every row (``CaseRows.cell_widths`` gives
    the same without making the rows)."""
    if not rows:
        return (), 0
    columns = len(rows[0].cells)
    # One pass per column over the distinct texts; ASCII texts are measured by their length
    # (at 10,000 rows Rich's cell_len for every code was most of this; issue 17).
    widths = tuple(max(map(width, {row.cells[n] for row in rows})) for n in range(columns))
    shortest = {row.cells[-1] if row.short is None else row.short for row in rows}
    return widths, max(map(width, shortest))


def fit(text: str, width: int, right: bool = False) -> str:
    """``text`` padded or cut (with "…") to exactly ``width`` cells."""
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, width - 1) + ELLIPSIS if width > 1 else ELLIPSIS[:width]
    padding = " " * (width - length)
    return padding + text if right else text + padding


def plan_columns(
    columns: Sequence[Column],
    natural: Sequence[int],
    width: int,
    short: Sequence[int] | None = None,
) -> tuple[tuple[int, int], ...]:
    """Which columns to show in ``width`` cells, and how wide: ``((column index, width), …)``.

    ``natural`` is each column's widest cell (title included), ``short`` the widest of the
    cells' short forms (default: ``natural``). When the columns do not fit: the columns that
    may be dropped go first (highest ``drop`` first); then columns narrow down to their short
    forms (nothing is lost); then the columns with the most room above their ``min_width`` are
    cut (with "…").
    """

    def total(shown: list[int], widths: dict[int, int]) -> int:
        return sum(widths[i] for i in shown) + GAP * max(0, len(shown) - 1)

    shown = list(range(len(columns)))
    widths = dict(enumerate(natural))
    for _, index in sorted(((c.drop, i) for i, c in enumerate(columns) if c.drop), reverse=True):
        if total(shown, widths) <= width:
            break
        shown.remove(index)
    floors = (
        [max(c.min_width, s) for c, s in zip(columns, short, strict=True)] if short else None,
        [c.min_width for c in columns],
    )
    for floor in floors:
        excess = total(shown, widths) - width
        while floor is not None and excess > 0:
            roomiest = max(shown, key=lambda i: widths[i] - floor[i])
            room = widths[roomiest] - floor[roomiest]
            if room <= 0:
                break  # every column is at its floor
            take = min(excess, room)
            widths[roomiest] -= take
            excess -= take
    return tuple((i, widths[i]) for i in shown)


class RowView(Sequence[CaseRow]):
    """Some rows of a sequence, by their positions in it (a row is made, by a lazy
    ``CaseRows``, only when it is asked for)."""

    def __init__(self, rows: Sequence[CaseRow], positions: Sequence[int]) -> None:
        self.rows = rows
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, index: int) -> CaseRow: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[CaseRow]: ...

    def __getitem__(self, index: int | slice) -> CaseRow | Sequence[CaseRow]:
        if isinstance(index, slice):
            return [self.rows[n] for n in self.positions[index]]
        return self.rows[self.positions[index]]


def summaries_of(rows: Sequence[CaseRow]) -> Sequence[CaseSummary]:
    """The summary of each row, in order, without making rows that are not made yet."""
    if isinstance(rows, RowView):
        every = summaries_of(rows.rows)
        return [every[n] for n in rows.positions]
    summaries: Sequence[CaseSummary] | None = getattr(rows, "summaries", None)
    return summaries if summaries is not None else [row.summary for row in rows]


class RowFilter:
    """The rows a filter text lets through, remembering the answers for its prefixes.

    Typing narrows: the rows that match "k-20" are among those that match "k-2", so a new
    letter searches only the rows the text before it let through, and Backspace takes back the
    answer kept for the shorter text without searching at all. With 10,000 cases, only the
    first letter searches them all (issue 17: one frame per keystroke). Any text that does not
    extend the last one (a paste, a cleared field) starts from the rows of its longest prefix
    kept, or from all rows.

    It searches the rows' search texts, ``searches()`` (default: each row's ``search``), asked
    for at the first search, and answers with a :class:`RowView`: rows made lazily are not made
    by filtering.
    """

    def __init__(
        self, rows: Sequence[CaseRow], searches: Callable[[], Sequence[str]] | None = None
    ) -> None:
        self._rows = rows
        self._searches = searches or (lambda: [row.search for row in rows])
        #: (casefolded text, the positions of its rows), each text a prefix of the next.
        self._kept: list[tuple[str, list[int]]] = []

    def __call__(self, text: str) -> Sequence[CaseRow]:
        needle = text.casefold()
        kept = self._kept
        while kept and not needle.startswith(kept[-1][0]):
            kept.pop()
        if kept and kept[-1][0] == needle:
            return RowView(self._rows, kept[-1][1])
        words = needle.split()
        if not words:
            return self._rows  # nothing to remember: all rows
        texts = self._searches()
        shown: list[int]
        if kept:
            among = kept[-1][1]
            if len(words) == 1:
                (word,) = words
                shown = [n for n in among if word in texts[n]]
            else:
                shown = [n for n in among if all(w in texts[n] for w in words)]
        elif len(words) == 1:
            (word,) = words
            shown = [n for n, search in enumerate(texts) if word in search]
        else:
            shown = [n for n, search in enumerate(texts) if all(w in search for w in words)]
        kept.append((needle, shown))
        return RowView(self._rows, shown)
