"""The progress list of the reflection: every step with its state; Enter jumps there."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from desistkit_tui.screens.base import BaseModal, footer
from desistkit_tui.widgets.plain import plain


class StepsScreen(BaseModal[int | None]):
    """Returns the chosen step's index, or None (Escape)."""

    BINDINGS = [Binding("escape", "close", "key-back", id="steps.close")]

    def __init__(self, labels: list[str], current: int) -> None:
        super().__init__()
        self.labels = labels
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield Label(self.t("steps-title"), id="title", markup=False)
            yield OptionList(*[Option(plain(label)) for label in self.labels], id="steps-list")
        yield footer()

    def on_mount(self) -> None:
        steps = self.query_one("#steps-list", OptionList)
        steps.highlighted = self.current
        steps.focus()

    @on(OptionList.OptionSelected, "#steps-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_close(self) -> None:
        self.dismiss(None)
