"""What came up with one card: its state in the session, the person's answer, the notes.

Each card kind has its own answer: an open question only notes; a statement one of five
:class:`Agreement` points; a scale a whole number from 0 to 10; a resource card the options the
person ticked. Every card can carry notes and the "important" mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.content.model import CardKind

SCALE_MIN = 0
SCALE_MAX = 10


class EntryState(StrEnum):
    """Where a drawn card stands."""

    #: Drawn and looked at (on the table now, or talked about earlier).
    OPEN = "open"
    #: Drawn and passed over without talking about it.
    SKIPPED = "skipped"
    #: Set aside to come back to later in the session.
    LATER = "later"
    #: Put back into the pile: it comes again later in the round.
    RETURNED = "returned"


class Agreement(StrEnum):
    """The five points of a statement card, from agreeing fully to disagreeing fully."""

    STRONGLY_AGREE = "strongly-agree"
    AGREE = "agree"
    NEITHER = "neither"
    DISAGREE = "disagree"
    STRONGLY_DISAGREE = "strongly-disagree"


#: The agreement points in the order shown; key 1 is the first.
AGREEMENT_POINTS: tuple[Agreement, ...] = tuple(Agreement)


class WrongKind(ValueError):
    """An answer that does not fit the card's kind (a scale value on a statement, say)."""


@dataclass(slots=True)
class CardEntry:
    """One card of a session with the person's answer."""

    card: str
    kind: CardKind
    state: EntryState = EntryState.OPEN
    important: bool = False
    notes: str = ""
    agreement: Agreement | None = None
    scale: int | None = None
    ticked: list[str] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        """Whether anything was recorded: an answer or notes."""
        return bool(
            self.agreement is not None
            or self.scale is not None
            or self.ticked
            or self.notes.strip()
        )

    @property
    def counts(self) -> bool:
        """Whether the card was talked about (not skipped, not put back)."""
        return self.state in (EntryState.OPEN, EntryState.LATER)

    def _need(self, kind: CardKind) -> None:
        if self.kind is not kind:
            raise WrongKind(f"card {self.card!r} is a {self.kind} card, not a {kind} card")

    def set_agreement(self, value: Agreement | None) -> None:
        """A statement's answer (``None`` clears it)."""
        self._need(CardKind.STATEMENT)
        self.agreement = value

    def set_scale(self, value: int | None) -> None:
        """A scale's answer, 0 to 10 (``None`` clears it)."""
        self._need(CardKind.SCALE)
        if value is not None and not SCALE_MIN <= value <= SCALE_MAX:
            raise ValueError(f"a scale answer is {SCALE_MIN} to {SCALE_MAX}, not {value}")
        self.scale = value

    def toggle_option(self, option: str, options: Sequence[str]) -> bool:
        """Tick or untick one option of a resource card; returns whether it is ticked now.

        ``options`` are the card's options: the ticked ones are kept in the card's order.
        """
        self._need(CardKind.RESOURCE)
        if option not in options:
            raise KeyError(option)
        ticked = set(self.ticked) ^ {option}
        self.ticked = [o for o in options if o in ticked]
        return option in ticked
