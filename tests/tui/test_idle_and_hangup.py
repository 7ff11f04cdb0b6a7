"""Idle lock and a dropped SSH link (SIGHUP): the keys go, the case lock is released."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import desistkit_tui.app as app_module
from desistkit_tui.app import create_app
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.unlock import UnlockScreen
from desistkit_tui.widgets.secret_input import SecretInput
from tests.tui.helpers import PASSPHRASE, config, make_vault, unlock
from tests.tui.terminal import real_cli


async def test_idle_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "IDLE_CHECK_SECONDS", 0.05)
    path = make_vault(tmp_path / "vault", ("K-1",))
    app = create_app(replace(config(path), idle_lock_minutes=2.0 / 60))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        vault = app.vault
        assert vault is not None
        for _ in range(3):  # keep typing: no lock while the caseworker is active
            await pilot.pause(0.5)
            await pilot.press("k")
        assert app.vault is vault
        for _ in range(60):  # then idle: locked within a few seconds
            await pilot.pause(0.1)
            if app.vault is None:
                break
        await pilot.pause()  # the unlock screen mounts
        assert isinstance(app.screen, UnlockScreen)
        assert app.focused is app.screen.query_one(SecretInput)
        assert app.vault is None and vault.locked


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
