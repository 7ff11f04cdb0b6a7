"""The small dialogs of a card session: choose a way, a category, a card; leave or stay.

Every dialog answers with a value through ``dismiss`` (``None`` when cancelled); the table
screen decides what happens next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

from desistkit_tui.core.text import safe
from desistkit_tui.screens.base import BaseModal
from desistkit_tui.screens.cards.context import CARDS_CSS
from desistkit_tui.widgets.cards_backs import CardBacks
from desistkit_tui.widgets.plain import PlainLabel


@dataclass(frozen=True, slots=True)
class Choice:
    """One line of a :class:`ChoiceDialog`: what it answers, how it reads, what it filters by."""

    value: str
    prompt: Text
    search: str = ""
    disabled: bool = False


class ChoiceDialog(BaseModal[str | None]):
    """A titled list; Enter (or the line's number, 1-9) picks, Esc cancels.

    With ``filter_placeholder`` a line above filters the list by what is typed (the numbers
    then go to the filter).
    """

    CSS_PATH = CARDS_CSS
    BINDINGS = [
        Binding("enter", "pick", "key-cards-pick", id="cards.choice.pick", priority=True),
        Binding("escape", "cancel", "key-cancel", id="cards.choice.cancel"),
        Binding("down", "cursor('down')", show=False, id="cards.choice.down"),
        Binding("up", "cursor('up')", show=False, id="cards.choice.up"),
        *(
            Binding(str(n), f"number({n})", show=False, id=f"cards.choice.{n}")
            for n in range(1, 10)
        ),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        *,
        hint: str = "",
        filter_placeholder: str = "",
        numbered: bool = True,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = tuple(choices)
        self.hint = hint
        self.filter_placeholder = filter_placeholder
        self.numbered = numbered and not filter_placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="cards-dialog", classes="cards-choice"):
            yield PlainLabel(self.title_text, id="cards-dialog-title")
            if self.filter_placeholder:
                yield Input(placeholder=self.filter_placeholder, id="cards-filter", compact=True)
            yield OptionList(id="cards-choices", compact=True)
            if self.hint:
                yield PlainLabel(self.hint, classes="muted wrap")

    def on_mount(self) -> None:
        self._fill("")
        if self.filter_placeholder:
            self.query_one("#cards-filter", Input).focus()
        else:
            self.query_one(OptionList).focus()

    def _fill(self, needle: str) -> None:
        words = needle.casefold().split()
        options = self.query_one(OptionList)
        options.clear_options()
        shown = [c for c in self.choices if all(w in c.search.casefold() for w in words)]
        lines = []
        for n, choice in enumerate(shown, start=1):
            prompt = choice.prompt
            if self.numbered and n <= 9:
                prompt = Text(f"{n} ", style="bold").append_text(prompt)
            lines.append(Option(prompt, id=choice.value, disabled=choice.disabled))
        options.add_options(lines)
        first = next((n for n, c in enumerate(shown) if not c.disabled), None)
        options.highlighted = first

    @on(Input.Changed, "#cards-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_cursor(self, direction: str) -> None:
        options = self.query_one(OptionList)
        if direction == "down":
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_number(self, n: int) -> None:
        if not self.numbered:
            return
        options = self.query_one(OptionList)
        if n <= options.option_count and not options.get_option_at_index(n - 1).disabled:
            self.dismiss(options.get_option_at_index(n - 1).id)

    def action_pick(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is not None and not options.get_option_at_index(index).disabled:
            self.dismiss(options.get_option_at_index(index).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FaceDownDialog(BaseModal[int | None]):
    """A row of numbered card backs: the person picks one by its number."""

    CSS_PATH = CARDS_CSS
    BINDINGS = [Binding("escape", "cancel", "key-cancel", id="cards.backs.cancel")]

    def __init__(self, title: str, count: int, hint: str) -> None:
        super().__init__()
        self.title_text, self.count, self.hint = title, count, hint

    def compose(self) -> ComposeResult:
        with Vertical(id="cards-dialog", classes="cards-backs"):
            yield PlainLabel(self.title_text, id="cards-dialog-title")
            yield CardBacks(self.count, id="cards-backs")
            yield PlainLabel(self.hint, classes="muted wrap")

    def on_mount(self) -> None:
        self.query_one(CardBacks).focus()

    @on(CardBacks.Picked)
    def _picked(self, event: CardBacks.Picked) -> None:
        self.dismiss(event.index)

    def action_cancel(self) -> None:
        self.dismiss(None)


class LeaveDialog(BaseModal[bool]):
    """Leave the card session, or stay."""

    CSS_PATH = CARDS_CSS
    BINDINGS = [
        Binding("enter", "leave", show=False, id="cards.leave.yes"),
        Binding("escape", "stay", show=False, id="cards.leave.no"),
    ]
    AUTO_FOCUS = "#cards-leave-yes"

    def __init__(self, title: str, body: str, yes: str, no: str) -> None:
        super().__init__()
        self.texts = (title, body, yes, no)

    def compose(self) -> ComposeResult:
        title, body, yes, no = self.texts
        with Vertical(id="cards-dialog", classes="cards-leave"):
            yield PlainLabel(title, id="cards-dialog-title")
            yield PlainLabel(body, classes="wrap")
            with Horizontal(id="cards-leave-buttons"):
                yield Button(
                    Content(safe(yes)), id="cards-leave-yes", variant="primary", compact=True
                )
                yield Button(Content(safe(no)), id="cards-leave-no", compact=True)

    @on(Button.Pressed, "#cards-leave-yes")
    def action_leave(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#cards-leave-no")
    def action_stay(self) -> None:
        self.dismiss(False)
