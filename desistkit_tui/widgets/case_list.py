"""The case list: a virtual list that draws only the rows on screen (Textual's Line API).

A vault may hold thousands of cases. :class:`CaseList` keeps them as a sequence of
:class:`CaseRow` (cell texts and search text; the screen's
:class:`~desistkit_tui.widgets.case_rows.CaseRows` makes each row when it is first drawn), and
draws a line only when the compositor asks for it: showing or filtering the list costs the same
for 10 cases as for 10,000, and moving the cursor redraws two lines.

Lines, top to bottom: the column titles, the rows (with a scroll indicator in the last column
when they do not all fit), and a status line (the screen's "7 of 120 cases").

The columns are laid out from the widest cell of each column over *all* rows (so typing a
filter never moves a column) and from the width the list has; when they do not fit, the
columns with the highest ``drop`` go first, then the widest columns are shortened (with "…").

The widget draws and posts messages; it does no I/O and knows nothing of the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from desistkit_tui.textual_compat import repaint_in_next_frame
from desistkit_tui.widgets.case_columns import (
    GAP,
    CaseRow,
    CellWidths,
    Column,
    fit,
    plan_columns,
    scan_widths,
    summaries_of,
)

#: Lines that are not rows: the column titles and the status line.
CHROME = 2
THUMB = "█"
TRACK = "│"


class CaseList(Widget, can_focus=False):
    """Rows of cases between a title line and a status line, with a cursor.

    The screen keeps the keyboard focus in its filter field and drives the list: :meth:`show`
    after filtering, :meth:`move_cursor` for the arrow keys. A click on the row under the cursor
    posts :class:`Selected`.
    """

    COMPONENT_CLASSES = {
        "case-list--header",
        "case-list--cursor",
        "case-list--even",
        "case-list--hint",
        "case-list--damaged",
        "case-list--status",
        "case-list--scrollbar",
    }

    # A self-contained widget: its look lives here (colours through theme variables only).
    DEFAULT_CSS = """
    CaseList {
        height: 1fr;
        margin: 0 1;
        background: $surface;
        color: $foreground;
        & > .case-list--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .case-list--even {
            background: $surface-lighten-1 50%;
        }
        & > .case-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .case-list--hint {
            color: $text-warning;
        }
        & > .case-list--damaged {
            color: $text-error;
        }
        & > .case-list--status {
            color: $text-muted;
        }
        & > .case-list--scrollbar {
            color: $scrollbar;
        }
    }
    """

    @dataclass
    class Selected(Message):
        """The row under the cursor was clicked (the keyboard's Enter is the screen's)."""

        case_list: CaseList
        row: CaseRow

        @property
        def control(self) -> CaseList:
            return self.case_list

    def __init__(
        self, columns: Sequence[Column], *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._columns = tuple(columns)
        self._rows: Sequence[CaseRow] = ()
        self._shown: Sequence[CaseRow] = ()
        self._status = ""
        self._cursor = 0
        self._top = 0  # the row drawn on the first row line
        self._natural = tuple(cell_len(c.title) for c in self._columns)
        self._short = self._natural
        self._plan: tuple[tuple[int, int], ...] = ()
        self._plan_width = -1
        #: The widget's style with component styles added, by component names: computing
        #: ``rich_style`` walks the ancestors, and every line asked for it (a fifth of the
        #: frame that shows a filter's rows at 10,000 cases; issue 17). Cleared whenever
        #: Textual says the styles changed.
        self._style_memo: dict[tuple[str, ...], Style] = {}

    # -- data ------------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[Column, ...]:
        """Every column, shown or not (the order of :attr:`CaseRow.cells`)."""
        return self._columns

    @property
    def rows(self) -> Sequence[CaseRow]:
        """Every row given to :meth:`set_rows`."""
        return self._rows

    @property
    def shown(self) -> Sequence[CaseRow]:
        """The rows on the list now (after the screen's filter)."""
        return self._shown

    @property
    def row_count(self) -> int:
        return len(self._shown)

    @property
    def status(self) -> str:
        """The text of the status line."""
        return self._status

    @property
    def cursor(self) -> int:
        """Index of the highlighted row in :attr:`shown` (0 when the list is empty)."""
        return self._cursor

    @property
    def highlighted(self) -> CaseRow | None:
        """The row under the cursor, if any."""
        return self._shown[self._cursor] if self._cursor < len(self._shown) else None

    @property
    def columns_shown(self) -> tuple[str, ...]:
        """Keys of the columns that fit the current width."""
        return tuple(self._columns[i].key for i, _ in self._plan_for(self._row_width()))

    def set_rows(self, rows: Sequence[CaseRow], widths: CellWidths | None = None) -> None:
        """All the rows, and the widest cells of their columns (default: every row measured;
        a lazy sequence gives them without making its rows). Follow with :meth:`show`."""
        self._rows = rows
        cells, short = scan_widths(rows) if widths is None else widths
        titles = [cell_len(c.title) for c in self._columns]
        cells = cells or (0,) * len(titles)
        self._natural = tuple(max(title, cell) for title, cell in zip(titles, cells, strict=True))
        last = len(titles) - 1  # only the last cell has a short form (CaseRow.short)
        self._short = (*self._natural[:last], max(titles[last], short))
        self._plan_width = -1

    def show(self, rows: Sequence[CaseRow], status: str, *, keep: str | None = None) -> None:
        """Show ``rows`` (some of :attr:`rows`, in order) and the status line ``status``.

        The cursor goes to the case with the id ``keep`` if it is among them, else to the first
        row.
        """
        self._shown, self._status = rows, status
        cursor = 0
        if keep is not None:
            ids = (summary.id for summary in summaries_of(rows))
            cursor = next((n for n, case_id in enumerate(ids) if case_id == keep), 0)
        self._cursor = cursor
        self._top = self._top_for(cursor, 0)
        self._redraw()

    def _redraw(self) -> None:
        """Draw every line again, in the frame the screen paints next.

        ``refresh()`` would ask for the repaint through this widget's idle handler, which runs
        after the screen has painted the frame for the filter field's change (it asks for a
        layout on every key): the list would reach the terminal one screen update (~16-20 ms)
        later. Marking the lines stale and asking the screen itself avoids that; it needs a
        private method of Textual's, so it lives in the adapter.
        """
        repaint_in_next_frame(self)

    # -- cursor and scrolling --------------------------------------------------------------

    @property
    def page(self) -> int:
        """How many rows fit on the list at once (for PageUp/PageDown)."""
        return max(1, self._visible())

    def _visible(self) -> int:
        return self.size.height - CHROME

    def _top_for(self, index: int, top: int) -> int:
        """The first row to draw so that row ``index`` is visible, moving as little as needed."""
        visible = self._visible()
        if visible <= 0 or index < top:
            return index
        if index >= top + visible:
            return index - visible + 1
        return max(0, min(top, len(self._shown) - visible))

    def move_cursor(self, index: int) -> None:
        """Highlight row ``index`` of :attr:`shown` (clamped), scrolling it into view."""
        if not self._shown:
            return
        index = max(0, min(len(self._shown) - 1, index))
        old, self._cursor = self._cursor, index
        if index == old:
            return
        top = self._top_for(index, self._top)
        if top != self._top:
            self._top = top
            self.refresh()  # every row line moves
        else:  # only the two rows that changed: a few hundred bytes to the terminal
            self.refresh(self._line_region(old), self._line_region(index))

    def _line_region(self, index: int) -> Region:
        return Region(0, index - self._top + 1, self.size.width, 1)

    def scroll_rows(self, delta: int) -> None:
        """Scroll the rows by ``delta`` without moving the cursor off screen (mouse wheel)."""
        visible = self._visible()
        top = max(0, min(len(self._shown) - max(visible, 1), self._top + delta))
        if top == self._top:
            return
        self._top = top
        if visible > 0:
            self._cursor = max(top, min(top + visible - 1, self._cursor))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._top = self._top_for(self._cursor, self._top)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_rows(3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_rows(-3)

    def on_click(self, event: events.Click) -> None:
        index = self._top + event.y - 1
        if not 1 <= event.y <= self._visible() or not 0 <= index < len(self._shown):
            return
        if index == self._cursor:
            self.post_message(self.Selected(self, self._shown[index]))
        else:
            self.move_cursor(index)

    # -- drawing ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_memo.clear()

    def _style(self, *components: str) -> Style:
        """The widget's style plus those of ``components`` (in order), computed once."""
        style = self._style_memo.get(components)
        if style is None:
            style = self.rich_style
            for name in components:
                style += self.get_component_rich_style(name)
            self._style_memo[components] = style
        return style

    def _row_width(self) -> int:
        return max(0, self.size.width - 1)  # the last column is the scroll indicator's

    def _plan_for(self, width: int) -> tuple[tuple[int, int], ...]:
        if width != self._plan_width:
            self._plan = plan_columns(self._columns, self._natural, width, self._short)
            self._plan_width = width
        return self._plan

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self._style()
        if y == 0:
            style = self._style("case-list--header")
            plan = self._plan_for(self._row_width())
            columns = self._columns
            title = (" " * GAP).join(fit(columns[i].title, w, columns[i].right) for i, w in plan)
            return Strip([Segment(title, style)]).crop_extend(0, width, style)
        if y == self.size.height - 1:
            style = self._style("case-list--status")
            return Strip([Segment(self._status, style)]).crop_extend(0, width, style)
        index = self._top + y - 1
        segments = self._row_segments(index, base) if index < len(self._shown) else []
        strip = Strip(segments).crop_extend(0, width - 1, base)
        return Strip([*strip, self._indicator(y - 1, base)], width)

    def _row_segments(self, index: int, base: Style) -> list[Segment]:
        """Row ``index`` of :attr:`shown` as few segments as possible (one per style)."""
        row, plan, columns = self._shown[index], self._plan_for(self._row_width()), self._columns
        gap = " " * GAP
        used = sum(w for _, w in plan) + GAP * max(0, len(plan) - 1)
        padding = " " * max(0, self._row_width() - used)
        if index == self._cursor:
            style = self._style("case-list--cursor")
            text = gap.join(fit(row.cell(i, w), w, columns[i].right) for i, w in plan)
            return [Segment(text + padding, style)]
        names: tuple[str, ...] = ("case-list--even",) if index % 2 else ()
        if row.damaged:
            names += ("case-list--damaged",)
        style, hint_style = self._style(*names), self._style(*names, "case-list--hint")
        segments: list[Segment] = []
        plain: list[str] = []
        for n, (i, w) in enumerate(plan):
            cell = row.cell(i, w)
            text = fit(cell, w, columns[i].right)
            if n:
                plain.append(gap)
            if columns[i].hint and cell:
                segments.append(Segment("".join(plain), style))
                segments.append(Segment(text, hint_style))
                plain = []
            else:
                plain.append(text)
        plain.append(padding)
        segments.append(Segment("".join(plain), style))
        return segments

    def _indicator(self, line: int, base: Style) -> Segment:
        """The scroll indicator's cell on row line ``line`` (blank when every row fits)."""
        visible, total = self._visible(), len(self._shown)
        if visible <= 0 or total <= visible:
            return Segment(" ", base)
        thumb = max(1, visible * visible // total)
        start = round(self._top * (visible - thumb) / (total - visible))
        style = self._style("case-list--scrollbar")
        return Segment(THUMB if start <= line < start + thumb else TRACK, style)
