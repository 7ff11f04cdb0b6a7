"""Printable DesistCards: A4 sheets with cut marks, fronts and (mirrored) backs, a cover.

The layout is geometry first (:class:`Layout`: where each card sits on a sheet, where the cut
marks go), then drawing: each card's **front** shows the category's colour band with its
symbol, its ASCII mark (kept by a black-and-white printer) and name, and the card's title; its
**back** the prompt and the card kind's answer form (a 0–10 line, five agreement boxes, the
resource options to tick, lines for notes). For long-edge duplex the backs are laid out
mirrored (column ``c`` of a front sheet is column ``cols-1-c`` of its back), so they line up
after cutting; the cover has a blank back so every front meets its own back. ``one_sided``
prints fronts and backs on separate sheets, not mirrored (to glue or fold).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from fpdf.enums import XPos, YPos

from desistkit_tui.core.cards.answers import AGREEMENT_POINTS
from desistkit_tui.core.cards.texts import CardFace, agreement_label, card_face
from desistkit_tui.core.content.model import CardKind, Deck
from desistkit_tui.core.export.pdf import FAMILY, ExportPdf, new_pdf, pdf_bytes, printable
from desistkit_tui.core.export.shapes import draw_symbol
from desistkit_tui.core.i18n import Localizer

LayoutName = Literal["8-up", "4-up", "1-up"]
CUT_MARK = (3.0, 9.0)  # a cut mark runs from 3 to 9 mm outside the cards
A4 = (210.0, 297.0)


@dataclass(frozen=True, slots=True)
class Layout:
    """Cards on an A4 portrait sheet: ``cols`` × ``rows`` cards of ``w`` × ``h`` mm, abutting
    (one cut between two cards), the grid centred."""

    name: str
    cols: int
    rows: int
    w: float
    h: float

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    @property
    def origin(self) -> tuple[float, float]:
        return (A4[0] - self.cols * self.w) / 2, (A4[1] - self.rows * self.h) / 2

    def slot(self, index: int, *, back: bool = False) -> tuple[float, float]:
        """The top-left corner of the ``index``-th card of a sheet (mirrored on a back)."""
        row, col = divmod(index, self.cols)
        if back:
            col = self.cols - 1 - col
        x0, y0 = self.origin
        return x0 + col * self.w, y0 + row * self.h

    def cut_marks(self) -> list[tuple[float, float, float, float]]:
        """Every cut mark as a line (x1, y1, x2, y2) in mm from the top-left of the sheet."""
        x0, y0 = self.origin
        x1, y1 = x0 + self.cols * self.w, y0 + self.rows * self.h
        near, far = CUT_MARK
        lines = []
        for c in range(self.cols + 1):
            x = x0 + c * self.w
            lines += [(x, y0 - far, x, y0 - near), (x, y1 + near, x, y1 + far)]
        for r in range(self.rows + 1):
            y = y0 + r * self.h
            lines += [(x0 - far, y, x0 - near, y), (x1 + near, y, x1 + far, y)]
        return lines


LAYOUTS: dict[str, Layout] = {
    "8-up": Layout("8-up", 2, 4, 90.0, 63.0),
    "4-up": Layout("4-up", 2, 2, 95.0, 132.0),
    "1-up": Layout("1-up", 1, 1, 170.0, 240.0),
}


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """What ``desistkit deck print`` was asked for."""

    lang: str
    layout: str = "8-up"
    one_sided: bool = False
    #: Only these cards (in this order); empty: the whole deck.
    cards: tuple[str, ...] = ()


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) != 6:
        return (90, 90, 90)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def deck_name(deck: Deck) -> str:
    return {"desistcards": "DesistCards"}.get(deck.id, deck.id)


def _line_count(pdf: ExportPdf, text: str, w: float, size: float) -> int:
    lines = pdf.multi_cell(w, size * 0.45, text, dry_run=True, output="LINES")
    assert isinstance(lines, list)
    return len(lines)


def _fit(pdf: ExportPdf, text: str, w: float, h: float, size: float, bold: bool = False) -> float:
    """The largest font size up to ``size`` at which ``text`` fits in w × h (line height
    0.45 × size)."""
    style = "B" if bold else ""
    pdf.set_font(FAMILY, style, size)
    need = pdf.get_string_width(text) * size * 0.45  # the text's area at this size, in mm²
    if need > w * h * 0.8:  # start near the size whose area fits: fewer trial layouts
        size = max(4.0, int(2 * size * math.sqrt(w * h * 0.8 / need)) / 2)
    while size > 4:
        pdf.set_font(FAMILY, style, size)
        if _line_count(pdf, text, w, size) * size * 0.45 <= h:
            return size
        size -= 0.5
    size = max(size, 4.0)
    pdf.set_font(FAMILY, style, size)
    return size


def _fit_line(pdf: ExportPdf, text: str, w: float, size: float, *, bold: bool = False) -> None:
    """Set the largest font size up to ``size`` (pt) at which ``text`` fits in one line."""
    style = "B" if bold else ""
    pdf.set_font(FAMILY, style, size)
    while size > 4 and pdf.get_string_width(text) > w:
        size -= 0.25
        pdf.set_font(FAMILY, style, size)


def _text_box(
    pdf: ExportPdf,
    text: str,
    x: float,
    y: float,
    w: float,
    h: float,
    size: float,
    *,
    bold: bool = False,
    align: str = "L",
) -> float:
    """Write ``text`` into the box, shrinking it to fit; returns the y below it."""
    text = printable(text)
    size = _fit(pdf, text, w, h, size, bold)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.45, text, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


def _band(pdf: ExportPdf, face: CardFace, x: float, y: float, w: float, height: float) -> None:
    """The category's colour band with its symbol, ASCII mark and name."""
    pdf.set_fill_color(*_rgb(face.colour))
    pdf.rect(x, y, w, height, style="F")
    pdf.set_fill_color(255, 255, 255)
    r = height * 0.32
    draw_symbol(pdf, face.symbol, x + 3 + r, y + height / 2, r)
    # the ASCII mark, black on white, survives any printer
    box = height * 0.7
    bx = x + w - 3 - box
    pdf.rect(bx, y + (height - box) / 2, box, box, style="F")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FAMILY, "B", box * 2.0)
    pdf.set_xy(bx, y + (height - box) / 2)
    pdf.cell(box, box, printable(face.ascii), align="C")
    pdf.set_text_color(255, 255, 255)
    name_w = w - (2 * r + 9) - box - 6
    name = printable(face.category)
    _fit_line(pdf, name, name_w, height * 0.42 / 0.3528, bold=True)
    pdf.set_xy(x + 2 * r + 6, y)
    pdf.cell(name_w, height, name, align="L")
    pdf.set_text_color(0, 0, 0)


