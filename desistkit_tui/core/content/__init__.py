"""Catalogues and card decks: loaded once, validated into frozen structures.

Start-up calls :func:`load_content` once; the result, a :class:`ContentSet`, holds every
catalogue and deck that loaded, their Fluent files, and a :class:`ContentProblem` for each deck
that was skipped. Texts are formatted by :mod:`desistkit_tui.core.i18n`. The format is
documented in ``docs/content-format.md``.
"""

from typing import TYPE_CHECKING, Any

from desistkit_tui.core.content.model import (
    DEFAULT_CATALOGUE,
    DEFAULT_DECK,
    SCHEMA_VERSION,
    Area,
    Card,
    CardKind,
    Catalogue,
    Category,
    ContentSet,
    Deck,
    DeckTexts,
    Factor,
    FtlFile,
)
from desistkit_tui.core.content.msgids import CardPart, QuestionKind
from desistkit_tui.core.errors import (
    ContentError,
    ContentIssue,
    ContentProblem,
    ContentWarning,
    Severity,
)

if TYPE_CHECKING:
    from desistkit_tui.core.content.load import default_content, load_content, user_decks_dir
else:
    # The loader (parser, validator, fluent.syntax) is imported when first used, not by every
    # module that only needs the model: the unlock screen paints before any content is read.
    # (Hidden from type checkers, which would otherwise accept any name from this package.)
    _LOADERS = frozenset({"default_content", "load_content", "user_decks_dir"})

    def __getattr__(name: str) -> Any:
        if name in _LOADERS:
            from desistkit_tui.core.content import load

            return getattr(load, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_CATALOGUE",
    "DEFAULT_DECK",
    "SCHEMA_VERSION",
    "Area",
    "Card",
    "CardKind",
    "CardPart",
    "Catalogue",
    "Category",
    "ContentError",
    "ContentIssue",
    "ContentProblem",
    "ContentSet",
    "ContentWarning",
    "Deck",
    "DeckTexts",
    "Factor",
    "FtlFile",
    "QuestionKind",
    "Severity",
    "default_content",
    "load_content",
    "user_decks_dir",
]
