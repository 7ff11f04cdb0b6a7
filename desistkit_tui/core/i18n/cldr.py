"""CLDR data through Babel: plural categories and dates.

Fluent's own plural selection (``{ $count -> [one] … *[other] … }``) uses the same Babel rule
(``fluent.runtime`` compiles ``Locale.plural_form`` for the bundle's locale), so
:func:`plural_category` and message selectors always agree; ``tests/unit/test_i18n_plural.py``
checks both for every language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import DateTimePattern, get_date_format, parse_pattern
from babel.numbers import format_decimal

from desistkit_tui.core import languages

DateFormat = Literal["short", "medium", "long", "full"]


def babel_locale(lang: str) -> Locale:
    """Babel's locale for a language code: the registry's plural and date locale
    (:attr:`desistkit_tui.core.languages.Language.locale`); a code the registry does not have
    is tried as a locale name (``de-AT``); the reference language if Babel does not know it."""
    return _parse(languages.locale_of(lang))


@cache
def _parse(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(languages.locale_of(languages.REFERENCE))


def plural_category(lang: str, n: int | float | Decimal) -> str:
    """The CLDR plural category of ``n`` in ``lang``: ``zero|one|two|few|many|other``.

    A ``Decimal`` keeps its visible fraction digits (``Decimal("1.0")`` is ``many`` in
    Slovak); a ``float`` cannot (``1.0`` is ``1``), which is also what messages see.
    """
    return str(babel_locale(lang).plural_form(n))


def plural_categories(lang: str) -> frozenset[str]:
    """Every plural category ``lang`` uses, ``other`` included."""
    return frozenset(babel_locale(lang).plural_form.tags) | {"other"}


def format_date(d: date | datetime, lang: str, format: DateFormat = "medium") -> str:
    """A date written the way ``lang`` writes dates (``format``: short|medium|long|full)."""
    # Babel's format_date looks the locale and the pattern up at every call; a case overview
    # writes 500 dates at once, so both are kept (what format_date then does, in 1/20 the time).
    pattern, locale = _date_pattern(lang, format)
    return str(pattern.apply(d.date() if isinstance(d, datetime) else d, locale))


@cache
def _date_pattern(lang: str, format: DateFormat) -> tuple[DateTimePattern, Locale]:
    locale = babel_locale(lang)
    return parse_pattern(get_date_format(format, locale=locale)), locale


def format_number(n: int | float | Decimal, lang: str) -> str:
    """A number with ``lang``'s decimal and grouping marks."""
    return str(format_decimal(n, locale=babel_locale(lang)))
