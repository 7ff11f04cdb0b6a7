"""The consent page (core/consent.py, locales/*/consent.ftl): every language, every address and
gender form, the parts a record adds; and `locale check` holding consent.ftl to $address."""

from __future__ import annotations

import itertools
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desistkit_tui.core import languages
from desistkit_tui.core.consent import BULLET, consent_page
from desistkit_tui.core.content import load_content
from desistkit_tui.core.i18n import Localizer, Wording
from desistkit_tui.core.i18n.check import check_locales
from desistkit_tui.core.languages import AddressForm, GenderForm
from desistkit_tui.core.model import TO_BE_RECORDED, BasisKind, LegalBasis, Scope

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BASIS = LegalBasis(
    BasisKind.CONSENT,
    given=date(2026, 3, 1),
    scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.HANDOVER}),
    recipients=("RoleMarker", "youth office"),
)
WORDINGS = [
    Wording(a, g)
    for a, g in itertools.product(
        (AddressForm.FORMAL, AddressForm.INFORMAL),
        (GenderForm.FEMININE, GenderForm.MASCULINE, GenderForm.NEUTRAL, GenderForm.UNSPECIFIED),
    )
]


@pytest.fixture(scope="module")
def loc() -> Localizer:
    return Localizer.create("en")


def _page(loc: Localizer, lang: str, wording: Wording, basis: LegalBasis = BASIS) -> str:
    return consent_page(loc.with_case(lang, wording), basis).text()


@pytest.mark.parametrize("lang", languages.codes())
def test_every_language_and_wording_has_a_whole_page(loc: Localizer, lang: str) -> None:
    for wording in WORDINGS:
        page = consent_page(loc.with_case(lang, wording), BASIS)
        assert page.language == lang
        text = page.text()
        assert "consent-page" not in text and "{" not in text and "$" not in text
        assert len(page.paragraphs) == 9 and all(p.strip() for p in page.paragraphs)
        assert text.count(BULLET) == 2  # the two purposes recorded, no more
        assert "RoleMarker, youth office" in text
        assert "2026" in text  # the day given


@pytest.mark.parametrize("lang", [lang.code for lang in languages.LANGUAGES])
def test_address_and_gender_change_the_wording_where_the_language_does(
    loc: Localizer, lang: str
) -> None:
    language = languages.get(lang)
    pages = {(w.address, w.gender): _page(loc, lang, w) for w in WORDINGS}
    formal = pages[AddressForm.FORMAL, GenderForm.NEUTRAL]
    informal = pages[AddressForm.INFORMAL, GenderForm.NEUTRAL]
    assert (formal != informal) == language.distinguishes_address
    # "unspecified" falls to each message's default branch: neutral
    assert pages[AddressForm.FORMAL, GenderForm.UNSPECIFIED] == formal
    if lang in ("pl", "sk", "mk", "ro"):  # their grammar shows gender on this page
        informal_forms = {pages[AddressForm.INFORMAL, g] for g in GenderForm}
        assert len(informal_forms) == 3, lang
    if lang == "pl":  # Pani / Pan / impersonal
        assert len({pages[AddressForm.FORMAL, g] for g in GenderForm}) == 3


def test_the_page_follows_the_record(loc: Localizer) -> None:
    asking = consent_page(loc, replace(BASIS, scope=frozenset(), recipients=(), given=None))
    text = asking.text()
    assert text.count(BULLET) == len(Scope)  # consent being asked for: every purpose
    assert "may go to" not in text and "You gave your consent" not in text
    assert "You gave your consent on March 1, 2026." in consent_page(loc, BASIS).text()
    # the language the consent text was given in, else the person's
    polish = replace(BASIS, language="pl")
    assert consent_page(loc, polish).language == "pl"
    assert consent_page(loc.with_case("de", Wording()), TO_BE_RECORDED).language == "de"
    assert consent_page(loc, polish, "sk").title == "Váš súhlas"


def test_locale_check_asks_consent_texts_for_address_forms(tmp_path: Path) -> None:
    root = tmp_path / "locales"
    shutil.copytree(FIXTURES / "locales" / "check", root)
    (root / "en" / "consent.ftl").write_text("consent-page-title = Your consent\n")
    (root / "pl" / "consent.ftl").write_text("consent-page-title = Twoja zgoda\n")
    content = load_content(user_decks=False, shipped=FIXTURES / "decks" / "locale-check")
    [pl] = check_locales(content, ["pl"], locales=root).languages
    assert any(
        f.key == "consent-page-title" and "no $address select" in f.message for f in pl.warnings
    )
    (root / "pl" / "consent.ftl").write_text(
        "consent-page-title =\n    { $address ->\n        [informal] Twoja zgoda\n"
        "       *[formal] Zgoda\n    }\n"
    )
    [pl] = check_locales(content, ["pl"], locales=root).languages
    assert not any(f.key == "consent-page-title" for f in pl.findings)
