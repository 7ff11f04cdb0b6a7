"""The answer widgets of the card kinds: a 5-point agreement, a 0-10 scale, ticked options.

Each is driven by plain keys (digits, arrows, space, Delete) that arrive over any terminal,
shows its state with symbols as well as highlight (never by colour alone), and posts a small
message when the person answers; the screen decides what to do with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from desistkit_tui.core.cards import AGREEMENT_POINTS, SCALE_MAX, SCALE_MIN, Agreement
from desistkit_tui.core.text import safe

CHOSEN = "reverse bold"


class AgreementPicker(Widget, can_focus=True):
    """Five points from "strongly agree" to "strongly disagree": keys 1-5, up and down."""

    BINDINGS = [
        *(
            Binding(str(n), f"choose({n - 1})", show=False, id=f"cards.agree.{n}")
            for n in range(1, len(AGREEMENT_POINTS) + 1)
        ),
        Binding("up,left", "step(-1)", show=False, id="cards.agree.up"),
        Binding("down,right", "step(1)", show=False, id="cards.agree.down"),
        Binding("delete,backspace", "clear", show=False, id="cards.agree.clear"),
    ]

    @dataclass
    class Changed(Message):
        """The person chose a point (``None``: the answer was cleared)."""

        picker: AgreementPicker
        value: Agreement | None

        @property
        def control(self) -> AgreementPicker:
            return self.picker

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.labels: tuple[str, ...] = tuple(p.value for p in AGREEMENT_POINTS)
        self.value: Agreement | None = None

    def load(self, value: Agreement | None, labels: Sequence[str]) -> None:
        """Show ``value`` with the labels in the person's language (posts nothing)."""
        self.value, self.labels = value, tuple(labels)
        self.refresh(layout=True)

    def _set(self, value: Agreement | None) -> None:
        if value != self.value:
            self.value = value
            self.refresh()
            self.post_message(self.Changed(self, value))

    def action_choose(self, index: int) -> None:
        self._set(AGREEMENT_POINTS[index])

    def action_step(self, delta: int) -> None:
        if self.value is None:
            index = 0 if delta > 0 else len(AGREEMENT_POINTS) - 1
        else:
            index = AGREEMENT_POINTS.index(self.value) + delta
        self._set(AGREEMENT_POINTS[max(0, min(len(AGREEMENT_POINTS) - 1, index))])

    def action_clear(self) -> None:
        self._set(None)

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        for n, (point, label) in enumerate(zip(AGREEMENT_POINTS, self.labels, strict=True)):
            chosen = point == self.value
            if n:
                text.append("\n")
            text.append(f" {n + 1} ", style="bold")
            text.append(("◉ " if chosen else "○ ") + safe(label), style=CHOSEN if chosen else "")
        return text


class ScalePicker(Widget, can_focus=True):
    """A scale from 0 to 10 with its two ends: digits, left and right, End for 10."""

    BINDINGS = [
        *(Binding(str(n), f"choose({n})", show=False, id=f"cards.scale.{n}") for n in range(10)),
        Binding("end", f"choose({SCALE_MAX})", show=False, id="cards.scale.max"),
        Binding("home", f"choose({SCALE_MIN})", show=False, id="cards.scale.min"),
        Binding("left,down", "step(-1)", show=False, id="cards.scale.less"),
        Binding("right,up", "step(1)", show=False, id="cards.scale.more"),
        Binding("delete,backspace", "clear", show=False, id="cards.scale.clear"),
    ]

    @dataclass
    class Changed(Message):
        """The person set the scale (``None``: the answer was cleared)."""

        picker: ScalePicker
        value: int | None

        @property
        def control(self) -> ScalePicker:
            return self.picker

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.value: int | None = None
        self.low = self.high = ""

    def load(self, value: int | None, low: str, high: str) -> None:
        """Show ``value`` and the scale's two ends (posts nothing)."""
        self.value, self.low, self.high = value, low, high
        self.refresh(layout=True)

    def _set(self, value: int | None) -> None:
        if value != self.value:
            self.value = value
            self.refresh()
            self.post_message(self.Changed(self, value))

    def action_choose(self, value: int) -> None:
        self._set(value)

    def action_step(self, delta: int) -> None:
        start = (SCALE_MAX + SCALE_MIN) // 2 if self.value is None else self.value + delta
        self._set(max(SCALE_MIN, min(SCALE_MAX, start)))

    def action_clear(self) -> None:
        self._set(None)

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis", justify="left")
        for n in range(SCALE_MIN, SCALE_MAX + 1):
            chosen = n == self.value
            text.append(f"[{n}]" if chosen else f" {n} ", style=CHOSEN if chosen else "")
            text.append(" ")
        width = len(text.plain.rstrip())
        low, high = safe(self.low), safe(self.high)
        gap = max(1, width - len(low) - len(high) - 4)
        text.append(f"\n← {low}{' ' * gap}{high} →", style="dim")
        return text


