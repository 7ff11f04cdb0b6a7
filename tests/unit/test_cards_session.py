"""The card-session model: drawing, put back, skip, later, important, answers, suggestions."""

from __future__ import annotations

from datetime import date

import pytest

from desistkit_tui.core.cards import (
    Agreement,
    CardSession,
    DrawMode,
    EntryState,
    NoCardOnTable,
    SortingExercise,
    WrongKind,
    suggested_factors,
)
from desistkit_tui.core.content.model import Card, CardKind, Category, Deck

DAY = date(2026, 3, 14)


def small_deck() -> Deck:
    cats = (Category("a", "◆", "A", "#112233"), Category("b", "●", "B", "#445566"))
    cards = (
        Card("a-question", "a", CardKind.QUESTION, ("f1", "f2")),
        Card("a-statement", "a", CardKind.STATEMENT, ("f2",)),
        Card("b-scale", "b", CardKind.SCALE, ("f3",)),
        Card("b-resource", "b", CardKind.RESOURCE, ("f4", "f1"), ("x", "y", "z")),
    )
    return Deck("small", "1", "cat", cats, cards)


def session(seed: int = 5) -> CardSession:
    return CardSession.start(small_deck(), DAY, seed, "en")


def test_draw_puts_cards_on_the_table_in_the_seeds_order() -> None:
    one, two = session(), session()
    order = [one.draw().card for _ in range(4)]
    assert order == [two.draw().card for _ in range(4)]
    assert set(order) == {c.id for c in small_deck().cards}  # four draws: each card once
    assert one.current == order[-1]
    assert [e.card for e in one.entries] == order


def test_a_new_round_begins_when_the_pile_is_spent() -> None:
    s = session()
    for _ in range(4):
        assert not s.draw().new_round
    fifth = s.draw()
    assert fifth.new_round and fifth.card is not None
    assert s.pile.round_no == 2
    assert len(s.entries) == 4  # a card drawn again reopens its entry


def test_category_draws_only_that_category_and_says_when_none_is_left() -> None:
    s = session()
    got = {s.draw("b").card, s.draw("b").card}
    assert got == {"b-scale", "b-resource"}
    assert s.draw("b").card is None
    assert s.left("b") == 0 and s.left("a") == 2
    assert s.current in got  # the table is unchanged


def test_put_back_returns_the_card_to_the_bottom_and_leaves_no_trace_if_empty() -> None:
    s = session()
    card = s.draw().card
    assert card is not None
    s.put_back()
    assert s.current == "" and s.entry(card) is None
    assert s.pile.cards[-1] == card
    drawn = [s.draw().card for _ in range(4)]
    assert drawn[-1] == card  # later, after the others


def test_put_back_keeps_what_was_recorded() -> None:
    s = session()
    s.show("a-question")
    s.require_current().notes = "talked about school"
    s.put_back()
    entry = s.entry("a-question")
    assert entry is not None and entry.state is EntryState.RETURNED and not entry.counts
    s.show("a-question")
    again = s.entry("a-question")  # the same entry, open again, its notes kept
    assert (
        again is entry and again.state is EntryState.OPEN and again.notes == "talked about school"
    )


def test_skip_later_important_act_on_the_card_on_the_table() -> None:
    s = session()
    with pytest.raises(NoCardOnTable):
        s.skip()
    s.show("a-question")
    assert s.toggle_important() is True
    s.set_aside_current()
    s.show("b-scale")
    s.skip()
    assert [e.card for e in s.set_aside] == ["a-question"]
    assert [e.card for e in s.talked_about] == ["a-question"]
    skipped = s.entry("b-scale")
    assert skipped is not None and skipped.state is EntryState.SKIPPED
    s.show("a-question")  # back from the "later" pile
    assert s.require_current().state is EntryState.OPEN and s.require_current().important


def test_show_takes_the_card_out_of_the_pile() -> None:
    s = session()
    s.show("b-resource")
    assert "b-resource" not in s.pile
    with pytest.raises(KeyError):
        s.show("no-such-card")


def test_answers_fit_the_card_kind() -> None:
    s = session()
    statement = s.show("a-statement")
    statement.set_agreement(Agreement.AGREE)
    with pytest.raises(WrongKind):
        statement.set_scale(3)
    scale = s.show("b-scale")
    scale.set_scale(0)
    assert scale.answered
    with pytest.raises(ValueError):
        scale.set_scale(11)
    resource = s.show("b-resource")
    options = ("x", "y", "z")
    assert resource.toggle_option("z", options) and resource.toggle_option("x", options)
    assert resource.ticked == ["x", "z"]  # the card's order
    assert not resource.toggle_option("z", options)
    assert resource.ticked == ["x"]
    with pytest.raises(KeyError):
        resource.toggle_option("w", options)


def test_second_language_equal_to_the_first_is_dropped() -> None:
    assert CardSession.start(small_deck(), DAY, 1, "en", "en").lang2 == ""
    s = CardSession.start(small_deck(), DAY, 1, "mk", "en", DrawMode.BROWSE)
    assert (s.lang, s.lang2, s.mode) == ("mk", "en", DrawMode.BROWSE)


def test_suggestions_weigh_important_and_answered_cards_higher() -> None:
    s = session()
    s.show("a-question")  # f1, f2: drawn only
    s.show("b-scale").set_scale(4)  # f3: answered
    s.show("b-resource")
    s.toggle_important()  # f4 (then f1): important
    s.show("a-statement")
    s.skip()  # f2: skipped counts for nothing
    # f1: 1 (first on a drawn card) + 3 x 0.8 (second on the important one) = 3.4;
    # f4: 3 (first on the important card); f3: 2 (answered); f2: 0.8 (second, drawn only).
    assert suggested_factors(s) == ["f1", "f4", "f3", "f2"]


def test_suggestions_from_a_sorting_exercise_favour_the_ranked_first_pile() -> None:
    s = session()
    exercise = s.add_sorting(
        SortingExercise.start("strengths", "drawn", ["a-statement", "b-scale", "b-resource"])
    )
    exercise.place("b-scale", "not-me")
    exercise.place("a-statement", "have")
    exercise.place("b-resource", "have")
    exercise.move("b-resource", -1)
    exercise.ranked = True
    assert exercise.top == ["b-resource", "a-statement"]
    factors = suggested_factors(s)
    assert factors[:2] == ["f4", "f2"] and factors[-1] == "f3"


def test_nothing_drawn_suggests_nothing() -> None:
    assert suggested_factors(session()) == []


def test_sorting_places_moves_and_reports_what_is_unsorted() -> None:
    ex = SortingExercise.start("agreement", "category:a", ["p", "q", "r"])
    assert ex.pile_ids == ("agree", "unsure", "disagree")
    ex.place("p", "agree")
    ex.place("q", "agree")
    assert (ex.unsorted, ex.complete) == (["r"], False)
    ex.place("p", "disagree")  # moved to another pile
    assert ex.top == ["q"] and ex.pile_of("p") == "disagree"
    ex.place("r", "agree")
    ex.place("p", "agree")
    assert ex.complete and ex.top == ["q", "r", "p"]
    assert ex.move("p", -5) == 0 and ex.top == ["p", "q", "r"]
    assert ex.move("p", 1) == 1 and ex.top == ["q", "p", "r"]
    with pytest.raises(KeyError):
        ex.place("zzz", "agree")
    with pytest.raises(KeyError):
        ex.place("p", "have")
    with pytest.raises(ValueError):
        SortingExercise.start("no-such", "drawn", [])
