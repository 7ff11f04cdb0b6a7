"""One card's face: category mark, title and text, framed in the category's colour.

The category is told apart by its symbol and its ASCII letter as well as by colour, so the card
reads the same in a monochrome terminal. Every string is data: it is neutralised and never
parsed as markup.
"""

from __future__ import annotations

import weakref

from rich.console import JustifyMethod
from rich.style import Style
from rich.text import Text
from textual.color import Color, ColorParseError
from textual.widget import Widget

from desistkit_tui.core.cards import CardFace
from desistkit_tui.core.content.model import CardKind
from desistkit_tui.core.text import safe
from desistkit_tui.themes import category_colour


def _colour(value: str) -> Color | None:
    try:
        return Color.parse(value)
    except ColorParseError:
        return None


def category_mark(symbol: str, ascii_mark: str, colour: str) -> Text:
    """``◆ S`` in the category's colour (the letter keeps it readable without colour)."""
    parsed = _colour(colour)
    style = Style(color=parsed.rich_color if parsed else None, bold=True)
    return Text(safe(f"{symbol} {ascii_mark}"), style=style, end="")


class CardFaceView(Widget):
    """Shows a :class:`CardFace`, or a short line when no card is on the table.

    ``details`` adds what the answer widgets would otherwise show (a scale's two ends, a
    resource card's options): the second-language face has no answer widget of its own.
    ``presenter`` centres everything for a projector.
    """

    def __init__(
        self,
        *,
        presenter: bool = False,
        details: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.face: CardFace | None = None
        self.empty = ""
        self.presenter = presenter
        self.details = details

    def on_mount(self) -> None:
        """Redraw in the new theme's colours when the theme changes (Ctrl+T, the palette).

        The callback holds the widget weakly: Textual keeps subscribers in a weak-key table,
        which a callback holding its own key would keep alive."""
        widget = weakref.ref(self)

        def redraw(_: object) -> None:
            view = widget()
            if view is not None:
                view.show(view.face, view.empty)

        self.app.theme_changed_signal.subscribe(self, redraw)

    def _colour_of(self, face: CardFace) -> str:
        """The category's colour, unless the theme is high contrast or monochrome."""
        return category_colour(self.app.theme, face.colour)

    def show(self, face: CardFace | None, empty: str = "") -> None:
        """Show ``face`` (``None``: the ``empty`` line instead)."""
        self.face, self.empty = face, empty
        self.set_class(face is None, "-empty")
        colour = _colour(self._colour_of(face)) if face is not None else None
        if colour is not None:
            self.styles.border = ("round", colour)  # the deck's colour for the category
        else:  # the stylesheet's border (theme colours)
            for edge in ("top", "right", "bottom", "left"):
                self.styles.clear_rule(f"border_{edge}")
        self.refresh(layout=True)

    def render(self) -> Text:
        justify: JustifyMethod = "center" if self.presenter else "left"
        face = self.face
        if face is None:
            return Text(safe(self.empty, multiline=True), style="dim", justify=justify)
        text = Text(justify=justify)
        text.append_text(category_mark(face.symbol, face.ascii, self._colour_of(face)))
        text.append("  " + safe(face.category), style="italic")
        text.append("\n\n" if self.presenter else "\n")
        text.append(safe(face.title), style="bold underline" if self.presenter else "bold")
        text.append("\n\n" if self.presenter else "\n")
        text.append(safe(face.text, multiline=True))
        if self.details and face.kind is CardKind.SCALE:
            text.append(f"\n0 = {safe(face.low)} · 10 = {safe(face.high)}", style="dim")
        if self.details and face.options:
            labels = " · ".join(safe(label) for _, label in face.options)
            text.append(f"\n{labels}", style="dim")
        return text
