"""The presenter view: one card, large and centred, and nothing else.

What the person (and a projector) sees: no case code, no notes, no status line, no footer.
The person can still answer (the answer widget of the card's kind is shown); F2 draws the
next card and F5 (or Esc) goes back to the caseworker's view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle, Vertical

from desistkit_tui.screens.cards.answering import CardScreen
from desistkit_tui.screens.cards.context import CARDS_CSS, SHORT_BREAKPOINTS, CardContext
from desistkit_tui.widgets.cards_face import CardFaceView

if TYPE_CHECKING:
    from desistkit_tui.screens.cards.table import CardTableScreen


class PresenterScreen(CardScreen):
    """The card on the table for the person's eyes only."""

    CSS_PATH = CARDS_CSS
    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS
    BINDINGS = [
        Binding("f5,escape", "back", "key-cards-back-to-cards", id="cards.presenter.back"),
        Binding("f2", "draw", "key-cards-draw", id="cards.presenter.draw"),
    ]

    def __init__(self, context: CardContext, table: CardTableScreen) -> None:
        super().__init__(context)
        self.table = table

    def compose(self) -> ComposeResult:
        with Middle(id="cards-presenter"), Center(), Vertical(id="cards-presenter-card"):
            yield CardFaceView(presenter=True, id="cards-presenter-face")
            with Center(id="cards-presenter-answer"):
                yield from self.answer_widgets()

    def on_mount(self) -> None:
        self.refresh_card()

    def refresh_card(self) -> None:
        """Show the card on the table now (called by the table screen after each change)."""
        session = self.context.session
        entry = session.current_entry
        face = self.query_one(CardFaceView)
        if entry is not None and session.card(entry.card) is not None:
            face.show(self.context.face(entry.card))
        else:
            symbols = "  ".join(c.symbol for c in session.deck.categories)
            face.show(None, symbols)
        widget = self.show_answer()
        if widget is not None:
            widget.focus()
        else:
            self.set_focus(None)

    def answer_changed(self) -> None:
        self.table.changed()

    def action_draw(self) -> None:
        self.table.drawing.draw()

    def action_back(self) -> None:
        self.dismiss(None)
