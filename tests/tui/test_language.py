"""The interface language: chosen at start (--lang, DESISTKIT_LANG, the locale), used by every
screen and by the manual."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core import languages
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.manual import ManualScreen
from desistkit_tui.widgets.keys_footer import KeysFooter
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


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("lang", languages.codes())
async def test_every_key_of_the_case_and_the_flow_fits_at_80_and_60_columns(
    tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    """In every language, at 80x24 and at 60x20, every key of the case overview and of the
    flow is shown in full -- above all the keys that leave or finish a screen (the footer
    wraps rather than cut one off)."""
    t = Localizer.create(lang)
    app = create_app(replace(config(make_case_vault(tmp_path / "vault")), ui_language=lang))
    async with app.run_test(size=size) as pilot:
        await open_case(pilot)
        footer = footer_text(app)
        for key, msg in (
            ("f5", "key-new-reflection"),
            ("f4", "key-cards"),
            ("f6", "key-goals"),
            ("f2", "key-edit-profile"),
            ("f7", "key-compare"),
            ("esc", "key-back"),
        ):
            assert f"{key} {t(msg)}" in footer
        await start_area(pilot)
        footer = footer_text(app)
        for key, msg in (
            ("f2", "key-previous"),
            ("f3", "key-next"),
            ("f4", "key-skip"),
            ("f5", "key-steps"),
            ("f6", "key-goals"),
            ("f10", "key-finish"),
            ("esc", "key-leave"),
        ):
            assert f"{key} {t(msg)}" in footer


def footer_text(app: DesistKitApp) -> str:
    """The footer's lines as shown (the bottom of the screen, as many lines as it is high)."""
    height = app.screen.query_one(KeysFooter).size.height
    assert height >= 1
    return "\n".join(screen_text(app).splitlines()[-height:])


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
