"""The document model's two renderers (core/export/markdown.py, pdf.py): every language's
letters survive into the PDF's text, the same document gives the same bytes, user text never
becomes Markdown markup, and the font ships with its licence."""

from __future__ import annotations

from datetime import datetime
from importlib.resources import files
from io import BytesIO

import pytest
from pypdf import PdfReader

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.export import (
    BulletList,
    Chart,
    Document,
    Heading,
    Paragraph,
    Series,
    Table,
)
from desistkit_tui.core.export.markdown import escape, render_markdown
from desistkit_tui.core.export.pdf import render_pdf

WHEN = datetime(2026, 12, 7, tzinfo=UTC)
#: Letters each language needs (Polish ą ę ł ś ż, Romanian ș ț with comma below, Slovak ľ ô,
#: Macedonian Cyrillic with ѓ ќ ѕ љ њ џ).
LETTERS = {
    "en": "Resources that grew",
    "de": "Übersicht: Größe, Maßnahmen, Ärger",
    "pl": "Zażółć gęślą jaźń: ą ę ł ś ż ź ć ń ó",
    "ro": "Școală, țară, încă: ș ț Ș Ț ă â î",
    "sk": "Ľúbostný kôň: ľ ô ä č ď ĺ ň ŕ š ť ž",
    "mk": "Ѓорѓи, ќерка, ѕвезда, љубов, њива, џеб: ѓ ќ ѕ љ њ џ",
}


def _doc(text: str, lang: str = "en") -> Document:
    return Document(
        title=text,
        lang=lang,
        created=WHEN,
        subtitle="K-2026-014",
        footer="pseudonymous",
        blocks=(
            Heading(text),
            Paragraph(text),
            Paragraph("own words: " + text, quote=True),
            BulletList((text, "two")),
            Table(("a", "b"), ((text, "x"),)),
            Chart("chart", ("1", "2"), ("none", "some", "high"), (Series("p", (0, 2)),)),
        ),
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_every_language_survives_into_the_pdf(lang: str) -> None:
    pdf = render_pdf(_doc(LETTERS[lang], lang))
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    for word in LETTERS[lang].replace(":", " ").replace(",", " ").split():
        assert word in text, (lang, word)


def test_comma_below_not_cedilla() -> None:
    text = _text(render_pdf(_doc("ș ț")))
    assert "ș" in text and "ț" in text
    assert "ş" not in text and "ţ" not in text


def test_same_document_same_bytes() -> None:
    assert render_pdf(_doc("same")) == render_pdf(_doc("same"))
    assert render_pdf(_doc("same")) != render_pdf(_doc("other"))


def test_font_is_subset_embedded() -> None:
    pdf = render_pdf(_doc("abc"))
    assert b"/FontFile2" in pdf
    assert len(pdf) < 60_000  # the whole font is ~190 kB


def test_font_ships_with_its_licence() -> None:
    folder = files("desistkit_tui.core.export") / "fonts"
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text(encoding="utf-8")
    assert (folder / "NotoSans-Regular.ttf").is_file()
    assert (folder / "NotoSans-Bold.ttf").is_file()


def test_markdown_keeps_user_text_as_text() -> None:
    md = render_markdown(_doc("# not a heading *nor bold* | <script>"))
    assert "\\# not a heading \\*nor bold\\* \\| \\<script\\>" in md
    assert "<script>" not in md
    assert escape("1. item\n- dash") == "1\\. item\n\\- dash"


def test_markdown_shows_the_chart_as_a_table() -> None:
    md = render_markdown(_doc("x"))
    assert "| 1 | none |" in md and "| 2 | high |" in md
    assert "> own words: x" in md
