"""After unlock, the UI thread does no vault I/O: every read, write and decryption of the vault
happens in a worker thread (screens call the service layer through screens/background).

The test records, for every AES-GCM encryption or decryption (every vault file is sealed that
way), every fsync (every durable write) and every file removed inside the vault, whether it ran
on the main thread, the thread of the app's event loop. Then a caseworker's round is driven by
keys: open a case with a history, add a goal, edit the profile, leave a reflection (its draft
is saved), resume and finish it, run and save a card session, back to the list. The case's
history is read once, when it opens: the overview never reads it again when a screen on top of
it closes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input, Select

from desistkit_tui.core.schema import Doc
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.screens.cards.setup import CardSetupScreen
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.confirm import ConfirmScreen
from desistkit_tui.screens.reflection import ReflectionScreen
from tests.tui.helpers import PASSPHRASE, screen_text, settle, type_text
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault
from tests.tui.test_cards_helpers import set_up, table


@dataclass
class Recorder:
    """What touched the vault, and whether on the main thread."""

    vault: Path
    on: bool = False
    calls: list[tuple[str, bool]] = field(default_factory=list)

    def note(self, what: str) -> None:
        if self.on:
            self.calls.append((what, threading.current_thread() is threading.main_thread()))

    @property
    def on_main(self) -> list[str]:
        return [what for what, main in self.calls if main]

    @property
    def in_workers(self) -> list[str]:
        return [what for what, main in self.calls if not main]


def on_top(app: App[Any]) -> Screen[Any]:
    """The screen on top (read afresh each time: keys change it)."""
    return app.screen


def shows(app: App[Any], screen: Screen[Any]) -> bool:
    return app.screen is screen


@pytest.fixture
def recorder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    rec = Recorder(tmp_path / "vault")
    real_aead, real_fsync, real_unlink = AESGCM, os.fsync, os.unlink

    class RecordingAead:
        def __init__(self, key: Any) -> None:
            self._aead = real_aead(key)

        def encrypt(self, *args: Any) -> bytes:
            rec.note("encrypt")
            return self._aead.encrypt(*args)

        def decrypt(self, *args: Any) -> bytes:
            rec.note("decrypt")
            return self._aead.decrypt(*args)

        def decrypt_into(self, *args: Any) -> int:
            rec.note("decrypt")
            return self._aead.decrypt_into(*args)

    def fsync(fd: Any) -> None:
        rec.note("fsync")
        real_fsync(fd)

    def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        if str(path).startswith(str(rec.vault)):
            rec.note("unlink")
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(envelope, "AESGCM", RecordingAead)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "unlink", unlink)
    yield rec


async def test_no_vault_io_on_the_ui_thread_after_unlock(
    tmp_path: Path, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions_read: list[str] = []
    load_session = CaseHandle.load_session

    def counted(self: CaseHandle, session_id: str) -> Doc:
        sessions_read.append(session_id)
        return load_session(self, session_id)

    monkeypatch.setattr(CaseHandle, "load_session", counted)
    path = make_case_vault(tmp_path / "vault")
    add_history(path)  # three reflections and a goal
    app = flow_app(path)
    async with app.run_test(size=(100, 40)) as pilot:
        app.screen.query_one("#passphrase", Input).value = PASSPHRASE
        recorder.on = True  # from the Enter that unlocks on
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(on_top(app), CasesScreen)

        await pilot.press("enter")  # open the case: its history is read
        await settle(pilot)
        case_screen = on_top(app)
        assert isinstance(case_screen, CaseScreen)
        assert "Mar 2, 2026" in screen_text(app)  # the newest reflection is listed
        assert len(sessions_read) == 3  # read once; never again below, whatever closes

        await pilot.press("f6", "f6")  # goals, a new goal
        await type_text(pilot, "Own flat")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "○ Own flat · open" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("f2")  # the profile: retention date
        await pilot.pause()
        app.screen.query_one("#retention", Input).value = "2031-06-30"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert shows(app, case_screen) and "Jun 30, 2031" in screen_text(app)

        await pilot.press("f5")  # a reflection, left half done: the draft is saved
        await pilot.pause()
        app.screen.query_one("#mode", Select).value = "area:relationships"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(on_top(app), ReflectionScreen)
        on_top(app).query_one("#person", Select).value = "high"
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert shows(app, case_screen) and "unfinished reflection" in screen_text(app)

        await pilot.press("f5")  # resumed and finished: the session is saved
        await pilot.pause()
        assert isinstance(on_top(app), ConfirmScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f10", "f10")
        await settle(pilot)
        assert shows(app, case_screen) and "unfinished" not in screen_text(app)
        assert len(case_screen.history.reflections) == 4

        await pilot.press("f4")  # a card session, saved
        await pilot.pause()
        setup = on_top(app)
        assert isinstance(setup, CardSetupScreen)
        await set_up(pilot, setup)
        table(pilot)
        await pilot.press("f2", "f10")
        await pilot.pause()
        await pilot.press("f10")
        await settle(pilot)
        assert shows(app, case_screen) and len(case_screen.history.card_sessions) == 1

        await pilot.press("escape")  # back to the list, read again
        await settle(pilot)
        assert isinstance(on_top(app), CasesScreen)
        recorder.on = False
    # The recording saw the vault at work (so it could have seen the UI thread doing it).
    assert {"decrypt", "encrypt", "fsync", "unlink"} <= set(recorder.in_workers)
    assert recorder.on_main == []
    assert len(sessions_read) == 3
