"""The drawing engine: seeded, reproducible, no repeats until spent, filters, put-back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desistkit_tui.core.cards import SEED_LIMIT, CardPile, round_order

card_ids = st.lists(
    st.text(alphabet="abcdefghij-", min_size=1, max_size=8), min_size=1, max_size=40, unique=True
)
seeds = st.integers(min_value=0, max_value=SEED_LIMIT - 1)
FAST = settings(max_examples=60, deadline=None)


def _draw_all(pile: CardPile) -> list[str]:
    drawn: list[str] = []
    while (card := pile.draw()) is not None:
        drawn.append(card)
    return drawn


@FAST
@given(card_ids, seeds)
def test_a_round_is_a_permutation_of_the_deck(ids: list[str], seed: int) -> None:
    drawn = _draw_all(CardPile(ids, seed))
    assert sorted(drawn) == sorted(ids)


@FAST
@given(card_ids, seeds)
def test_the_same_seed_gives_the_same_order_every_round(ids: list[str], seed: int) -> None:
    one, two = CardPile(ids, seed), CardPile(ids, seed)
    for _ in range(3):
        assert _draw_all(one) == _draw_all(two)
        one.new_round()
        two.new_round()


@FAST
@given(card_ids, seeds)
def test_the_order_does_not_depend_on_the_deck_order(ids: list[str], seed: int) -> None:
    assert round_order(seed, 1, ids) == round_order(seed, 1, list(reversed(ids)))


@FAST
@given(card_ids, seeds, st.data())
def test_no_card_repeats_until_the_deck_is_spent(
    ids: list[str], seed: int, data: st.DataObject
) -> None:
    pile = CardPile(ids, seed)
    draws = data.draw(st.integers(min_value=1, max_value=3 * len(ids)))
    seen: set[str] = set()
    for _ in range(draws):
        if pile.spent:
            assert seen == set(ids)  # a round ends only once every card came
            pile.new_round()
            seen = set()
        card = pile.draw()
        assert card is not None and card not in seen
        seen.add(card)


@FAST
@given(card_ids, seeds, st.data())
def test_a_card_put_back_comes_again_later_in_the_round(
    ids: list[str], seed: int, data: st.DataObject
) -> None:
    pile = CardPile(ids, seed)
    before = data.draw(st.integers(min_value=0, max_value=len(ids) - 1))
    for _ in range(before):
        pile.draw()
    card = pile.draw()
    assert card is not None
    waiting = len(pile)
    pile.put_back(card)
    rest = _draw_all(pile)
    # Every card that was waiting comes first, then the card put back: later, not lost.
    assert len(rest) == waiting + 1
    assert rest[-1] == card
    assert card not in rest[:-1]


@FAST
@given(card_ids, seeds, st.data())
def test_a_filtered_draw_gives_only_cards_it_accepts_and_all_of_them(
    ids: list[str], seed: int, data: st.DataObject
) -> None:
    chosen = set(data.draw(st.lists(st.sampled_from(ids), unique=True)))
    pile = CardPile(ids, seed)
    drawn: list[str] = []
    while (card := pile.draw(chosen.__contains__)) is not None:
        drawn.append(card)
    assert sorted(drawn) == sorted(chosen)
    # the cards left are exactly the others, still in the round's order
    assert list(pile.cards) == [c for c in round_order(seed, 1, ids) if c not in chosen]


@FAST
@given(card_ids, seeds, st.data())
def test_taking_a_picked_card_keeps_the_rest_in_order(
    ids: list[str], seed: int, data: st.DataObject
) -> None:
    pile = CardPile(ids, seed)
    picked = data.draw(st.sampled_from(ids))
    order = list(pile.cards)
    assert pile.take(picked)
    assert not pile.take(picked)  # once only
    assert list(pile.cards) == [c for c in order if c != picked]


@FAST
@given(card_ids, seeds)
def test_a_restored_pile_carries_on_where_it_was(ids: list[str], seed: int) -> None:
    pile = CardPile(ids, seed)
    pile.draw()
    restored = CardPile(ids, seed, pile.round_no, pile.cards)
    assert _draw_all(restored) == _draw_all(pile)


def test_rounds_differ_and_seeds_differ() -> None:
    ids = [f"card-{n}" for n in range(30)]
    assert round_order(1, 1, ids) != round_order(1, 2, ids)
    assert round_order(1, 1, ids) != round_order(2, 1, ids)


def test_the_order_is_fixed_forever() -> None:
    """A saved seed must replay the same order on any machine and Python version."""
    assert round_order(42, 1, ["a", "b", "c", "d", "e"]) == ["b", "e", "c", "d", "a"]


def test_peek_shows_without_drawing() -> None:
    pile = CardPile(["a", "b", "c", "d"], 7)
    top = pile.peek(2)
    assert top == list(pile.cards[:2]) and len(pile) == 4
    assert pile.peek(10, lambda c: c == "d") == ["d"]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        CardPile(["a"], -1)
    with pytest.raises(ValueError):
        CardPile(["a"], SEED_LIMIT)
    with pytest.raises(ValueError):
        CardPile(["a"], 1, round_no=0)
    pile = CardPile(["a", "b"], 1)
    with pytest.raises(ValueError):
        pile.put_back("a")  # it is in the pile
    with pytest.raises(KeyError):
        pile.put_back("zzz")


def test_cards_no_longer_in_the_deck_drop_out_of_a_restored_pile() -> None:
    pile = CardPile(["a", "b"], 3, 1, ["gone", "b", "a", "b"])
    assert pile.cards == ("b", "a")
