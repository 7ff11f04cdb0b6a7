"""``desistkit case basis CODE``: a case's recorded legal basis, for the caseworker and the
data-protection officer (docs/data-protection.md, "Legal basis and consent").

Reading a basis is not a change: no audit entry (``case list`` writes none either). Output is
English, as every CLI report (docs/architecture.md, Errors); ``--json`` for scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from desistkit_tui.cli_io import unlock

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


def show_basis(
    path: Path, code: str, as_json: bool, passphrase_file: Path | None, passphrase_fd: int | None
) -> None:
    """``desistkit case basis CODE`` (declared in :mod:`desistkit_tui.cli`, which imports this
    module only when the command runs)."""
    vault = unlock(path, passphrase_file, passphrase_fd)
    try:
        case = vault.read_case(vault.find(code).id)  # NoSuchCase: main() words it
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
