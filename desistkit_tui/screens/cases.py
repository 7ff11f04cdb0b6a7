"""The case list: type to filter, arrows to move, Enter to open, F2 for a new case.

Per case: code, status, last activity, the day of the last reflection, the reflection and card
session counts (when they fit) and a hint (a goal past its target date, a review due). The
rows are made as they are first drawn (:func:`build_rows`, a lazy
:class:`~desistkit_tui.widgets.case_rows.CaseRows`); typing in the filter only picks rows, and
:class:`~desistkit_tui.widgets.case_list.CaseList` draws the visible ones.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Header, Input

from desistkit_tui.core.errors import describe
from desistkit_tui.core.model import Case, CaseStatus, CaseSummary
from desistkit_tui.core.model.case import HINT_IDS
from desistkit_tui.core.text import safe
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.textual_compat import SteadyInput
from desistkit_tui.widgets.case_columns import Column, RowFilter, summaries_of
from desistkit_tui.widgets.case_list import CaseList
from desistkit_tui.widgets.case_rows import DAMAGED_MARK, CaseRows, RowTexts

if TYPE_CHECKING:
    from desistkit_tui.core.vault_session import VaultSession

#: Seconds after the list is shown before a refreshed case index is written.
INDEX_WRITE_DELAY = 1.0
#: Seconds before a spinner shows while the first list is read.
SPINNER_AFTER = 0.3


def columns(t: Callable[[str], str]) -> tuple[Column, ...]:
    """The list's columns; the counts are left out first when the terminal is narrow."""
    return (
        Column("code", t("cases-col-code"), min_width=8),
        Column("status", t("cases-col-status"), min_width=6),
        Column("activity", t("caselist-col-activity"), min_width=10),
        Column("reflected", t("caselist-col-reflected"), min_width=10),
        Column("reflections", t("cases-col-reflections"), right=True, drop=1),
        Column("cards", t("cases-col-cards"), right=True, drop=2),
        # last: the one column with a short form (CaseRow.short)
        Column("hint", t("caselist-col-hint"), min_width=8, hint=True),
    )


def row_texts(t: Callable[[str], str], today: date, review_after_days: int) -> RowTexts:
    """The translated words of the list's rows (loading them early loads their catalogue
    files: the unlock screen does it while the passphrase is typed)."""
    return RowTexts(
        status={s: safe(t(f"status-{s.value}")) for s in CaseStatus},
        damaged=safe(t("damaged")),
        never=safe(t("caselist-never")),
        hints={
            h: (safe(t(f"caselist-hint-{h}")), safe(t(f"caselist-hint-{h}-short")))
            for h in HINT_IDS
        },
        today=today,
        review_after_days=review_after_days,
    )


def build_rows(
    summaries: Sequence[CaseSummary],
    t: Callable[[str], str],
    today: date,
    review_after_days: int,
) -> CaseRows:
    """One row per summary, in the given order, each made when it is first asked for.

    The filter searches the code, the status (as shown and as stored) and the hint text, so
    typing "overdue" lists the cases with a goal past its target date. Hints also have a short
    form, for a terminal too narrow for the long one.
    """
    return CaseRows(summaries, row_texts(t, today, review_after_days))


def prepare(t: Callable[[str], str]) -> None:
    """Load what the case list's first frame needs and that does not depend on the vault (the
    translations of its columns and rows), while nothing waits for it: the unlock screen calls
    it after its first paint."""
    texts = row_texts(t, date.min, 0)
    words = [column.title for column in columns(t)] + [texts.damaged, texts.never, DAMAGED_MARK]
    words += [*texts.status.values(), *(word for pair in texts.hints.values() for word in pair)]
    cell_len(" ".join(words))  # and Rich's table of character widths, if a word needs it


