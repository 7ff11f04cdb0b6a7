"""Quiet on a slow link (issue 17): a screen that waits sends nothing.

A blinking cursor repaints its field twice a second for as long as a screen waits (about
1.5 KB/s on the unlock screen over SSH, measured with ttyprobe in benchmarks/bench_quiet.py).
The app's default configuration keeps the cursor steady.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from desistkit_tui.app import create_app
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault


async def test_the_cursor_is_steady_by_default(tmp_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = Vault.create(
        tmp_path / "vault", Secret.from_text("a passphrase 2026"), "a", kdf=fast_kdf
    )
    vault.lock()
    app = create_app(AppConfig(vault=tmp_path / "vault", idle_lock_minutes=0))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(app.focused, Input):
                break
        assert isinstance(app.focused, Input)  # the passphrase field
        assert app.focused.cursor_blink is False
