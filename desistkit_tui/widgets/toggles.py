"""Check boxes and radio buttons whose state reads without colour.

Textual draws a toggle's mark the same whether it is on or off (● in a radio button, X in a
check box) and tells the two apart by colour alone. On a monochrome terminal, under
``NO_COLOR``, or on a projector that washes colour out, "pdf" and "md" then both look chosen.
These draw the mark only when the toggle is on, so the state is a symbol, not a colour
(docs/architecture.md, "themes and terminals"). Use them instead of Textual's.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox as _Checkbox
from textual.widgets import RadioButton as _RadioButton


class Checkbox(_Checkbox):
    """A check box: ``▐X▌`` ticked, ``▐ ▌`` not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super().render()


class RadioButton(_RadioButton):
    """A radio button: ``▐●▌`` chosen, ``▐ ▌`` not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super().render()
