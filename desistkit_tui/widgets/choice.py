"""A dropdown that changes its value only when it was opened on purpose.

Textual's ``Select`` opens on Space (as on Enter and the arrows), and its open list jumps to
the option a typed letter starts. A caseworker who believes a text field has the focus and
types "Sleeps badly" opens the list with the first space and picks with the next letters and
Enter: the person's relevance changes without anyone meaning it. A :class:`Choice` opens only
on Enter, ↑ or ↓ (or a click); letters and Space typed into it while it is closed change
nothing, and the first of them posts :class:`Choice.TypedWhileClosed` (the screens say where
to type), so no typed text vanishes silently. Once opened, the list's own type-to-search works
as in Textual.
"""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.message import Message
from textual.widgets import Select

ValueT = TypeVar("ValueT")


class Choice(Select[ValueT]):
    """``Select`` that ignores letters typed while it is closed, and says so once per visit."""

    class TypedWhileClosed(Message):
        """Text was typed into the closed dropdown ``choice`` (and was not taken)."""

        def __init__(self, choice: Choice[object]) -> None:
            super().__init__()
            self.choice = choice

    _hinted = False

    def on_key(self, event: events.Key) -> None:
        if self.expanded or not event.is_printable:
            return
        # Space opens a Select through a binding, checked when the key reaches the app; a key
        # stopped here never gets there.
        event.stop()
        event.prevent_default()
        if not self._hinted:
            self._hinted = True
            self.post_message(self.TypedWhileClosed(self))  # type: ignore[arg-type]

    def on_blur(self) -> None:
        self._hinted = False
