"""A card session: the deck, the seeded pile, the cards drawn and what came up with each.

:class:`CardSession` is the model the card screens hold. It draws (at random, from a category,
or a card the person picked), puts back, skips, sets aside, marks cards important and keeps
answers, notes and sorting exercises. It is saved as a body of format 1 (see
:mod:`desistkit_tui.core.cards.body`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desistkit_tui.core.cards.answers import CardEntry, EntryState
from desistkit_tui.core.cards.engine import CardPile
from desistkit_tui.core.cards.sorting import SortingExercise
from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.content.model import Card, Deck


class DrawMode(StrEnum):
    """The way cards come to the table."""

    #: The next card of the shuffled pile.
    RANDOM = "random"
    #: The person picks a category; the next card of that category comes.
    CATEGORY = "category"
    #: The person picks one of a spread of face-up titles.
    FACE_UP = "face-up"
    #: The person picks one of a row of face-down cards by its number.
    FACE_DOWN = "face-down"
    #: The caseworker browses the whole deck and picks any card.
    BROWSE = "browse"


#: How many cards a spread (face up or face down) shows.
SPREAD_SIZE = 6


@dataclass(frozen=True, slots=True)
class Drawn:
    """The result of a draw: the card (``None`` if none was left) and whether a round began."""

    card: str | None
    new_round: bool = False


class NoCardOnTable(LookupError):
    """An action on the current card while no card is on the table."""


@dataclass(slots=True)
class CardSession:
    """One card session with the person."""

    deck: Deck
    held_on: date
    pile: CardPile
    lang: str
    lang2: str = ""
    mode: DrawMode = DrawMode.RANDOM
    entries: list[CardEntry] = field(default_factory=list)
    #: The card on the table ("" when none).
    current: str = ""
    sorting: list[SortingExercise] = field(default_factory=list)

    @classmethod
    def start(
        cls,
        deck: Deck,
        held_on: date,
        seed: int,
        lang: str,
        lang2: str = "",
        mode: DrawMode = DrawMode.RANDOM,
    ) -> CardSession:
        """A new session: the pile of round 1 in the seed's order, nothing drawn."""
        pile = CardPile([c.id for c in deck.cards], seed)
        return cls(deck, held_on, pile, lang, "" if lang2 == lang else lang2, mode)

    def to_doc(self) -> dict[str, Any]:
        """The saved body (format 1, see :mod:`desistkit_tui.core.cards.body`)."""
        from desistkit_tui.core.cards.body import to_body

        return to_body(self)

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], path: str, decks: Mapping[str, Deck]) -> CardSession:
        """A session read back strictly from its body; errors name ``path`` and the key."""
        from desistkit_tui.core.cards.body import from_body

        return from_body(doc, path, decks)

    @property
    def seed(self) -> int:
        """The seed that orders every round of this session."""
        return self.pile.seed

    # -- looking up ------------------------------------------------------------------------

    def card(self, card_id: str) -> Card | None:
        """A card of the deck (``None`` if the deck no longer has it)."""
        return self.deck.card(card_id) if self.deck.has_card(card_id) else None

    def entry(self, card_id: str) -> CardEntry | None:
        """The entry of a card drawn in this session."""
        return next((e for e in self.entries if e.card == card_id), None)

    @property
    def current_entry(self) -> CardEntry | None:
        """The entry of the card on the table."""
        return self.entry(self.current) if self.current else None

    def require_current(self) -> CardEntry:
        """The entry of the card on the table; :class:`NoCardOnTable` if there is none."""
        entry = self.current_entry
        if entry is None:
            raise NoCardOnTable("no card is on the table")
        return entry

    @property
    def talked_about(self) -> list[CardEntry]:
        """Cards drawn and not skipped or put back, in the order they were first drawn."""
        return [e for e in self.entries if e.counts]

    @property
    def set_aside(self) -> list[CardEntry]:
        """Cards set aside to come back to."""
        return [e for e in self.entries if e.state is EntryState.LATER]

    def in_category(self, category_id: str | None) -> Callable[[str], bool] | None:
        """A pile filter for one category (``None``: every card)."""
        if category_id is None:
            return None
        return lambda card_id: self.deck.card(card_id).category == category_id

    def left(self, category_id: str | None = None) -> int:
        """Cards left in the pile this round (of one category)."""
        return self.pile.remaining(self.in_category(category_id))

    def spread(self, category_id: str | None = None, size: int = SPREAD_SIZE) -> list[str]:
        """The cards a spread shows: the next ``size`` of the pile."""
        if self.pile.spent:
            self.pile.new_round()
        return self.pile.peek(size, self.in_category(category_id))

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, category_id: str | None = None) -> Drawn:
        """Put the next card of the pile (of one category) on the table.

        When the whole pile is spent a new round begins first. A category with no card left
        in this round gives ``Drawn(None)`` and leaves the table as it was.
        """
        new_round = False
        if self.pile.spent:
            self.pile.new_round()
            new_round = True
        card_id = self.pile.draw(self.in_category(category_id))
        if card_id is None:
            return Drawn(None, new_round)
        self._table(card_id)
        return Drawn(card_id, new_round)

    def show(self, card_id: str) -> CardEntry:
        """Put a card the person (or the caseworker) picked on the table.

        It leaves the pile if it is there; a card drawn before comes back with its answer.
        """
        if not self.deck.has_card(card_id):
            raise KeyError(card_id)
        self.pile.take(card_id)
        return self._table(card_id)

    def _table(self, card_id: str) -> CardEntry:
        entry = self.entry(card_id)
        if entry is None:
            entry = CardEntry(card_id, self.deck.card(card_id).kind)
            self.entries.append(entry)
        entry.state = EntryState.OPEN
        self.current = card_id
        return entry

    def clear_table(self) -> None:
        """Nothing on the table (the card stays drawn)."""
        self.current = ""

    def put_back(self) -> str:
        """Return the card on the table to the bottom of the pile; it comes again later.

        A card with nothing recorded leaves no trace; one with an answer or notes keeps them
        (shown as "put back") and finds them again when it is drawn once more.
        """
        entry = self.require_current()
        if entry.answered or entry.important:
            entry.state = EntryState.RETURNED
        else:
            self.entries.remove(entry)
        self.pile.take(entry.card)  # it may be in the pile of a new round already
        self.pile.put_back(entry.card)
        self.current = ""
        return entry.card

    def skip(self) -> str:
        """Pass over the card on the table; it does not come again this round."""
        entry = self.require_current()
        entry.state = EntryState.SKIPPED
        self.current = ""
        return entry.card

    def set_aside_current(self) -> str:
        """Set the card on the table aside to come back to later."""
        entry = self.require_current()
        entry.state = EntryState.LATER
        self.current = ""
        return entry.card

    def toggle_important(self) -> bool:
        """Mark or unmark the card on the table as important; returns the new mark."""
        entry = self.require_current()
        entry.important = not entry.important
        return entry.important

    # -- sorting ---------------------------------------------------------------------------

    def add_sorting(self, exercise: SortingExercise) -> SortingExercise:
        """Keep a sorting exercise with the session."""
        self.sorting.append(exercise)
        return exercise
