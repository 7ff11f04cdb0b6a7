"""What a screen holds: the resolver bound to a UI language, the person's language and wording.

Caseworker-facing texts (UI strings, area and factor titles, "cw" questions) default to the UI
language; person-facing texts ("ask" questions, cards) default to the person's language. Every
method takes ``lang=`` to show a text in the other language (cards side by side).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from desistkit_tui.core.content.model import (
    DEFAULT_CATALOGUE,
    DEFAULT_DECK,
    REFERENCE_LANGUAGE,
    SUPPORTED_LANGUAGES,
)
from desistkit_tui.core.content.msgids import CardPart, QuestionKind
from desistkit_tui.core.i18n import cldr
from desistkit_tui.core.i18n.resolver import Arg, Texts
from desistkit_tui.core.i18n.wording import DEFAULT_WORDING, Wording


@dataclass(frozen=True, slots=True)
class Localizer:
    """:class:`Texts` bound to ``ui_lang``, ``person_lang`` (default: ``ui_lang``) and wording."""

    texts: Texts
    ui_lang: str = REFERENCE_LANGUAGE
    person_lang: str | None = None
    wording: Wording = DEFAULT_WORDING
    catalogue: str = DEFAULT_CATALOGUE
    deck: str = DEFAULT_DECK

    @property
    def person(self) -> str:
        """The person's language (the UI language when none was given)."""
        return self.person_lang or self.ui_lang

    def with_case(self, person_lang: str | None, wording: Wording) -> Localizer:
        """The same localizer for another case's language and wording."""
        return replace(self, person_lang=person_lang, wording=wording)

    def ui(self, msg_id: str, /, **args: Arg) -> str:
        """A UI string in the UI language."""
        return self.texts.ui(self.ui_lang, msg_id, **args)

    def area_title(self, area_id: str, lang: str | None = None) -> str:
        """An area's title (UI language by default)."""
        return self.texts.area_title(area_id, lang or self.ui_lang, catalogue=self.catalogue)

    def area_description(self, area_id: str, lang: str | None = None) -> str:
        """An area's description (UI language by default)."""
        return self.texts.area_description(area_id, lang or self.ui_lang, catalogue=self.catalogue)

    def factor_title(self, factor_id: str, lang: str | None = None) -> str:
        """A factor's title (UI language by default)."""
        return self.texts.factor_title(factor_id, lang or self.ui_lang, catalogue=self.catalogue)

    def factor_description(self, factor_id: str, lang: str | None = None) -> str:
        """A factor's description (UI language by default)."""
        return self.texts.factor_description(
            factor_id, lang or self.ui_lang, catalogue=self.catalogue
        )

    def factor_question(
        self, factor_id: str, kind: QuestionKind, question: str, lang: str | None = None
    ) -> str:
        """A guiding question: ``cw`` in the UI language, ``ask`` in the person's, by default."""
        default = self.ui_lang if kind == "cw" else self.person
        return self.texts.factor_question(
            factor_id, kind, question, lang or default, self.wording, catalogue=self.catalogue
        )

    def category_name(self, category_id: str, lang: str | None = None) -> str:
        """A card category's name (person's language by default)."""
        return self.texts.category_name(category_id, lang or self.person, deck=self.deck)

    def category_description(self, category_id: str, lang: str | None = None) -> str:
        """A card category's description (person's language by default)."""
        return self.texts.category_description(category_id, lang or self.person, deck=self.deck)

    def card_text(self, card_id: str, part: CardPart = "text", lang: str | None = None) -> str:
        """A part of a card (person's language by default)."""
        return self.texts.card_text(
            card_id, lang or self.person, self.wording, part, deck=self.deck
        )

    def card_option(self, card_id: str, option: str, lang: str | None = None) -> str:
        """One option of a resource card (person's language by default)."""
        return self.texts.card_option(
            card_id, option, lang or self.person, self.wording, deck=self.deck
        )

    def format_date(self, d: date | datetime, format: cldr.DateFormat = "medium") -> str:
        """A date in the UI language."""
        return cldr.format_date(d, self.ui_lang, format)

    def plural_category(self, n: int | float | Decimal, lang: str | None = None) -> str:
        """The CLDR plural category of ``n`` (UI language by default)."""
        return cldr.plural_category(lang or self.ui_lang, n)


@cache
def _shared_ui_texts() -> Texts:
    return Texts()


class UiText:
    """Formats UI strings in one language; falls back to English, never to an empty label.

    ``UiText("de")("app-title")``. Kept for screens that need only UI strings; it shares one
    :class:`Texts` (UI bundles only) across instances.
    """

    def __init__(self, lang: str = REFERENCE_LANGUAGE) -> None:
        self.lang = lang if lang in SUPPORTED_LANGUAGES else REFERENCE_LANGUAGE

    def __call__(self, msg_id: str, /, **args: Arg) -> str:
        """The message ``msg_id`` formatted with ``args``."""
        return _shared_ui_texts().ui(self.lang, msg_id, **args)
