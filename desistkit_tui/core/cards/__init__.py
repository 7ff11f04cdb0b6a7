"""DesistCards sessions: the seeded drawing engine, the session model and its saved body.

- :mod:`.engine` — :class:`CardPile`, the reproducible pile (seed → order of every round).
- :mod:`.answers` — :class:`CardEntry`, the answer per card kind, :class:`EntryState`.
- :mod:`.sorting` — :class:`SortingExercise`: piles, then the ranking of the first pile.
- :mod:`.session` — :class:`CardSession`: draw, show, put back, skip, set aside, important.
- :mod:`.suggest` — :func:`suggested_factors` for the next reflection.
- :mod:`.body` — :func:`to_body` / :func:`from_body` (format 1), :func:`read_suggestions`.
- :mod:`.texts` — :class:`CardFace`: a card's words in one language.
- :mod:`.report` — :func:`summary`: the end-of-session summary as text sections.

Nothing here imports Textual.
"""

from desistkit_tui.core.cards.answers import (
    AGREEMENT_POINTS,
    SCALE_MAX,
    SCALE_MIN,
    Agreement,
    CardEntry,
    EntryState,
    WrongKind,
)
from desistkit_tui.core.cards.body import (
    BODY_TYPE,
    FORMAT,
    check_header,
    deck_of,
    from_body,
    read_suggestions,
    to_body,
)
from desistkit_tui.core.cards.engine import SEED_LIMIT, CardPile, new_seed, round_order
from desistkit_tui.core.cards.report import Section, answer_text, summary
from desistkit_tui.core.cards.session import (
    SPREAD_SIZE,
    CardSession,
    DrawMode,
    Drawn,
    NoCardOnTable,
)
from desistkit_tui.core.cards.sorting import (
    PRESETS,
    SOURCE_CATEGORY,
    SOURCE_DRAWN,
    SortingExercise,
    SortPreset,
)
from desistkit_tui.core.cards.suggest import suggested_factors
from desistkit_tui.core.cards.texts import (
    CardFace,
    agreement_label,
    card_face,
)

__all__ = [
    "AGREEMENT_POINTS",
    "BODY_TYPE",
    "FORMAT",
    "PRESETS",
    "SCALE_MAX",
    "SCALE_MIN",
    "SEED_LIMIT",
    "SOURCE_CATEGORY",
    "SOURCE_DRAWN",
    "SPREAD_SIZE",
    "Agreement",
    "CardEntry",
    "CardFace",
    "CardPile",
    "CardSession",
    "DrawMode",
    "Drawn",
    "EntryState",
    "NoCardOnTable",
    "Section",
    "SortPreset",
    "SortingExercise",
    "WrongKind",
    "agreement_label",
    "answer_text",
    "card_face",
    "check_header",
    "deck_of",
    "from_body",
    "new_seed",
    "read_suggestions",
    "round_order",
    "suggested_factors",
    "summary",
    "to_body",
]
