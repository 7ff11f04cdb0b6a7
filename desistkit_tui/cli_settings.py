"""``desistkit config path|show`` and ``desistkit keys``: the settings file and the key map.

The texts are English, as every CLI report is; a problem in the settings file is worded by the
error layer in the interface language (``error_text``).
"""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer

from desistkit_tui.cli_io import error_text

config_app = typer.Typer(
    help="The settings file: where it is and what is in effect.", no_args_is_help=True
)


def _toml_value(value: object) -> str:
    import tomli_w

    return tomli_w.dumps({"v": value}).split("=", 1)[1].strip()


@config_app.command("path")
def config_path() -> None:
    """Print where the settings file is (it may not exist yet)."""
    from desistkit_tui.core.settings import settings_path

    typer.echo(str(settings_path()))


@config_app.command("show")
def config_show(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Print every setting in effect, where it comes from and what it does, as TOML; then the
    file's problems (exit status 1 if it has any)."""
    import dataclasses

    from desistkit_tui.core.settings import (
        KEYS_TABLE,
        Settings,
        environment_overrides,
        field_docs,
        load_settings,
    )

    loaded = load_settings()
    settings, defaults = loaded.settings, Settings()
    overridden = environment_overrides(os.environ)
    if as_json:
        values = {f.name: getattr(settings, f.name) for f in dataclasses.fields(Settings)}
        values[KEYS_TABLE] = dict(settings.keys)
        report = {
            "path": str(loaded.path),
            "exists": loaded.exists,
            "settings": values,
            "overridden_by_environment": overridden,
            "problems": [str(p) for p in loaded.problems],  # English: for scripts
        }
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
        raise typer.Exit(1 if loaded.problems else 0)
    state = "" if loaded.exists else " (does not exist: every setting has its default)"
    typer.echo(f"# {loaded.path}{state}")
    for name, doc in field_docs().items():
        if name == KEYS_TABLE:
            continue
        value = getattr(settings, name)
        source = "default" if value == getattr(defaults, name) else "settings file"
        if name in overridden:
            source += f"; {overridden[name]} overrides it now"
        typer.echo("")
        typer.echo(f"# {doc}")
        typer.echo(f"{name} = {_toml_value(value)}  # {source}")
    typer.echo("")
    typer.echo(f"# {field_docs()[KEYS_TABLE]}")
    typer.echo(f"[{KEYS_TABLE}]")
    for binding_id, keys in settings.keys.items():
        typer.echo(f"{json.dumps(binding_id)} = {_toml_value(keys)}")
    for problem in loaded.problems:
        typer.echo(f"desistkit: {error_text(problem)}", err=True)
    if loaded.problems:
        raise typer.Exit(1)


def keys(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Every key binding by its id (for the [keys] table of the settings file), with the keys
    in effect; then what the settings' key map has wrong (exit status 1 if anything)."""
    from desistkit_tui.core.i18n import Localizer
    from desistkit_tui.core.settings import load_settings
    from desistkit_tui.keymap import binding_table, check_keymap

    loaded = load_settings()
    applied, problems = check_keymap(loaded.settings.keys, loaded)
    problems = [*(p for p in loaded.problems if p.key.startswith("keys.")), *problems]
    english = Localizer.create("en")
    rows = []
    for info in binding_table():
        what = english(info.description) if info.description.startswith("key-") else ""
        what = what or info.description or info.action
        rows.append(
            {
                "id": info.id,
                "keys": applied.get(info.id, info.keys) if info.id else info.keys,
                "default": info.keys,
                "where": info.owner,
                "action": what,
            }
        )
    if as_json:
        report = {"bindings": rows, "problems": [str(p) for p in problems]}
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
        raise typer.Exit(1 if problems else 0)
    typer.echo(f"{'binding id':<24} {'keys':<18} {'where':<22} action")
    for row in rows:
        keys_shown = str(row["keys"])
        if row["keys"] != row["default"]:
            keys_shown += f" (was {row['default']})"
        binding_id = row["id"] or "(fixed)"
        typer.echo(f"{binding_id:<24} {keys_shown:<18} {row['where']:<22} {row['action']}")
    typer.echo("")
    typer.echo(f'Remap in {loaded.path}, e.g.:  [keys]  "flow.next" = "f3,ctrl+n"')
    for problem in problems:
        typer.echo(f"desistkit: {error_text(problem)}", err=True)
    if problems:
        raise typer.Exit(1)
