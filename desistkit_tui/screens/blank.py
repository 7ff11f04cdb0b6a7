"""The blank screen (F12): nothing on the terminal until the next key or click.

For a trainer at a projector, and for a caseworker when someone walks in: the screen goes
blank at once (no case text, no DEMO mark, no footer) and any key brings it back; the key is
not passed on, so it does nothing else.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen


class BlankScreen(Screen[None]):
    """An empty, black screen over the app; any key or click closes it."""

    DEFAULT_CSS = """
    BlankScreen {
        background: $background;
    }
    """

    async def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.dismiss()

    async def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        self.dismiss()
