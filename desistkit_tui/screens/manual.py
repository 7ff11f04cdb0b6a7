"""The manual, inside the app (F1), in the UI language with English as the fallback.

One block per ``##`` section, drawn by :mod:`desistkit_tui.widgets.manual_view`: the first
section paints at once and the others are added after that first frame. (Textual's
``MarkdownViewer`` builds a widget per paragraph: the whole manual took 3–5 s before anything
showed.) F2 shows the contents; Enter there jumps to a section and hides them again.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static

from desistkit_tui.core.manual import ManualSection, blocks, manual_text, split_sections
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.widgets.manual_view import render_blocks

__all__ = ["ManualScreen", "manual_text"]


def _section(section: ManualSection, index: int) -> Static:
    return Static(
        render_blocks(blocks(section.markdown)), id=f"manual-{index}", classes="manual-section"
    )


class ManualScreen(BaseScreen[None]):
    """Reads the manual; Escape goes back to where the caseworker was."""

    BINDINGS = [
        Binding("escape", "close", "key-back", id="manual.close"),
        Binding("f2", "toggle_contents", "key-contents", id="manual.contents"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sections = split_sections(manual_text(self.dk.config.ui_language))

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="manual"):
            yield _section(self.sections[0], 0)
        # Over the text, not beside it: the text keeps its width, so a jump lands where it
        # should and nothing is wrapped again when the contents open or close.
        yield OptionList(*[Text(section.title) for section in self.sections], id="manual-contents")
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#manual-contents").display = False
        self.query_one("#manual").focus()
        self.call_after_refresh(self._add_section, 1)

    def _add_section(self, index: int) -> None:
        """The sections after the first, one per frame, so no frame waits for all of them."""
        if index < len(self.sections) and not self.query(f"#manual-{index}"):
            self.query_one("#manual", VerticalScroll).mount(_section(self.sections[index], index))
            self.call_after_refresh(self._add_section, index + 1)

    def _add_all(self) -> None:
        scroll = self.query_one("#manual", VerticalScroll)
        for index, section in enumerate(self.sections):
            if not self.query(f"#manual-{index}"):
                scroll.mount(_section(section, index))

    def action_toggle_contents(self) -> None:
        contents = self.query_one("#manual-contents", OptionList)
        contents.display = not contents.display
        (contents if contents.display else self.query_one("#manual")).focus()

    @on(OptionList.OptionSelected, "#manual-contents")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        self._add_all()  # a section not added yet (a quick F2 and Enter)
        self.query_one("#manual-contents").display = False
        self.call_after_refresh(self._show_section, event.option_index)

    def _show_section(self, index: int) -> None:
        target = self.query_one(f"#manual-{index}", Static)
        self.query_one("#manual", VerticalScroll).scroll_to_widget(target, top=True, animate=False)
        self.query_one("#manual").focus()

    def action_close(self) -> None:
        self.dismiss(None)
