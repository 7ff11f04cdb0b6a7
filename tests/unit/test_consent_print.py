"""The consent page printed through the export layer (issue 18): one PDF page whose text, as
pypdf extracts it, is the consent text in the person's language and wording — Cyrillic,
Polish, Romanian ș ț, Slovak ľ included."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from desistkit_tui.core import languages
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.consent import BULLET, ConsentPage, consent_page
from desistkit_tui.core.export import BulletList, Paragraph
from desistkit_tui.core.export.consent_page import blank_consent_document, consent_document
from desistkit_tui.core.export.markdown import render_markdown
from desistkit_tui.core.export.pdf import render_pdf
from desistkit_tui.core.i18n import Localizer, Wording
from desistkit_tui.core.model.legal import BasisKind, LegalBasis, Scope

CREATED = datetime(2026, 12, 7, tzinfo=UTC)
WORDINGS = (Wording("formal", "feminine"), Wording("informal", "neutral"))


def _flat(text: str) -> str:
    """Text with every run of white space as one space (lines wrap where the page says)."""
    return " ".join(text.split())


def _pieces(page: ConsentPage) -> list[str]:
    """The page's texts as they must appear: the title, each line, scope items unmarked."""
    lines = [page.title]
    for paragraph in page.paragraphs:
        lines += [line.removeprefix(BULLET) for line in paragraph.split("\n")]
    return [_flat(line) for line in lines]


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(BytesIO(data))
    return len(reader.pages), _flat("\n".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("lang", languages.codes())
@pytest.mark.parametrize("wording", WORDINGS, ids=lambda w: f"{w.address}-{w.gender}")
def test_the_blank_page_prints_as_one_page_with_the_consent_text(
    lang: str, wording: Wording
) -> None:
    loc = Localizer.create(lang).with_case(lang, wording)
    page = consent_page(loc, LegalBasis(), lang)
    pages, text = _pdf_text(render_pdf(blank_consent_document(loc, CREATED)))
    assert pages == 1
    for piece in _pieces(page):
        assert piece in text, f"{lang}: {piece!r} is not on the page"
    for scope in Scope:  # a blank page lists every purpose
        item = _flat(loc.person_ui(f"consent-page-scope-{scope.value}", lang))
        assert item in text


def test_the_wording_and_script_reach_the_page() -> None:
    """Spot checks against the texts as written, so a page printed in the wrong language or
    form (or with lost diacritics) cannot pass by comparing the code with itself."""
    expected = {
        ("mk", "formal", "feminine"): ("Вашата согласност", "Твојата"),
        ("mk", "informal", "neutral"): ("Твојата согласност", "Вашата"),
        ("pl", "formal", "feminine"): ("Pani zgoda", "Twoja"),
        ("pl", "informal", "neutral"): ("Twoja zgoda", "Pani"),
        ("ro", "formal", "feminine"): ("Consimțământul dumneavoastră", "Consimțământul tău"),
        ("ro", "informal", "neutral"): ("Consimțământul tău", "dumneavoastră"),
        ("sk", "formal", "feminine"): ("Váš súhlas", "Tvoj súhlas"),
        ("sk", "informal", "neutral"): ("Tvoj súhlas", "Váš súhlas"),
    }
    for (lang, address, gender), (present, absent) in expected.items():
        loc = Localizer.create(lang).with_case(lang, Wording(address, gender))
        _, text = _pdf_text(render_pdf(blank_consent_document(loc, CREATED)))
        assert present in text and absent not in text, (lang, address, gender)
        if lang == "sk":
            assert "ľudia" in text


def test_a_recorded_consent_with_recipients_and_day_still_fits_one_page() -> None:
    basis = LegalBasis(
        kind=BasisKind.CONSENT,
        given=date(2026, 11, 3),
        scope=frozenset(Scope),
        recipients=("probation service", "youth welfare office"),
        language="sk",
    )
    loc = Localizer.create("en").with_case("sk", Wording("informal", "feminine"))
    page = consent_page(loc, basis)
    doc = consent_document(page, CREATED, footer="K-2026-014")
    pages, text = _pdf_text(render_pdf(doc))
    assert pages == 1
    for piece in _pieces(page):
        assert piece in text
    assert "probation service, youth welfare office" in text and "K-2026-014" in text


def test_the_scope_list_becomes_a_list_and_markdown_holds_the_same_text() -> None:
    loc = Localizer.create("pl").with_case("pl", Wording("formal", "masculine"))
    page = consent_page(loc, LegalBasis(), "pl")
    doc = blank_consent_document(loc, CREATED)
    lists = [b for b in doc.blocks if isinstance(b, BulletList)]
    assert len(lists) == 1 and len(lists[0].items) == len(Scope)
    assert not any(BULLET in b.text for b in doc.blocks if isinstance(b, Paragraph))
    markdown = _flat(render_markdown(doc))
    for piece in _pieces(page):
        assert piece in markdown
