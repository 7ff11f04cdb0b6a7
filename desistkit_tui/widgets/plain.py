"""Text that is data: no markup parsing, terminal control characters neutralised."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events
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


#: A value column narrower than this goes under its label instead of beside it.
MIN_VALUE_WIDTH = 16


def two_columns(rows: Sequence[tuple[str, str]], width: int | None = None) -> str:
    """``rows`` as a table of two columns, label and value, in ``width`` cells (None: as wide
    as the longest line). A value too long for its column wraps under its own start, never
    under the labels; where the value column would be narrower than ``MIN_VALUE_WIDTH``,
    each value goes on the lines under its label, indented by two."""
    if not rows:
        return ""
    gap = max(cell_len(label) for label, _ in rows) + 2
    if width is not None and width - gap < MIN_VALUE_WIDTH:
        lines = []
        for label, value in rows:
            lines.append(label)
            lines += _wrap(value, max(3, width), "  ") or [""]  # the width counts the indent
        return "\n".join(lines)
    lines = []
    for label, value in rows:
        pad = " " * (gap - cell_len(label))
        parts = _wrap(value, width - gap) if width is not None else [value]
        parts = parts or [""]
        lines.append(f"{label}{pad}{parts[0]}".rstrip())
        lines += [" " * gap + part for part in parts[1:]]
    return "\n".join(lines)


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """``text`` in lines of ``width``; never broken at a hyphen (a case code, a date)."""
    return textwrap.wrap(
        text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


class ColumnsLabel(PlainLabel):
    """(label, value) rows shown as :func:`two_columns`, laid out again for the width the
    widget gets (a value that wraps stays in its column at 60 columns, too)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[tuple[str, str]] = []
        self._shown = ""

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self._rows = list(rows)
        self._lay_out()

    def set_text(self, text: str) -> None:
        """Show ``text`` as it is (``forget_values`` empties the widget with ``""``)."""
        self._rows = []
        self._shown = text
        super().set_text(text)

    def on_resize(self, _: events.Resize) -> None:
        if self._rows:
            self._lay_out()

    def _lay_out(self) -> None:
        width = self.content_size.width or None  # not laid out yet: one line per row
        text = two_columns(self._rows, width)
        if text != self._shown:
            self._shown = text
            PlainLabel.set_text(self, text)
