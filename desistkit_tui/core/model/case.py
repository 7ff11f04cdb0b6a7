"""The case model: typed, schema-versioned, free of storage and UI concerns.

Cases are pseudonymous: a case has a *code* the caseworker chooses (never a name) and a random
internal id used for folder names.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from desistkit_tui.core import languages
from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.compat import UTC, StrEnum
from desistkit_tui.core.errors import DesistKitError
from desistkit_tui.core.languages import AddressForm, GenderForm
from desistkit_tui.core.model.legal import TO_BE_RECORDED, BasisKind, LegalBasis
from desistkit_tui.core.model.plans import Goal, GoalStatus, Intervention
from desistkit_tui.core.model.retention import RetentionChange, check_reason
from desistkit_tui.core.schema import CURRENT, Doc, Fields, field_names

CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,31}")


class CaseStatus(StrEnum):
    """Where the case stands."""

    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class SessionKind(StrEnum):
    """What a saved session records."""

    REFLECTION = "reflection"
    CARDS = "cards"


def new_case_id() -> str:
    """A random internal case id (folder name); says nothing about the case."""
    return secrets.token_hex(8)


#: A record id tells only the UTC day it was made (docs/vault-format.md, "What the files
#: reveal without a key"); older ids carry the millisecond of their save and are read as before.
RECORD_ID_GRAIN_MS = 86_400_000
_record_ids = {"last": ""}  # the last id made here: later ids of one process sort after it
_record_id_lock = threading.Lock()


def new_record_id(at: datetime | None = None) -> str:
    """A sortable unique id for a session or draft: the start of its UTC day in milliseconds
    since 1970 (13 digits, as old ids), then 16 random hex digits; an id made later in this
    process sorts after the ones made before it (ids of other processes on the same day sort
    in random order)."""
    millis = int((at.timestamp() if at else time.time()) * 1000)
    day = f"{millis - millis % RECORD_ID_GRAIN_MS:013d}"
    with _record_id_lock:
        last_day, _, last = _record_ids["last"].partition("-")
        tail = secrets.randbits(63)  # the top half is left for the steps below
        if last_day == day and tail <= int(last, 16):
            tail = int(last, 16) + 1 + secrets.randbits(32)  # 2**31 steps before it could wrap
        made = _record_ids["last"] = f"{day}-{tail:016x}"
    return made


def check_code(code: str) -> str:
    """A valid pseudonymous case code, or ValueError saying what is allowed."""
    code = code.strip()
    if not CODE_PATTERN.fullmatch(code):
        raise ValueError(
            "a case code is 1-32 letters, digits, '.', '_', '/' or '-', starting with a letter "
            "or digit (a pseudonym such as K-2026-014, never a name)"
        )
    return code


def check_retention(day: date | None, today: date) -> date | None:
    """A retention date ("keep until") for a new or edited case: after ``today``, or none;
    ValueError otherwise (the TUI and ``desistkit case add`` apply the same rule)."""
    if day is not None and day <= today:
        raise ValueError(f"the retention date {day.isoformat()} must be after today")
    return day


@dataclass(slots=True)
class Case:
    """A case's profile and running totals."""

    id: str
    code: str
    address: AddressForm = AddressForm.FORMAL
    gender: GenderForm = GenderForm.UNSPECIFIED
    #: The person's language (a code of :mod:`desistkit_tui.core.languages`).
    language: str = languages.REFERENCE
    status: CaseStatus = CaseStatus.ACTIVE
    retention: date | None = None
    created: datetime = field(default_factory=utcnow)
    last_activity: datetime = field(default_factory=utcnow)
    reflections: int = 0
    card_sessions: int = 0
    #: Save counter: a save that finds a different ``rev`` on disk is a conflict.
    rev: int = 0
    #: The day of the newest reflection (``None`` before the first).
    last_reflection: date | None = None
    goals: tuple[Goal, ...] = ()
    interventions: tuple[Intervention, ...] = ()
    #: The ids of the case's saved sessions (authenticated with the document, so a deleted
    #: session file is found); ``None`` for a case written before schema 3, until its files
    #: are adopted at the first open for writing.
    sessions: tuple[str, ...] | None = ()
    #: The legal basis for holding the person's data (schema 4; "to be recorded" before).
    legal: LegalBasis = TO_BE_RECORDED
    #: Each extension of the retention date, oldest first (schema 5; none before).
    retention_history: tuple[RetentionChange, ...] = ()

    def goal(self, goal_id: str) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    @property
    def summary(self) -> CaseSummary:
        """What the case list shows of this case."""
        return CaseSummary.of(self)

    @property
    def open_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.status is GoalStatus.OPEN)

    def next_due(self) -> date | None:
        """The earliest target date among open goals."""
        return min((g.target for g in self.open_goals if g.target is not None), default=None)

    def with_goal(self, goal: Goal) -> Case:
        """A copy with ``goal`` added, or replacing the goal with its id."""
        goals = [g for g in self.goals if g.id != goal.id]
        at = next((i for i, g in enumerate(self.goals) if g.id == goal.id), len(goals))
        goals.insert(at, goal)
        return replace(self, goals=tuple(goals))

    def with_intervention(self, item: Intervention) -> Case:
        """A copy with ``item`` added, or replacing the intervention with its id."""
        items = [i for i in self.interventions if i.id != item.id]
        at = next((n for n, i in enumerate(self.interventions) if i.id == item.id), len(items))
        items.insert(at, item)
        return replace(self, interventions=tuple(items))

    def retained(self, until: date, reason: str, today: date, by: str = "") -> Case:
        """A copy kept until ``until`` (after ``today``), the change and its reason added to
        :attr:`retention_history`; ValueError for a date not after today or no reason."""
        check_retention(until, today)
        change = RetentionChange(today, self.retention, until, check_reason(reason), by)
        return replace(self, retention=until, retention_history=(*self.retention_history, change))

    def to_doc(self) -> Doc:
        doc: Doc = {
            "schema": CURRENT["case"],
            "kind": "case",
            "id": self.id,
            "code": self.code,
            "address": self.address.value,
            "gender": self.gender.value,
            "language": self.language,
            "status": self.status.value,
            "created": self.created,
            "last_activity": self.last_activity,
            "reflections": self.reflections,
            "card_sessions": self.card_sessions,
            "rev": self.rev,
        }
        if self.retention is not None:
            doc["retention"] = self.retention
        if self.last_reflection is not None:
            doc["last_reflection"] = self.last_reflection
        doc["goals"] = [g.to_doc() for g in self.goals]
        doc["interventions"] = [i.to_doc() for i in self.interventions]
        if self.sessions is not None:
            doc["sessions"] = list(self.sessions)
        doc["legal"] = self.legal.to_doc()
        doc["retention_history"] = [c.to_doc() for c in self.retention_history]
        return doc

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> Case:
        f = Fields(doc, path, field_names(cls))
        return cls(
            id=f.get("id", str),
            code=f.get("code", str),
            address=f.choice("address", AddressForm),
            gender=f.choice("gender", GenderForm),
            language=f.language("language"),
            status=f.choice("status", CaseStatus),
            retention=f.date_or_none("retention"),
            created=f.datetime("created"),
            last_activity=f.datetime("last_activity"),
            reflections=f.get("reflections", int),
            card_sessions=f.get("card_sessions", int),
            rev=f.get("rev", int),
            last_reflection=f.date_or_none("last_reflection"),
            goals=tuple(Goal.from_doc(g, path) for g in f.tables("goals")),
            interventions=tuple(Intervention.from_doc(i, path) for i in f.tables("interventions")),
            sessions=f.texts("sessions", unique=True) if "sessions" in doc else None,
            legal=LegalBasis.from_doc(f.get("legal", dict), f"{path} [legal]"),
            retention_history=tuple(
                RetentionChange.from_doc(c, f"{path} [retention_history]")
                for c in f.tables("retention_history")
            ),
        )

    def touched(
        self,
        kind: SessionKind | None = None,
        at: datetime | None = None,
        held_on: date | None = None,
        session_id: str = "",
        correction: bool = False,
    ) -> Case:
        """A copy with the activity time (and a session count) moved on; ``session_id`` (a
        session just saved) joins :attr:`sessions` when that list is kept. A ``correction``
        is a new version of a reflection that is counted already: it is not counted again.

        ``held_on`` is the day a reflection was held; the newest such day is kept (a reflection
        entered later with an earlier date does not move it back).
        """
        last = self.last_reflection
        if kind is SessionKind.REFLECTION and held_on is not None:
            last = held_on if last is None else max(last, held_on)
        return replace(
            self,
            last_activity=at or utcnow(),
            reflections=self.reflections + (kind is SessionKind.REFLECTION and not correction),
            card_sessions=self.card_sessions + (kind is SessionKind.CARDS),
            last_reflection=last,
            sessions=(
                (*self.sessions, session_id)
                if session_id and self.sessions is not None and session_id not in self.sessions
                else self.sessions
            ),
        )


