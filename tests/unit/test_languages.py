"""The language registry: the six shipped languages, their files and their CLDR locales.

That a seventh language needs nothing but its entry and its files is shown end to end in
``tests/tui/test_seventh_language.py``.
"""

from __future__ import annotations

import pytest
from babel import Locale

from desistkit_tui.core import languages
from desistkit_tui.core.languages import (
    LANGUAGES,
    REFERENCE,
    SELECT_DEFAULTS,
    SELECT_VALUES,
    AddressForm,
    GenderForm,
)
from desistkit_tui.core.resources import decks_root, locales_root


def test_the_shipped_languages_in_order_with_their_own_names() -> None:
    assert languages.codes() == ("en", "de", "pl", "mk", "sk", "ro")
    assert LANGUAGES[0].code == REFERENCE == "en"
    assert [lang.name for lang in LANGUAGES] == [
        "English",
        "Deutsch",
        "Polski",
        "Македонски",
        "Slovenčina",
        "Română",
    ]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_each_language_has_its_files_and_a_locale_babel_knows(
    language: languages.Language,
) -> None:
    folder = locales_root() / language.code
    assert (folder / "ui.ftl").is_file() and (folder / "manual.md").is_file()
    for deck in ("casereflector", "desistcards"):
        assert (decks_root() / deck / f"{language.code}.ftl").is_file()
    assert str(Locale.parse(language.locale)) == language.locale  # no silent fallback


def test_which_grammars_tell_address_and_gender_forms_apart() -> None:
    address = {lang.code for lang in LANGUAGES if lang.distinguishes_address}
    assert address == {"de", "pl", "mk", "sk", "ro"}  # English: one "you" (tone may vary)
    assert all(lang.distinguishes_gender for lang in LANGUAGES)


def test_the_forms_a_case_is_worded_in() -> None:
    assert [a.value for a in AddressForm] == ["formal", "informal"]
    assert [g.value for g in GenderForm] == ["feminine", "masculine", "neutral", "unspecified"]
    # Fluent selects branch on these; "unspecified" falls to the default branch.
    assert SELECT_VALUES == {
        "address": ("formal", "informal"),
        "gender": ("feminine", "masculine", "neutral"),
    }
    assert SELECT_DEFAULTS == {"address": "formal", "gender": "neutral"}


def test_lookups_of_known_and_unknown_codes() -> None:
    assert languages.is_supported("mk") and not languages.is_supported("xx")
    assert languages.get("sk").name == "Slovenčina"
    assert languages.find("xx") is None
    with pytest.raises(ValueError, match="choose one of en, de, pl, mk, sk, ro"):
        languages.get("xx")
    assert languages.locale_of("pl") == "pl"
    assert languages.locale_of("de-AT") == "de-AT"  # not in the registry: tried as it is
    assert languages.fallback_chain("pl") == ("pl", "en")
    assert languages.fallback_chain("en") == ("en",)
    assert languages.fallback_chain("xx") == ("en",)
