"""``desistkit doctor``: checks this machine for DesistKit (core/doctor.py) and prints one line
per finding, or JSON. Exit status 1 when any finding is an error."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from desistkit_tui.core.errors import SettingsProblem
    from desistkit_tui.core.settings import LoadedSettings

_MARK = {"ok": "ok     ", "warning": "warning", "error": "ERROR  "}


def app_checks(loaded: LoadedSettings) -> list[SettingsProblem]:
    """What only the app can check in the settings: the key map and the theme's name."""
    from pathlib import Path

    from desistkit_tui.app import create_app
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.core.errors import SettingsProblem
    from desistkit_tui.keymap import check_keymap

    _, problems = check_keymap(loaded.settings.keys, loaded)
    theme = loaded.settings.theme
    if theme:
        known = set(create_app(AppConfig(vault=Path("."))).available_themes)
        if theme not in known:
            problems.append(
                SettingsProblem(
                    "unknown-theme",
                    file=str(loaded.path),
                    line=loaded.lines.get("theme", 0),
                    key="theme",
                    value=theme,
                    allowed=", ".join(sorted(known)),
                )
            )
    return problems


def doctor(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Check Python, libraries, terminal, language, vault (permissions, disk, unlock time),
    settings and user decks; one line each, with what to do. Exit status 1 on an error."""
    from desistkit_tui.cli_io import error_text, vault_path
    from desistkit_tui.core import doctor as checks

    explicit = ctx.obj.get("lang") if isinstance(ctx.obj, dict) else None
    findings = checks.run(
        vault=vault_path(ctx),
        environ=os.environ,
        words=error_text,
        explicit_language=explicit,
        app_checks=app_checks,
    )
    failed = any(f.status == "error" for f in findings)
    if as_json:
        report = {"ok": not failed, "findings": [f.as_dict() for f in findings]}
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for f in findings:
            line = f"{_MARK[f.status]} {f.check:<12} {f.message}"
            typer.echo(line + (f" -> {f.advice}" if f.advice else ""))
        errors = sum(f.status == "error" for f in findings)
        warnings = sum(f.status == "warning" for f in findings)
        typer.echo(f"\n{errors} error(s), {warnings} warning(s)")
    if failed:
        raise typer.Exit(1)
