"""Idle lock and a dropped SSH link (SIGHUP): the keys go, the case lock is released."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

import desistkit_tui.app as app_module
from desistkit_tui.app import create_app
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import PASSPHRASE, config, make_vault, unlock


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
        assert isinstance(app.screen, UnlockScreen)
        assert app.vault is None and vault.locked


def _read_until(fd: int, marker: bytes, timeout: float = 30.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while marker not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def test_sighup_locks_and_releases_case(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-HUP",))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real CLI on a terminal
        os.execvpe(
            sys.executable, [sys.executable, "-m", "desistkit_tui.cli", "--vault", str(path)], env
        )
    try:
        assert b"Passphrase" in _read_until(fd, b"Passphrase")
        os.write(fd, PASSPHRASE.encode() + b"\r")
        assert b"K-HUP" in _read_until(fd, b"K-HUP")
        os.write(fd, b"\r")  # open the case: this session holds its lock
        assert b"Case K-HUP" in _read_until(fd, b"Case K-HUP")
        other = Vault.unlock(path, PASSPHRASE)
        with other.open_case(other.find("K-HUP").id) as handle:
            assert handle.read_only
        os.kill(pid, signal.SIGHUP)
        _, status = os.waitpid(pid, 0)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 129
    with other.open_case(other.find("K-HUP").id) as handle:
        assert not handle.read_only  # the hung-up session released the case