class CaseSummary(NamedTuple):
    """What the case list shows, kept in the encrypted index.

    A named tuple rather than a frozen dataclass: the index makes one per case at every unlock
    (10,000 in a city-wide team vault), and a tuple is made about four times faster (issue 17).
    Use ``_replace`` to change a field.
    """

    id: str
    code: str
    status: CaseStatus
    last_activity: datetime
    reflections: int
    card_sessions: int
    retention: date | None = None
    #: Why the case could not be read (None when it could); a damaged case is still listed.
    problem: DesistKitError | None = None
    last_reflection: date | None = None
    open_goals: int = 0
    #: The earliest target date among open goals.
    next_due: date | None = None
    #: The kind of legal basis recorded (never its note).
    basis: BasisKind = BasisKind.UNRECORDED

    def retention_due(self, today: date, within: int = 0) -> bool:
        """Whether the retention date ("keep until") has passed, or comes within ``within``
        days (``desistkit case due``)."""
        return self.retention is not None and (self.retention - today).days <= within

    def hints(self, today: date, review_after_days: int) -> tuple[str, ...]:
        """What needs attention: ``retention-due``, ``goal-overdue``, ``review-due`` and
        ``basis-missing`` (message id suffixes, in that order).

        A hint, never a schedule: a case whose retention date has come gets ``retention-due``
        and one with no legal basis recorded ``basis-missing`` (closed ones too: the data is
        still held); a case whose newest reflection is older than ``review_after_days`` (0:
        never), or that has none and no activity for that long (a brand-new case is not due),
        gets ``review-due``; closed cases get no other hint. A damaged case gets none.
        """
        return HINT_SETS[hint_bits((self,), today, review_after_days)[0]]

    @classmethod
    def damaged(cls, case_id: str, problem: DesistKitError) -> CaseSummary:
        """A list entry for a case whose files could not be read."""
        epoch = datetime.fromtimestamp(0, UTC)
        return cls(case_id, f"? {case_id[:8]}", CaseStatus.ACTIVE, epoch, 0, 0, None, problem)

    @classmethod
    def of(cls, case: Case) -> CaseSummary:
        return cls(
            case.id,
            case.code,
            case.status,
            case.last_activity,
            case.reflections,
            case.card_sessions,
            case.retention,
            last_reflection=case.last_reflection,
            open_goals=len(case.open_goals),
            next_due=case.next_due(),
            basis=case.legal.kind,
        )


