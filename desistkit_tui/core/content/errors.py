"""Findings about content: located errors and warnings, and decks skipped because of them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a finding is: an error skips the deck, a warning only informs."""

    ERROR = "error"
    WARNING = "warning"


class ContentIssue(Exception):
    """A finding in one content file, with the key and line it concerns.

    ``file`` is a display path (``decks/desistcards/deck.toml`` for shipped content, the full
    path for a user deck); ``key`` is the TOML key or Fluent message id concerned, if any;
    ``line`` is 1-based, or ``None`` when the finding concerns the file as a whole.
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

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContentIssue):
            return NotImplemented
        return (type(self), self.file, self.key, self.line, self.message) == (
            type(other),
            other.file,
            other.key,
            other.line,
            other.message,
        )

    def __hash__(self) -> int:
        return hash((type(self), self.file, self.key, self.line, self.message))


class ContentError(ContentIssue):
    """Content that cannot be used as it is: the deck it belongs to is skipped."""

    severity = Severity.ERROR


class ContentWarning(ContentIssue):
    """Content that works but is probably not what its author meant."""

    severity = Severity.WARNING


@dataclass(frozen=True, slots=True)
class ContentProblem:
    """A deck that was skipped (or a user extension that was not applied), and why.

    ``source`` is the deck's folder as shown to people; ``errors`` is never empty.
    """

    deck_id: str
    source: str
    errors: tuple[ContentError, ...]
    #: True when only a user folder extending a loaded deck was left out (the deck stays).
    extension: bool = False

    @property
    def summary(self) -> str:
        """One line for the UI: ``Skipped deck X (folder): <first error> (and N more)``."""
        first = self.errors[0]
        more = len(self.errors) - 1
        tail = f" (and {more} more)" if more else ""
        what = f"additions to deck {self.deck_id}" if self.extension else f"deck {self.deck_id}"
        return f"Skipped {what} ({self.source}): {first}{tail}"

    def __str__(self) -> str:
        return self.summary
