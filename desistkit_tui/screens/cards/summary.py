"""A card session in words: what came up, and the factors suggested for the next reflection.

:class:`SummaryScreen` ends a session: F10 answers ``True`` (save and close; in the demo or
read-only: close without saving), Esc ``False`` (back to the cards); the table screen does the
saving. :class:`SavedSessionScreen` reads a finished session back from the case overview.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header

from desistkit_tui.core.cards.report import Section, summary
from desistkit_tui.core.cards.session import CardSession
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.screens.cards.context import CARDS_CSS, SHORT_BREAKPOINTS, CardContext
from desistkit_tui.widgets.plain import PlainLabel


def section_labels(sections: Iterable[Section]) -> Iterator[PlainLabel]:
    """The summary's sections as labels: a heading, then its lines."""
    for section in sections:
        if section.heading:
            yield PlainLabel(section.heading, classes="cards-summary-heading wrap")
        if section.lines:
            yield PlainLabel("\n".join(section.lines), classes="cards-summary-lines wrap")


class SummaryScreen(BaseScreen[bool]):
    """The session in words, before it is saved."""

    CSS_PATH = CARDS_CSS
    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS
    BINDINGS = [
        Binding("f10", "finish", "key-cards-save", id="cards.summary.save"),
        # Demo or read-only: the same key only finishes (check_action shows one of the two).
        Binding("f10", "finish_unsaved", "key-cards-finish", id="cards.summary.finish"),
        Binding("escape", "back", "key-cards-back-to-cards", id="cards.summary.back"),
        Binding("f9", "handout", "key-export-handout", id="cards.summary.handout", show=False),
    ]

    def __init__(self, context: CardContext) -> None:
        super().__init__()
        self.context = context

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "finish":
            return self.context.saving
        if action == "finish_unsaved":
            return not self.context.saving
        return True

    def compose(self) -> ComposeResult:
        context = self.context
        yield Header(icon="")
        with VerticalScroll(id="cards-summary"):
            title = self.t("cards-summary-title")
            if context.code:
                title += " · " + self.t("case-title", code=context.code)
            yield PlainLabel(title, id="cards-summary-title", classes="wrap")
            yield from section_labels(summary(context.session, context.localizer))
            if context.saving:
                hint = "cards-summary-save-hint"
            elif context.workspace is None:
                hint = "cards-summary-demo-hint"
            else:
                hint = "cards-summary-read-only-hint"
            yield PlainLabel(self.t(hint), id="cards-summary-hint", classes="muted wrap")
        yield footer(palette=False)

    def on_mount(self) -> None:
        self.query_one("#cards-summary").focus()  # arrows and page keys scroll it

    def action_finish(self) -> None:
        self.dismiss(True)

    def action_finish_unsaved(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)

    def action_handout(self) -> None:
        """The person's page: the goals, next steps and what helps, in their language."""
        from desistkit_tui.screens.case_exports import export_handout

        export_handout(self, self.context.workspace)


class SavedSessionScreen(BaseScreen[None]):
    """A finished card session, read back: the same words as at its end; Esc goes back."""

    CSS_PATH = CARDS_CSS
    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS
    BINDINGS = [Binding("escape", "back", "key-back", id="cards.saved.back")]

    def __init__(self, session: CardSession, localizer: Localizer, title: str) -> None:
        super().__init__()
        self.session = session
        self.localizer = localizer
        self.heading = title

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="cards-summary"):
            yield PlainLabel(self.heading, id="cards-summary-title", classes="wrap")
            yield from section_labels(summary(self.session, self.localizer))
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#cards-summary").focus()

    def action_back(self) -> None:
        self.dismiss(None)
