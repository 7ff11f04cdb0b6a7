"""The card categories' symbols drawn as shapes (Noto Sans has none of ◆ ● ■ ♡ ▲ ★ ☼ ◐).

:func:`draw_symbol` draws a known symbol filled in the current fill colour; a symbol it does
not know (a user deck's) is written as text when the font has it, else left out (the card
still shows the category's ASCII mark beside it, which is what a black-and-white print keeps).
"""

from __future__ import annotations

import math

from fpdf import FPDF

from desistkit_tui.core.export.pdf import printable


def _polygon(pdf: FPDF, points: list[tuple[float, float]]) -> None:
    pdf.polygon(points, style="F")


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for n in range(10):
        radius = r if n % 2 == 0 else r * 0.42
        angle = -math.pi / 2 + n * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _heart(pdf: FPDF, cx: float, cy: float, r: float) -> None:
    lobe = r * 0.55
    pdf.ellipse(cx - r * 0.95, cy - r * 0.75, lobe * 1.9, lobe * 1.9, style="F")
    pdf.ellipse(cx - r * 0.95 + lobe * 1.5 - lobe * 0.6, cy - r * 0.75, lobe * 1.9, lobe * 1.9, "F")
    _polygon(pdf, [(cx - r * 0.93, cy - r * 0.05), (cx + r * 0.93, cy - r * 0.05), (cx, cy + r)])


def _sun(pdf: FPDF, cx: float, cy: float, r: float) -> None:
    pdf.ellipse(cx - r * 0.5, cy - r * 0.5, r, r, style="F")
    for n in range(8):
        angle = n * math.pi / 4
        a, b = angle - 0.16, angle + 0.16
        _polygon(
            pdf,
            [
                (cx + r * 0.6 * math.cos(a), cy + r * 0.6 * math.sin(a)),
                (cx + r * math.cos(angle), cy + r * math.sin(angle)),
                (cx + r * 0.6 * math.cos(b), cy + r * 0.6 * math.sin(b)),
            ],
        )


def _half_circle(pdf: FPDF, cx: float, cy: float, r: float) -> None:
    pdf.set_line_width(r * 0.16)
    pdf.ellipse(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, style="D")
    pdf.solid_arc(cx - r * 0.9, cy - r * 0.9, r * 1.8, 90, 270, style="F")
    pdf.set_line_width(0.2)


def draw_symbol(pdf: FPDF, symbol: str, cx: float, cy: float, r: float) -> None:
    """Draw ``symbol`` centred on (cx, cy), ``r`` millimetres from centre to edge."""
    if symbol == "◆":
        _polygon(pdf, [(cx, cy - r), (cx + r * 0.8, cy), (cx, cy + r), (cx - r * 0.8, cy)])
    elif symbol == "●":
        pdf.ellipse(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7, style="F")
    elif symbol == "■":
        pdf.rect(cx - r * 0.75, cy - r * 0.75, r * 1.5, r * 1.5, style="F")
    elif symbol == "▲":
        _polygon(pdf, [(cx, cy - r * 0.9), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)])
    elif symbol == "★":
        _polygon(pdf, _star(cx, cy + r * 0.1, r))
    elif symbol == "♡":
        _heart(pdf, cx, cy, r)
    elif symbol == "☼":
        _sun(pdf, cx, cy, r)
    elif symbol == "◐":
        _half_circle(pdf, cx, cy, r)
    else:
        text = printable(symbol)
        if "?" not in text:
            size = pdf.font_size_pt
            pdf.set_font_size(r * 2.4 / 0.3528)
            pdf.set_xy(cx - r * 1.5, cy - r)
            pdf.cell(r * 3, r * 2, text, align="C")
            pdf.set_font_size(size)
