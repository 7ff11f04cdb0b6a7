"""Text that is data: no markup parsing, terminal control characters neutralised."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Label

from desistkit_tui.core.text import safe


def plain(text: str, style: str = "") -> Text:
    """A Rich ``Text`` for a table cell or option: never parsed as markup."""
    return Text(safe(text), style=style, no_wrap=True, end="")


class PlainLabel(Label):
    """A label whose text is shown exactly as given (``[Enter]`` keeps its brackets)."""

    def __init__(
        self, text: str = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(safe(text, multiline=True), markup=False, id=id, classes=classes)

    def set_text(self, text: str) -> None:
        self.update(safe(text, multiline=True))
