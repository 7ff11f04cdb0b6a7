"""``desistkit case basis CODE``: a case's recorded legal basis, for the caseworker and the
data-protection officer (docs/data-protection.md, "Legal basis and consent").

Reading a basis is not a change: no audit entry (``case list`` writes none either). Output is
English, as every CLI report (docs/architecture.md, Errors); ``--json`` for scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from desistkit_tui.cli_io import fail, unlock

if TYPE_CHECKING:
    from desistkit_tui.core.model import LegalBasis


def basis_doc(basis: LegalBasis) -> dict[str, Any]:
    """The record as JSON, with what it covers (``core/legal.check_export``'s verdicts)."""
    from desistkit_tui.core.legal import EXEMPT, TO_ANOTHER_AGENCY, Purpose, covers

    return {
        "kind": basis.kind.value,
        "note": basis.note,
        "given": basis.given.isoformat() if basis.given else None,
        "scope": sorted(s.value for s in basis.scope),
        "recipients": list(basis.recipients),
        "language": basis.language or None,
        "withdrawals": [w.on.isoformat() for w in basis.withdrawals],
        "withdrawn_on": basis.withdrawn_on.isoformat() if basis.withdrawn_on else None,
        # to another agency: covered for the roles the record names (none named: summary
        # to the conference as a whole; a hand-over always needs a named role)
        "covers": {
            p.value: covers(basis, p, basis.recipients[0] if basis.recipients else None)
            if p in TO_ANOTHER_AGENCY
            else covers(basis, p)
            for p in Purpose
            if p not in EXEMPT
        },
    }


def basis_lines(code: str, basis: LegalBasis) -> list[str]:
    """The record as text lines (values from the vault go through ``safe``)."""
    from desistkit_tui.core.text import safe

    doc = basis_doc(basis)
    lines = [f"Case {safe(code)}", f"Legal basis: {doc['kind']}"]
    if doc["given"]:
        lines.append(f"Consent given: {doc['given']}")
    if basis.kind.value == "consent":
        lines.append(f"Consent covers: {', '.join(doc['scope']) or 'nothing yet'}")
        lines.append(f"Consent text language: {doc['language'] or 'not recorded'}")
    if basis.recipients:
        lines.append(f"Agencies (by role): {safe(', '.join(basis.recipients))}")
    for day in doc["withdrawals"]:
        lines.append(f"Withdrawn: {day}")
    if basis.note:
        lines.append(f"Note: {safe(basis.note)}")
    verdicts = ", ".join(f"{p} {'yes' if ok else 'no'}" for p, ok in doc["covers"].items())
    lines.append(f"Exports it covers: {verdicts}")
    lines.append(
        "Always allowed: the person's own page (handout) and their own data (subject-access)"
    )
    return lines


@dataclass(frozen=True, slots=True)
class BasisEdit:
    """What ``case basis CODE`` was asked to record (None: leave that field as it is)."""

    kind: str | None = None
    given: str | None = None
    scope: list[str] | None = None
    recipients: list[str] | None = None
    language: str | None = None
    note: str | None = None
    withdraw: str | None = None

    def __bool__(self) -> bool:
        return any(
            v is not None
            for v in (
                self.kind,
                self.given,
                self.scope,
                self.recipients,
                self.language,
                self.note,
                self.withdraw,
            )
        )

    def applied(self, basis: LegalBasis) -> LegalBasis:
        """``basis`` with the edits; ValueError saying what is wrong (the TUI's rules)."""
        from datetime import date

        from desistkit_tui.core import languages
        from desistkit_tui.core.model import BasisKind, Scope

        kind = BasisKind(self.kind) if self.kind is not None else basis.kind
        given = date.fromisoformat(self.given) if self.given else basis.given
        language = basis.language if self.language is None else self.language
        if language:
            languages.get(language)
        edited = replace(
            basis,
            kind=kind,
            note=basis.note if self.note is None else self.note.strip(),
            given=given if kind is BasisKind.CONSENT else None,
            scope=basis.scope if self.scope is None else frozenset(Scope(s) for s in self.scope),
            recipients=basis.recipients
            if self.recipients is None
            else tuple(dict.fromkeys(" ".join(r.split()) for r in self.recipients if r.strip())),
            language=language,
        )
        if kind is BasisKind.CONSENT and edited.given is None:
            raise ValueError("consent needs the day it was given (--given YYYY-MM-DD)")
        if kind is BasisKind.OTHER and not edited.note:
            raise ValueError("an 'other' basis needs a --note saying what it is")
        if self.withdraw is not None:
            edited = edited.withdraw(date.fromisoformat(self.withdraw))
        return edited


#: Printed after a withdrawal is recorded (the TUI shows the same in its dialog).
WHAT_FOLLOWS = (
    "What follows from the withdrawal:",
    "- Hand-overs and case-conference summaries of this case are refused from now on.",
    "- Erase or restrict the case as your agency's policy says. To erase it: "
    "desistkit case erase {code}",
    "- Tell the agencies that already received a summary, as your agency's policy says.",
    "The audit log records the withdrawal (when, who, which case), never its content.",
)


def show_basis(
    path: Path,
    code: str,
    as_json: bool,
    edit: BasisEdit,
    passphrase_file: Path | None,
    passphrase_fd: int | None,
) -> None:
    """``desistkit case basis CODE`` (declared in :mod:`desistkit_tui.cli`, which imports this
    module only when the command runs): print the record, or first record ``edit``."""
    vault = unlock(path, passphrase_file, passphrase_fd)
    try:
        case_id = vault.find(code).id  # NoSuchCase: main() words it
        if not edit:
            case = vault.read_case(case_id)
        else:
            with vault.open_case(case_id) as handle:
                try:
                    legal = edit.applied(handle.case.legal)
                except ValueError as exc:
                    fail(f"{exc}")
                case = handle.save_profile(replace(handle.case, legal=legal))
    finally:
        vault.lock()
    if as_json:
        import json

        from desistkit_tui.core.text import json_escaped

        doc = {"code": case.code, **basis_doc(case.legal)}
        typer.echo(json_escaped(json.dumps(doc, ensure_ascii=False, indent=1)))
        return
    for line in basis_lines(case.code, case.legal):
        typer.echo(line)
    if edit.withdraw is not None:
        from desistkit_tui.core.text import safe

        for line in WHAT_FOLLOWS:
            typer.echo(line.format(code=safe(case.code)))
