"""Quiet on a slow link (issue 17): a screen that waits sends nothing.

A blinking cursor repaints its field twice a second for as long as a screen waits (about
1.5 KB/s on the unlock screen over SSH, measured with ttyprobe in benchmarks/bench_quiet.py).
The app's default configuration keeps the cursor steady.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import Input, TextArea

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.reflection import ReflectionScreen
from desistkit_tui.textual_compat import LineRepaintTextArea
from desistkit_tui.widgets.plain import PlainLabel
from tests.tui.helpers import screen_text, settle, top_screen, type_text
from tests.tui.reflection_helpers import flow_app, make_case_vault
from tests.tui.test_reflection_flow import open_case, start_area


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


# -- a letter typed into a reflection (figure 12l) -----------------------------------------------


async def _reflection_field(pilot: Pilot[Any]) -> tuple[ReflectionScreen, TextArea]:
    await open_case(pilot)
    await start_area(pilot)
    screen = top_screen(pilot.app, ReflectionScreen)
    field = screen.query_one("#resources", TextArea)
    field.focus()
    await pilot.pause()
    return screen, field


def _status(app: DesistKitApp) -> str:
    return screen_text(app).splitlines()[1]  # under the header: the step counter and status


async def _until_saved(pilot: Pilot[Any], screen: ReflectionScreen, writes: int) -> None:
    """Until the autosave after ``writes`` drafts has landed and the screen has heard of it."""
    assert screen.saver is not None
    for _ in range(200):
        await settle(pilot)
        if screen.saver.writes > writes and not screen.saver.dirty:
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the draft was not saved")


async def test_a_letter_repaints_the_line_it_went_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the whole field: each line repainted is its cells and colours sent over the link
    (three lines, 494 bytes a letter, measured on a pty before; benchmarks/bench_quiet.py)."""
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        _, field = await _reflection_field(pilot)
        await type_text(pilot, "Sister")
        await pilot.press("enter", *"Foot", "up", "end")
        await pilot.pause()
        drawn: list[int] = []
        draw = LineRepaintTextArea.render_line

        def spy(area: LineRepaintTextArea, y: int) -> Strip:
            if area is field:
                drawn.append(y)
            return draw(area, y)

        monkeypatch.setattr(LineRepaintTextArea, "render_line", spy)
        await pilot.press("s")
        await pilot.pause()
        assert field.text == "Sisters\nFoot"
        assert drawn == [0]


async def test_a_letter_typed_after_a_save_leaves_the_status_line_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status keeps saying when the draft was saved; a letter typed since then is saved
    within the autosave delay, and the line is written again only when its text changes."""
    app = flow_app(make_case_vault(tmp_path / "vault"), autosave=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _ = await _reflection_field(pilot)
        assert "Not saved yet" in _status(app)
        await type_text(pilot, "Sister")
        await _until_saved(pilot, screen, 0)
        assert "Saved 09:30:00 · one word" in _status(app)  # the tests' clock stands still
        assert screen.saver is not None
        writes = screen.saver.writes
        rewritten: list[str] = []
        monkeypatch.setattr(
            screen.query_one("#flow-status", PlainLabel), "set_text", rewritten.append
        )
        await type_text(pilot, "s")
        await pilot.pause()
        assert "Saved 09:30:00 · one word" in _status(app)
        await _until_saved(pilot, screen, writes)
        assert rewritten == []
        assert screen.flow.entry is not None and screen.flow.entry.resources == ["Sisters"]
        await type_text(pilot, " Anna")  # the words count changes: the line is written
        await pilot.pause()
        assert rewritten == ["Saved 09:30:00 · 2 words"]


# -- a busy widget's indicator ------------------------------------------------------------------


async def test_a_busy_widget_repaints_four_times_a_second(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """The case list while an index is rebuilt (issue 17), or any widget set ``loading``:
    Textual's indicator redraws itself 16 times a second, which costs the helpers reading the
    cases CPU and a slow link bytes; the app's draws about 4 times (counted over a second:
    fewer under load, never 16)."""
    from textual.widget import Widget

    vault, _ = Vault.create(
        tmp_path / "vault", Secret.from_text("a passphrase 2026"), "a", kdf=fast_kdf
    )
    vault.lock()
    app = create_app(AppConfig(vault=tmp_path / "vault", idle_lock_minutes=0))
    made: list[Widget] = []
    get = app.get_loading_widget

    def recorded() -> Widget:
        made.append(get())
        return made[-1]

    app.get_loading_widget = recorded  # type: ignore[method-assign]
    drawn: list[int] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(Input).loading = True
        await pilot.pause(0.1)
        (indicator,) = made
        render = indicator.render

        def counting() -> Any:
            drawn.append(1)
            return render()

        indicator.render = counting  # type: ignore[method-assign]
        await pilot.pause(1.0)
    assert 1 <= len(drawn) <= 7
