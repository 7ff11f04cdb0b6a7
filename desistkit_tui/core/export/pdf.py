"""PDFs through fpdf2 with the shipped Noto Sans (Latin, Latin Extended, Greek, Cyrillic).

:func:`new_pdf` makes an A4 :class:`fpdf.FPDF` set up for reproducible bytes: the fonts added
(subset-embedded: only the glyphs used), compression on, the creation date fixed to the
document's (``document_time``), producer and creator fixed, and the file id derived from the
content (fpdf2 hashes the bytes), so the same input gives the same file.
:func:`render_pdf` lays out a :class:`~.document.Document`; the printed cards have their own
layout (:mod:`.cards`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

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

FAMILY = "NotoSans"
PRODUCER = "DesistKit TUI (fpdf2)"
MARGIN = 18.0  # mm
GREY = (110, 110, 110)
#: Characters the font lacks, and what is printed instead.
SUBSTITUTES = {
    "○": "o",
    "◐": "(·)",
    "●": "(•)",
    "◆": "◊",
    "✓": "+",
    "⇧": "↑",
    "▁": "_",
    "█": "#",
    "★": "*",
    "♡": "<3",
    "▲": "^",
    "■": "#",
    "☼": "*",
}


@cache
def font_files() -> tuple[Path, Path]:
    """The shipped regular and bold fonts (real files: fpdf2 reads them by path)."""
    folder = files("desistkit_tui.core.export") / "fonts"
    paths = []
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        with as_file(folder / name) as path:  # a real file inside an installed wheel
            paths.append(Path(path))
    return paths[0], paths[1]


@cache
def _covered() -> frozenset[int]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # fpdf2's own dependency

    with TTFont(font_files()[0], lazy=True) as font:
        return frozenset(font.getBestCmap())


def printable(text: str) -> str:
    """``text`` with terminal-active characters and characters the font lacks replaced."""
    covered = _covered()
    text = safe(text, multiline=True)
    if all(ord(ch) in covered or ch in "\n\t" for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\t":
            out.append(ch)
        else:
            sub = SUBSTITUTES.get(ch, "?")
            out.append(sub if all(ord(c) in covered for c in sub) else "?")
    return "".join(out)


class ExportPdf(FPDF):
    """fpdf2's document with a footer line and page numbers on every page."""

    footer_text = ""

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-MARGIN + 4)
        with _font(self, 7):
            self.set_text_color(*GREY)
            self.cell(0, 4, printable(self.footer_text), align="L")
            self.set_x(MARGIN)
            self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
            self.set_text_color(0, 0, 0)


def new_pdf(created: datetime, *, title: str = "", lang: str = "en") -> ExportPdf:
    """An empty A4 document (portrait, millimetres) with the fonts and fixed metadata."""
    pdf = ExportPdf(orientation="portrait", unit="mm", format="A4")
    regular, bold = font_files()
    pdf.add_font(FAMILY, "", str(regular))
    pdf.add_font(FAMILY, "B", str(bold))
    pdf.set_font(FAMILY, size=10)
    pdf.set_creation_date(created)
    pdf.set_producer(PRODUCER)
    pdf.set_creator(PRODUCER)
    pdf.set_lang(lang)
    if title:
        pdf.set_title(printable(title))
    pdf.set_compression(True)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


@contextmanager
def _font(pdf: FPDF, size: float, bold: bool = False) -> Iterator[None]:
    previous = (pdf.font_style, pdf.font_size_pt)
    pdf.set_font(FAMILY, "B" if bold else "", size)
    try:
        yield
    finally:
        pdf.set_font(FAMILY, previous[0], previous[1])


def _line(pdf: FPDF, height: float, text: str) -> None:
    """``text`` from the current position to the right margin, wrapped if it must be.

    fpdf2's line breaking costs time quadratic in the line's length; most lines of a report
    fit, and a line that fits is written as one cell (the same output, a tenth of the time).
    """
    room = pdf.w - pdf.r_margin - pdf.get_x() - 2 * pdf.c_margin
    if "\n" not in text and pdf.get_string_width(text) <= room:
        pdf.cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _write(pdf: FPDF, text: str, size: float = 10, bold: bool = False) -> None:
    with _font(pdf, size, bold):
        _line(pdf, size * 0.5, printable(text))


def _table(pdf: FPDF, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
    pdf.set_fill_color(235, 235, 235)
    pdf.set_draw_color(150, 150, 150)
    with (
        _font(pdf, 9),
        pdf.table(first_row_as_headings=True, line_height=4.6, text_align="LEFT") as table,
    ):
        for cells in (header, *rows):
            row = table.row()
            for cell in cells:
                row.cell(printable(cell))
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3)


