"""A :class:`~.document.Document` as Markdown (CommonMark with pipe tables).

User text is escaped so it stays text: a ``#`` or ``*`` a person typed never becomes a heading
or emphasis, a ``|`` never splits a table cell, and an HTML tag is shown, not interpreted.
"""

from __future__ import annotations

import re

from desistkit_tui.core.export.document import (
    BulletList,
    Chart,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)
from desistkit_tui.core.text import safe

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
_LINE_START = re.compile(r"^(\s*)(\d*)([-=.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Plain text as Markdown that shows exactly this text."""
    text = safe(text, multiline=True)
    text = _SPECIAL.sub(r"\\\1", text)
    # a line that would start a list or underline a heading: escape its mark
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), text)


def _cell(text: str) -> str:
    return escape(text).replace("\n", "<br>") or " "


def _table(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _chart(chart: Chart) -> list[str]:
    header = ("", *(s.label for s in chart.series))
    rows = tuple(
        (
            x,
            *(
                chart.y_labels[v] if v is not None and 0 <= v < len(chart.y_labels) else "–"
                for v in (s.values[n] for s in chart.series)
            ),
        )
        for n, x in enumerate(chart.x_labels)
    )
    return [f"**{escape(chart.title)}**", "", *_table(header, rows)]


def render_markdown(doc: Document) -> str:
    """The document as Markdown text (ends with one newline)."""
    out = [f"# {escape(doc.title)}", ""]
    if doc.subtitle:
        out += [f"*{escape(doc.subtitle)}*", ""]
    for block in doc.blocks:
        if isinstance(block, Heading):
            level = max(1, min(block.level, 6))
            out += [f"{'#' * level} {escape(block.text)}", ""]
        elif isinstance(block, Paragraph):
            text = escape(block.text)
            if block.quote:
                text = "\n".join("> " + line if line else ">" for line in text.splitlines())
            elif block.small:
                text = f"*{text}*"
            out += [text.replace("\n", "  \n") if not block.quote else text, ""]
        elif isinstance(block, BulletList):
            for n, item in enumerate(block.items, start=1):
                mark = f"{n}." if block.numbered else "-"
                out.append(f"{mark} " + escape(item).replace("\n", "  \n  "))
            out.append("")
        elif isinstance(block, Table):
            out += [*_table(block.header, block.rows), ""]
        elif isinstance(block, Chart):
            out += [*_chart(block), ""]
        elif isinstance(block, PageBreak):
            continue
    if doc.footer:
        out += ["---", "", f"*{escape(doc.footer)}*", ""]
    return "\n".join(out).rstrip("\n") + "\n"