class OptionTicks(Widget, can_focus=True):
    """A resource card's options: arrows move, Space ticks; two columns when there is room."""

    BINDINGS = [
        Binding("space,enter", "tick", show=False, id="cards.ticks.toggle"),
        Binding("up", "move_rows(-1)", show=False, id="cards.ticks.up"),
        Binding("down", "move_rows(1)", show=False, id="cards.ticks.down"),
        Binding("left", "move(-1)", show=False, id="cards.ticks.left"),
        Binding("right", "move(1)", show=False, id="cards.ticks.right"),
    ]
    #: Two columns from this many options on, when the widget is wide enough.
    TWO_COLUMNS_FROM = 5
    MIN_COLUMN = 24

    @dataclass
    class Toggled(Message):
        """The person ticked or unticked one option."""

        ticks: OptionTicks
        option: str

        @property
        def control(self) -> OptionTicks:
            return self.ticks

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.options: tuple[tuple[str, str], ...] = ()
        self.ticked: frozenset[str] = frozenset()
        self.cursor = 0

    def load(self, options: Sequence[tuple[str, str]], ticked: Sequence[str]) -> None:
        """Show the options (id, label) with the ones ticked (posts nothing)."""
        if tuple(options) != self.options:
            self.cursor = 0
        self.options, self.ticked = tuple(options), frozenset(ticked)
        self.refresh(layout=True)

    def columns_for(self, width: int) -> int:
        """One column, or two when there are many options and room for them."""
        wide = width >= 2 * self.MIN_COLUMN
        return 2 if wide and len(self.options) >= self.TWO_COLUMNS_FROM else 1

    @property
    def columns(self) -> int:
        return self.columns_for(self.content_size.width)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """Wide enough for the longest option, in as many columns as fit (``width: auto``)."""
        cell = max((cell_len(safe(label)) for _, label in self.options), default=0) + 6
        columns = self.columns_for(container.width)
        natural = columns * cell + columns - 1
        if columns == 2:
            natural = max(natural, 2 * self.MIN_COLUMN)
        return min(container.width, natural)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, -(-len(self.options) // self.columns_for(width)))

    def action_move(self, delta: int) -> None:
        if self.options:
            self.cursor = max(0, min(len(self.options) - 1, self.cursor + delta))
            self.refresh()

    def action_move_rows(self, rows: int) -> None:
        self.action_move(rows * self.columns)

    def action_tick(self) -> None:
        if self.options:
            option = self.options[self.cursor][0]
            self.ticked = self.ticked ^ {option}
            self.refresh()
            self.post_message(self.Toggled(self, option))

    def _cell(self, index: int) -> Text:
        option, label = self.options[index]
        box = "[x]" if option in self.ticked else "[ ]"
        here = index == self.cursor and self.has_focus
        style = "reverse" if here else ("bold" if option in self.ticked else "")
        return Text(("› " if here else "  ") + f"{box} {safe(label)}", style=style, end="")

    def render(self) -> Text:
        columns = self.columns
        rows = -(-len(self.options) // columns)
        width = max(1, self.content_size.width // columns)
        text = Text(no_wrap=True, overflow="ellipsis")
        for row in range(rows):
            if row:
                text.append("\n")
            for column in range(columns):
                index = row * columns + column
                if index >= len(self.options):
                    break
                cell = self._cell(index)
                cell.truncate(width - 1, overflow="ellipsis", pad=column < columns - 1)
                text.append_text(cell)
                if column < columns - 1:
                    text.append(" ")
        return text

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
