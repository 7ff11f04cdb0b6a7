"""The Fluent message ids a structure needs (see docs/content-format.md, "Texts")."""

from __future__ import annotations

from typing import Literal

from desistkit_tui.core.content.model import Area, Card, CardKind, Catalogue, Category, Deck, Factor

QuestionKind = Literal["cw", "ask"]

#: A deck's or catalogue's own name, shown where one is picked; optional (the id stands in).
DECK_TITLE = "deck-title"
CardPart = Literal["title", "text", "low", "high"]


def area_ids(area: Area) -> tuple[str, ...]:
    """``area-<id>`` and its description."""
    return (f"area-{area.id}", f"area-{area.id}-description")


def factor_question_id(factor_id: str, kind: QuestionKind, question: str) -> str:
    """``factor-<factor>-cw-<question>`` or ``factor-<factor>-ask-<question>``."""
    return f"factor-{factor_id}-{kind}-{question}"


def factor_ids(factor: Factor) -> tuple[str, ...]:
    """A factor's title, description and every question."""
    return (
        f"factor-{factor.id}",
        f"factor-{factor.id}-description",
        *(factor_question_id(factor.id, "cw", q) for q in factor.caseworker_questions),
        *(factor_question_id(factor.id, "ask", q) for q in factor.person_questions),
    )


def category_ids(category: Category) -> tuple[str, ...]:
    """``category-<id>`` and its description."""
    return (f"category-{category.id}", f"category-{category.id}-description")


def card_part_id(card_id: str, part: CardPart) -> str:
    """One part of a card: ``card-<id>`` (text), ``card-<id>-title``, ``-low``, ``-high``."""
    return f"card-{card_id}" if part == "text" else f"card-{card_id}-{part}"


def card_option_id(card_id: str, option: str) -> str:
    """``card-<card>-option-<option>``."""
    return f"card-{card_id}-option-{option}"


def card_ids(card: Card) -> tuple[str, ...]:
    """Every message a card needs, by its kind."""
    parts: list[CardPart] = ["title", "text"]
    if card.kind is CardKind.SCALE:
        parts += ["low", "high"]
    return (
        *(card_part_id(card.id, p) for p in parts),
        *(card_option_id(card.id, o) for o in card.options),
    )


def required_ids(item: Catalogue | Deck) -> tuple[str, ...]:
    """Every message id a catalogue or deck needs, in file order."""
    if isinstance(item, Catalogue):
        return (
            *(m for a in item.areas for m in area_ids(a)),
            *(m for f in item.factors for m in factor_ids(f)),
        )
    return (
        *(m for c in item.categories for m in category_ids(c)),
        *(m for c in item.cards for m in card_ids(c)),
    )


def person_facing_ids(item: Catalogue | Deck) -> frozenset[str]:
    """Messages that speak to the person: factor "ask" questions and the cards' own text."""
    if isinstance(item, Catalogue):
        return frozenset(
            factor_question_id(f.id, "ask", q) for f in item.factors for q in f.person_questions
        )
    return frozenset(card_part_id(c.id, "text") for c in item.cards)
