"""The words on a card, in one language, with the case's wording applied.

Screens turn a card id into a :class:`CardFace` and render it; nothing here knows about the
terminal. Texts are formatted by the :class:`~desistkit_tui.core.i18n.Localizer` the screen
holds, bound to the session's deck (``localizer.for_deck(deck)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from desistkit_tui.core.cards.answers import Agreement
from desistkit_tui.core.content.model import CardKind, Deck
from desistkit_tui.core.i18n import Localizer


@dataclass(frozen=True, slots=True)
class CardFace:
    """What one card shows in one language."""

    card_id: str
    kind: CardKind
    lang: str
    category_id: str
    category: str
    symbol: str
    ascii: str
    colour: str
    title: str
    text: str
    #: The ends of a scale card ("" for other kinds).
    low: str = ""
    high: str = ""
    #: A resource card's options: (option id, label).
    options: tuple[tuple[str, str], ...] = ()


def card_face(localizer: Localizer, deck: Deck, card_id: str, lang: str) -> CardFace:
    """The face of one card of ``deck`` in ``lang`` (``localizer`` bound to that deck)."""
    card = deck.card(card_id)
    category = deck.category(card.category)
    low = high = ""
    if card.kind is CardKind.SCALE:
        low = localizer.card_text(card_id, "low", lang)
        high = localizer.card_text(card_id, "high", lang)
    return CardFace(
        card_id=card_id,
        kind=card.kind,
        lang=lang,
        category_id=category.id,
        category=localizer.category_name(category.id, lang),
        symbol=category.symbol,
        ascii=category.ascii,
        colour=category.colour,
        title=localizer.card_text(card_id, "title", lang),
        text=localizer.card_text(card_id, "text", lang),
        low=low,
        high=high,
        options=tuple((o, localizer.card_option(card_id, o, lang)) for o in card.options),
    )


def agreement_label(localizer: Localizer, lang: str, point: Agreement) -> str:
    """One of the five points of a statement card, in the person's words."""
    return localizer.person_ui(f"cards-agreement-{point.value}", lang)
