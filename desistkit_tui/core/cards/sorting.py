"""The sorting exercise: the person sorts a set of cards into piles, then ranks the first pile.

A :class:`SortPreset` names the piles (for example "strengths I have", "strengths I want to
develop", "not me"). The first pile is the one that matters most for goal setting: once every
card lies on a pile, the person puts the cards of the first pile in order, most important
first. The piles are saved with the session and feed the suggestions for the next reflection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SortPreset:
    """A way of sorting: its id and the ids of its piles, the one to rank first."""

    id: str
    piles: tuple[str, ...]


PRESETS: dict[str, SortPreset] = {
    p.id: p
    for p in (
        SortPreset("strengths", ("have", "develop", "not-me")),
        SortPreset("agreement", ("agree", "unsure", "disagree")),
    )
}

#: Where the cards of an exercise came from: every card drawn so far, or one category.
SOURCE_DRAWN = "drawn"
SOURCE_CATEGORY = "category:"


@dataclass(slots=True)
class SortingExercise:
    """One sorting of a set of cards. ``piles`` maps each pile id to its cards, in order."""

    preset: str
    source: str
    cards: list[str]
    piles: dict[str, list[str]] = field(default_factory=dict)
    #: Whether the person has put the first pile in order.
    ranked: bool = False

    def __post_init__(self) -> None:
        if self.preset not in PRESETS:
            raise ValueError(f"unknown sorting {self.preset!r}")
        self.cards = list(dict.fromkeys(self.cards))
        for pile in PRESETS[self.preset].piles:
            self.piles.setdefault(pile, [])
        unknown = self.piles.keys() - set(PRESETS[self.preset].piles)
        if unknown:
            raise ValueError(f"unknown pile {sorted(unknown)[0]!r} for sorting {self.preset!r}")

    @classmethod
    def start(cls, preset: str, source: str, cards: Sequence[str]) -> SortingExercise:
        """A new exercise over ``cards``, nothing sorted yet."""
        return cls(preset, source, list(cards))

    @property
    def pile_ids(self) -> tuple[str, ...]:
        """The piles in the order shown; the first is ranked."""
        return PRESETS[self.preset].piles

    @property
    def top(self) -> list[str]:
        """The first pile, in the person's order once ranked."""
        return self.piles[self.pile_ids[0]]

    def pile_of(self, card_id: str) -> str | None:
        """The pile a card lies on, or ``None`` while it is unsorted."""
        for pile, cards in self.piles.items():
            if card_id in cards:
                return pile
        return None

    @property
    def unsorted(self) -> list[str]:
        """The cards not on a pile yet, in the order of the set."""
        placed = {c for cards in self.piles.values() for c in cards}
        return [c for c in self.cards if c not in placed]

    @property
    def complete(self) -> bool:
        """Whether every card lies on a pile."""
        return not self.unsorted

    def place(self, card_id: str, pile: str) -> None:
        """Put a card on a pile (taking it off the pile it was on)."""
        if card_id not in self.cards:
            raise KeyError(card_id)
        if pile not in self.piles:
            raise KeyError(pile)
        if self.pile_of(card_id) == pile:
            return
        self.unplace(card_id)
        self.piles[pile].append(card_id)

    def unplace(self, card_id: str) -> None:
        """Take a card off its pile."""
        for cards in self.piles.values():
            if card_id in cards:
                cards.remove(card_id)

    def move(self, card_id: str, delta: int) -> int:
        """Move a card of the first pile up (negative) or down; returns its new position."""
        top = self.top
        index = top.index(card_id)
        target = max(0, min(len(top) - 1, index + delta))
        top.insert(target, top.pop(index))
        return target
