"""KeyOrder's safety net: a held key never stops the keyboard (the pty tests of the bursts
themselves are in tests/tui/test_type_ahead.py)."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from desistkit_tui import key_order
from desistkit_tui.key_order import KeyOrder


class Keys(App[None]):
    BINDINGS = [Binding("f3", "next", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.order = KeyOrder(self)
        self.steps: list[str] = []

    def compose(self) -> ComposeResult:
        yield Input(id="field")

    def action_next(self) -> None:
        self.steps.append("next:" + self.query_one(Input).value)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and self.order.hold(event):
            return
        await super().on_event(event)


async def test_a_held_key_whose_queue_never_runs_its_call_goes_on_after_the_rescue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(key_order, "RESCUE_SECONDS", 0.05)
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.press("f3")  # runs at once; the keys after it wait for what it did
        assert app.steps == ["next:"]

        def swallowed(*_: Any, **__: Any) -> bool:
            return True  # took the call, never runs it (a queue torn down meanwhile)

        monkeypatch.setattr(app, "call_later", swallowed)
        assert app.order.hold(events.Key("f3", None))  # held behind the F3 before it
        monkeypatch.undo()
        for _ in range(40):
            await pilot.pause(0.02)
            if len(app.steps) == 2:
                break
        assert app.steps == ["next:", "next:"]  # the rescue let it go on
        await pilot.press("o", "k")  # and the keyboard still works
        assert app.query_one(Input).value == "ok"


class Deep(Keys):
    """A text field ten containers deep: a key bound by the field (an arrow) goes up through
    each of them before its binding runs, one round of a held key's way per container."""

    def compose(self) -> ComposeResult:
        from textual.containers import Vertical
        from textual.widgets import TextArea

        def nest(depth: int) -> Any:
            if depth == 0:
                return TextArea("abc\nd", id="area")
            return Vertical(nest(depth - 1))

        yield nest(10)


async def test_a_letter_behind_an_arrow_waits_for_the_arrow_however_deep_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More containers than MAX_ROUNDS between the field and its screen: the letter must still
    wait until the arrow has come back up to the app and moved the cursor."""
    from textual.widgets import TextArea

    app = Deep()
    async with app.run_test() as pilot:
        area = app.query_one("#area", TextArea)
        area.focus()
        area.move_cursor((1, 1))  # after the "d"
        for _ in range(5):  # every queue quiet: the arrow then moves up one container a round
            await pilot.pause(0.05)
        monkeypatch.setattr(key_order, "MAX_ROUNDS", 0)  # fewer rounds than containers
        # one burst, as a terminal over SSH delivers it: both keys in the app's queue at once
        app.post_message(events.Key("up", None))
        app.post_message(events.Key("X", "X"))
        for _ in range(20):
            await pilot.pause()
            if "X" in area.text:
                break
        assert area.text == "aXbc\nd"
