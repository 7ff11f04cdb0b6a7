"""Pilot tests: the settings file's theme and key map reach the running app, and a bad file
lets the app start with the defaults and says what was wrong (file, key, line)."""

from __future__ import annotations

from pathlib import Path

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.settings import load_settings, settings_path
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.new_case import NewCaseScreen
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import FAST_KDF, FIXED, make_vault, screen_text, settle, unlock


def _notices(app: DesistKitApp) -> str:
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)


def _app(vault: Path, settings: str) -> tuple[DesistKitApp, Path]:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(settings, encoding="utf-8")
    loaded = load_settings()
    config = AppConfig.from_settings(
        loaded, vault=vault, ui_language="en", kdf=FAST_KDF, cursor_blink=False,
        idle_lock_minutes=0, clock=lambda: FIXED,
    )  # fmt: skip
    return create_app(config), path


async def test_a_remapped_key_does_the_action_and_the_old_key_does_not(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", ("K-1",))
    app, _ = _app(vault, '[keys]\n"cases.new" = "f9,ctrl+n"\n')
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        assert isinstance(pilot.app.screen, CasesScreen)
        await pilot.press("f2")  # the default key, now free
        await settle(pilot)
        assert isinstance(pilot.app.screen, CasesScreen)
        assert "f9 New case" in screen_text(pilot.app)  # the footer offers the new key
        await pilot.press("f9")
        await settle(pilot)
        assert isinstance(pilot.app.screen, NewCaseScreen)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, NewCaseScreen)


async def test_a_clash_is_refused_and_the_defaults_stay(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", ("K-1",))
    # F5 opens a reflection on the case screen: "case.cards" there too would do two things.
    app, path = _app(vault, '[keys]\n"case.cards" = "f5"\n"cases.new" = "f9"\n')
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        text = _notices(app)
        assert f"{path}, line 2: f5 would do both “case.cards” and “case.reflect”" in text
        await unlock(pilot)
        await pilot.press("f9")  # the entry without a clash is applied
        await settle(pilot)
        assert isinstance(pilot.app.screen, NewCaseScreen)


async def test_a_broken_file_starts_the_app_with_defaults_and_a_notice(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    app, _ = _app(vault, 'theme = "textual-light"\nidle_lock_minutes = \n')
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert isinstance(pilot.app.screen, UnlockScreen)
        assert pilot.app.theme != "textual-light"  # the whole file is ignored
        text = _notices(app)
        assert "settings.toml, line 2: not valid TOML" in text
        assert "defaults used" in text


async def test_the_theme_of_the_settings_is_applied_and_an_unknown_one_named(
    tmp_path: Path,
) -> None:
    vault = make_vault(tmp_path / "vault")
    app, _ = _app(vault, 'theme = "textual-light"\n')
    async with app.run_test(size=(100, 30)) as pilot:
        assert pilot.app.theme == "textual-light"
    app, _ = _app(vault, '\ntheme = "neon-pink"\n')
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert "line 2: there is no theme neon-pink" in _notices(app)


def test_every_binding_has_an_id_of_its_own() -> None:
    """A binding without an id cannot be remapped; two bindings with one id would move
    together (`desistkit keys` lists them)."""
    from collections import Counter

    from desistkit_tui.keymap import binding_table

    table = binding_table()
    assert len(table) > 80
    assert [b for b in table if not b.id] == []
    assert [i for i, n in Counter(b.id for b in table).items() if n > 1] == []
    assert "app.palette" in {b.id for b in table}