#: The hints of :meth:`CaseSummary.hints`, in the order it lists them; hint ``n`` is bit
#: ``1 << n`` of :func:`hint_bits`.
HINT_IDS = ("retention-due", "goal-overdue", "review-due", "basis-missing")
#: :func:`hint_bits` -> the hints they stand for (a tuple shared by every case with them).
HINT_SETS = tuple(
    tuple(hint for n, hint in enumerate(HINT_IDS) if bits >> n & 1) for bits in range(16)
)


def hint_bits(summaries: Iterable[CaseSummary], today: date, review_after_days: int) -> list[int]:
    """:meth:`CaseSummary.hints` of each summary, as bits (``HINT_SETS[bits]`` are the hints).

    The one place the rules are written (``hints`` asks it for one case): one pass over the
    summaries without a call per case, three times faster than ``hints`` for each at 10,000
    cases, which the case list needs before its first paint (its hint column's width; issue 17).
    """
    closed, unrecorded = CaseStatus.CLOSED, BasisKind.UNRECORDED
    # "Newest older than review_after_days" is "newest before today minus that many days".
    limit = date.min  # nothing is before it: no review hint
    if review_after_days > 0:
        with contextlib.suppress(OverflowError):
            limit = today - timedelta(days=review_after_days)
    return [
        0
        if s.problem
        else (
            ((retention := s.retention) is not None and retention <= today)
            | (
                0
                if s.status is closed
                else ((due := s.next_due) is not None and due < today) << 1
                | ((s.last_reflection or s.last_activity.date()) < limit) << 2
            )
            | (s.basis is unrecorded) << 3
        )
        for s in summaries
    ]
