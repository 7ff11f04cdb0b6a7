"""`desistkit --help` stays light: command groups are built when used, nothing heavy imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import TypedDict

import pytest

from desistkit_tui import cli
from tests.cli.test_cli_vault import FAST, run
from tests.scripts import run_json

_HELP = textwrap.dedent(
    """
    import atexit, gc, json, sys

    def report():
        loaded = sorted(
            m for m in sys.modules
            if m.startswith(("desistkit_tui.cli_", "textual", "cryptography", "rich"))
        )
        print(json.dumps({"loaded": loaded, "gc": gc.isenabled()}), file=sys.stderr)

    atexit.register(report)
    sys.argv = ["desistkit", *sys.argv[1:]]
    from desistkit_tui.cli import main
    main()
    """
)


class _Loaded(TypedDict):
    """What the ``_HELP`` script reports on exit."""

    loaded: list[str]
    gc: bool


def _run(*args: str) -> tuple[subprocess.CompletedProcess[str], _Loaded]:
    done = subprocess.run(
        [sys.executable, "-c", _HELP, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )
    report: _Loaded = json.loads(done.stderr.strip().splitlines()[-1])
    assert isinstance(report, dict) and set(report) == {"loaded", "gc"}
    return done, report


def test_help_lists_every_group_without_building_them() -> None:
    done, report = _run("--help")
    assert done.returncode == 0
    names = [line.split()[0] for line in done.stdout.split("Commands:")[1].splitlines() if line]
    assert names == [
        "demo",
        "init",
        "doctor",
        "keys",
        "vault",
        "case",
        "consent",
        "deck",
        "locale",
        "config",
    ]
    for name, (_, _, help_) in cli.LAZY_GROUPS.items():
        assert f"{name}  " in done.stdout and help_[:40] in done.stdout
    # cli_export holds the `case report|handout|summary|export` commands' signatures (Typer and
    # the option types only); the export layer itself is imported when one of them runs.
    assert report["loaded"] == [
        "desistkit_tui.cli_case",
        "desistkit_tui.cli_cases",
        "desistkit_tui.cli_demo",
        "desistkit_tui.cli_doctor",
        "desistkit_tui.cli_export",
        "desistkit_tui.cli_io",
        "desistkit_tui.cli_settings",
    ]


def test_a_group_is_built_when_used() -> None:
    done, report = _run("vault", "--help")
    assert done.returncode == 0
    assert "Keys, verification and tuning of a vault." in done.stdout
    for command in ("keys", "add-key", "remove-key", "rekey", "verify", "tune"):
        assert f"  {command} " in done.stdout
    assert "desistkit_tui.cli_vault" in report["loaded"]
    assert "desistkit_tui.cli_content" not in report["loaded"]
    done, _ = _run("vault", "no-such-command")
    assert done.returncode == 2 and "No such command 'no-such-command'" in done.stderr


@pytest.mark.parametrize("name", sorted(cli.LAZY_GROUPS))
def test_the_help_shown_for_a_lazy_group_is_its_own(name: str) -> None:
    assert cli.lazy_typer(name).info.help == cli.LAZY_GROUPS[name][2]


def test_importing_the_cli_leaves_the_garbage_collector_on() -> None:
    script = "import gc, desistkit_tui.cli; print(gc.isenabled())"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "True", done.stderr


_UNLOCK = textwrap.dedent(
    """
    import asyncio, json, sys
    from pathlib import Path

    HEAVY = ("desistkit_tui.core.vault.store", "desistkit_tui.core.content.load", "cryptography")

    def heavy():
        return sorted(m for m in HEAVY if m in sys.modules)

    from desistkit_tui.cli import build_tui
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.screens.unlock import UnlockScreen

    composing = []
    compose = UnlockScreen.compose

    def recording_compose(self):
        composing.append(heavy())  # what is loaded while the screen is being built
        return compose(self)

    UnlockScreen.compose = recording_compose
    app = build_tui(lambda: AppConfig(vault=Path(sys.argv[1])))
    built = heavy()

    async def main():
        async with app.run_test() as pilot:
            for _ in range(200):  # the vault code loads after the paint, however slow the machine
                await pilot.pause(0.05)
                if "desistkit_tui.core.vault.store" in sys.modules:
                    break
            await pilot.pause(0.3)
            screen = type(app.screen).__name__
            after = heavy()
            await pilot.press(*"fast passphrase", "enter")
            for _ in range(200):  # unlocked, then the decks and catalogue load
                await pilot.pause(0.05)
                if app.vault is not None and app.content is not None:
                    break
            print(json.dumps({"built": built, "composing": composing, "screen": screen,
                              "after": after, "unlocked": app.vault is not None,
                              "unlocked_then": heavy()}))
            await pilot.press("ctrl+q")

    asyncio.run(main())
    """
)


def test_the_unlock_screen_is_built_without_the_vault_and_content_code(tmp_path: Path) -> None:
    """The crypto stack and the content loader are not imported before the unlock screen
    paints; the vault code loads once it has, the content once the vault is open."""
    vault = tmp_path / "vault"
    (tmp_path / "pw").write_text("fast passphrase\n")
    made = run("init", "--passphrase-file", str(tmp_path / "pw"), *FAST, vault=vault)
    assert made.returncode == 0, made.stderr
    report = run_json(_UNLOCK, str(vault), timeout=60)
    assert report["built"] == []
    assert report["composing"] == [[]]  # nothing heavy while the unlock screen is built
    assert report["screen"] == "UnlockScreen"
    # On the unlock screen: the vault code, not the content (it would add to the memory peak
    # of the key derivation).
    assert report["after"] == ["cryptography", "desistkit_tui.core.vault.store"]
    assert report["unlocked"] is True
    assert report["unlocked_then"] == [
        "cryptography",
        "desistkit_tui.core.content.load",
        "desistkit_tui.core.vault.store",
    ]