def _foot(pdf: ExportPdf, deck: Deck, face: CardFace, x: float, y: float, w: float) -> None:
    """The deck and card id in small grey print (the copy shop's and the test's check)."""
    pdf.set_font(FAMILY, "", 5.5)
    pdf.set_text_color(140, 140, 140)
    pdf.set_xy(x, y)
    pdf.cell(w, 3, printable(f"{deck_name(deck)} · {face.card_id}"), align="C")
    pdf.set_text_color(0, 0, 0)


def draw_front(pdf: ExportPdf, deck: Deck, face: CardFace, x: float, y: float, lay: Layout) -> None:
    pad = lay.w * 0.06
    band = lay.h * 0.16
    _band(pdf, face, x + pad, y + pad, lay.w - 2 * pad, band)
    title_h = lay.h - 2 * pad - band - 8
    scale = lay.h / 63.0
    top = y + pad + band + 3
    size = _fit(pdf, printable(face.title), lay.w - 2 * pad, title_h, 15 * scale, bold=True)
    used = _line_count(pdf, printable(face.title), lay.w - 2 * pad, size) * size * 0.45
    _text_box(
        pdf,
        face.title,
        x + pad,
        top + (title_h - used) / 2,
        lay.w - 2 * pad,
        title_h,
        size,
        bold=True,
        align="C",
    )
    _foot(pdf, deck, face, x + pad, y + lay.h - pad - 3, lay.w - 2 * pad)