def _chart(pdf: FPDF, chart: Chart) -> None:
    """A line chart: one line per series over the x positions, y levels labelled."""
    _write(pdf, chart.title, 10, bold=True)
    label_w, height = 32.0, 24.0
    if pdf.get_y() + height + 18 > pdf.h - MARGIN:
        pdf.add_page()
    x0 = pdf.l_margin + label_w
    width = pdf.w - pdf.r_margin - x0
    top = pdf.get_y() + 2
    bottom = top + height
    levels = max(1, len(chart.y_labels) - 1)
    count = len(chart.x_labels)
    step = width / max(1, count - 1) if count > 1 else 0.0

    def xy(n: int, v: int) -> tuple[float, float]:
        return x0 + (n * step if count > 1 else width / 2), bottom - v * height / levels

    pdf.set_draw_color(200, 200, 200)
    pdf.set_line_width(0.2)
    with _font(pdf, 7):
        for level, name in enumerate(chart.y_labels):
            y = bottom - level * height / levels
            pdf.line(x0, y, x0 + width, y)
            pdf.set_xy(pdf.l_margin, y - 2)
            pdf.cell(label_w - 2, 4, printable(name), align="R")
        shown = max(1, count // 8 + (count % 8 > 0))  # at most ~8 date labels
        for n, name in enumerate(chart.x_labels):
            if n % shown == 0 or n == count - 1:
                x, _ = xy(n, 0)
                pdf.set_xy(x - 12, bottom + 1)
                pdf.cell(24, 4, printable(name), align="C")
    styles = [((30, 90, 170), False), ((190, 90, 40), True), ((60, 140, 60), False)]
    for index, series in enumerate(chart.series):
        colour, _ = styles[index % len(styles)]
        pdf.set_draw_color(*colour)
        pdf.set_fill_color(*colour)
        pdf.set_line_width(0.6)
        points = [xy(n, v) for n, v in enumerate(series.values) if v is not None]
        if series.dashed:
            pdf.set_dash_pattern(dash=1.5, gap=1.2)
        for a, b in itertools.pairwise(points):
            pdf.line(a[0], a[1], b[0], b[1])
        pdf.set_dash_pattern()
        for x, y in points:
            if series.dashed:
                pdf.rect(x - 0.9, y - 0.9, 1.8, 1.8, style="F")
            else:
                pdf.ellipse(x - 1, y - 1, 2, 2, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    # the legend
    pdf.set_xy(x0, bottom + 6)
    with _font(pdf, 8):
        for index, series in enumerate(chart.series):
            colour, _ = styles[index % len(styles)]
            x, y = pdf.get_x(), pdf.get_y() + 2
            pdf.set_draw_color(*colour)
            pdf.set_line_width(0.6)
            if series.dashed:
                pdf.set_dash_pattern(dash=1.5, gap=1.2)
            pdf.line(x, y, x + 8, y)
            pdf.set_dash_pattern()
            pdf.set_x(x + 10)
            pdf.cell(pdf.get_string_width(printable(series.label)) + 6, 4, printable(series.label))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, bottom + 12)


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes (A4; the same document gives the same bytes)."""
    pdf = new_pdf(doc.created, title=doc.title, lang=doc.lang)
    pdf.footer_text = doc.footer
    pdf.add_page()
    _write(pdf, doc.title, 17, bold=True)
    if doc.subtitle:
        pdf.set_text_color(*GREY)
        _write(pdf, doc.subtitle, 9)
        pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for block in doc.blocks:
        if isinstance(block, Heading):
            if pdf.get_y() > pdf.h - MARGIN - 30:
                pdf.add_page()
            pdf.ln(2)
            _write(pdf, block.text, {1: 15.0, 2: 13.0}.get(block.level, 11.0), bold=True)
            pdf.ln(1)
        elif isinstance(block, Paragraph):
            if block.quote:
                pdf.set_x(MARGIN + 6)
                with _font(pdf, 10):
                    pdf.set_text_color(60, 60, 60)
                    pdf.multi_cell(0, 5, printable(block.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.set_text_color(0, 0, 0)
            elif block.small:
                pdf.set_text_color(*GREY)
                _write(pdf, block.text, 8)
                pdf.set_text_color(0, 0, 0)
            else:
                _write(pdf, block.text)
            pdf.ln(1.5)
        elif isinstance(block, BulletList):
            for n, item in enumerate(block.items, start=1):
                mark = f"{n}." if block.numbered else "•"
                with _font(pdf, 10):
                    pdf.cell(7, 5, mark)
                    _line(pdf, 5, printable(item))
            pdf.ln(1.5)
        elif isinstance(block, Table):
            _table(pdf, block.header, block.rows)
        elif isinstance(block, Chart):
            _chart(pdf, block)
        elif isinstance(block, PageBreak):
            pdf.add_page()
    return pdf_bytes(pdf)
