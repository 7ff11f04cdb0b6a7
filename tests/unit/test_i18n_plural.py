"""CLDR plural categories for the six languages, through Babel and through Fluent selects."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desistkit_tui.core.i18n import (
    Texts,
    format_date,
    format_number,
    plural_categories,
    plural_category,
)

PLURAL_LOCALES = Path(__file__).resolve().parent.parent / "fixtures" / "locales" / "plurals"
NUMBERS = (0, 1, 2, 5, 11, 21, 22, 25, 101, 1.5)

# Written out from the CLDR rules (not computed with Babel), one entry per number above.
#   de, en: one = i = 1 and v = 0
#   pl: one = i = 1 and v = 0; few = v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
#       many = v = 0 and (i != 1 and i % 10 = 0..1, or i % 10 = 5..9, or i % 100 = 12..14)
#   mk: one = v = 0 and i % 10 = 1 and i % 100 != 11, or f % 10 = 1 and f % 100 != 11
#   sk: one = i = 1 and v = 0; few = i = 2..4 and v = 0; many = v != 0
#   ro: one = i = 1 and v = 0; few = v != 0 or n = 0 or n != 1 and n % 100 = 1..19
EXPECTED = {
    "en": ("other", "one", "other", "other", "other", "other", "other", "other", "other", "other"),
    "de": ("other", "one", "other", "other", "other", "other", "other", "other", "other", "other"),
    "pl": ("many", "one", "few", "many", "many", "many", "few", "many", "many", "other"),
    "mk": ("other", "one", "other", "other", "other", "one", "other", "other", "one", "other"),
    "sk": ("other", "one", "few", "other", "other", "other", "other", "other", "other", "many"),
    "ro": ("few", "one", "few", "few", "few", "other", "other", "other", "few", "few"),
}
CATEGORIES = {
    "en": {"one", "other"},
    "de": {"one", "other"},
    "pl": {"one", "few", "many", "other"},
    "mk": {"one", "other"},
    "sk": {"one", "few", "many", "other"},
    "ro": {"one", "few", "other"},
}
# The fixture's message per category ({n} stands for the formatted number).
MESSAGES = {
    "en": {"one": "{n} card left", "other": "{n} cards left"},
    "de": {"one": "Noch {n} Karte", "other": "Noch {n} Karten"},
    "pl": {
        "one": "Została {n} karta",
        "few": "Zostały {n} karty",
        "many": "Zostało {n} kart",
        "other": "Zostało {n} karty",
    },
    "mk": {"one": "Остана {n} карта", "other": "Останаа {n} карти"},
    "sk": {
        "one": "Zostáva {n} karta",
        "few": "Zostávajú {n} karty",
        "many": "Zostáva {n} karty",
        "other": "Zostáva {n} kariet",
    },
    "ro": {
        "one": "A rămas {n} carte",
        "few": "Au rămas {n} cărți",
        "other": "Au rămas {n} de cărți",
    },
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_plural_category_follows_cldr(lang: str) -> None:
    assert tuple(plural_category(lang, n) for n in NUMBERS) == EXPECTED[lang]
    assert plural_categories(lang) == CATEGORIES[lang]


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_fluent_select_agrees_with_cldr(lang: str) -> None:
    texts = Texts(locales=PLURAL_LOCALES)
    decimal_mark = "." if lang == "en" else ","
    for n, category in zip(NUMBERS, EXPECTED[lang], strict=True):
        shown = str(n).replace(".", decimal_mark)
        expected = MESSAGES[lang][category].format(n=shown)
        assert texts.ui(lang, "cards-left", count=n) == expected, (lang, n)


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_fluent_and_babel_agree_over_a_range(lang: str) -> None:
    texts = Texts(locales=PLURAL_LOCALES)
    by_text = {MESSAGES[lang][c].format(n="N"): c for c in MESSAGES[lang]}
    for n in [*range(0, 230), 1000, 1001, 0.5, 2.5, 10.1]:
        text = texts.ui(lang, "cards-left", count=n)
        shown = format_number(n, lang)
        category = by_text[text.replace(shown, "N", 1)]
        assert category == plural_category(lang, n), (lang, n)


def test_decimals_keep_fraction_digits_in_babel_and_become_floats_in_messages() -> None:
    # fluent.runtime plural-selects only int and float; the resolver converts Decimals.
    assert plural_category("sk", Decimal("1.0")) == "many"  # v = 1
    assert plural_category("sk", 1.0) == "one"  # a float has no visible fraction digits
    texts = Texts(locales=PLURAL_LOCALES)
    two_and_a_half: Any = Decimal("2.5")
    twenty_two: Any = Decimal("22")
    assert texts.ui("sk", "cards-left", count=two_and_a_half) == "Zostáva 2,5 karty"
    assert texts.ui("pl", "cards-left", count=twenty_two) == "Zostały 22 karty"


def test_unknown_language_uses_english_rules() -> None:
    assert plural_category("xx", 1) == "one"
    assert plural_categories("xx") == {"one", "other"}


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2025, 3, 7)
    assert format_date(day, "en") == "Mar 7, 2025"
    assert format_date(day, "de") == "07.03.2025"
    assert format_date(day, "pl", "long") == "7 marca 2025"
    assert format_date(day, "mk", "long").startswith("7 март 2025")
    assert format_number(1234.5, "de") == "1.234,5"


def test_the_passphrase_minimum_is_counted_in_words_of_each_language() -> None:
    """The review found "at least 1 characters": the message selects its plural."""
    texts = Texts()
    assert "at least 1 character." in texts.ui("en", "create-too-short", min=1)
    assert "at least 12 characters." in texts.ui("en", "create-too-short", min=12)
    assert "12 znaków" in texts.ui("pl", "create-too-short", min=12)
    assert "2 znaki" in texts.ui("pl", "create-too-short", min=2)