def _tick_list(
    pdf: ExportPdf, labels: list[str], x: float, y: float, w: float, h: float, scale: float
) -> None:
    """Labels with a box to tick each: one column, or two when one would be too tight."""
    count = max(1, len(labels))
    cols = 1 if h / count >= 3.4 * min(scale, 1.3) else 2
    rows = -(-count // cols)
    row_h = min(h / rows, 6 * scale)
    col_w = w / cols
    box = min(3.0 * scale, row_h * 0.7)
    texts = [printable(label) for label in labels]
    size = min(7.5 * scale, row_h * 0.75 / 0.3528)
    pdf.set_font(FAMILY, "", size)
    while size > 4 and max((pdf.get_string_width(t) for t in texts), default=0) > col_w - box - 3:
        size -= 0.25
        pdf.set_font(FAMILY, "", size)
    for n, text in enumerate(texts):
        r, c = divmod(n, cols)
        bx, by = x + c * col_w, y + r * row_h
        pdf.rect(bx, by + (row_h - box) / 2, box, box)
        pdf.set_xy(bx + box + 1.5, by)
        pdf.cell(col_w - box - 2.5, row_h, text)


def _answer_form(
    pdf: ExportPdf, loc: Localizer, face: CardFace, x: float, y: float, w: float, h: float
) -> None:
    """The card kind's answer form in the box (x, y, w, h)."""
    scale = max(0.7, min(2.5, h / 17))
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.3)
    if face.kind is CardKind.SCALE:
        mid = y + h * 0.35
        step = w / 10
        pdf.line(x, mid, x + w, mid)
        pdf.set_font(FAMILY, "", 6 * scale)
        for n in range(11):
            px = x + n * step
            pdf.line(px, mid - 1.5, px, mid + 1.5)
            pdf.set_xy(px - 3, mid + 1.8)
            pdf.cell(6, 3 * scale, str(n), align="C")
        pdf.set_font(FAMILY, "", 6.5 * scale)
        below = mid + 2 + 3.5 * scale
        pdf.set_xy(x, below)
        pdf.cell(w / 2, 3 * scale, printable(face.low), align="L")
        pdf.set_xy(x + w / 2, below)
        pdf.cell(w / 2, 3 * scale, printable(face.high), align="R")
    elif face.kind is CardKind.STATEMENT:
        labels = [agreement_label(loc, face.lang, point) for point in AGREEMENT_POINTS]
        _tick_list(pdf, labels, x, y, w, h, scale)
    elif face.kind is CardKind.RESOURCE:
        _tick_list(pdf, [label for _, label in face.options], x, y, w, h, scale)
    else:  # an open question: lines to write on
        pdf.set_draw_color(180, 180, 180)
        gap = 6.0 * scale
        n = max(1, int(h // gap))
        for i in range(1, n + 1):
            pdf.line(x, y + i * gap - 1, x + w, y + i * gap - 1)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def draw_back(
    pdf: ExportPdf, loc: Localizer, deck: Deck, face: CardFace, x: float, y: float, lay: Layout
) -> None:
    pad = lay.w * 0.06
    band = lay.h * 0.07
    inner = lay.w - 2 * pad
    pdf.set_fill_color(*_rgb(face.colour))
    pdf.rect(x + pad, y + pad, inner, band, style="F")
    label = printable(f"{face.ascii} · {face.category}")
    _fit_line(pdf, label, inner - 3, band * 0.62 / 0.3528, bold=True)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x + pad + 1, y + pad)
    pdf.cell(inner - 2, band, label, align="L")
    pdf.set_text_color(0, 0, 0)
    top = y + pad + band + 2
    form_h = (lay.h - 2 * pad - band - 8) * 0.42
    text_h = lay.h - 2 * pad - band - 8 - form_h
    scale = lay.h / 63.0
    _text_box(pdf, face.text, x + pad, top, inner, text_h, 9.5 * scale)
    _answer_form(pdf, loc, face, x + pad, top + text_h + 1, inner, form_h - 1)
    _foot(pdf, deck, face, x + pad, y + lay.h - pad - 3, inner)


def _cut_marks(pdf: ExportPdf, lay: Layout) -> None:
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    for x1, y1, x2, y2 in lay.cut_marks():
        pdf.line(x1, y1, x2, y2)


def _cover(pdf: ExportPdf, loc: Localizer, deck: Deck, opts: PrintOptions, count: int) -> None:
    lang = opts.lang
    t = loc.person_ui
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 22)
    pdf.multi_cell(0, 10, printable(deck_name(deck)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FAMILY, "", 10)
    subtitle = t(
        "print-cover-subtitle",
        lang,
        count=count,
        language=loc.language_name(lang),
        layout=opts.layout,
    )
    pdf.multi_cell(0, 5, printable(subtitle), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font(FAMILY, "B", 13)
    pdf.cell(
        0, 7, printable(t("print-cover-categories", lang)), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(1)
    for category in deck.categories:
        y = pdf.get_y()
        pdf.set_fill_color(*_rgb(category.colour))
        draw_symbol(pdf, category.symbol, pdf.l_margin + 4, y + 4, 3.2)
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.set_font(FAMILY, "B", 10)
        name = loc.category_name(category.id, lang)
        size = len(deck.cards_in(category.id))
        pdf.cell(0, 5, printable(f"{category.ascii} · {name} ({size})"))
        pdf.set_xy(pdf.l_margin + 10, y + 5)
        pdf.set_font(FAMILY, "", 8.5)
        pdf.multi_cell(
            0,
            4,
            printable(loc.category_description(category.id, lang)),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(2)
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 13)
    pdf.cell(0, 7, printable(t("print-howto-title", lang)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    steps = ["print-howto-one-sided" if opts.one_sided else "print-howto-duplex"]
    steps += ["print-howto-cut", "print-howto-use"]
    pdf.set_font(FAMILY, "", 9.5)
    for n, msg_id in enumerate(steps, start=1):
        pdf.cell(6, 5, f"{n}.")
        pdf.multi_cell(0, 5, printable(t(msg_id, lang)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)


def print_deck(loc: Localizer, deck: Deck, opts: PrintOptions, created: datetime) -> bytes:
    """The deck (or ``opts.cards`` of it) as a print-ready PDF. ``loc`` is bound to the deck
    and the wording; texts are in ``opts.lang``."""
    lay = LAYOUTS[opts.layout]
    loc = loc.for_deck(deck)
    ids: Sequence[str] = opts.cards or tuple(c.id for c in deck.cards)
    faces = [card_face(loc, deck, card_id, opts.lang) for card_id in ids]
    pdf = new_pdf(created, title=deck_name(deck), lang=opts.lang)
    pdf.set_auto_page_break(False)
    _cover(pdf, loc, deck, opts, len(faces))
    if not opts.one_sided:
        pdf.add_page()  # the cover's blank back: fronts and backs stay paired
    per = lay.per_sheet
    for start in range(0, len(faces), per):
        sheet = faces[start : start + per]
        pdf.add_page()
        _cut_marks(pdf, lay)
        for n, face in enumerate(sheet):
            x, y = lay.slot(n)
            draw_front(pdf, deck, face, x, y, lay)
        pdf.add_page()
        _cut_marks(pdf, lay)
        for n, face in enumerate(sheet):
            x, y = lay.slot(n, back=not opts.one_sided)
            draw_back(pdf, loc, deck, face, x, y, lay)
    return pdf_bytes(pdf)


def print_single_card(
    loc: Localizer, deck: Deck, card_id: str, lang: str, created: datetime
) -> bytes:
    """One card on one A4 landscape page, front beside back (for slides)."""
    loc = loc.for_deck(deck)
    face = card_face(loc, deck, card_id, lang)
    pdf = new_pdf(created, title=face.title, lang=lang)
    pdf.set_auto_page_break(False)
    pdf.add_page(orientation="landscape")
    lay = Layout("slide", 1, 1, 128.0, 180.0)
    top = (A4[0] - lay.h) / 2
    for x, back in ((12.0, False), (157.0, True)):
        pdf.set_draw_color(190, 190, 190)
        pdf.rect(x, top, lay.w, lay.h)
        if back:
            draw_back(pdf, loc, deck, face, x, top, lay)
        else:
            draw_front(pdf, deck, face, x, top, lay)
    return pdf_bytes(pdf)
