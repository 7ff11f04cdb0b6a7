"""A row of face-down cards, numbered: the person picks one by its number."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

BACK_WIDTH = 7  # "╭─────╮"
GAP = 1
MAX_BACKS = 9


class CardBacks(Widget, can_focus=True):
    """``count`` card backs numbered 1…count; digits pick, arrows and Enter too."""

    BINDINGS = [
        *(
            Binding(str(n), f"pick({n - 1})", show=False, id=f"cards.backs.{n}")
            for n in range(1, MAX_BACKS + 1)
        ),
        Binding("left,up", "move(-1)", show=False, id="cards.backs.left"),
        Binding("right,down", "move(1)", show=False, id="cards.backs.right"),
        Binding("enter,space", "pick_cursor", show=False, id="cards.backs.pick"),
    ]

    @dataclass
    class Picked(Message):
        """The person picked the card at ``index`` (0 is the card numbered 1)."""

        backs: CardBacks
        index: int

        @property
        def control(self) -> CardBacks:
            return self.backs

    def __init__(self, count: int, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.count = max(0, min(MAX_BACKS, count))
        self.cursor = 0

    def action_move(self, delta: int) -> None:
        if self.count:
            self.cursor = (self.cursor + delta) % self.count
            self.refresh()

    def action_pick(self, index: int) -> None:
        if index < self.count:
            self.cursor = index
            self.refresh()
            self.post_message(self.Picked(self, index))

    def action_pick_cursor(self) -> None:
        self.action_pick(self.cursor)

    def _per_row(self, width: int) -> int:
        return max(1, min(self.count, (width + GAP) // (BACK_WIDTH + GAP)))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        per_row = self._per_row(container.width)
        return per_row * (BACK_WIDTH + GAP) - GAP

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 3 * -(-self.count // self._per_row(width)) if self.count else 1

    def render(self) -> Text:
        per_row = self._per_row(self.content_size.width)
        text = Text(no_wrap=True, end="")
        for first in range(0, self.count, per_row):
            row = range(first, min(self.count, first + per_row))
            for line in range(3):
                if first or line:
                    text.append("\n")
                for n in row:
                    style = "reverse bold" if n == self.cursor else ""
                    cell = ("╭─────╮", f"│░ {n + 1} ░│", "╰─────╯")[line]
                    text.append(cell, style=style)
                    if n != row[-1]:
                        text.append(" " * GAP)
        return text
