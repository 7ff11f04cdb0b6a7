"""Typed, frozen structures for catalogues and decks (no I/O here).

Every structure is a frozen, slotted dataclass; the containers build their id lookups once,
in ``__post_init__``. Texts are not part of the structure: they live in Fluent files, described
here only by :class:`FtlFile` and :class:`DeckTexts`, and are formatted by
:mod:`desistkit_tui.core.i18n`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Protocol, TypeVar

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.errors import ContentProblem, ContentWarning
from desistkit_tui.core.languages import REFERENCE

SCHEMA_VERSION = 1
DEFAULT_CATALOGUE = "casereflector"
DEFAULT_DECK = "desistcards"


class CardKind(StrEnum):
    """What a card asks of the person."""

    QUESTION = "question"
    STATEMENT = "statement"
    SCALE = "scale"
    RESOURCE = "resource"


@dataclass(frozen=True, slots=True)
class Area:
    """A group of factors (``[[area]]``)."""

    id: str


@dataclass(frozen=True, slots=True)
class Factor:
    """One factor of the catalogue with its question ids (``[[factor]]``)."""

    id: str
    area: str
    caseworker_questions: tuple[str, ...]
    person_questions: tuple[str, ...]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _index(items: tuple[_T, ...]) -> Mapping[str, _T]:
    return MappingProxyType({item.id: item for item in items})


@dataclass(frozen=True, slots=True)
class Catalogue:
    """A factor catalogue (``catalogue.toml``), areas and factors in the order shown."""

    id: str
    version: str
    areas: tuple[Area, ...]
    factors: tuple[Factor, ...]
    languages: frozenset[str] = frozenset({REFERENCE})
    _areas: Mapping[str, Area] = field(init=False, repr=False, compare=False)
    _factors: Mapping[str, Factor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_areas", _index(self.areas))
        object.__setattr__(self, "_factors", _index(self.factors))

    def area(self, area_id: str) -> Area:
        """The area ``area_id``; raises :class:`KeyError` if there is none."""
        return self._areas[area_id]

    def factor(self, factor_id: str) -> Factor:
        """The factor ``factor_id``; raises :class:`KeyError` if there is none."""
        return self._factors[factor_id]

    def has_factor(self, factor_id: str) -> bool:
        """Whether the catalogue has a factor ``factor_id``."""
        return factor_id in self._factors

    def factors_in(self, area_id: str) -> tuple[Factor, ...]:
        """The factors of one area, in catalogue order."""
        return tuple(f for f in self.factors if f.area == area_id)


@dataclass(frozen=True, slots=True)
class Category:
    """A card category (``[[category]]``): told apart by symbol, ASCII mark and colour."""

    id: str
    symbol: str
    ascii: str
    colour: str


@dataclass(frozen=True, slots=True)
class Card:
    """One card (``[[card]]``). ``options`` is non-empty only for resource cards."""

    id: str
    category: str
    kind: CardKind
    factors: tuple[str, ...] = ()
    options: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Deck:
    """A card deck (``deck.toml``); ``catalogue`` names the catalogue its factor ids are in."""

    id: str
    version: str
    catalogue: str
    categories: tuple[Category, ...]
    cards: tuple[Card, ...]
    languages: frozenset[str] = frozenset({REFERENCE})
    _categories: Mapping[str, Category] = field(init=False, repr=False, compare=False)
    _cards: Mapping[str, Card] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_categories", _index(self.categories))
        object.__setattr__(self, "_cards", _index(self.cards))

    def category(self, category_id: str) -> Category:
        """The category ``category_id``; raises :class:`KeyError` if there is none."""
        return self._categories[category_id]

    def card(self, card_id: str) -> Card:
        """The card ``card_id``; raises :class:`KeyError` if there is none."""
        return self._cards[card_id]

    def has_card(self, card_id: str) -> bool:
        """Whether the deck has a card ``card_id``."""
        return card_id in self._cards

    def cards_in(self, category_id: str) -> tuple[Card, ...]:
        """The cards of one category, in deck order."""
        return tuple(c for c in self.cards if c.category == category_id)


@dataclass(frozen=True, slots=True)
class FtlFile:
    """One Fluent file of a deck: its language, where it is shown as coming from, its text."""

    lang: str
    path: str
    text: str
    user: bool = False


@dataclass(frozen=True, slots=True)
class DeckTexts:
    """The Fluent files of one deck; shipped files come first, user overrides after them."""

    deck_id: str
    files: tuple[FtlFile, ...]

    @property
    def languages(self) -> frozenset[str]:
        """The languages with at least one file."""
        return frozenset(f.lang for f in self.files)

    def for_lang(self, lang: str) -> tuple[FtlFile, ...]:
        """The files of one language, in the order they are layered."""
        return tuple(f for f in self.files if f.lang == lang)


@dataclass(frozen=True, slots=True)
class ContentSet:
    """Everything that loaded, plus what was skipped and why.

    ``problems`` names each skipped deck (or user extension left out); ``warnings`` lists
    findings that did not stop anything. ``user_dir`` is where user decks were looked for
    (``None`` when user decks were not read). ``origins`` maps each deck id to the folders it
    was built from, shipped first.
    """

    catalogues: Mapping[str, Catalogue]
    decks: Mapping[str, Deck]
    texts: Mapping[str, DeckTexts]
    problems: tuple[ContentProblem, ...] = ()
    warnings: tuple[ContentWarning, ...] = ()
    user_dir: Path | None = None
    origins: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def catalogue(self, catalogue_id: str = DEFAULT_CATALOGUE) -> Catalogue:
        """The catalogue ``catalogue_id``; raises :class:`KeyError` if it did not load."""
        return self.catalogues[catalogue_id]

    def deck(self, deck_id: str = DEFAULT_DECK) -> Deck:
        """The card deck ``deck_id``; raises :class:`KeyError` if it did not load."""
        return self.decks[deck_id]

    def catalogue_of(self, deck: Deck) -> Catalogue:
        """The catalogue a deck's cards name their factors in."""
        return self.catalogues[deck.catalogue]

    def languages(self, deck_id: str) -> frozenset[str]:
        """The languages a deck or catalogue has texts in (empty if it did not load)."""
        texts = self.texts.get(deck_id)
        return texts.languages if texts is not None else frozenset()

    @property
    def ids(self) -> tuple[str, ...]:
        """Every loaded catalogue and deck id, catalogues first."""
        return (*self.catalogues, *self.decks)
