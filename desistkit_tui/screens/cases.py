"""The case list: type to filter, arrows to move, Enter to open, F2 for a new case.

Per case: code, status, last activity, the day of the last reflection, the reflection and card
session counts (when they fit) and a hint (a goal past its target date, a review due). The
rows are made once when the list is loaded (:func:`build_rows`); typing in the filter only
picks rows, and :class:`~desistkit_tui.widgets.case_list.CaseList` draws the visible ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Header, Input

from desistkit_tui.core.errors import describe
from desistkit_tui.core.model import Case, CaseStatus, CaseSummary
from desistkit_tui.core.text import safe
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.textual_compat import SteadyInput
from desistkit_tui.widgets.case_columns import CaseRow, Column, RowFilter
from desistkit_tui.widgets.case_list import CaseList

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


def build_rows(
    summaries: Sequence[CaseSummary],
    t: Callable[[str], str],
    today: date,
    review_after_days: int,
) -> list[CaseRow]:
    """One row per summary, in the given order: cell texts and search text, made once.

    The filter searches the code, the status (as shown and as stored) and the hint text, so
    typing "overdue" lists the cases with a goal past its target date. Hints also have a short
    form, for a terminal too narrow for the long one.
    """
    status_text = {s: safe(t(f"status-{s.value}")) for s in CaseStatus}
    damaged = safe(t("damaged"))
    never = safe(t("caselist-never"))
    hint_ids = ("retention-due", "goal-overdue", "review-due", "basis-missing")
    hint_text = {h: safe(t(f"caselist-hint-{h}")) for h in hint_ids}
    hint_short = {h: safe(t(f"caselist-hint-{h}-short")) for h in hint_ids}
    rows = []
    # The same days, counts and hints recur over 10,000 rows: each is made into text once and
    # shared, which saves time and memory (issue 17).
    days: dict[date, str] = {}

    def day(value: date) -> str:
        text = days.get(value)
        if text is None:
            text = days[value] = value.isoformat()
        return text

    counts: dict[int, str] = {}  # likewise the counts
    hinted: dict[tuple[str, ...], tuple[str, str]] = {}  # and the few mixes of hints

    def count(value: int) -> str:
        text = counts.get(value)
        if text is None:
            text = counts[value] = str(value)
        return text

    for s in summaries:
        hints = s.hints(today, review_after_days)
        both = hinted.get(hints)
        if both is None:
            long = " ".join(hint_text[h] for h in hints)
            both = hinted[hints] = long, " ".join(hint_short[h] for h in hints)
        hint, hint_brief = both
        # Codes are checked where they are read (index rows, case documents): safe() only for
        # one that is not plainly printable.
        shown = s.code if s.code.isprintable() else safe(s.code)
        if s.problem:
            code, status = "⚠ " + shown, damaged
            search = f"{s.code} {damaged}"
        else:
            code, status = shown, status_text[s.status]
            search = f"{s.code} {status} {s.status.value} {hint}"
        cells = (
            code,
            status,
            day(s.last_activity.date()) if not s.problem else "",
            day(s.last_reflection) if s.last_reflection is not None else never,
            count(s.reflections),
            count(s.card_sessions),
            hint,
        )
        rows.append(CaseRow(s, cells, search.casefold(), hint_brief if hints else None))
    return rows


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
        #: Every case, newest activity first, as list rows.
        self.rows: list[CaseRow] = []
        self._filter = RowFilter(self.rows)
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
        return [row.summary for row in self.query_one(CaseList).shown]

    def reload(self, keep: str | None = None) -> None:
        """Read the case list from the vault (the index, in a worker) and show it; then check
        it against the case files (in a worker too) and update the rows that changed.

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

    def _loaded(
        self, session: VaultSession, reload: int, keep: str | None, summaries: list[CaseSummary]
    ) -> None:
        if not self._current(reload):
            return
        config = self.dk.config
        rows = build_rows(summaries, self.t, config.clock().date(), config.review_after_days)
        self._show_rows(rows, keep)
        done = partial(self._refreshed, session, reload)
        # Once the list is painted: the check would otherwise hold the interpreter's lock
        # while the list is laid out.
        self.call_after_refresh(
            in_background, self, session.cases, done, self._vault_failed, group="cases"
        )

    def _refreshed(self, session: VaultSession, reload: int, summaries: list[CaseSummary]) -> None:
        """The list checked against the case files: rows are made again only for the cases
        that changed (an unchanged case keeps its very summary object), and nothing is drawn
        again if none did."""
        if not self._current(reload):
            return
        # An index that had to be refreshed or rebuilt is written a moment later (or when the
        # vault locks), off the path to the first paint.
        self.set_timer(INDEX_WRITE_DELAY, lambda: self._write_index(session))
        shown = {row.summary.id: row for row in self.rows}
        changed = [s for s in summaries if (row := shown.get(s.id)) is None or row.summary is not s]
        if not changed and len(summaries) == len(shown):
            return
        config = self.dk.config
        made = build_rows(changed, self.t, config.clock().date(), config.review_after_days)
        fresh = {row.summary.id: row for row in made}
        self._show_rows([fresh.get(s.id) or shown[s.id] for s in summaries], None)

    def _show_rows(self, rows: list[CaseRow], keep: str | None) -> None:
        self.rows = rows
        self._stop_spinner()
        case_list = self.query_one(CaseList)
        case_list.loading = False
        if keep is None and (current := case_list.highlighted) is not None:
            keep = current.summary.id
        case_list.set_rows(self.rows)
        self._filter = RowFilter(self.rows)
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
