"""The drawing engine: a seeded, reproducible pile of cards.

The order of each round is a pure function of ``(seed, round, card id)``: every card gets the
BLAKE2b hash of those three as its sort key. That order is the same on every Python version
and machine (``random.shuffle`` promises neither), and adding a card to a deck does not move
the others. A round lasts until the pile is spent, so no card comes twice before every card
was drawn; then :meth:`CardPile.new_round` deals the next round in a new order.

The pile holds only card ids; it knows nothing of categories except through the ``category``
function a caller passes to filter a draw.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Sequence

#: Seeds are kept below 2**31 so every TOML reader and spreadsheet shows them exactly.
SEED_LIMIT = 2**31


def new_seed() -> int:
    """A fresh random seed for a new session."""
    return secrets.randbelow(SEED_LIMIT)


def round_order(seed: int, round_no: int, card_ids: Iterable[str]) -> list[str]:
    """The cards of one round in the order they are drawn (a permutation of ``card_ids``)."""

    def key(card_id: str) -> tuple[bytes, str]:
        data = f"{seed}:{round_no}:{card_id}".encode()
        return hashlib.blake2b(data, digest_size=16).digest(), card_id

    return sorted(set(card_ids), key=key)


class CardPile:
    """The cards not yet drawn in this round, top first.

    ``draw`` takes the next card (optionally the next of one category), ``take`` removes a
    card a person picked themselves, ``put_back`` returns a card to the bottom of the pile, so
    it comes again later in the round but not before the cards already in the pile.
    """

    def __init__(
        self,
        card_ids: Sequence[str],
        seed: int,
        round_no: int = 1,
        cards: Sequence[str] | None = None,
    ) -> None:
        if not 0 <= seed < SEED_LIMIT:
            raise ValueError(f"a seed is a whole number from 0 to {SEED_LIMIT - 1}")
        if round_no < 1:
            raise ValueError("rounds are counted from 1")
        self.deck_ids: tuple[str, ...] = tuple(dict.fromkeys(card_ids))
        self.seed = seed
        self.round_no = round_no
        if cards is None:
            self._cards = round_order(seed, round_no, self.deck_ids)
        else:
            known = set(self.deck_ids)
            # Cards no longer in the deck (a user deck was edited) drop out of the pile.
            self._cards = [c for c in dict.fromkeys(cards) if c in known]

    @property
    def cards(self) -> tuple[str, ...]:
        """The pile, top first."""
        return tuple(self._cards)

    @property
    def spent(self) -> bool:
        """Whether every card of this round has been drawn."""
        return not self._cards

    def __len__(self) -> int:
        return len(self._cards)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._cards

    def remaining(self, keep: Callable[[str], bool] | None = None) -> int:
        """How many cards are left (of those ``keep`` accepts)."""
        return sum(1 for c in self._cards if keep is None or keep(c))

    def peek(self, n: int, keep: Callable[[str], bool] | None = None) -> list[str]:
        """The next ``n`` cards (that ``keep`` accepts), without drawing them."""
        found: list[str] = []
        for card_id in self._cards:
            if len(found) >= n:
                break
            if keep is None or keep(card_id):
                found.append(card_id)
        return found

    def draw(self, keep: Callable[[str], bool] | None = None) -> str | None:
        """Take the next card (the next one ``keep`` accepts); ``None`` if there is none."""
        for index, card_id in enumerate(self._cards):
            if keep is None or keep(card_id):
                del self._cards[index]
                return card_id
        return None

    def take(self, card_id: str) -> bool:
        """Remove a card chosen by hand; ``False`` if it was not in the pile."""
        try:
            self._cards.remove(card_id)
        except ValueError:
            return False
        return True

    def put_back(self, card_id: str) -> None:
        """Return a drawn card to the bottom of the pile."""
        if card_id not in self.deck_ids:
            raise KeyError(card_id)
        if card_id in self._cards:
            raise ValueError(f"card {card_id!r} is in the pile already")
        self._cards.append(card_id)

    def new_round(self) -> None:
        """Deal every card again, in the next round's order."""
        self.round_no += 1
        self._cards = round_order(self.seed, self.round_no, self.deck_ids)
