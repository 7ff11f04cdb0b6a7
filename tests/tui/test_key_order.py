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
