"""The manual's blocks as Rich renderables: headings, paragraphs, lists with a hanging indent,
tables. Bold, underline and reverse only — no colour carries meaning, so it reads the same
under ``NO_COLOR``, on a vt100 and on a projector.

Our own small renderer instead of ``rich.markdown``: the manual uses a small part of
Markdown, and importing ``rich.markdown`` (markdown-it, its plugins) cost 0.1–0.3 s on the
first F1 — longer than rendering the whole manual this way.
"""

from __future__ import annotations

import re

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from desistkit_tui.core.manual import Block

#: ``**bold**``, ``*italic*`` or ``_italic_``, ```code```, ``[text](address)``.
_INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)|`(.+?)`|\[(.+?)\]\((.+?)\)")
_HEADING_STYLE = {1: "bold reverse", 2: "bold underline", 3: "bold"}


def inline(text: str, style: str = "") -> Text:
    """A line of Markdown as Text: styles from the markers, the markers themselves gone."""
    out = Text(style=style)
    position = 0
    for match in _INLINE.finditer(text):
        out.append(text[position : match.start()])
        bold, star, underscore, code, label, address = match.groups()
        if bold is not None:
            out.append(bold, "bold")
        elif star is not None or underscore is not None:
            out.append(star if star is not None else underscore, "italic")
        elif code is not None:
            out.append(code, "reverse")
        else:
            out.append(f"{label} ({address})", "underline")
        position = match.end()
    out.append(text[position:])
    return out


class _Item:
    """A list item with a hanging indent: the marker, then the text wrapped beside it (a
    ``Table.grid`` does the same at about ten times the cost, and the manual has ~90 items)."""

    def __init__(self, marker: str, text: Text) -> None:
        self.marker, self.text = marker, text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = max(2, len(self.marker)) + 1
        lines = self.text.wrap(console, max(1, options.max_width - indent))
        for n, line in enumerate(lines):
            yield Segment(f"{self.marker:<{indent}}" if n == 0 else " " * indent)
            yield from line.render(console)
            yield Segment.line()


def _table(block: Block) -> Table:
    header, *rows = block.rows
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for cell in header:
        table.add_column(inline(cell, "bold"))
    for row in rows:
        table.add_row(*(inline(cell) for cell in row))
    return table


def render_blocks(blocks: list[Block]) -> RenderableType:
    """The blocks as one renderable, a blank line between paragraphs, headings and tables."""
    parts: list[RenderableType] = []
    for block in blocks:
        if block.kind == "item":
            parts.append(_Item(block.marker, inline(block.text)))
            continue
        if parts:
            parts.append(Text())
        if block.kind == "heading":
            title = Text(f" {block.text} " if block.level == 1 else block.text)
            title.stylize(_HEADING_STYLE.get(block.level, "bold"))
            parts.append(title)
        elif block.kind == "table":
            parts.append(_table(block))
        else:
            parts.append(inline(block.text))
    return Group(*parts)
