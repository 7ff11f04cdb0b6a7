"""The saved body of a card session: a TOML round trip, read back strictly."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

import pytest
import tomli
import tomli_w

from desistkit_tui.core.cards import (
    Agreement,
    CardSession,
    DrawMode,
    EntryState,
    SortingExercise,
    deck_of,
    from_body,
    read_suggestions,
    to_body,
)
from desistkit_tui.core.content import default_content
from desistkit_tui.core.content.model import Deck
from desistkit_tui.core.errors import DeckNotInstalled, SchemaError, UnsupportedVersion
from tests.unit.test_cards_session import DAY, small_deck

PATH = "cases/x/drafts/1.toml.enc"


def _decks() -> dict[str, Deck]:
    return {"small": small_deck()}


def _busy_session() -> CardSession:
    s = CardSession.start(small_deck(), DAY, 1234, "mk", "en", DrawMode.CATEGORY)
    s.show("a-statement").set_agreement(Agreement.STRONGLY_DISAGREE)
    s.require_current().notes = "Said: [bold]not[/bold] really\nsecond line"
    s.toggle_important()
    s.show("b-scale").set_scale(0)
    s.set_aside_current()
    s.show("b-resource").toggle_option("y", ("x", "y", "z"))
    s.show("a-question")
    ex = s.add_sorting(SortingExercise.start("agreement", "category:a", ["a-question", "b-scale"]))
    ex.place("b-scale", "agree")
    ex.ranked = True
    return s


def _toml_round_trip(body: dict[str, Any]) -> dict[str, Any]:
    return tomli.loads(tomli_w.dumps(body))


def test_a_session_survives_toml_and_comes_back_equal() -> None:
    s = _busy_session()
    body = _toml_round_trip(to_body(s))
    assert body["type"] == "cards" and body["format"] == 1
    assert body["held_on"] == DAY and body["seed"] == 1234
    assert (body["lang"], body["lang2"], body["deck"]) == ("mk", "en", "small")
    assert body["suggested_factors"][:2] == ["f3", "f2"]  # sorted first pile, then important
    back = from_body(body, PATH, _decks())
    assert back.entries == s.entries
    assert back.sorting == s.sorting
    assert back.pile.cards == s.pile.cards and back.seed == s.seed
    assert (back.current, back.mode, back.held_on) == (s.current, s.mode, s.held_on)
    assert to_body(back) == to_body(s)


def test_read_suggestions_is_all_the_reflection_needs() -> None:
    body = _toml_round_trip(to_body(_busy_session()))
    assert read_suggestions(body, PATH) == body["suggested_factors"]
    assert deck_of(body, PATH) == "small"
    with pytest.raises(SchemaError):
        read_suggestions({**body, "suggested_factors": "f1"}, PATH)


def test_the_model_reads_and_writes_its_own_doc() -> None:
    s = _busy_session()
    assert CardSession.from_doc(s.to_doc(), PATH, _decks()).to_doc() == to_body(s)


def test_the_shipped_deck_round_trips() -> None:
    deck = default_content().deck()
    s = CardSession.start(deck, DAY, 99, "en")
    for _ in range(5):
        s.draw()
    back = from_body(_toml_round_trip(to_body(s)), PATH, {deck.id: deck})
    assert [e.card for e in back.entries] == [e.card for e in s.entries]
    assert back.draw().card == s.draw().card  # the replay goes on in the same order


def test_a_newer_format_is_refused_clearly() -> None:
    body = to_body(_busy_session())
    body["format"] = 2
    with pytest.raises(UnsupportedVersion) as caught:
        from_body(body, PATH, _decks())
    assert "format version 2" in str(caught.value) and "update" in str(caught.value)


def _broken(change: str) -> dict[str, Any]:
    body = deepcopy(to_body(_busy_session()))
    exec(change, {}, {"body": body})  # a one-line edit of the body
    return body


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ("body['type'] = 'reflection'", "type"),
        ("body['format'] = 'one'", "format"),
        ("body['extra'] = 1", "extra"),
        ("del body['seed']", "seed"),
        ("body['seed'] = -4", "seed"),
        ("body['deck'] = 'gone'", "deck"),
        ("body['lang'] = 'xx'", "lang"),
        ("body['lang2'] = 'xx'", "lang2"),
        ("body['mode'] = 'shuffle'", "mode"),
        ("body['held_on'] = '2026-03-14'", "held_on"),
        ("body['current'] = 'b-scale'", "current"),
        ("body['suggested_factors'] = [1]", "suggested_factors"),
        ("body['pile']['round'] = 0", "round"),
        ("body['pile']['surprise'] = 0", "surprise"),
        ("body['cards'][0]['state'] = 'lost'", "state"),
        ("body['cards'][0]['scale'] = 3", "scale"),
        ("body['cards'][1]['scale'] = 11", "scale"),
        ("body['cards'][0]['agreement'] = 'maybe'", "agreement"),
        ("body['cards'][0]['important'] = 1", "important"),
        ("body['cards'][2]['ticked'] = ['y', 'y']", "ticked"),
        ("body['cards'].append(dict(body['cards'][0]))", "cards"),
        ("body['sorting'][0]['preset'] = 'colours'", "preset"),
        ("body['sorting'][0]['piles']['have'] = []", "have"),
        ("body['sorting'][0]['piles']['unsure'] = ['b-scale']", "piles"),
        ("body['sorting'][0]['piles']['unsure'] = ['other']", "piles"),
    ],
)
def test_a_damaged_body_names_the_key(change: str, key: str) -> None:
    with pytest.raises(SchemaError) as caught:
        from_body(_broken(change), PATH, _decks())
    assert caught.value.key == key
    if not isinstance(caught.value, DeckNotInstalled):  # a sound file: its deck is the news
        assert PATH in str(caught.value)


def test_states_and_kinds_are_kept() -> None:
    back = from_body(to_body(_busy_session()), PATH, _decks())
    states = {e.card: e.state for e in back.entries}
    assert states["b-scale"] is EntryState.LATER
    statement = back.entry("a-statement")
    assert statement is not None and statement.important
