"""``desistkit case list``, ``case add``, ``case basis``: the cases in a vault, without the TUI.

Help texts, prompts and reports stay English (docs/architecture.md, "Errors"); typed errors
are worded in the interface language by ``main()``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from desistkit_tui.cli_io import (
    BasisKindOpt,
    ConsentLangOpt,
    GivenOpt,
    NoteOpt,
    PassFd,
    PassFile,
    RecipientOpt,
    ScopeOpt,
    WithdrawOpt,
    error_text,
    fail,
    unlock,
    vault_path,
)
from desistkit_tui.core import languages
from desistkit_tui.core.languages import AddressForm, GenderForm


def case_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """List the cases (code, status, last activity, sessions)."""
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        summaries = sorted(vault.summaries(), key=lambda s: s.code.casefold())
    finally:
        vault.lock()
    if as_json:
        import json

        rows = [
            {
                "code": s.code,
                "status": s.status.value,
                # a damaged case's activity is unknown (not the epoch its entry carries)
                "last_activity": None if s.problem else s.last_activity.isoformat(),
                "reflections": s.reflections,
                "card_sessions": s.card_sessions,
                "retention": s.retention.isoformat() if s.retention else None,
                "basis": s.basis.value,  # the kind only, never the note (`case basis CODE`)
                "problem": str(s.problem) if s.problem else None,  # English: for scripts
            }
            for s in summaries
        ]
        from desistkit_tui.core.text import json_escaped

        typer.echo(json_escaped(json.dumps(rows, ensure_ascii=False, indent=1)))
        return
    from datetime import date

    from desistkit_tui.core.text import safe

    if not summaries:
        typer.echo("No cases yet. Add one with `desistkit case add CODE`.")
    for s in summaries:
        activity = "—" if s.problem else f"{s.last_activity:%Y-%m-%d}"
        line = f"{safe(s.code):<20} {s.status.value:<8} {activity:<10}  "
        line += f"{s.reflections} {_plural(s.reflections, 'reflection')}, "
        line += f"{s.card_sessions} {_plural(s.card_sessions, 'card session')}"
        if not s.problem and s.retention_due(date.today()):
            line += f"  RETENTION ENDED {s.retention}"
        typer.echo(line + (f"  DAMAGED: {error_text(s.problem)}" if s.problem else ""))


def _plural(count: int, noun: str) -> str:
    """The CLI's own (English) words: "1 reflection", "2 reflections"."""
    return noun if count == 1 else noun + "s"


def case_add(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="Pseudonymous case code, never a name.")],
    address: Annotated[AddressForm, typer.Option(help="How the person is addressed.")] = (
        AddressForm.FORMAL
    ),
    gender: Annotated[GenderForm, typer.Option(help="The person's gender form.")] = (
        GenderForm.UNSPECIFIED
    ),
    language: Annotated[
        str, typer.Option(help=f"The person's language: {', '.join(languages.codes())}.")
    ] = languages.REFERENCE,
    retention: Annotated[str | None, typer.Option(help="Keep until (YYYY-MM-DD).")] = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Add a case."""
    from datetime import date

    from desistkit_tui.core.model import check_code, check_retention

    try:
        code = check_code(code)
        keep = date.fromisoformat(retention) if retention else None
        check_retention(keep, date.today())
        languages.get(language)
    except ValueError as exc:
        fail(f"{exc}")
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        case = vault.create_case(
            code, address=address, gender=gender, language=language, retention=keep
        )
    finally:
        vault.lock()  # never fails for the index (a cache): that is a warning
    # The case exists: this is success, even if its audit entry could not be written (then
    # main() prints that as a warning, and the exit status stays 0).
    typer.echo(f"Added case {case.code}.")


def case_basis(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="The case code.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    kind: BasisKindOpt = None,
    given: GivenOpt = None,
    scope: ScopeOpt = None,
    recipient: RecipientOpt = None,
    consent_language: ConsentLangOpt = None,
    note: NoteOpt = None,
    withdraw: WithdrawOpt = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Show a case's legal basis and which exports it covers; with options, record it."""
    from desistkit_tui.cli_legal import BasisEdit, show_basis

    edit = BasisEdit(kind, given, scope, recipient, consent_language, note, withdraw)
    show_basis(vault_path(ctx), code, as_json, edit, passphrase_file, passphrase_fd)
