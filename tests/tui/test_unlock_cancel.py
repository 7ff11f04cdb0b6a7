"""An unlock in progress can be left: Esc stops waiting for it, Ctrl+Q quits at once (issue 13,
item 2). Argon2id itself cannot be interrupted; what it opens after that is locked."""

from __future__ import annotations

import asyncio
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from desistkit_tui.app import DesistKitApp
from desistkit_tui.core.vault.kdf import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.unlock import UnlockScreen
from desistkit_tui.widgets.secret_input import SecretInput
from tests.scripts import run_json
from tests.tui.helpers import PASSPHRASE, make_app, make_vault, screen_text, type_text, unlock


async def test_esc_stops_waiting_and_what_the_derivation_opens_is_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_vault(tmp_path / "vault")
    started, release = threading.Event(), threading.Event()
    derive = KdfParams.derive

    def slow(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
        started.set()
        release.wait(60)  # only a safety net: the test releases it
        return derive(self, secret, salt)

    opened: list[Vault] = []
    real_unlock = Vault.unlock

    def recording(path: Path, secret: Secret | str, **kwargs: Any) -> Vault:
        vault = real_unlock(path, secret, **kwargs)
        opened.append(vault)
        return vault

    monkeypatch.setattr(KdfParams, "derive", slow)
    monkeypatch.setattr(Vault, "unlock", staticmethod(recording))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, UnlockScreen)
        assert "Cancel" not in screen_text(app)  # Esc is offered only while it matters
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        assert await asyncio.to_thread(started.wait, 30)
        await pilot.pause()
        assert "Cancel" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert "Unlocking cancelled" in screen_text(app)
        assert not screen.query_one(SecretInput).disabled
        # The derivation ends (the passphrase was right), unseen: its vault is locked at once.
        release.set()
        for _ in range(500):
            await pilot.pause(0.02)
            if opened and opened[0].locked:
                break
        assert opened and opened[0].locked
        assert app.screen is screen and _open_vault(app) is None
        # And the next try unlocks as usual.
        monkeypatch.setattr(KdfParams, "derive", derive)
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)
        vault = _open_vault(app)
        assert vault is not None and not vault.locked


def _open_vault(app: DesistKitApp) -> Vault | None:
    return app.vault


_QUIT = textwrap.dedent(
    """
    import asyncio, json, sys, threading
    from pathlib import Path

    from desistkit_tui.app import create_app
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.core.vault.kdf import KdfParams

    state = {"deriving": False}

    def endless(self, secret, salt):  # a derivation that never ends (a crafted slot's cost)
        state["deriving"] = True
        threading.Event().wait()

    KdfParams.derive = endless
    app = create_app(AppConfig(vault=Path(sys.argv[1]), cursor_blink=False, idle_lock_minutes=0))

    async def main():
        async with app.run_test() as pilot:
            await pilot.press(*"any passphrase".replace(" ", "_"), "enter")
            while not state["deriving"]:
                await pilot.pause(0.02)
            await pilot.press("ctrl+q")

    asyncio.run(main())  # as App.run() does: it waits for the default executor's threads
    print(json.dumps({"deriving": state["deriving"], "vault": app.vault is not None}))
    """
)


def test_ctrl_q_quits_while_a_key_is_being_derived(tmp_path: Path) -> None:
    """Run as the real app runs (asyncio.run), in a process of its own: before the fix, the
    app waited for the derivation's thread on exit (forever, here: the run_json timeout)."""
    path = make_vault(tmp_path / "vault")
    report = run_json(_QUIT, str(path), timeout=60)
    assert report == {"deriving": True, "vault": False}
