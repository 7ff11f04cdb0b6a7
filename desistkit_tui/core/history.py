"""What a case has on record: its finished reflections and card sessions, read through the vault.

:func:`load_history` reads every session in full (exports need the full text); the case
overview reads their summaries through the per-case cache instead (:mod:`.history_cache`).
One damaged session file never hides the others: it is listed with its problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import Schema, SchemaError, VaultError
from desistkit_tui.core.model import Reflection, ReflectionSummary, SessionKind, is_reflection
from desistkit_tui.core.schema import Doc, Fields
from desistkit_tui.core.vault.cases import CaseHandle

#: The saved time of a card session whose document has none (it sorts first in its day).
_NEVER = datetime.min.replace(tzinfo=UTC)
#: Full reflections (:func:`load_history`) or their summaries (the case overview).
R = TypeVar("R", Reflection, ReflectionSummary)


@dataclass(frozen=True, slots=True)
class CardRecord:
    """What the case overview needs of a card session (the card mode owns the full model)."""

    id: str
    held_on: date
    suggested_factors: tuple[str, ...] = ()
    cards: int = 0


@dataclass(slots=True)
class History(Generic[R]):
    """A case's finished sessions, oldest first, and any it could not read."""

    reflections: list[R] = field(default_factory=list)
    card_sessions: list[CardRecord] = field(default_factory=list)
    problems: list[VaultError] = field(default_factory=list)

    @property
    def latest_suggestions(self) -> tuple[str, ...]:
        """The factors the newest card session suggested for the next reflection."""
        return self.card_sessions[-1].suggested_factors if self.card_sessions else ()

    # The two below share the lists they do not change with this history: a history is not
    # changed in place once it is read, so a reader can tell by identity what changed.

    def with_reflection(self, reflection: R) -> History[R]:
        """A new history with one more finished reflection (this one is left unchanged)."""
        if any(r.id == reflection.id for r in self.reflections):
            return self
        reflections = list(self.reflections)
        reflections.append(reflection)
        reflections.sort(key=lambda r: (r.held_on, r.created))
        return History(reflections, self.card_sessions, self.problems)

    def with_card_session(self, record: CardRecord) -> History[R]:
        """A new history with one more finished card session (this one is left unchanged)."""
        if any(c.id == record.id for c in self.card_sessions):
            return self
        cards = sorted([*self.card_sessions, record], key=lambda c: (c.held_on, c.id))
        return History(self.reflections, cards, self.problems)


def card_record(session_id: str, body: dict[str, object], saved: date, path: str) -> CardRecord:
    """What the overview shows of a card session, from its body (``saved``: the day it was
    saved, for a body without ``held_on``)."""
    f = Fields(body, path, set(body))
    held = f.date_or_none("held_on") or saved
    suggested = f.texts("suggested_factors")
    drawn = body.get("cards", [])
    talked = (
        [  # skipped and put-back cards were not talked about
            c for c in drawn if isinstance(c, dict) and c.get("state") in ("open", "later")
        ]
        if isinstance(drawn, list)
        else []
    )
    return CardRecord(session_id, held, suggested, len(talked))


def session_body(handle: CaseHandle, session_id: str) -> tuple[Doc, dict[str, Any]]:
    """A finished session's document and its body; :class:`SchemaError` if it has none."""
    doc = handle.load_session(session_id)
    body = doc.get("body")
    if not isinstance(body, dict):
        raise SchemaError(f"sessions/{session_id}", "body", Schema.MISSING)
    return doc, body


def saved_reflection(body: dict[str, Any], session_id: str) -> Reflection:
    """The finished reflection in the body of session ``session_id``: a reflection is saved
    under its own id (:meth:`CaseHandle.save_session`), which the overview opens it by, so a
    body whose id is another is refused as damaged (:class:`SchemaError`), not opened as a
    file that is not there."""
    path = f"sessions/{session_id}"
    reflection = Reflection.from_body(body, path)
    if reflection.id != session_id:
        raise SchemaError(path, "id", Schema.INVALID)
    return reflection


#: What the case overview holds: summaries of the reflections (:mod:`.history_cache`).
Overview = History[ReflectionSummary]


def load_history(handle: CaseHandle) -> History[Reflection]:
    """Decrypt and parse every finished session of the case."""
    history = History[Reflection]()
    saved_at: dict[str, datetime] = {}  # card sessions of one day: in the order they were saved
    for session_id in handle.session_ids():
        path = f"sessions/{session_id}"
        try:
            doc, body = session_body(handle, session_id)
            if doc.get("type") == SessionKind.REFLECTION.value and is_reflection(body):
                history.reflections.append(saved_reflection(body, session_id))
            elif doc.get("type") == SessionKind.CARDS.value:
                saved = doc.get("saved")
                day = saved.date() if isinstance(saved, datetime) else date.min
                if isinstance(saved, datetime) and saved.tzinfo is not None:
                    saved_at[session_id] = saved
                history.card_sessions.append(card_record(session_id, body, day, path))
        except VaultError as exc:
            history.problems.append(exc)
    history.reflections.sort(key=lambda r: (r.held_on, r.created))
    # Record ids tell the day only (docs/vault-format.md §8): within a day, the saved time orders.
    history.card_sessions.sort(key=lambda c: (c.held_on, saved_at.get(c.id, _NEVER), c.id))
    return history


def draft_of_type(handle: CaseHandle, kind: str) -> tuple[str, dict[str, object]] | None:
    """The newest readable draft whose body has ``type == kind`` (id and body)."""
    for draft_id in reversed(handle.draft_ids()):
        try:
            body = handle.load_draft(draft_id)["body"]
        except VaultError:
            continue
        if isinstance(body, dict) and body.get("type") == kind:
            return draft_id, body
    return None
