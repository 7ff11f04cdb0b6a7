"""The manual's text: found in the UI language (English as the fallback) and cut into its
``##`` sections, so the screen shows the first section at once and the rest after it.

The sections follow the English manual one by one (``desistkit locale check`` warns when a
translation's sections drift), so a section's position means the same in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from desistkit_tui.core.languages import fallback_chain
from desistkit_tui.core.resources import locales_root

MISSING = "# DesistKit\n\nThe manual is missing from this installation."


@dataclass(frozen=True, slots=True)
class ManualSection:
    """One ``##`` section (the first: the title and what stands before the first ``##``)."""

    title: str
    markdown: str


def manual_text(lang: str) -> str:
    """The manual's Markdown in ``lang``, else in the reference language."""
    for candidate in fallback_chain(lang):
        path = locales_root() / candidate / "manual.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return MISSING


def _title(line: str) -> str:
    return line.lstrip("#").strip()


def split_sections(markdown: str) -> list[ManualSection]:
    """The manual cut before each ``## `` heading (headings inside code blocks do not count).
    The first section is titled by the ``# `` title, if there is one."""
    sections: list[ManualSection] = []
    title, lines, fenced = "", list[str](), False
    for line in markdown.splitlines(keepends=True):
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            if lines:
                sections.append(ManualSection(title, "".join(lines).strip() + "\n"))
            title, lines = _title(line), [line]
            continue
        if not fenced and not title and line.startswith("# "):
            title = _title(line)
        lines.append(line)
    if lines:
        sections.append(ManualSection(title, "".join(lines).strip() + "\n"))
    return sections


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a section: a heading (``level`` 1–6), a paragraph, a list item (its
    ``marker``: ``•`` or ``3.``) or a table (``rows``, the header first)."""

    kind: str
    text: str = ""
    level: int = 0
    marker: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def _cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def _is_rule(line: str) -> bool:
    return set(line.strip()) <= set("|-: ") and "-" in line


def blocks(markdown: str) -> list[Block]:
    """The manual's Markdown as blocks. The manual uses a small part of Markdown (headings,
    paragraphs, ``-``/``*``/``1.`` lists, pipe tables, **bold**, *italic*, `code`, links);
    anything else is kept as paragraph text."""
    out: list[Block] = []
    paragraph: list[str] = []
    table: list[tuple[str, ...]] = []

    def flush() -> None:
        if paragraph:
            out.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()
        if table:
            out.append(Block("table", rows=tuple(table)))
            table.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("|"):
            if paragraph:
                flush()
            if not _is_rule(line):
                table.append(_cells(line))
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            out.append(Block("heading", _title(line), level=level))
        elif line[:2] in ("- ", "* "):
            flush()
            out.append(Block("item", line[2:].strip(), marker="•"))
        elif line.split(" ", 1)[0].rstrip(".").isdigit() and line.split(" ", 1)[0].endswith("."):
            flush()
            number, _, rest = line.partition(" ")
            out.append(Block("item", rest.strip(), marker=number))
        elif table:
            flush()
            paragraph.append(line)
        elif out and out[-1].kind == "item" and not paragraph and raw[:1] == " ":
            last = out.pop()  # an item's continuation line
            out.append(Block("item", f"{last.text} {line}", marker=last.marker))
        else:
            paragraph.append(line)
    flush()
    return out
