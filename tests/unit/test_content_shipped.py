"""The real shipped content: it loads, validates, and is complete in English."""

from __future__ import annotations

from collections import Counter

import pytest

from desistkit_tui.core.content import (
    DEFAULT_CATALOGUE,
    DEFAULT_DECK,
    CardKind,
    ContentSet,
    QuestionKind,
    load_content,
)
from desistkit_tui.core.content.msgids import required_ids
from desistkit_tui.core.i18n import Texts, Wording
from desistkit_tui.core.resources import decks_root


def _shipped() -> ContentSet:
    root = decks_root()
    for deck_id, name in ((DEFAULT_CATALOGUE, "catalogue.toml"), (DEFAULT_DECK, "deck.toml")):
        if not (root / deck_id / name).is_file() or not (root / deck_id / "en.ftl").is_file():
            pytest.skip(f"the shipped {deck_id} content is not written yet")
    return load_content(user_decks=False, strict=True)


@pytest.fixture(scope="module")
def content() -> ContentSet:
    return _shipped()


def test_shipped_content_loads_without_problems_or_warnings(content: ContentSet) -> None:
    assert [str(e) for p in content.problems for e in p.errors] == []
    assert [str(w) for w in content.warnings] == []
    assert DEFAULT_CATALOGUE in content.catalogues
    assert DEFAULT_DECK in content.decks
    assert content.origins[DEFAULT_DECK] == (f"decks/{DEFAULT_DECK}",)


def test_catalogue_shape(content: ContentSet) -> None:
    cat = content.catalogue()
    assert len(cat.areas) >= 5
    assert len(cat.factors) >= 20
    for area in cat.areas:
        assert cat.factors_in(area.id), area.id
    for factor in cat.factors:
        assert 2 <= len(factor.caseworker_questions) <= 4, factor.id
        assert 2 <= len(factor.person_questions) <= 4, factor.id


def test_every_factor_has_its_english_texts(content: ContentSet) -> None:
    texts = Texts(content)
    cat = content.catalogue()
    for factor in cat.factors:
        assert texts.factor_title(factor.id, "en") != f"factor-{factor.id}"
        assert texts.factor_description(factor.id, "en").strip()
        kinds: tuple[tuple[QuestionKind, tuple[str, ...]], ...] = (
            ("cw", factor.caseworker_questions),
            ("ask", factor.person_questions),
        )
        for kind, questions in kinds:
            for q in questions:
                for wording in (Wording("formal", "feminine"), Wording("informal", "unspecified")):
                    text = texts.factor_question(factor.id, kind, q, "en", wording)
                    assert text.strip() and not text.startswith("factor-"), (factor.id, q)
                    assert "\u2068" not in text and "\u2069" not in text


def test_every_card_kind_appears_and_every_category_has_six_cards(content: ContentSet) -> None:
    deck = content.deck()
    assert {card.kind for card in deck.cards} == set(CardKind)
    per_category = Counter(card.category for card in deck.cards)
    for category in deck.categories:
        assert per_category[category.id] >= 6, category.id
    assert len(deck.cards) >= 60
    assert 6 <= len(deck.categories) <= 8


def test_categories_are_told_apart(content: ContentSet) -> None:
    categories = content.deck().categories
    assert len({c.symbol for c in categories}) == len(categories)
    assert len({c.ascii for c in categories}) == len(categories)
    assert len({c.colour.lower() for c in categories}) == len(categories)


def test_every_card_names_known_factors_and_has_its_texts(content: ContentSet) -> None:
    deck = content.deck()
    cat = content.catalogue_of(deck)
    texts = Texts(content)
    for card in deck.cards:
        assert all(cat.has_factor(f) for f in card.factors), card.id
        assert bool(card.options) == (card.kind is CardKind.RESOURCE), card.id
        for part in ("title", "text"):
            assert not texts.card_text(card.id, "en", part=part).startswith("card-")
        if card.kind is CardKind.SCALE:
            assert not texts.card_text(card.id, "en", part="low").startswith("card-")
            assert not texts.card_text(card.id, "en", part="high").startswith("card-")
        for option in card.options:
            assert not texts.card_option(card.id, option, "en").startswith("card-")


def test_required_message_ids_are_all_in_english(content: ContentSet) -> None:
    texts = Texts(content)
    for item in (content.catalogue(), content.deck()):
        for msg_id in required_ids(item):
            assert texts.has_message(item.id, msg_id, "en"), msg_id
