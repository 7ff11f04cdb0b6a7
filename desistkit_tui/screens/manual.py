"""The manual, inside the app (F1), in the UI language with English as the fallback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import MarkdownViewer

from desistkit_tui.core.languages import fallback_chain
from desistkit_tui.core.resources import locales_root
from desistkit_tui.screens.base import BaseScreen, footer


def manual_text(lang: str) -> str:
    """The manual's Markdown in ``lang``, else in the reference language."""
    for candidate in fallback_chain(lang):
        path = locales_root() / candidate / "manual.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return "# DesistKit\n\nThe manual is missing from this installation."


class ManualScreen(BaseScreen[None]):
    """Reads the manual; Escape goes back to where the caseworker was."""

    BINDINGS = [
        Binding("escape", "close", "key-back", id="manual.close"),
        Binding("f2", "toggle_contents", "key-contents", id="manual.contents"),
    ]

    def compose(self) -> ComposeResult:
        yield MarkdownViewer(
            manual_text(self.dk.config.ui_language), show_table_of_contents=False, id="manual"
        )
        yield footer()

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).focus()

    def action_toggle_contents(self) -> None:
        viewer = self.query_one(MarkdownViewer)
        viewer.show_table_of_contents = not viewer.show_table_of_contents

    def action_close(self) -> None:
        self.dismiss(None)
