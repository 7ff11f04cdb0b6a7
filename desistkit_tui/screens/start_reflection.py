"""Starting a reflection: which factors (all, an area, relevant last time, suggested by cards,
or by hand) and the day it was held (an earlier day marks it as entered later)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Select

from desistkit_tui.core.content.model import Catalogue
from desistkit_tui.core.flow import choose_all, choose_area, choose_relevant, choose_suggested
from desistkit_tui.core.history import Overview
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.base import BaseModal, footer, parse_day
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.marked_list import MarkedSelectionList
from desistkit_tui.widgets.plain import PlainLabel


@dataclass(frozen=True, slots=True)
class StartChoice:
    """What the dialog returns."""

    factors: list[str]
    held_on: date
    source: str


class StartReflectionScreen(BaseModal[StartChoice | None]):
    """Choose the factors and the day; Ctrl+S starts."""

    BINDINGS = [
        Binding("ctrl+s", "start", "key-start", id="start.go"),
        Binding("f10", "start", "key-start", id="start.go10", show=False),
        Binding("escape", "cancel", "key-cancel", id="start.cancel"),
    ]

    def __init__(
        self, catalogue: Catalogue, loc: Localizer, history: Overview, today: date
    ) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.loc = loc
        self.today = today
        self.choices: dict[str, list[str]] = {"all": choose_all(catalogue)}
        for area in catalogue.areas:
            self.choices[f"area:{area.id}"] = choose_area(catalogue, area.id)
        self.choices["relevant"] = choose_relevant(catalogue, history.reflections)
        self.choices["cards"] = choose_suggested(catalogue, history.latest_suggestions)
        self.choices["manual"] = []

    def _mode_label(self, mode: str) -> str:
        t = self.loc.ui
        if mode.startswith("area:"):
            area = mode.removeprefix("area:")
            count = len(self.choices[mode])
            return f"{t('start-area')}: {self.loc.area_title(area)} ({count})"
        counts = {"all": "start-all", "relevant": "start-relevant", "cards": "start-suggested"}
        if mode in counts:
            return t(counts[mode], count=len(self.choices[mode]))
        return t("start-pick")

    def compose(self) -> ComposeResult:
        t = self.t
        modes = [m for m in self.choices if m in ("all", "manual") or self.choices[m]]
        first = (
            "cards" if self.choices["cards"] else "relevant" if self.choices["relevant"] else "all"
        )
        with Vertical(id="dialog", classes="panel form"):
            yield Label(t("start-title"), id="title", markup=False)
            yield Label(t("start-which"), markup=False)
            yield Choice(
                [(Content(self._mode_label(m)), m) for m in modes],
                value=first,
                allow_blank=False,
                id="mode",
                compact=True,
            )
            yield MarkedSelectionList[str](
                *[
                    (Content(self.loc.factor_title(f.id)), f.id, f.id in self.choices[first])
                    for f in self.catalogue.factors
                ],
                id="factors",
                compact=True,
            )
            yield Label(t("start-held-on"), classes="label", markup=False)
            yield Input(self.today.isoformat(), id="held-on", max_length=10, compact=True)
            yield PlainLabel("", id="message", classes="error wrap")
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#mode", Select).focus()

    @on(Select.Changed, "#mode")
    def _mode_changed(self, event: Select.Changed) -> None:
        mode = str(event.value)
        if mode == "manual":
            return
        chosen = set(self.choices.get(mode, []))
        factors = self.query_one("#factors", MarkedSelectionList)
        factors.deselect_all()
        for factor in chosen:
            factors.select(factor)

    @on(Input.Submitted)
    def action_start(self) -> None:
        factors = self.query_one("#factors", MarkedSelectionList)
        selected = set(factors.selected)
        if not selected:
            self.query_one("#message", PlainLabel).set_text(self.t("start-none-chosen"))
            factors.focus()
            return
        try:
            held_on = parse_day(self.query_one("#held-on", Input).value)
        except ValueError:
            held_on = None
        if held_on is None or held_on > self.today:
            self.query_one("#message", PlainLabel).set_text(self.t("start-bad-date"))
            self.query_one("#held-on", Input).focus()
            return
        mode = str(self.query_one("#mode", Select).value)
        preset = self.choices.get(mode, [])
        if mode != "manual" and set(preset) == selected:
            ordered, source = preset, mode  # keeps the cards' order of suggestions
        else:
            ordered = [f.id for f in self.catalogue.factors if f.id in selected]
            source = "manual"
        self.dismiss(StartChoice(ordered, held_on, source))

    def action_cancel(self) -> None:
        self.dismiss(None)
