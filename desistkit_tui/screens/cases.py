"""The case list: type to filter, arrows to move, Enter to open, F2 for a new case."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Input

from desistkit_tui.core.model import Case, CaseSummary
from desistkit_tui.core.text import safe
from desistkit_tui.screens.base import BaseScreen
from desistkit_tui.widgets.plain import PlainLabel, plain


def matches(summary: CaseSummary, needle: str) -> bool:
    """Type-to-filter: every word of the filter appears in the code or the status."""
    hay = f"{summary.code} {summary.status.value}".casefold()
    return all(word in hay for word in needle.casefold().split())


class CasesScreen(BaseScreen[None]):
    """All cases of the vault, newest activity first."""

    BINDINGS = [
        Binding("enter", "open_case", "key-open-case", id="cases.open", priority=True),
        Binding("f2", "new_case", "key-new-case", id="cases.new"),
        Binding("escape", "clear_filter", "key-clear-filter", id="cases.clear", show=False),
        Binding("down", "cursor(1)", show=False, id="cases.down"),
        Binding("up", "cursor(-1)", show=False, id="cases.up"),
        Binding("pagedown", "cursor(10)", show=False, id="cases.pagedown"),
        Binding("pageup", "cursor(-10)", show=False, id="cases.pageup"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[CaseSummary] = []
        self.shown: list[CaseSummary] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Input(placeholder=self.t("cases-filter"), id="filter", compact=True)
        yield DataTable(cursor_type="row", id="cases", zebra_stripes=True)
        yield PlainLabel("", id="status-line", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        t = self.t
        table.add_column(t("cases-col-code"), key="code", width=20)
        table.add_column(t("cases-col-status"), key="status", width=10)
        table.add_column(t("cases-col-last"), key="last", width=13)
        table.add_column(t("cases-col-reflections"), key="reflections", width=6)
        table.add_column(t("cases-col-cards"), key="cards", width=6)
        self.reload()
        self.query_one("#filter", Input).focus()

    def reload(self) -> None:
        """Read the case list from the vault (the index) and show it."""
        vault = self.dk.vault
        if vault is None:
            return
        self.summaries = sorted(vault.summaries(), key=lambda s: s.last_activity, reverse=True)
        self.apply_filter(self.query_one("#filter", Input).value)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.apply_filter(event.value)

    def apply_filter(self, needle: str) -> None:
        self.shown = [s for s in self.summaries if matches(s, needle)] if needle else self.summaries
        table = self.query_one(DataTable)
        table.clear()
        t = self.t
        table.add_rows(
            (
                plain(("⚠ " if s.problem else "") + s.code),
                plain(t("damaged") if s.problem else t(f"status-{s.status.value}")),
                plain(s.last_activity.strftime("%Y-%m-%d")),
                plain(str(s.reflections)),
                plain(str(s.card_sessions)),
            )
            for s in self.shown
        )
        line = t("cases-count", shown=len(self.shown), total=len(self.summaries))
        if not self.summaries:
            line = t("cases-empty")
        self.query_one("#status-line", PlainLabel).set_text(line)

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""

    @on(Input.Submitted, "#filter")
    @on(DataTable.RowSelected, "#cases")
    def action_open_case(self) -> None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row >= len(self.shown):
            return
        summary = self.shown[table.cursor_row]
        if summary.problem:
            self.notify(
                safe(summary.problem), title=self.t("damaged"), severity="error", markup=False
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
        self.query_one("#filter", Input).value = ""
        self.reload()
        for row, summary in enumerate(self.shown):
            if summary.id == case.id:
                self.query_one(DataTable).move_cursor(row=row)
        self.notify(self.t("case-created", code=safe(case.code)), markup=False)
