"""The check at the edge: may this export leave the vault on the case's recorded basis?

:func:`check_export` is the one rule every export path calls before anything is written
(case report, case-conference summary, hand-over, printed cards); the export layer calls it
and shows the refusal. There is no flag around it: ``--force`` overrides other things, never
this; a recorded statutory task (or another basis, described in its note) is the way through.

Exempt, always: the person's own page (``handout``: what they read and keep) and their own
right of access (``subject-access``, GDPR art. 15: the agency must hand them their data,
whatever basis it holds it on, and a withdrawn consent does not end that right).

A record, never legal advice: which basis applies, and whether a named role really may
receive a summary, stays the agency's (and its data-protection officer's) decision
(docs/data-protection.md, "Legal basis and consent").
"""

from __future__ import annotations

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.errors import ExportRefused
from desistkit_tui.core.model.legal import BasisKind, LegalBasis, Scope


class Purpose(StrEnum):
    """What an export is for."""

    #: The case report (the caseworker's record, printed or as a file).
    REPORT = "report"
    #: A summary for a multi-agency case conference.
    SUMMARY = "summary"
    #: Handing the case over to another agency.
    HANDOVER = "handover"
    #: The person's own page (exempt).
    HANDOUT = "handout"
    #: The person's own copy of their data, their right of access (exempt).
    SUBJECT_ACCESS = "subject-access"
    #: A card session's cards and answers, printed.
    DECK = "deck"


#: Purposes that never need a basis: they go to the person themself.
EXEMPT: frozenset[Purpose] = frozenset({Purpose.HANDOUT, Purpose.SUBJECT_ACCESS})

#: The consent scope each purpose needs.
NEEDED_SCOPE: dict[Purpose, Scope] = {
    Purpose.REPORT: Scope.COUNSELLING_RECORDS,
    Purpose.SUMMARY: Scope.CASE_CONFERENCE,
    Purpose.HANDOVER: Scope.HANDOVER,
    Purpose.DECK: Scope.CARD_SESSIONS,
}

#: Purposes that go to another agency: the consent must name the recipient's role.
TO_ANOTHER_AGENCY: frozenset[Purpose] = frozenset({Purpose.SUMMARY, Purpose.HANDOVER})


def check_export(
    basis: LegalBasis, purpose: Purpose | str, recipient_role: str | None = None
) -> None:
    """Return if ``basis`` covers an export for ``purpose`` (to ``recipient_role``, the
    receiving agency named by its role); raise :class:`ExportRefused` saying why not.

    - ``handout`` and ``subject-access`` are exempt (see the module);
    - a statutory task covers every purpose; so does "other", once its note says what it is;
    - a consent covers a purpose its scope lists, unless withdrawn; a case-conference summary
      given a recipient, and every hand-over, need that recipient among the roles it names;
    - "to be recorded" covers nothing.

    ValueError for a purpose that is not a :class:`Purpose` (a programming error).
    """
    purpose = Purpose(purpose)
    if purpose in EXEMPT:
        return
    name = purpose.value
    if basis.kind is BasisKind.UNRECORDED:
        raise ExportRefused("no-basis", purpose=name)
    if basis.kind is BasisKind.STATUTORY_TASK:
        return
    if basis.kind is BasisKind.OTHER:
        if not basis.note.strip():
            raise ExportRefused("no-note", purpose=name)
        return
    withdrawn = basis.withdrawn_on
    if withdrawn is not None:
        raise ExportRefused("withdrawn", purpose=name, date=withdrawn.isoformat())
    if NEEDED_SCOPE[purpose] not in basis.scope:
        raise ExportRefused("not-in-scope", purpose=name)
    if purpose in TO_ANOTHER_AGENCY:
        role = (recipient_role or "").strip()
        if not role:
            if purpose is Purpose.HANDOVER:
                raise ExportRefused("no-recipient", purpose=name)
            return
        if not basis.names(role):
            raise ExportRefused("recipient-not-named", purpose=name, recipient=role)


def covers(basis: LegalBasis, purpose: Purpose | str, recipient_role: str | None = None) -> bool:
    """Whether :func:`check_export` would let the export through (for previews)."""
    try:
        check_export(basis, purpose, recipient_role)
    except ExportRefused:
        return False
    return True
