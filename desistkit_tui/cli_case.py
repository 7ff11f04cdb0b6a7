"""``desistkit case erase``, ``case due``, ``case retain``: the end of a case (data protection, docs/data-protection.md).

Help texts, prompts and reports stay English (docs/architecture.md, "Errors"); typed errors
are worded in the interface language by ``main()``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from desistkit_tui.cli_io import PassFd, PassFile, fail, unlock, vault_path

if TYPE_CHECKING:
    from desistkit_tui.core.vault.store import Vault


def _backups_since_created(vault: Vault, code: str) -> list[str]:
    """The backups the audit log records since the case was created (erasure does not reach
    them): what the caseworker must see to before the case is really gone."""
    from desistkit_tui.core.text import safe

    entries = vault.audit.listing()
    created = [
        e.seq
        for e in entries
        if e.action == "case-created" and e.case.casefold() == code.casefold()
    ]
    since = created[0] if created else 0
    made = [e for e in entries if e.action == "backup-made" and e.seq > since]
    if not made:
        return []
    lines = ["Backups made since this case was created (erasing does not reach them):"]
    lines += [f"  - {e.at:%Y-%m-%d %H:%M} UTC by {safe(e.who)}" for e in made]
    return lines


def case_erase(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="The code of the case to erase.")],
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask to type the code (for scripts).")
    ] = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Erase a case for good: its files and its key. Copies of its folder made before can no
    longer be opened with any key the vault holds; backups and old copies of vault.toml are
    not reached (see docs/data-protection.md)."""
    from desistkit_tui.core.text import safe

    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        summary = vault.find(code)
        shown = safe(summary.code)
        for line in _backups_since_created(vault, summary.code):
            typer.echo(line)
        if not yes:
            typer.echo(
                f"This erases case {shown} for good: its profile, every session and draft, and "
                "its key. The audit log keeps that it was erased, by whom and when."
            )
            typer.echo(
                "Backups, copies of the vault made before, and old copies of vault.toml with a "
                "passphrase valid then can still open what they hold: remove them too."
            )
            if not sys.stdin.isatty() and passphrase_file == Path("-"):
                fail("the passphrase came from stdin, so the code cannot be typed: use --yes")
            typed = typer.prompt(f"Type the case code ({shown}) to erase it", default="")
            if typed.strip().casefold() != summary.code.casefold():
                fail("the code typed does not match; nothing was erased")
        erased = vault.erase_case(summary.id)
    finally:
        vault.lock()
    typer.echo(f"Erased case {safe(erased)}.")


def case_due(
    ctx: typer.Context,
    within: Annotated[
        int, typer.Option("--within", min=0, help="Also cases due within this many days.")
    ] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Cases whose retention date ("keep until") has passed, or comes within --within days:
    erase them (`case erase`) or keep them longer, for a reason (`case retain`, or the dialog
    that opening such a case shows in the TUI)."""
    from datetime import date

    from desistkit_tui.core.text import json_escaped, safe

    today = date.today()
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        due = [s for s in vault.summaries() if not s.problem and s.retention_due(today, within)]
    finally:
        vault.lock()
    due.sort(key=lambda s: (s.retention or today, s.code.casefold()))
    if as_json:
        import json

        rows = [
            {
                "code": s.code,
                "retention": s.retention.isoformat() if s.retention else None,
                "days_left": (s.retention - today).days if s.retention else None,
                "status": s.status.value,
            }
            for s in due
        ]
        typer.echo(json_escaped(json.dumps(rows, ensure_ascii=False, indent=1)))
        return
    if not due:
        typer.echo("No case is due." if not within else f"No case is due within {within} days.")
    for s in due:
        assert s.retention is not None
        days = (s.retention - today).days
        when = "passed" if days < 0 else "today" if days == 0 else f"in {days} days"
        typer.echo(f"{safe(s.code):<20} keep until {s.retention.isoformat()}  ({when})")


def case_retain(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="The code of the case to keep longer.")],
    until: Annotated[str, typer.Option("--until", help="The new retention date (YYYY-MM-DD).")],
    reason: Annotated[
        str, typer.Option("--reason", help="Why the case is kept longer (required).")
    ],
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Keep a case longer: set a later retention date ("keep until"), after today, for a
    reason. The reason is kept, encrypted, in the case's retention history; the audit log
    records "retention-extended" with the previous and the new date, never the reason."""
    from datetime import date

    from desistkit_tui.core.model import check_retention
    from desistkit_tui.core.model.retention import check_reason
    from desistkit_tui.core.text import safe

    today = date.today()
    try:
        day = date.fromisoformat(until.strip())
        check_retention(day, today)
        check_reason(reason)
    except ValueError as exc:
        fail(f"{exc}; nothing was changed")
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        case_id = vault.find(code).id  # NoSuchCase: main() words it
        with vault.open_case(case_id) as handle:
            previous = handle.case.retention
            case = handle.save_profile(handle.case.retained(day, reason, today, vault.who))
    finally:
        vault.lock()
    before = previous.isoformat() if previous else "none"
    typer.echo(f"Case {safe(case.code)} is kept until {day.isoformat()} (was {before}).")
