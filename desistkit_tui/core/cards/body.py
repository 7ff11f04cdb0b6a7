"""The saved form of a card session: a TOML-ready body of format 1, read back strictly.

The same body is a draft (autosave) and, once finished, a session of type ``cards``::

    type = "cards"
    format = 1                      # this body's own version
    held_on = 2026-03-14
    deck = "desistcards"
    seed = 1234                     # orders every round: the same seed replays the same order
    lang = "mk"                     # the card language (the person's)
    lang2 = "en"                    # shown side by side ("" for none)
    mode = "random"                 # the way of drawing in use
    current = "people-connected"    # the card on the table ("" for none)
    suggested_factors = ["friendships", "self-image"]   # most relevant first

    [pile]                          # the cards not drawn yet in this round, top first
    round = 1
    cards = ["...", "..."]

    [[cards]]                       # each card drawn, in the order first drawn
    id = "people-connected"
    kind = "scale"                  # question | statement | scale | resource
    state = "open"                  # open | skipped | later | returned
    important = false
    notes = ""
    scale = 7                       # scale cards, when answered (0-10)
    # agreement = "agree"           # statement cards, when answered
    # ticked = ["friends"]          # resource cards: the options ticked

    [[sorting]]
    preset = "strengths"            # strengths (have/develop/not-me) | agreement (agree/unsure/disagree)
    source = "category:strengths"   # or "drawn"
    cards = ["..."]
    ranked = true
    [sorting.piles]                 # each pile's cards; the first pile in the person's ranking
    have = ["..."]

Readers outside the card mode need only :func:`read_suggestions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desistkit_tui.core.cards.answers import SCALE_MAX, SCALE_MIN, Agreement, CardEntry, EntryState
from desistkit_tui.core.cards.engine import SEED_LIMIT, CardPile
from desistkit_tui.core.cards.session import CardSession, DrawMode
from desistkit_tui.core.cards.sorting import PRESETS, SortingExercise
from desistkit_tui.core.cards.suggest import suggested_factors
from desistkit_tui.core.content.model import CardKind, Deck
from desistkit_tui.core.errors import DeckNotInstalled, Schema, SchemaError, UnsupportedVersion
from desistkit_tui.core.schema import Doc, Fields

BODY_TYPE = "cards"
FORMAT = 1

_TOP = {
    "type",
    "format",
    "held_on",
    "deck",
    "seed",
    "lang",
    "lang2",
    "mode",
    "current",
    "suggested_factors",
    "pile",
    "cards",
    "sorting",
}
_ENTRY = {"id", "kind", "state", "important", "notes", "agreement", "scale", "ticked"}
_SORTING = {"preset", "source", "cards", "ranked", "piles"}


def to_body(session: CardSession) -> Doc:
    """The session as a TOML-ready dict (no ``None`` anywhere)."""
    return {
        "type": BODY_TYPE,
        "format": FORMAT,
        "held_on": session.held_on,
        "deck": session.deck.id,
        "seed": session.seed,
        "lang": session.lang,
        "lang2": session.lang2,
        "mode": session.mode.value,
        "current": session.current,
        "suggested_factors": suggested_factors(session),
        "pile": {"round": session.pile.round_no, "cards": list(session.pile.cards)},
        "cards": [_entry_doc(e) for e in session.entries],
        "sorting": [_sorting_doc(s) for s in session.sorting],
    }


def _entry_doc(entry: CardEntry) -> Doc:
    doc: Doc = {
        "id": entry.card,
        "kind": entry.kind.value,
        "state": entry.state.value,
        "important": entry.important,
        "notes": entry.notes,
    }
    if entry.agreement is not None:
        doc["agreement"] = entry.agreement.value
    if entry.scale is not None:
        doc["scale"] = entry.scale
    if entry.kind is CardKind.RESOURCE:
        doc["ticked"] = list(entry.ticked)
    return doc


def _sorting_doc(exercise: SortingExercise) -> Doc:
    return {
        "preset": exercise.preset,
        "source": exercise.source,
        "cards": list(exercise.cards),
        "ranked": exercise.ranked,
        "piles": {pile: list(cards) for pile, cards in exercise.piles.items()},
    }


# -- reading -------------------------------------------------------------------------------


def check_header(body: Mapping[str, Any], path: str) -> None:
    """Refuse a body that is not a card session, or is of a newer format than this one."""
    if body.get("type") != BODY_TYPE:
        raise SchemaError(path, "type", Schema.UNKNOWN_VALUE, value=str(body.get("type")))
    version = body.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SchemaError(path, "format", Schema.TOO_SMALL, low=1)
    if version > FORMAT:
        raise UnsupportedVersion(path, version)


def read_suggestions(body: Mapping[str, Any], path: str) -> list[str]:
    """The factor ids a card session suggests for the next reflection, most relevant first."""
    check_header(body, path)
    return list(
        Fields(dict(body), path, set(body)).texts("suggested_factors", required=True, unique=True)
    )


def deck_of(body: Mapping[str, Any], path: str) -> str:
    """The deck id a card-session body was drawn from."""
    check_header(body, path)
    return Fields(dict(body), path, set(body)).get("deck", str)


def from_body(body: Mapping[str, Any], path: str, decks: Mapping[str, Deck]) -> CardSession:
    """A session read back from its body; :class:`SchemaError` names the key at fault
    (:class:`DeckNotInstalled` when only its deck is missing)."""
    check_header(body, path)
    f = Fields(dict(body), path, _TOP)
    deck_id = f.get("deck", str)
    deck = decks.get(deck_id)
    if deck is None:
        raise DeckNotInstalled(path, deck_id)
    seed = f.get("seed", int)
    if not 0 <= seed < SEED_LIMIT:
        raise SchemaError(path, "seed", Schema.OUT_OF_RANGE, low=0, high=SEED_LIMIT - 1)
    lang, lang2 = f.language("lang"), f.language("lang2", allow_empty=True)
    # Recomputed on save; checked all the same.
    f.texts("suggested_factors", required=True, unique=True)
    session = CardSession(
        deck=deck,
        held_on=f.day("held_on"),
        pile=_pile(f, seed, deck),
        lang=lang,
        lang2=lang2,
        mode=f.choice("mode", DrawMode),
        entries=[
            _entry(d, f"{path} cards[{n}]") for n, d in enumerate(f.tables("cards", required=True))
        ],
        sorting=[
            _sorting(d, f"{path} sorting[{n}]")
            for n, d in enumerate(f.tables("sorting", required=True))
        ],
    )
    ids = [e.card for e in session.entries]
    if len(set(ids)) != len(ids):
        raise SchemaError(path, "cards", Schema.REPEATED)
    current = f.get("current", str)
    entry = session.entry(current) if current else None
    if current and (entry is None or entry.state is not EntryState.OPEN):
        raise SchemaError(path, "current", Schema.INVALID)  # not a drawn, open card
    session.current = current
    return session


def _pile(f: Fields, seed: int, deck: Deck) -> CardPile:
    table = f.get("pile", dict)
    p = Fields(table, f"{f.path} pile", {"round", "cards"})
    round_no = p.get("round", int)
    if round_no < 1:
        raise SchemaError(p.path, "round", Schema.TOO_SMALL, low=1)
    return CardPile(
        [c.id for c in deck.cards],
        seed,
        round_no,
        list(p.texts("cards", required=True, unique=True)),
    )


def _entry(doc: Doc, path: str) -> CardEntry:
    f = Fields(doc, path, _ENTRY)
    kind = f.choice("kind", CardKind)
    entry = CardEntry(
        card=f.get("id", str),
        kind=kind,
        state=f.choice("state", EntryState),
        important=f.get("important", bool),
        notes=f.get("notes", str),
    )
    only = {"agreement": CardKind.STATEMENT, "scale": CardKind.SCALE, "ticked": CardKind.RESOURCE}
    for key, needs in only.items():
        if key in doc and kind is not needs:
            raise SchemaError(path, key, Schema.INVALID)  # only `needs` cards have it
    if "agreement" in doc:
        entry.agreement = f.choice("agreement", Agreement)
    if "scale" in doc:
        scale = f.get("scale", int)
        if not SCALE_MIN <= scale <= SCALE_MAX:
            raise SchemaError(path, "scale", Schema.OUT_OF_RANGE, low=SCALE_MIN, high=SCALE_MAX)
        entry.scale = scale
    if "ticked" in doc:
        entry.ticked = list(f.texts("ticked", required=True, unique=True))
    return entry


def _sorting(doc: Doc, path: str) -> SortingExercise:
    f = Fields(doc, path, _SORTING)
    preset = f.get("preset", str)
    if preset not in PRESETS:
        raise SchemaError(path, "preset", Schema.UNKNOWN_VALUE, value=preset)
    cards = list(f.texts("cards", required=True, unique=True))
    table = f.get("piles", dict)
    p = Fields(table, f"{path} piles", set(PRESETS[preset].piles))
    piles = {pile: list(p.texts(pile, required=True, unique=True)) for pile in table}
    placed = [c for pile in piles.values() for c in pile]
    if len(set(placed)) != len(placed):
        raise SchemaError(path, "piles", Schema.REPEATED)  # a card on two piles
    if not set(placed) <= set(cards):
        raise SchemaError(path, "piles", Schema.INVALID)  # a card not in the set
    return SortingExercise(preset, f.get("source", str), cards, piles, f.get("ranked", bool))
