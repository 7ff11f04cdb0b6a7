"""The ``desistkit`` command. Without a subcommand it opens the TUI.

Only Typer is imported at start-up: every command imports what it needs when it runs, so
``desistkit --help`` stays fast and never loads Textual, the crypto stack or the content.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from desistkit_tui import __version__
from desistkit_tui.cli_content import deck_app, locale_app
from desistkit_tui.cli_demo import demo
from desistkit_tui.cli_io import PassFd, PassFile, fail, read_secret, unlock
from desistkit_tui.cli_vault import vault_app

app = typer.Typer(
    name="desistkit",
    help="DesistKit TUI: CaseReflector, DesistCards and the manual, for distancing work.",
    add_completion=False,
    pretty_exceptions_enable=False,  # its tracebacks print local variables, secrets included
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
case_app = typer.Typer(help="Cases, without the TUI.", no_args_is_help=True)
app.add_typer(vault_app, name="vault")
app.add_typer(case_app, name="case")
app.add_typer(deck_app, name="deck")
app.add_typer(locale_app, name="locale")
app.command("demo")(demo)

VaultOpt = Annotated[
    Path | None,
    typer.Option(
        "--vault",
        help="The vault folder (default: DESISTKIT_VAULT, else the XDG data folder).",
        show_default=False,
    ),
]


def _vault_path(ctx: typer.Context) -> Path:
    from desistkit_tui.core.paths import resolve_vault

    explicit = ctx.obj.get("vault") if isinstance(ctx.obj, dict) else None
    return resolve_vault(explicit)


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    vault: VaultOpt = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """Open the TUI on the vault (it offers to create one on first run)."""
    if version:
        typer.echo(f"desistkit {__version__}")
        raise typer.Exit()
    ctx.obj = {"vault": vault}
    if ctx.invoked_subcommand is None:
        _run_tui(_vault_path(ctx))


def _run_tui(vault: Path) -> None:
    from desistkit_tui.app import create_app
    from desistkit_tui.core.config import AppConfig

    app_ = create_app(AppConfig(vault=vault))
    app_.run()
    if app_.return_code:
        raise typer.Exit(app_.return_code)


@app.command()
def init(
    ctx: typer.Context,
    team: Annotated[bool, typer.Option("--team", help="Group-shared folder for a team.")] = False,
    label: Annotated[str, typer.Option(help="Name of your key slot (shown in the audit log).")] = (
        "caseworker"
    ),
    kdf_memory_mib: Annotated[
        int | None, typer.Option(help="Argon2id memory (see vault tune).")
    ] = None,
    kdf_iterations: Annotated[
        int | None, typer.Option(help="Argon2id passes (see vault tune).")
    ] = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Create a vault. Shows the recovery key once: write it down."""
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.store import Vault

    path = _vault_path(ctx)
    if Vault.exists(path):
        fail(f"there is a vault at {path} already — open it with `desistkit`")
    defaults = KdfParams()
    kdf = KdfParams(
        iterations=kdf_iterations or defaults.iterations,
        lanes=defaults.lanes,
        memory_kib=(kdf_memory_mib * 1024) if kdf_memory_mib else defaults.memory_kib,
    )
    if kdf.weak:
        typer.echo(
            "desistkit: warning: these key-derivation settings are weak (tests only)", err=True
        )
    secret = read_secret(passphrase_file, passphrase_fd, "New passphrase", confirm=True)
    vault, code = Vault.create(path, secret, label, team=team, kdf=kdf)
    secret.wipe()
    vault.lock()
    typer.echo(f"Created a {'team ' if team else ''}vault at {path}")
    typer.echo("")
    typer.echo("Recovery key (shown only now — write it down and keep it like a key to a safe):")
    typer.echo("")
    typer.echo(f"    {code}")
    typer.echo("")
    typer.echo("It opens the vault if the passphrase is lost. It is not stored anywhere else.")


@case_app.command("list")
def case_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """List the cases (code, status, last activity, sessions)."""
    vault = unlock(_vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        summaries = sorted(vault.summaries(), key=lambda s: s.code.casefold())
    finally:
        vault.lock()
    if as_json:
        rows = [
            {
                "code": s.code,
                "status": s.status.value,
                "last_activity": s.last_activity.isoformat(),
                "reflections": s.reflections,
                "card_sessions": s.card_sessions,
                "retention": s.retention.isoformat() if s.retention else None,
                "problem": s.problem or None,
            }
            for s in summaries
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from desistkit_tui.core.text import safe

    if not summaries:
        typer.echo("No cases yet. Add one with `desistkit case add CODE`.")
    for s in summaries:
        line = f"{safe(s.code):<20} {s.status.value:<8} {s.last_activity:%Y-%m-%d}  "
        line += f"{s.reflections} reflections, {s.card_sessions} card sessions"
        typer.echo(line + (f"  DAMAGED: {safe(s.problem)}" if s.problem else ""))


@case_app.command("add")
def case_add(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="Pseudonymous case code, never a name.")],
    address: Annotated[str, typer.Option(help="formal or informal")] = "formal",
    gender: Annotated[str, typer.Option(help="feminine, masculine, neutral or unspecified")] = (
        "unspecified"
    ),
    language: Annotated[str, typer.Option(help="The person's language: en de pl mk sk ro")] = "en",
    retention: Annotated[str | None, typer.Option(help="Keep until (YYYY-MM-DD).")] = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Add a case."""
    from desistkit_tui.core.model import LANGUAGES, AddressForm, GenderForm, check_code

    try:
        code = check_code(code)
        address_form, gender_form = AddressForm(address), GenderForm(gender)
        keep = date.fromisoformat(retention) if retention else None
    except ValueError as exc:
        fail(f"{exc}")
    if language not in LANGUAGES:
        fail(f"unknown language {language!r}; choose one of {' '.join(LANGUAGES)}")
    vault = unlock(_vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        case = vault.create_case(
            code, address=address_form, gender=gender_form, language=language, retention=keep
        )
    finally:
        vault.lock()
    typer.echo(f"Added case {case.code}.")


def main() -> None:
    """Console entry point: typed errors become one line; nothing prints a traceback."""
    from desistkit_tui.core.vault.errors import VaultError

    try:
        app()
    except VaultError as exc:
        typer.echo(f"desistkit: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("desistkit: interrupted; nothing half-written was kept", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: no traceback with local variables
        if os.environ.get("DESISTKIT_DEBUG"):
            raise
        typer.echo(
            f"desistkit: internal error ({type(exc).__name__}); your saved data is unchanged. "
            "Run again with DESISTKIT_DEBUG=1 to see where it happened.",
            err=True,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
