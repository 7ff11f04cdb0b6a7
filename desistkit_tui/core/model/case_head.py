"""The head of a case document: what the case list and the index's ledger need of a case.

The index is rebuilt from every case document (10,000 in a city-wide team vault, issue 17):
reading each one as a whole :class:`~.case.Case` (goals, interventions, the legal basis and its
history) cost more than parsing it. :class:`CaseHead` reads the summary fields, checked as
:meth:`Case.from_doc` checks them, and the shape of the rest.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple, Protocol

from desistkit_tui.core import languages
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import Schema
from desistkit_tui.core.languages import AddressForm, GenderForm
from desistkit_tui.core.model.case import Case, CaseStatus, CaseSummary
from desistkit_tui.core.model.legal import BasisKind, LegalBasis
from desistkit_tui.core.model.plans import Goal, GoalStatus
from desistkit_tui.core.schema import Doc, Fields, field_names
from desistkit_tui.core.text import is_safe


class Revised(Protocol):
    """What the index's ledger needs of a case document read: a :class:`Case` or a
    :class:`CaseHead`."""

    @property
    def id(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def rev(self) -> int: ...
    @property
    def sessions(self) -> tuple[str, ...] | None: ...
    @property
    def summary(self) -> CaseSummary: ...


class CaseHead(NamedTuple):
    """A case document read for the case list only (issue 17: the index is rebuilt from
    10,000 of them): the summary, the revision and the session list the ledger needs.

    :meth:`from_doc` checks what it reads as :meth:`Case.from_doc` does (a wrong or missing
    field is the same :class:`SchemaError`, so the case is listed as damaged with its
    problem), and checks the shape of the rest: unknown keys, lists of tables. It does not
    read the goals' texts, the interventions, the legal basis beyond its kind or the
    retention history; opening the case reads those (``Case.from_doc``).
    """

    id: str
    code: str
    rev: int
    sessions: tuple[str, ...] | None
    summary: CaseSummary

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> CaseHead:
        """The head of a case document (schema :data:`CURRENT`); :class:`SchemaError` as
        :meth:`Case.from_doc` raises it for a summary field that is missing or wrong."""
        return _quick_head(doc) or _checked_head(doc, path)


_CASE_FIELDS = field_names(Case)
_GOAL_FIELDS = field_names(Goal)
_LEGAL_FIELDS = field_names(LegalBasis)
_CASE_KEYS = _CASE_FIELDS | {"schema", "kind"}
_ADDRESS = frozenset(a.value for a in AddressForm)
_GENDER = frozenset(g.value for g in GenderForm)
_STATUS = {s.value: s for s in CaseStatus}
_GOAL_STATUS = {s.value: s for s in GoalStatus}
_BASIS = {b.value: b for b in BasisKind}
_UTC_OFFSETS: dict[timedelta | None, timezone] = {}
_DICT: frozenset[type] = frozenset({dict})
_STR: frozenset[type] = frozenset({str})


def _plain_zone(moment: datetime) -> datetime:
    """``moment`` with a :class:`datetime.timezone` of the same offset (a parser may give
    its own ``tzinfo`` class, which does not pickle or compare as equal)."""
    offset = moment.utcoffset()
    zone = _UTC_OFFSETS.get(offset)
    if zone is None:
        zone = _UTC_OFFSETS[offset] = UTC if not offset else timezone(offset)
    return moment.replace(tzinfo=zone)


def _is_day(value: object) -> bool:
    """What :meth:`Fields.date_or_none` reads without complaint, as it reads it (no day)."""
    return value is None or value == "" or type(value) is date


def _quick_head(doc: Doc) -> CaseHead | None:
    """The head of a document whose fields are all as the app writes them, checked with
    plain type tests; None for anything else, which :func:`_checked_head` then reads (or
    refuses) with the very checks of :meth:`Case.from_doc`. Both give the same head for a
    document this accepts (tests/unit/test_case_head.py)."""
    get = doc.get
    case_id, code, created, last = get("id"), get("code"), get("created"), get("last_activity")
    reflections, cards, rev = get("reflections"), get("card_sessions"), get("rev")
    retention, last_reflection = get("retention"), get("last_reflection")
    goals, legal, sessions = get("goals", []), get("legal"), get("sessions", [])
    address, gender, language, status = (
        get("address"),
        get("gender"),
        get("language"),
        get("status"),
    )
    if not (
        doc.keys() <= _CASE_KEYS
        and type(case_id) is str
        and type(code) is str
        and is_safe(case_id, multiline=True)
        and is_safe(code, multiline=True)
        and type(address) is str
        and address in _ADDRESS
        and type(gender) is str
        and gender in _GENDER
        and type(status) is str
        and status in _STATUS
        and type(language) is str
        and languages.is_supported(language)
        and type(created) is datetime
        and created.tzinfo is not None
        and type(last) is datetime
        and last.tzinfo is not None
        and type(reflections) is int
        and type(cards) is int
        and type(rev) is int
        and _is_day(retention)
        and _is_day(last_reflection)
        and type(goals) is list
        and type(get("interventions", [])) is list
        and type(get("retention_history", [])) is list
        # The element types checked in C (``set(map(type, …))``): 10,000 cases of 20 sessions
        # each on an index rebuild (issue 17).
        and set(map(type, get("interventions", []))) <= _DICT
        and set(map(type, get("retention_history", []))) <= _DICT
        and type(sessions) is list
        and set(map(type, sessions)) <= _STR
        and len(set(sessions)) == len(sessions)
        and type(legal) is dict
        and legal.keys() <= _LEGAL_FIELDS
        and type(legal.get("kind")) is str
        and legal["kind"] in _BASIS
    ):
        return None
    open_goals, next_due = 0, None
    for goal in goals:
        if type(goal) is not dict or not goal.keys() <= _GOAL_FIELDS:
            return None
        target, state = goal.get("target"), goal.get("status", "open")
        if type(state) is not str or state not in _GOAL_STATUS or not _is_day(target):
            return None
        if state == GoalStatus.OPEN.value:
            open_goals += 1
            if target and (next_due is None or target < next_due):
                next_due = target
    summary = CaseSummary(
        case_id,
        code,
        _STATUS[status],
        _plain_zone(last),
        reflections,
        cards,
        retention or None,
        None,
        last_reflection or None,
        open_goals,
        next_due,
        _BASIS[legal["kind"]],
    )
    return CaseHead(case_id, code, rev, tuple(sessions) if "sessions" in doc else None, summary)


def _checked_head(doc: Doc, path: str) -> CaseHead:
    """The head read with :class:`Fields`, as :meth:`Case.from_doc` reads these fields."""
    f = Fields(doc, path, _CASE_FIELDS)
    case_id, code = f.get("id", str), f.get("code", str)
    f.choice("address", AddressForm)
    f.choice("gender", GenderForm)
    f.language("language")
    status = f.choice("status", CaseStatus)
    retention = f.date_or_none("retention")
    f.datetime("created")
    last_activity = _plain_zone(f.datetime("last_activity"))
    reflections, cards = f.get("reflections", int), f.get("card_sessions", int)
    rev = f.get("rev", int)
    last_reflection = f.date_or_none("last_reflection")
    open_goals, next_due = 0, None
    for goal in f.tables("goals"):
        g = Fields(goal, path, _GOAL_FIELDS)
        target = g.date_or_none("target")
        if g.choice("status", GoalStatus, "open") is GoalStatus.OPEN:
            open_goals += 1
            if target is not None and (next_due is None or target < next_due):
                next_due = target
    f.tables("interventions")
    f.tables("retention_history")
    sessions = _session_ids(f) if "sessions" in doc else None
    legal = f.get("legal", dict)
    basis = Fields(legal, f"{path} [legal]", _LEGAL_FIELDS).choice("kind", BasisKind)
    summary = CaseSummary(
        case_id,
        code,
        status,
        last_activity,
        reflections,
        cards,
        retention,
        None,
        last_reflection,
        open_goals,
        next_due,
        basis,
    )
    return CaseHead(case_id, code, rev, sessions, summary)


def _session_ids(f: Fields) -> tuple[str, ...]:
    """The session list, checked as :meth:`Fields.texts` checks it (text, each id once); the
    ids are not shown, so they are not made terminal-safe here."""
    items = f.get("sessions", list)
    if not all(isinstance(item, str) for item in items):
        raise f.error("sessions", Schema.WRONG_TYPE, expected="list[str]", found="list")
    if len(set(items)) != len(items):
        raise f.error("sessions", Schema.REPEATED)
    return tuple(items)
