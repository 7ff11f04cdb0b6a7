"""The case list's columns and rows as text: cells made once, laid out to fit a width.

:class:`CaseRow` holds a case's cells and search text; :func:`plan_columns` decides which
columns fit and how wide; :func:`fit` pads or cuts a cell. No Textual here: the widget in
:mod:`desistkit_tui.widgets.case_list` draws what this module lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

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


class RowFilter:
    """The rows a filter text lets through, remembering the answers for its prefixes.

    Typing narrows: the rows that match "k-20" are among those that match "k-2", so a new
    letter searches only the rows the text before it let through, and Backspace takes back the
    answer kept for the shorter text without searching at all. With 10,000 cases, only the
    first letter searches them all (issue 17: one frame per keystroke). Any text that does not
    extend the last one (a paste, a cleared field) starts from the rows of its longest prefix
    kept, or from all rows.
    """

    def __init__(self, rows: Sequence[CaseRow]) -> None:
        self._rows = rows
        #: (casefolded text, its rows), each text a prefix of the next.
        self._kept: list[tuple[str, Sequence[CaseRow]]] = []

    def __call__(self, text: str) -> Sequence[CaseRow]:
        needle = text.casefold()
        kept = self._kept
        while kept and not needle.startswith(kept[-1][0]):
            kept.pop()
        if kept and kept[-1][0] == needle:
            return kept[-1][1]
        words = needle.split()
        if not words:
            return self._rows  # nothing to remember: all rows
        rows = kept[-1][1] if kept else self._rows
        if len(words) == 1:
            (word,) = words
            shown: Sequence[CaseRow] = [row for row in rows if word in row.search]
        else:
            shown = [row for row in rows if row.matches(words)]
        kept.append((needle, shown))
        return shown
