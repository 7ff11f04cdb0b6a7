"""The case list's rows over the case summaries, each made when it is first drawn.

At 10,000 cases, making every row (seven cell texts and a search text) before the first paint
took a third of the time from the unlock to the list shown (issue 17), for the twenty rows a
terminal shows. :class:`CaseRows` keeps the summaries and makes a row the first time it is
asked for; the columns' widths come from the summaries without making rows
(:meth:`CaseRows.cell_widths`, the same numbers a scan of every row's cells gives:
:func:`~desistkit_tui.widgets.case_columns.scan_widths`), and the search texts all at once
when the filter first needs them (:meth:`CaseRows.searches`; the screen asks for them after
the first paint). :class:`RowView` is some of the rows (a filter's answer) without making them.

No Textual here; the texts rows are made of come translated (:class:`RowTexts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import overload

from desistkit_tui.core.model import CaseStatus, CaseSummary
from desistkit_tui.core.model.case import HINT_IDS, HINT_SETS, hint_bits
from desistkit_tui.core.text import safe
from desistkit_tui.widgets.case_columns import CaseRow, CellWidths
from desistkit_tui.widgets.case_columns import width as text_width

#: The mark before a damaged case's code.
DAMAGED_MARK = "⚠ "
#: Cells of a row, in this order (the columns of the case list).
CELLS = ("code", "status", "activity", "reflected", "reflections", "cards", "hint")
#: The summary fields of the columns whose names differ.
FIELDS = {"cards": "card_sessions"}
#: Terminal cells of a day as the list shows it (``date.isoformat()``: always YYYY-MM-DD).
DAY_WIDTH = 10


@dataclass(frozen=True, slots=True)
class RowTexts:
    """The words rows are made of, translated and safe for the terminal, and the day the
    hints are worked out for."""

    status: Mapping[CaseStatus, str]
    damaged: str
    never: str
    #: Per hint of :data:`~desistkit_tui.core.model.case.HINT_IDS`: its long and short form.
    hints: Mapping[str, tuple[str, str]]
    today: date
    review_after_days: int


def _widest(texts: Sequence[str]) -> int:
    """The widest of ``texts`` in terminal cells (0 if none); ASCII by length, in one pass."""
    if not texts:
        return 0
    if "".join(texts).isascii():
        return max(map(len, texts))
    return max(map(text_width, texts))


class CaseRows(Sequence[CaseRow]):
    """A row per summary, in the given order, each made the first time it is asked for."""

    def __init__(self, summaries: Sequence[CaseSummary], texts: RowTexts) -> None:
        self.summaries = summaries
        self._texts = texts
        #: Each case's hints as bits (one pass: its hint cell and the hint column's width).
        self._bits = hint_bits(summaries, texts.today, texts.review_after_days)
        self._made: list[CaseRow | None] = [None] * len(summaries)
        self._searches: list[str] | None = None
        #: Bits -> the hint cell (long form) and its short form, made once for the 16 mixes.
        self._hint = [
            (
                " ".join(texts.hints[h][0] for h in HINT_SETS[bits]),
                " ".join(texts.hints[h][1] for h in HINT_SETS[bits]),
            )
            for bits in range(1 << len(HINT_IDS))
        ]
        #: (status, bits) -> what a case's search text has after its code (casefolded).
        self._after_code: dict[tuple[CaseStatus, int], str] = {}
        self._damaged_search = f" {texts.damaged}".casefold()

    @classmethod
    def none(cls) -> CaseRows:
        """No rows (before the list is read)."""
        return cls([], RowTexts({}, "", "", dict.fromkeys(HINT_IDS, ("", "")), date.min, 0))

    def __len__(self) -> int:
        return len(self.summaries)

    @overload
    def __getitem__(self, index: int) -> CaseRow: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[CaseRow]: ...

    def __getitem__(self, index: int | slice) -> CaseRow | Sequence[CaseRow]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(len(self)))]
        row = self._made[index]
        if row is None:
            row = self._made[index] = self._make(index)
        return row

    def _search(self, summary: CaseSummary, bits: int) -> str:
        """What the filter searches: the code, the status (as shown and as stored) and the
        hints, casefolded (casefolding is per character: the parts are folded apart)."""
        if summary.problem:
            return summary.code.casefold() + self._damaged_search
        key = (summary.status, bits)
        after = self._after_code.get(key)
        if after is None:
            shown = self._texts.status[summary.status]
            after = f" {shown} {summary.status.value} {self._hint[bits][0]}".casefold()
            self._after_code[key] = after
        return summary.code.casefold() + after

    def searches(self) -> list[str]:
        """Every row's search text, in order (made at the first call)."""
        if self._searches is None:
            search = self._search
            self._searches = list(map(search, self.summaries, self._bits))
        return self._searches

    def _make(self, index: int) -> CaseRow:
        s, bits, texts = self.summaries[index], self._bits[index], self._texts
        hint, brief = self._hint[bits]
        # Codes are checked where they are read (index rows, case documents): safe() only for
        # one that is not plainly printable.
        shown = s.code if s.code.isprintable() else safe(s.code)
        if s.problem:
            code, status, activity = DAMAGED_MARK + shown, texts.damaged, ""
        else:
            code, status = shown, texts.status[s.status]
            activity = s.last_activity.date().isoformat()
        reflected = texts.never if s.last_reflection is None else s.last_reflection.isoformat()
        cells = (code, status, activity, reflected, str(s.reflections), str(s.card_sessions), hint)
        searches = self._searches
        search = searches[index] if searches is not None else self._search(s, bits)
        return CaseRow(s, cells, search, brief if bits else None)

    def cell_widths(self) -> CellWidths:
        """The widest cell of each column over every row, and the widest short form of the
        last cell (a row without one: its cell), without making the rows."""
        texts, summaries = self._texts, self.summaries
        if not summaries:
            return (), 0
        # The summaries' fields as columns, taken in C: each test below is then one call over
        # a list, not a line of Python per case (10,000 of them; issue 17).
        fields = {
            name: list(map(attrgetter(FIELDS.get(name, name)), summaries))
            for name in ("code", "status", "problem", "last_reflection", "reflections", "cards")
        }
        codes, damaged = fields["code"], any(fields["problem"])
        broken: Sequence[str] = ()
        statuses = set(fields["status"])
        if damaged:
            fine = [s for s in summaries if not s.problem]
            codes = [s.code for s in fine]
            broken = [s.code for s in summaries if s.problem]
            statuses = {s.status for s in fine}
        if not "".join((*codes, *broken)).isprintable():
            codes, broken = [safe(c) for c in codes], [safe(c) for c in broken]
        last_reflection = fields["last_reflection"]
        reflected = [texts.never] if None in last_reflection else []
        if last_reflection.count(None) < len(last_reflection):
            reflected.append("0" * DAY_WIDTH)  # every day is as wide
        counts = [
            _widest([str(min(values)), str(max(values))])
            for values in (fields["reflections"], fields["cards"])
        ]
        mixes = set(self._bits)
        widths = (
            max(_widest(codes), _widest([DAMAGED_MARK + c for c in broken])),
            max(
                _widest([texts.status[status] for status in statuses]),
                text_width(texts.damaged) if damaged else 0,
            ),
            DAY_WIDTH if codes else 0,
            _widest(reflected),
            *counts,
            _widest([self._hint[bits][0] for bits in mixes]),
        )
        short = _widest([self._hint[bits][1 if bits else 0] for bits in mixes])
        return widths, short
