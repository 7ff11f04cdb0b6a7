"""``desistkit case erase``: the end of a case (data protection, docs/data-protection.md).

Help texts, prompts and reports stay English (docs/architecture.md, "Errors"); typed errors
are worded in the interface language by ``main()``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from desistkit_tui.cli_io import PassFd, PassFile, fail, unlock


def _vault_path(ctx: typer.Context) -> Path:
    from desistkit_tui.core.paths import resolve_vault

    root = ctx.find_root()
    explicit = root.obj.get("vault") if isinstance(root.obj, dict) else None
    return resolve_vault(explicit)


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

    vault = unlock(_vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        summary = vault.find(code)
        shown = safe(summary.code)
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