class CasesScreen(BaseScreen[None]):
    """All cases of the vault, newest activity first."""

    BINDINGS = [
        Binding("enter", "open_case", "key-open-case", id="cases.open", priority=True),
        Binding("f2", "new_case", "key-new-case", id="cases.new"),
        Binding("escape", "clear_filter", "key-clear-filter", id="cases.clear", show=False),
        Binding("down", "cursor(1)", show=False, id="cases.down"),
        Binding("up", "cursor(-1)", show=False, id="cases.up"),
        Binding("pagedown", "page(1)", show=False, id="cases.pagedown"),
        Binding("pageup", "page(-1)", show=False, id="cases.pageup"),
    ]

    AUTO_FOCUS = "#filter"  # typing filters at once (focused as the screen is shown)

    def __init__(self) -> None:
        super().__init__()
        #: Every case, newest activity first, as list rows (made as they are first drawn).
        self.rows = CaseRows.none()
        self._filter = RowFilter(self.rows, self.rows.searches)
        self._applied: str | None = None  # the filter text the list shows
        #: Counts the reloads: a list read for an earlier one is not shown over a later one.
        self._reloads = 0
        self._slow_load: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        # Typing in it does not lay the screen out again (issue 17: one frame per key).
        yield SteadyInput(placeholder=self.t("cases-filter"), id="filter", compact=True)
        yield CaseList(columns(self.t), id="cases")
        yield footer()

    def on_mount(self) -> None:
        session = self.dk.session
        at_hand = session.cases_at_hand() if session is not None else None
        if session is not None and at_hand is not None:
            # The unlock read the index: the list is in the screen's first layout and frame,
            # not one worker's round trip and one layout later (issue 17).
            self._reloads += 1
            self._loaded(session, self._reloads, None, at_hand)
            return
        # A spinner only if the first list takes a while: shown at once, then taken away, it
        # cost two more layouts of the screen before the list was painted (issue 17).
        self._slow_load = self.set_timer(SPINNER_AFTER, self._show_spinner)
        self.reload()

    def _stop_spinner(self) -> None:
        if self._slow_load is not None:
            self._slow_load.stop()
            self._slow_load = None

    def _show_spinner(self) -> None:
        self.query_one(CaseList).loading = True  # until the first list is read

    @property
    def shown(self) -> list[CaseSummary]:
        """The cases the filter lets through, in list order."""
        return list(summaries_of(self.query_one(CaseList).shown))

    def reload(self, keep: str | None = None) -> None:
        """Read the case list from the vault (the index, in a worker) and show it; then check
        it against the case files (in a worker too) and update the rows if a case changed.

        The index's list is shown at once: the check (one ``stat`` per case, and a re-read of
        each case another session or a restored backup changed) took a fifth of the time to
        the first paint at 10,000 cases (issue 17). It is the same complete check as before:
        a case found rolled back or damaged gets its problem in the list when it is done, and
        a case opened before that is checked by ``VaultSession.open_case``.

        The cursor stays on the case it was on, or goes to the case with the id ``keep``.
        """
        session = self.dk.session
        if session is None:
            return
        self._reloads += 1
        done = partial(self._loaded, session, self._reloads, keep)
        quick = partial(session.cases, refresh=False)
        in_background(self, quick, done, self._vault_failed, group="cases")

    def _current(self, reload: int) -> bool:
        return reload == self._reloads and self.dk.session is not None

    def _rows_of(self, summaries: Sequence[CaseSummary]) -> CaseRows:
        config = self.dk.config
        return build_rows(summaries, self.t, config.clock().date(), config.review_after_days)

    def _loaded(
        self, session: VaultSession, reload: int, keep: str | None, summaries: list[CaseSummary]
    ) -> None:
        if not self._current(reload):
            return
        self._show_rows(self._rows_of(summaries), keep)
        done = partial(self._refreshed, session, reload)
        # Once the list is painted: the check would otherwise hold the interpreter's lock
        # while the list is laid out. The search texts too (the filter would make them at its
        # first letter otherwise).
        self.call_after_refresh(
            in_background, self, session.cases, done, self._vault_failed, group="cases"
        )
        self.call_after_refresh(self.rows.searches)

    def _refreshed(self, session: VaultSession, reload: int, summaries: list[CaseSummary]) -> None:
        """The list checked against the case files: nothing is drawn again if no case changed
        (an unchanged case keeps its very summary object); else the rows are made again (as
        they are drawn)."""
        if not self._current(reload):
            return
        # An index that had to be refreshed or rebuilt is written a moment later (or when the
        # vault locks), off the path to the first paint.
        self.set_timer(INDEX_WRITE_DELAY, lambda: self._write_index(session))
        before = self.rows.summaries
        if len(summaries) == len(before) and all(map(operator.is_, summaries, before)):
            return
        self._show_rows(self._rows_of(summaries), None)
        self.call_after_refresh(self.rows.searches)

    def _show_rows(self, rows: CaseRows, keep: str | None) -> None:
        self.rows = rows
        self._stop_spinner()
        case_list = self.query_one(CaseList)
        case_list.loading = False
        if keep is None and (current := case_list.highlighted) is not None:
            keep = current.summary.id
        case_list.set_rows(rows, rows.cell_widths())
        self._filter = RowFilter(rows, rows.searches)
        self.apply_filter(self.query_one("#filter", Input).value, keep=keep)

    def _write_index(self, session: VaultSession) -> None:
        if self.dk.session is session:
            in_background(
                self, session.write_index, lambda _: None, self._vault_failed, group="index"
            )

    def _vault_failed(self, error: Failure) -> None:
        self._stop_spinner()
        self.query_one(CaseList).loading = False
        self.notify(describe(error, self.t), severity="error", markup=False)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        if event.value != self._applied:
            self.apply_filter(event.value)

    def apply_filter(self, needle: str, *, keep: str | None = None) -> None:
        """Show the cases whose code, status or hint contain every word of ``needle``."""
        shown = self._filter(needle)
        self._applied = needle
        t = self.t
        line = t("cases-count", shown=len(shown), total=len(self.rows))
        if not self.rows:
            line = t("cases-empty")
        self.query_one(CaseList).show(shown, safe(line), keep=keep)

    def action_cursor(self, step: int) -> None:
        case_list = self.query_one(CaseList)
        case_list.move_cursor(case_list.cursor + step)

    def action_page(self, direction: int) -> None:
        case_list = self.query_one(CaseList)
        case_list.move_cursor(case_list.cursor + direction * case_list.page)

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""

    @on(CaseList.Selected, "#cases")
    @on(Input.Submitted, "#filter")
    def action_open_case(self) -> None:
        row = self.query_one(CaseList).highlighted
        if row is None:
            return
        summary = row.summary
        if summary.problem:
            self.notify(
                describe(summary.problem, self.t),
                title=self.t("damaged"),
                severity="error",
                markup=False,
            )
            return
        from desistkit_tui.screens.case import CaseScreen

        self.app.push_screen(CaseScreen(summary.id), lambda _: self.reload())

    def action_new_case(self) -> None:
        from desistkit_tui.screens.new_case import NewCaseScreen

        self.app.push_screen(NewCaseScreen(), self._case_added)

    def _case_added(self, case: Case | None) -> None:
        if case is None:
            return
        self.query_one("#filter", Input).value = ""  # its Changed event finds "" applied
        self.reload(keep=case.id)
        self.notify(self.t("case-created", code=safe(case.code)), markup=False)
