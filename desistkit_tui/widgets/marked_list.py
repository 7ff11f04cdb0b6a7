"""A selection list whose ticks and cursor read without colour.

Textual's ``SelectionList`` draws ``▐X▌`` before every option, ticked or not; only the colour
tells them apart, and on a vt100, under ``NO_COLOR`` or on a 16-colour projector that is
nothing. Here a ticked option shows ``[x]``, an unticked one ``[ ]`` (the same four cells), and
the option under the cursor is drawn in reverse video, which every terminal shows.
"""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import SelectionList

ValueT = TypeVar("ValueT")

TICKED = "[x]"
UNTICKED = "[ ]"
#: How many segments Textual puts before the prompt: ``▐``, ``X``, ``▌`` and a space.
_BUTTON_SEGMENTS = 4


class MarkedSelectionList(SelectionList[ValueT]):
    """``SelectionList`` with ``[x]`` / ``[ ]`` ticks and a reverse-video cursor line."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        index = self.scroll_offset.y + y
        if not 0 <= index < self.option_count:
            return line
        segments = list(line)
        if len(segments) <= _BUTTON_SEGMENTS:
            return line
        prompt = segments[_BUTTON_SEGMENTS:]
        base = prompt[0].style or Style()
        ticked = self.get_option_at_index(index).value in self.selected
        mark = [
            Segment(TICKED if ticked else UNTICKED, base + Style(bold=ticked)),
            Segment(" ", base),
        ]
        if index == self.highlighted and self.has_focus:
            reverse = Style(reverse=True)
            mark = [Segment(text, (style or Style()) + reverse) for text, style, _ in mark]
            prompt = [Segment(text, (style or Style()) + reverse) for text, style, _ in prompt]
        return Strip([*mark, *prompt], line.cell_length)
