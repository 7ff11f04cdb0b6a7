"""While Argon2id derives the key, the unlock screen shows that work is going on: a turning
bar and the seconds so far (issue 16), and the rest of the app keeps answering keys."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from desistkit_tui.core.vault.kdf import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.manual import ManualScreen
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import PASSPHRASE, make_app, make_vault, screen_text, settle, type_text


def _message(app: object) -> str:
    line = [ln for ln in screen_text(app).splitlines() if "Unlocking" in ln]  # type: ignore[arg-type]
    return line[0].strip(" │▊▎") if line else ""


async def test_the_progress_line_turns_while_the_key_is_derived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_vault(tmp_path / "vault")
    started, release = threading.Event(), threading.Event()
    derive = KdfParams.derive

    def held(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
        started.set()
        release.wait(60)  # only a safety net: the test releases it
        return derive(self, secret, salt)

    monkeypatch.setattr(KdfParams, "derive", held)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        assert await asyncio.to_thread(started.wait, 30)
        seen: set[str] = set()
        for _ in range(50):  # until the bar has turned twice (each tick is 0.1 s)
            await pilot.pause(0.1)
            seen.add(_message(app))
            if len({m for m in seen if " s (Esc" in m}) >= 3:
                break
        turning = sorted(m for m in seen if " s (Esc" in m)
        assert len(turning) >= 3, seen
        assert any(f"Unlocking {frame} " in m for m in turning for frame in "|/-\\")
        await pilot.press("f1")  # the UI thread is free: the manual opens meanwhile
        await pilot.pause()
        assert isinstance(app.screen, ManualScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
