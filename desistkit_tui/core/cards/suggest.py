"""Which factors the cards touched: suggestions for the next reflection.

Every card names catalogue factors, most relevant first. A card that was talked about counts;
one with an answer or notes counts more; an important one more again. In a sorting exercise
the first pile (the cards the person has, or agrees with) weighs most, and the person's
ranking of it adds to that. Skipped cards and cards put back count for nothing. The order is
by weight, ties by the order the factors first came up.
"""

from __future__ import annotations

from collections.abc import Iterable

from desistkit_tui.core.cards.session import CardSession

DRAWN = 1.0
ANSWERED = 1.0
IMPORTANT = 2.0
#: Weight of a card on each pile of a sorting exercise, the first pile first.
PILE_WEIGHTS = (2.0, 1.0, 0.5)
#: Added for the first card of a ranked first pile; falls off linearly down the ranking.
RANK_BONUS = 1.0


def _factor_share(position: int) -> float:
    """A card's first factor takes its full weight, later ones less."""
    return 1.0 / (1.0 + 0.25 * position)


class _Tally:
    def __init__(self) -> None:
        self.scores: dict[str, float] = {}

    def add(self, factors: Iterable[str], weight: float) -> None:
        for position, factor in enumerate(factors):
            self.scores[factor] = self.scores.get(factor, 0.0) + weight * _factor_share(position)

    def ranked(self) -> list[str]:
        first_seen = {factor: n for n, factor in enumerate(self.scores)}
        return sorted(self.scores, key=lambda f: (-self.scores[f], first_seen[f]))


def suggested_factors(session: CardSession) -> list[str]:
    """The catalogue factor ids the session's cards touched, most relevant first."""
    tally = _Tally()
    for entry in session.entries:
        card = session.card(entry.card)
        if card is None or not entry.counts:
            continue
        weight = DRAWN + (ANSWERED if entry.answered else 0.0)
        weight += IMPORTANT if entry.important else 0.0
        tally.add(card.factors, weight)
    for exercise in session.sorting:
        for index, pile in enumerate(exercise.pile_ids):
            base = PILE_WEIGHTS[min(index, len(PILE_WEIGHTS) - 1)]
            cards = exercise.piles[pile]
            for rank, card_id in enumerate(cards):
                card = session.card(card_id)
                if card is None:
                    continue
                bonus = 0.0
                if index == 0 and exercise.ranked:
                    bonus = RANK_BONUS * (len(cards) - rank) / len(cards)
                tally.add(card.factors, base + bonus)
    return tally.ranked()
