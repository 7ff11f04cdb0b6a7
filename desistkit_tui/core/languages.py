"""The languages DesistKit speaks: the one registry every part of the app reads.

The CLI (``--lang``, ``case add --language``), the settings (``ui_language``), the content
loader (which ``<lang>.ftl`` files it takes), the resolver (fallback to the reference
language), ``desistkit locale check``, the case model and the screens' language pickers all
ask this module, so adding a language is one :class:`Language` entry in :data:`LANGUAGES` plus
its files: ``locales/<code>/*.ftl``, ``locales/<code>/manual.md`` and ``decks/*/<code>.ftl``
(``tests/tui/test_seventh_language.py`` proves it with a made-up seventh language).

The forms a case can be worded in live here too: :class:`AddressForm` and :class:`GenderForm`
(what the app offers for every case, whatever its language) and the values a Fluent
``$address``/``$gender`` select may branch on (:data:`SELECT_VALUES`).

This module is on the start-up path before the first paint: it imports nothing heavy (no
Babel, no Fluent) and does no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desistkit_tui.core.compat import StrEnum


class AddressForm(StrEnum):
    """How the person is addressed (offered for every case: English uses it for tone)."""

    FORMAL = "formal"
    INFORMAL = "informal"


class GenderForm(StrEnum):
    """The grammatical gender the person wants to be spoken of and to with.

    ``unspecified`` is passed to Fluent as it is and so falls to each message's default
    branch (``neutral``).
    """

    FEMININE = "feminine"
    MASCULINE = "masculine"
    NEUTRAL = "neutral"
    UNSPECIFIED = "unspecified"


#: The keys a ``$address`` / ``$gender`` select may use in a Fluent message.
SELECT_VALUES: Mapping[str, tuple[str, ...]] = {
    "address": tuple(a.value for a in AddressForm),
    "gender": tuple(g.value for g in GenderForm if g is not GenderForm.UNSPECIFIED),
}
#: The default branch each select must have (what an unknown value falls to).
SELECT_DEFAULTS: Mapping[str, str] = {
    "address": AddressForm.FORMAL.value,
    "gender": GenderForm.NEUTRAL.value,
}

_BOTH_ADDRESSES = (AddressForm.FORMAL, AddressForm.INFORMAL)
_THREE_GENDERS = (GenderForm.FEMININE, GenderForm.MASCULINE, GenderForm.NEUTRAL)


@dataclass(frozen=True, slots=True)
class Language:
    """One language of the interface, the content and the manual."""

    #: The code used in file names (``locales/<code>/``, ``decks/*/<code>.ftl``), in case
    #: files and on the command line.
    code: str
    #: The language's name in itself, shown where no translated name exists.
    name: str
    #: The Babel (CLDR) locale whose plural rules and date formats the language uses.
    locale: str
    #: The address forms its grammar tells apart (empty: one form of "you" serves both, as
    #: in English, where messages may still vary their tone by ``$address``). A language that
    #: tells them apart gets a ``locale check`` warning for each person-facing message
    #: without a ``$address`` select.
    addresses: tuple[AddressForm, ...] = ()
    #: The gender forms its grammar tells apart when speaking of or to the person (empty:
    #: none, and ``locale check`` does not ask for ``$gender`` variation).
    genders: tuple[GenderForm, ...] = _THREE_GENDERS

    @property
    def distinguishes_address(self) -> bool:
        """Whether formal and informal address differ in the grammar."""
        return len(self.addresses) > 1

    @property
    def distinguishes_gender(self) -> bool:
        """Whether the grammar varies by the person's gender."""
        return len(self.genders) > 1


#: The reference language: every message exists in it first, and everything falls back to it.
REFERENCE = "en"

#: Every language, in the order pickers and reports list them (the reference first).
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en"),
    Language("de", "Deutsch", "de", _BOTH_ADDRESSES),
    Language("pl", "Polski", "pl", _BOTH_ADDRESSES),
    Language("mk", "Македонски", "mk", _BOTH_ADDRESSES),
    Language("sk", "Slovenčina", "sk", _BOTH_ADDRESSES),
    Language("ro", "Română", "ro", _BOTH_ADDRESSES),
)

_index: tuple[tuple[Language, ...], dict[str, Language]] = ((), {})


def _by_code() -> dict[str, Language]:
    """:data:`LANGUAGES` by code (rebuilt if the tuple was replaced, as a test does)."""
    global _index
    if _index[0] is not LANGUAGES:
        _index = (LANGUAGES, {language.code: language for language in LANGUAGES})
    return _index[1]


def codes() -> tuple[str, ...]:
    """Every language code, in registry order."""
    return tuple(_by_code())


def is_supported(code: str) -> bool:
    """Whether DesistKit speaks ``code``."""
    return code in _by_code()


def find(code: str) -> Language | None:
    """The language with ``code``, if DesistKit speaks it."""
    return _by_code().get(code)


def get(code: str) -> Language:
    """The language with ``code``; :class:`ValueError` naming the known codes otherwise."""
    language = find(code)
    if language is None:
        raise ValueError(f"unknown language {code!r}; choose one of {', '.join(codes())}")
    return language


def locale_of(code: str) -> str:
    """The Babel locale for ``code`` (the code itself for a language not in the registry)."""
    language = find(code)
    return language.locale if language is not None else code


def fallback_chain(code: str) -> tuple[str, ...]:
    """The languages tried for ``code``: itself, then the reference (unknown codes: the
    reference only)."""
    if code == REFERENCE or not is_supported(code):
        return (REFERENCE,)
    return (code, REFERENCE)
