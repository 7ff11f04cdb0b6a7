"""Findings about content (for deck authors, in English) and the skipped-deck notice (worded
in the interface language through :func:`~desistkit_tui.core.errors.base.describe`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.errors.base import ErrorArg, describe, english


class Severity(StrEnum):
    """How bad a finding is: an error skips the deck, a warning only informs."""

    ERROR = "error"
    WARNING = "warning"


class ContentIssue(Exception):
    """A finding in one content file, with the key and line it concerns (for deck authors).

    ``file`` is a display path (``decks/desistcards/deck.toml`` for shipped content, the full
    path for a user deck); ``key`` is the TOML key or Fluent message id concerned, if any;
    ``line`` is 1-based, or ``None`` when the finding concerns the file as a whole. ``message``
    is English: findings are for authors, beside the TOML parser's and Fluent's own words.
    """

    severity: Severity = Severity.ERROR

    def __init__(self, file: str, key: str | None, line: int | None, message: str) -> None:
        super().__init__(file, key, line, message)
        self.file = file
        self.key = key
        self.line = line
        self.message = message

    @property
    def location(self) -> str:
        """``file:line`` (or just ``file`` when there is no line)."""
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def __str__(self) -> str:
        suffix = f" (key: {self.key})" if self.key else ""
        return f"{self.location}: {self.message}{suffix}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(file={self.file!r}, key={self.key!r}, "
            f"line={self.line!r}, message={self.message!r})"
        )

    def _identity(self) -> tuple[object, ...]:
        return (type(self), self.file, self.key, self.line, self.message)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContentIssue):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())


class ContentError(ContentIssue):
    """Content that cannot be used as it is: the deck it belongs to is skipped."""

    severity = Severity.ERROR


class ContentWarning(ContentIssue):
    """Content that works but is probably not what its author meant."""

    severity = Severity.WARNING


@dataclass(frozen=True, slots=True)
class ContentProblem:
    """A deck that was skipped (or a user extension that was not applied), and why.

    ``source`` is the deck's folder as shown to people; ``errors`` is never empty. Shown
    through :func:`describe` (deck, folder, how many findings, where the first is).
    """

    deck_id: str
    source: str
    errors: tuple[ContentError, ...]
    #: True when only a user folder extending a loaded deck was left out (the deck stays).
    extension: bool = False

    msg_ids: ClassVar[tuple[str, str]] = ("error-deck-skipped", "error-deck-additions-skipped")
    hint_id: ClassVar[str] = "error-deck-skipped-hint"

    @property
    def msg_id(self) -> str:
        return self.msg_ids[self.extension]

    @property
    def msg_args(self) -> Mapping[str, ErrorArg]:
        return {
            "deck": self.deck_id,
            "folder": self.source,
            "count": len(self.errors),
            "location": self.errors[0].location,
        }

    @property
    def summary(self) -> str:
        """One line in English (the TUI words it in the UI language with :func:`describe`)."""
        return describe(self, english)

    def __str__(self) -> str:
        return self.summary
