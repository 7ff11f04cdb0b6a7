"""Goals and interventions of a case: a list to edit them, from the overview or the flow.

Every change is saved at once (the case profile, encrypted, in a worker thread while the list
shows that it is busy), so nothing waits for the end of a reflection; the flow links the goals
to its factors.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header, OptionList
from textual.widgets.option_list import Option

from desistkit_tui.core.errors import describe
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import (
    Case,
    Goal,
    GoalStatus,
    Intervention,
    InterventionStatus,
    new_plan_id,
)
from desistkit_tui.core.workspace import CaseWorkspace
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.screens.goal_edit import GoalScreen, InterventionScreen
from desistkit_tui.widgets.plain import PlainLabel, plain

GOAL_SYMBOL = {GoalStatus.OPEN: "○", GoalStatus.ACHIEVED: "✓", GoalStatus.DROPPED: "✗"}


def goal_line(loc: Localizer, goal: Goal, today: date) -> str:
    symbol = "⏰" if goal.overdue(today) else GOAL_SYMBOL[goal.status]
    return loc.ui(
        "overview-goal-item",
        symbol=symbol,
        text=goal.text,
        target=loc.format_date(goal.target) if goal.target else "none",
        status=loc.ui(f"goal-status-{goal.status.value}"),
    )


def intervention_line(loc: Localizer, item: Intervention) -> str:
    return loc.ui(
        "overview-intervention-item",
        what=item.what,
        who=item.who or "none",
        when=loc.format_date(item.when) if item.when else "none",
        status=loc.ui(f"intervention-status-{item.status.value}"),
    )


def plan_lines(loc: Localizer, case: Case, today: date) -> list[tuple[str, str]]:
    """(id, text) per goal, each followed by its interventions; then unlinked interventions."""
    rows: list[tuple[str, str]] = []
    for goal in case.goals:
        rows.append((f"g:{goal.id}", goal_line(loc, goal, today)))
        rows += [
            (f"i:{i.id}", intervention_line(loc, i))
            for i in case.interventions
            if i.goal == goal.id
        ]
    known = {g.id for g in case.goals}
    rows += [
        (f"i:{i.id}", intervention_line(loc, i)) for i in case.interventions if i.goal not in known
    ]
    return rows


class GoalsScreen(BaseScreen[None]):
    """All goals with their interventions. Enter edits, F6 adds a goal, F7 an intervention."""

    BINDINGS = [
        Binding("f6", "new_goal", "key-new-goal", id="goals.new"),
        Binding("f7", "new_intervention", "key-new-intervention", id="goals.step"),
        Binding("escape", "back", "key-back", id="goals.back"),
    ]

    def __init__(
        self, workspace: CaseWorkspace, on_change: Callable[[Case], None] | None = None
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.on_change = on_change
        self._saving = 0

    @property
    def loc(self) -> Localizer:
        return self.dk.localizer(self.workspace.case)

    @property
    def today(self) -> date:
        return self.dk.config.clock().date()

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield PlainLabel(self.t("goals-title"), id="goals-title", classes="heading")
        yield OptionList(id="plan")
        yield PlainLabel("", id="goals-empty", classes="muted")
        yield footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#plan", OptionList).focus()

    def _show(self, highlight: str = "") -> None:
        plan = self.query_one("#plan", OptionList)
        rows = plan_lines(self.loc, self.workspace.case, self.today)
        plan.clear_options()
        plan.add_options([Option(plain(text), id=row_id) for row_id, text in rows])
        if highlight:
            for n, (row_id, _) in enumerate(rows):
                if row_id == highlight:
                    plan.highlighted = n
        self.query_one("#goals-empty", PlainLabel).set_text(
            "" if rows else self.t("overview-no-goals")
        )

    def _factors(self) -> list[tuple[str, str]]:
        catalogue = self.dk.require_content().catalogue()
        return [(f.id, self.loc.factor_title(f.id)) for f in catalogue.factors]

    def _goal_choices(self) -> list[tuple[str, str]]:
        return [(g.id, g.text) for g in self.workspace.case.goals]

    def _save(self, save: Callable[[], Case], highlight: str) -> None:
        """Save in a worker (the list waits, busy); then show the plan with ``highlight``."""
        self._busy(+1)

        def saved(case: Case) -> None:
            self._busy(-1)
            self._show(highlight)
            self.query_one("#plan", OptionList).focus()
            if self.on_change is not None:
                self.on_change(case)

        in_background(self, save, saved, self._save_failed, group="goals")

    def _save_failed(self, error: Failure) -> None:
        self._busy(-1)
        self.notify(describe(error, self.t), severity="error", markup=False)

    def _busy(self, step: int) -> None:
        self._saving += step
        self.query_one("#plan", OptionList).loading = self._saving > 0

    def action_new_goal(self, factors: tuple[str, ...] = ()) -> None:
        goal = Goal(new_plan_id(), "", factors=factors, created=self.today)
        self.edit_goal(goal, new=True)

    def edit_goal(self, goal: Goal, new: bool = False) -> None:
        def done(result: Goal | None) -> None:
            if result is not None:
                self._save(lambda: self.workspace.save_goal(result), f"g:{result.id}")

        self.app.push_screen(GoalScreen(goal, self._factors(), new), done)

    def action_new_intervention(self) -> None:
        plan = self.query_one("#plan", OptionList)
        goal = ""
        if plan.highlighted is not None:
            row = plan.get_option_at_index(plan.highlighted).id or ""
            if row.startswith("g:"):
                goal = row[2:]
            elif (item := self._intervention(row[2:])) is not None:
                goal = item.goal
        self.edit_intervention(
            Intervention(new_plan_id(), "", status=InterventionStatus.PLANNED, goal=goal), True
        )

    def _intervention(self, item_id: str) -> Intervention | None:
        return next((i for i in self.workspace.case.interventions if i.id == item_id), None)

    def edit_intervention(self, item: Intervention, new: bool = False) -> None:
        def done(result: Intervention | None) -> None:
            if result is not None:
                self._save(lambda: self.workspace.save_intervention(result), f"i:{result.id}")

        self.app.push_screen(InterventionScreen(item, self._goal_choices(), new), done)

    @on(OptionList.OptionSelected, "#plan")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        row = event.option.id or ""
        if row.startswith("g:") and (goal := self.workspace.case.goal(row[2:])) is not None:
            self.edit_goal(goal)
        elif row.startswith("i:") and (item := self._intervention(row[2:])) is not None:
            self.edit_intervention(item)

    def action_back(self) -> None:
        self.dismiss(None)
