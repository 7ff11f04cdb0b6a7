"""The title line at the top of a screen: what Textual's ``Header(icon="")`` draws, in one widget.

``Header`` is four widgets (the bar, an icon, the title, the clock's space), each mounted,
styled, laid out and painted whenever a screen is pushed. :class:`TitleBar` draws the same
line (the app's or the screen's title and sub-title, ``App.format_title``, centred between the
icon's eight columns and the clock's ten, cut off with an ellipsis) as one widget, and answers
the mouse as the header does: a click on the icon's columns opens the command palette, a click
elsewhere makes the bar three lines tall, and another makes it one line again. Used where a
screen is opened often (the case overview, issue 17, figure 12i).
"""

from __future__ import annotations

from textual.content import Content
from textual.events import Click
from textual.widget import Widget

#: The columns of ``Header``'s icon (left) and clock space (right), kept free here.
ICON_WIDTH = 8


class TitleBar(Widget):
    """The screen's title, as ``Header(icon="")`` shows it."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        padding: 0 10 0 8;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        content-align: center top;
    }
    TitleBar.-tall {
        height: 3;
    }
    """

    def on_mount(self) -> None:
        for obj in (self.app, self.screen):
            self.watch(obj, "title", self._retitle, init=False)
            self.watch(obj, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    def render(self) -> Content:
        screen, app = self.screen, self.app
        title = app.title if screen.title is None else screen.title
        sub_title = app.sub_title if screen.sub_title is None else screen.sub_title
        return app.format_title(title, sub_title)

    async def on_click(self, event: Click) -> None:
        event.stop()
        if event.x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE:
            await self.run_action("app.command_palette")
        else:
            self.toggle_class("-tall")
