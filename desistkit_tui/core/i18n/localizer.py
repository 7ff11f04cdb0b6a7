"""The one way into translated text, for screens and the CLI alike.

A :class:`Localizer` is the resolver (:class:`~desistkit_tui.core.i18n.resolver.Texts`) bound
to a UI language, the person's language and wording, and a catalogue and deck. Called as
``t(msg_id, **args)`` it gives a UI string in the UI language; its methods give every other
text. Caseworker-facing texts (UI strings, area and factor titles, "cw" questions) default to
the UI language; person-facing texts ("ask" questions, cards, the ``cards-…`` strings the
person reads) default to the person's language. Every method takes ``lang=`` to show a text in
another language (cards side by side).

The app holds one (``app.t``, which screens reach as ``self.t``; ``app.localizer(case)`` is
the same one bound to a case); the CLI builds one with :meth:`Localizer.create`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from desistkit_tui.core import languages
from desistkit_tui.core.compat import Traversable
from desistkit_tui.core.content.model import (
    DEFAULT_CATALOGUE,
    DEFAULT_DECK,
    Catalogue,
    ContentSet,
    Deck,
)
from desistkit_tui.core.content.msgids import CardPart, QuestionKind
from desistkit_tui.core.i18n import cldr
from desistkit_tui.core.i18n.resolver import Arg, Texts
from desistkit_tui.core.i18n.wording import DEFAULT_WORDING, Wording


@dataclass(frozen=True, slots=True)
class Localizer:
    """:class:`Texts` bound to ``ui_lang``, ``person_lang`` (default: ``ui_lang``) and wording."""

    texts: Texts
    ui_lang: str = languages.REFERENCE
    person_lang: str | None = None
    wording: Wording = DEFAULT_WORDING
    catalogue: str = DEFAULT_CATALOGUE
    deck: str = DEFAULT_DECK

    @classmethod
    def create(
        cls,
        ui_lang: str,
        content: ContentSet | Callable[[], ContentSet] | None = None,
        *,
        locales: Traversable | None = None,
    ) -> Localizer:
        """A localizer with its own resolver: ``content`` (or a function that loads it when a
        deck's text is first needed) supplies the decks; ``locales`` replaces the shipped
        ``locales/`` folder (tests)."""
        return cls(Texts(content, locales=locales), ui_lang=ui_lang)

    @property
    def person(self) -> str:
        """The person's language (the UI language when none was given)."""
        return self.person_lang or self.ui_lang

    def with_case(self, person_lang: str | None, wording: Wording) -> Localizer:
        """The same localizer for another case's language and wording."""
        return replace(self, person_lang=person_lang, wording=wording)

    def for_deck(self, deck: Deck | Catalogue) -> Localizer:
        """The same localizer reading card texts from ``deck`` and factors from its catalogue
        (given a catalogue: reading factors from it)."""
        if isinstance(deck, Catalogue):
            return replace(self, catalogue=deck.id)
        return replace(self, deck=deck.id, catalogue=deck.catalogue)

    # -- the application's own strings ----------------------------------------------------

    def __call__(self, msg_id: str, /, **args: Arg) -> str:
        """A UI string in the UI language (``$address``/``$gender``: formal/unspecified)."""
        return self.texts.ui(self.ui_lang, msg_id, **args)

    #: The same as calling the localizer: ``loc.ui("saved") == loc("saved")``.
    ui = __call__

    def person_ui(self, msg_id: str, lang: str | None = None, /, **args: Arg) -> str:
        """A UI string the person reads (``cards-…``): in ``lang`` (the person's language by
        default) and the case's wording."""
        wording = self.wording.fluent_args()
        return self.texts.ui(lang or self.person, msg_id, **{**wording, **args})

    def language_name(self, code: str) -> str:
        """A language's name in the UI language (``language-<code>``), else its name in itself
        (a language added to the registry needs no new message in the other languages)."""
        msg_id = f"language-{code}"
        text = self.texts.ui(self.ui_lang, msg_id)
        if text != msg_id:
            return text
        language = languages.find(code)
        return language.name if language is not None else code

    # -- catalogue and deck texts ----------------------------------------------------------

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

    def deck_title(self, deck_id: str) -> str:
        """A deck's name in the UI language (its id if the deck names itself nowhere)."""
        return self.texts.deck_title(deck_id, self.ui_lang)

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

    # -- CLDR ------------------------------------------------------------------------------

    def format_date(self, d: date | datetime, format: cldr.DateFormat = "medium") -> str:
        """A date in the UI language."""
        return cldr.format_date(d, self.ui_lang, format)

    def plural_category(self, n: int | float | Decimal, lang: str | None = None) -> str:
        """The CLDR plural category of ``n`` (UI language by default)."""
        return cldr.plural_category(lang or self.ui_lang, n)
