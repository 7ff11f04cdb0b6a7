"""Text that is data: no markup parsing, terminal control characters neutralised."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
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


class HeadedLabel(PlainLabel):
    """A heading (bold, a line of its own) over text shown exactly as given: one widget where a
    heading label and a text label were two (fewer widgets to mount, style, lay out and paint
    when the case overview opens: issue 17, figure 12i). Styled by the ``headed`` class."""

    def __init__(self, heading: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="headed")
        self._heading = safe(heading)
        self.set_text("")

    @property
    def text(self) -> str:
        """The text under the heading, as last set."""
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        heading = (self._heading, "bold")
        self.update(
            Content.assemble(heading, "\n", safe(text, multiline=True))
            if text
            else Content.assemble(heading)
        )
