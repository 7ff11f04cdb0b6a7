"""Idle lock and a dropped SSH link (SIGHUP): the keys go, the case lock is released."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import desistkit_tui.app as app_module
from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.unlock import UnlockScreen
from desistkit_tui.widgets.secret_input import SecretInput
from tests.tui.helpers import PASSPHRASE, config, make_vault, screen_text, top_screen, unlock
from tests.tui.terminal import real_cli


class _Clock:
    """Stands in for the ``time`` module of ``desistkit_tui.app``: the test sets ``now``."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def monotonic(self) -> float:
        return self.now


def _still_open(app: DesistKitApp, vault: Vault) -> bool:
    return app.vault is vault and not vault.locked and isinstance(app.screen, CasesScreen)


async def test_idle_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two minutes without input lock the vault, and every key starts them again. The test
    moves the app's clock and runs the idle check itself (its timer fires every 15 s)."""
    clock = _Clock()
    monkeypatch.setattr(app_module, "time", clock)
    path = make_vault(tmp_path / "vault", ("K-1",))
    app = create_app(replace(config(path), idle_lock_minutes=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        vault = app.vault
        assert vault is not None
        for _ in range(3):  # keep typing: no lock while the caseworker is active
            clock.now += 119
            app._check_idle()
            assert _still_open(app, vault)
            await pilot.press("k")
        clock.now += 119
        app._check_idle()
        assert _still_open(app, vault)
        clock.now += 1  # two minutes since the last key
        app._check_idle()
        await pilot.pause()  # the unlock screen mounts
        assert vault.locked and app.vault is None  # the keys are gone
        screen = top_screen(app, UnlockScreen)
        assert app.focused is screen.query_one(SecretInput)
        # It says why the screen locked, and only what is true (the keys, the open case).
        assert "Locked after 2 minutes without a key press" in screen_text(app)
        assert "memory" not in screen_text(app)


def test_sighup_locks_and_releases_case(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-HUP",))
    with real_cli(path) as term:
        assert b"Passphrase" in term.read_until(b"Passphrase")
        term.write(PASSPHRASE.encode() + b"\r")
        assert b"K-HUP" in term.read_until(b"K-HUP")
        term.write(b"\r")  # open the case: this session holds its lock
        assert b"Case K-HUP" in term.read_until(b"Case K-HUP")
        other = Vault.unlock(path, PASSPHRASE)
        with other.open_case(other.find("K-HUP").id) as handle:
            assert handle.read_only
        assert term.hang_up() == 129
    with other.open_case(other.find("K-HUP").id) as handle:
        assert not handle.read_only  # the hung-up session released the case
