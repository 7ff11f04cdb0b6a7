"""Dialogs that edit one goal or one intervention. They return the edited value; callers save.

Ctrl+S keeps the changes; Escape leaves, asking "Discard changes?" if anything was typed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Select

from desistkit_tui.core.model import Goal, GoalStatus, Intervention, InterventionStatus
from desistkit_tui.screens.base import BaseModal, date_field, footer, parse_day
from desistkit_tui.screens.confirm import leave_unless_kept
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.marked_list import MarkedSelectionList
from desistkit_tui.widgets.plain import PlainLabel

T = TypeVar("T")


class _EditDialog(BaseModal[T | None], Generic[T]):
    BINDINGS = [
        Binding("ctrl+s", "save", "key-save", id="edit.save"),
        Binding("escape", "cancel", "key-cancel", id="edit.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._changed = False

    def label(self, msg_id: str) -> Label:
        return Label(self.t(msg_id), classes="label", markup=False)

    @on(Input.Changed)
    @on(Select.Changed)
    @on(MarkedSelectionList.SelectedChanged)
    def _mark(self, event: Any) -> None:
        if self.is_mounted and event.control.has_focus:
            self._changed = True

    def action_cancel(self) -> None:
        leave_unless_kept(self, self._changed)

    def say(self, message: str, focus: str) -> None:
        self.query_one("#message", PlainLabel).set_text(message)
        self.query_one(focus).focus()


class GoalScreen(_EditDialog[Goal]):
    """A goal: wording, the person's own words, target date, status, factors."""

    def __init__(self, goal: Goal, factors: list[tuple[str, str]], new: bool) -> None:
        super().__init__()
        self.goal = goal
        self.factors = factors
        self.new = new

    def compose(self) -> ComposeResult:
        g = self.goal
        with Vertical(id="dialog", classes="panel form"):
            yield Label(
                self.t("goal-title-new" if self.new else "goal-title-edit"),
                id="title",
                markup=False,
            )
            yield self.label("goal-text")
            yield Input(g.text, id="text", compact=True)
            yield self.label("goal-own-words")
            yield Input(g.own_words, id="own-words", compact=True)
            yield self.label("goal-target")
            yield date_field(g.target, "target", self.t)
            yield self.label("goal-status")
            yield Choice(
                [(Content(self.t(f"goal-status-{s.value}")), s.value) for s in GoalStatus],
                value=g.status.value,
                allow_blank=False,
                id="status",
                compact=True,
            )
            yield self.label("goal-factors")
            yield MarkedSelectionList[str](
                *[(Content(title), fid, fid in g.factors) for fid, title in self.factors],
                id="factors",
                compact=True,
            )
            yield PlainLabel("", id="message", classes="error wrap")
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        text = self.query_one("#text", Input).value.strip()
        if not text:
            return self.say(self.t("goal-empty"), "#text")
        try:
            target = parse_day(self.query_one("#target", Input).value)
        except ValueError:
            return self.say(self.t("newcase-bad-date"), "#target")
        self.dismiss(
            replace(
                self.goal,
                text=text,
                own_words=self.query_one("#own-words", Input).value.strip(),
                target=target,
                status=GoalStatus(str(self.query_one("#status", Select).value)),
                factors=tuple(self.query_one("#factors", MarkedSelectionList).selected),
            )
        )


class InterventionScreen(_EditDialog[Intervention]):
    """A planned intervention: what, who (a role), when, status, the goal it serves."""

    def __init__(self, item: Intervention, goals: list[tuple[str, str]], new: bool) -> None:
        super().__init__()
        self.item = item
        self.goals = goals
        self.new = new

    def compose(self) -> ComposeResult:
        i = self.item
        with Vertical(id="dialog", classes="panel form"):
            yield Label(self.t("intervention-title"), id="title", markup=False)
            yield self.label("intervention-what")
            yield Input(i.what, id="what", compact=True)
            yield self.label("intervention-who")
            yield Input(i.who, id="who", compact=True)
            yield self.label("intervention-when")
            yield date_field(i.when, "when", self.t)
            yield self.label("intervention-status")
            yield Choice(
                [
                    (Content(self.t(f"intervention-status-{s.value}")), s.value)
                    for s in InterventionStatus
                ],
                value=i.status.value,
                allow_blank=False,
                id="status",
                compact=True,
            )
            yield self.label("overview-goals")
            yield Choice(
                [(Content(text), gid) for gid, text in self.goals],
                value=i.goal if any(gid == i.goal for gid, _ in self.goals) else Select.NULL,
                allow_blank=True,
                id="goal",
                compact=True,
            )
            yield PlainLabel("", id="message", classes="error wrap")
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#what", Input).focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        what = self.query_one("#what", Input).value.strip()
        if not what:
            return self.say(self.t("intervention-empty"), "#what")
        try:
            when = parse_day(self.query_one("#when", Input).value)
        except ValueError:
            return self.say(self.t("newcase-bad-date"), "#when")
        goal = self.query_one("#goal", Select).value
        self.dismiss(
            replace(
                self.item,
                what=what,
                who=self.query_one("#who", Input).value.strip(),
                when=when,
                status=InterventionStatus(str(self.query_one("#status", Select).value)),
                goal=goal if isinstance(goal, str) else "",
            )
        )
