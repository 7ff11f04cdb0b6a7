"""The interface language: chosen at start (--lang, DESISTKIT_LANG, the locale), used by every
screen and by the manual."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input

from desistkit_tui.app import create_app
from desistkit_tui.core import languages
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.manual import ManualScreen
from tests.tui.helpers import config, make_vault, screen_text, unlock
from tests.tui.reflection_helpers import make_case_vault
from tests.tui.terminal import real_cli
from tests.tui.test_reflection_flow import open_case, start_area


def test_lang_option_and_locale_choose_the_interface_language(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    with real_cli(vault, "--lang", "de") as term:
        assert b"Tresor entsperren" in term.read_until(b"Tresor entsperren")
    # No DESISTKIT_LANG: a Polish locale gives the Polish interface (whatever LC_ALL,
    # LC_MESSAGES or LANGUAGE the machine running the tests has).
    no_overrides = {"DESISTKIT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    with real_cli(vault, env={**no_overrides, "LANG": "pl_PL.UTF-8"}) as term:
        assert b"Odblokuj sejf" in term.read_until(b"Odblokuj sejf")
    # LANG=C, as on many servers: English.
    with real_cli(vault, env={**no_overrides, "LANG": "C", "LANGUAGE": "de"}) as term:
        assert b"Unlock the vault" in term.read_until(b"Unlock the vault")


async def test_the_manual_opens_in_the_interface_language(tmp_path: Path) -> None:
    app = create_app(replace(config(make_vault(tmp_path / "vault")), ui_language="de"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Tresor entsperren" in screen_text(app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, ManualScreen)
        text = screen_text(app)
        assert "DesistKit-Handbuch" in text
        assert "What DesistKit is" not in text


async def test_the_command_palette_speaks_the_interface_language(tmp_path: Path) -> None:
    app = create_app(replace(config(make_vault(tmp_path / "vault")), ui_language="de"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "^p Befehle" in screen_text(app)  # the footer's palette key
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Farbschema"] == "Das Farbschema wechseln"
        assert commands["Beenden"] == "DesistKit schließen"
        assert "Tasten" in commands
        assert not {"Theme", "Quit", "Keys", "Screenshot"} & commands.keys()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"farb")
        await pilot.pause(0.3)
        assert "Farbschema" in screen_text(app)


@pytest.mark.parametrize("lang", languages.codes())
async def test_every_key_of_the_case_and_the_flow_fits_at_80_columns(
    tmp_path: Path, lang: str
) -> None:
    """The footer is one line: in every language, the keys that leave or finish a screen
    must not be cut off at 80 columns."""
    t = Localizer.create(lang)
    app = create_app(replace(config(make_case_vault(tmp_path / "vault")), ui_language=lang))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        footer = screen_text(app).splitlines()[-1]
        for key, msg in (("f5", "key-new-reflection"), ("f7", "key-compare"), ("esc", "key-back")):
            assert f"{key} {t(msg)}" in footer
        await start_area(pilot)
        footer = screen_text(app).splitlines()[-1]
        for key, msg in (("f2", "key-previous"), ("f10", "key-finish"), ("esc", "key-leave")):
            assert f"{key} {t(msg)}" in footer


async def test_date_fields_hint_the_format_in_the_interface_language(tmp_path: Path) -> None:
    app = create_app(replace(config(make_vault(tmp_path / "vault")), ui_language="pl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f2")  # a new case
        await pilot.pause()
        assert app.screen.query_one("#retention", Input).placeholder == "RRRR-MM-DD"


def test_the_demo_takes_lang_too() -> None:
    with real_cli(None, "demo", "--lang", "ro") as term:
        assert b"DEMO" in term.read_until(b"cazuri fictive")
        assert term.hang_up() == 129  # which also removes the demo's throw-away vault
