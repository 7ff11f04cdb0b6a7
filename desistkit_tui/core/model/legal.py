"""A case's legal basis for holding the person's data: what the caseworker recorded.

What a person shares in distancing work (views, health, offences) is special-category data
(GDPR art. 9 and 10): an agency holds it on the person's explicit consent or on a statutory
task. This module is the record of that basis, kept in the encrypted case document
(``[legal]`` in ``case.toml.enc``, case schema 4); :mod:`desistkit_tui.core.legal` checks an
export against it. A record, never legal advice: which basis applies stays the agency's call
(docs/data-protection.md, "Legal basis and consent").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desistkit_tui.core import languages
from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.errors import Schema
from desistkit_tui.core.schema import Doc, Fields, field_names


class BasisKind(StrEnum):
    """The kind of legal basis recorded for a case."""

    #: Nothing recorded yet (new cases may start so; cases older than schema 4 load so).
    UNRECORDED = "to-be-recorded"
    #: The person's explicit consent: its day, scope and language are recorded too.
    CONSENT = "consent"
    #: A task the agency has by law (its note names the law or mandate).
    STATUTORY_TASK = "statutory-task"
    #: Another basis the agency relies on, described in the note.
    OTHER = "other"


class Scope(StrEnum):
    """What a consent covers."""

    #: The caseworker's records of the counselling (reflections, goals, the case report).
    COUNSELLING_RECORDS = "counselling-records"
    #: Card sessions and what is printed of them.
    CARD_SESSIONS = "card-sessions"
    #: Summaries for a multi-agency case conference (to the roles named).
    CASE_CONFERENCE = "case-conference"
    #: Handing the case over to another agency (to the roles named).
    HANDOVER = "handover"


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """The person withdrew their consent on ``on`` (the whole consent)."""

    on: date

    def to_doc(self) -> Doc:
        return {"on": self.on}

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> Withdrawal:
        return cls(on=Fields(doc, path, field_names(cls)).day("on"))


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """The legal basis recorded for one case.

    ``recipients`` are the agencies a case-conference summary or a hand-over may go to, named
    by role ("probation service", "youth welfare office"), never by a person's name. A consent
    given again after a withdrawal (``given`` later than the newest withdrawal) holds again;
    the withdrawals stay in the record.
    """

    kind: BasisKind = BasisKind.UNRECORDED
    #: Free text: the law or mandate of a statutory task, what "other" is; a remark on consent.
    note: str = ""
    #: Consent: the day it was given.
    given: date | None = None
    scope: frozenset[Scope] = frozenset()
    recipients: tuple[str, ...] = ()
    #: Consent: the language the consent text was given in (a code; "" when not recorded).
    language: str = ""
    withdrawals: tuple[Withdrawal, ...] = ()

    @property
    def recorded(self) -> bool:
        """Whether any basis is recorded ("to be recorded" otherwise)."""
        return self.kind is not BasisKind.UNRECORDED

    @property
    def withdrawn_on(self) -> date | None:
        """The day of the withdrawal that ended the consent, or None while it holds."""
        if self.kind is not BasisKind.CONSENT or not self.withdrawals:
            return None
        last = max(w.on for w in self.withdrawals)
        return last if self.given is None or last >= self.given else None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None

    def names(self, role: str) -> bool:
        """Whether ``role`` is among the recipients (case and spacing do not matter)."""
        wanted = " ".join(role.split()).casefold()
        return any(" ".join(r.split()).casefold() == wanted for r in self.recipients)

    def withdraw(self, on: date) -> LegalBasis:
        """A copy with a withdrawal on ``on`` (ValueError unless it ends a consent that holds)."""
        if self.kind is not BasisKind.CONSENT or self.withdrawn:
            raise ValueError("only a consent that holds can be withdrawn")
        if self.given is not None and on < self.given:
            raise ValueError("a withdrawal cannot come before the consent was given")
        return replace(self, withdrawals=(*self.withdrawals, Withdrawal(on)))

    def to_doc(self) -> Doc:
        doc: Doc = {"kind": self.kind.value, "note": self.note}
        if self.given is not None:
            doc["given"] = self.given
        doc["scope"] = sorted(s.value for s in self.scope)
        doc["recipients"] = list(self.recipients)
        doc["language"] = self.language
        doc["withdrawals"] = [w.to_doc() for w in self.withdrawals]
        return doc

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> LegalBasis:
        f = Fields(doc, path, field_names(cls))
        scope = []
        for raw in f.texts("scope", unique=True):
            try:
                scope.append(Scope(raw))
            except ValueError:
                raise f.error("scope", Schema.UNKNOWN_VALUE, value=raw) from None
        language = f.get("language", str, "")
        if language and not languages.is_supported(language):
            raise f.error("language", Schema.UNKNOWN_VALUE, value=language)
        return cls(
            kind=f.choice("kind", BasisKind),
            note=f.get("note", str, ""),
            given=f.date_or_none("given"),
            scope=frozenset(scope),
            recipients=f.texts("recipients"),
            language=language,
            withdrawals=tuple(Withdrawal.from_doc(w, path) for w in f.tables("withdrawals")),
        )


#: What a case older than schema 4, or a new case left so, holds.
TO_BE_RECORDED = LegalBasis()
