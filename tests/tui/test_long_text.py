"""Very long user text (a pasted 10,000-character goal) is shown cut, never as a message id."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input

from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.goal_edit import GoalScreen
from tests.tui.helpers import screen_text, settle, top_screen, unlock
from tests.tui.reflection_helpers import flow_app, make_case_vault

LONG_GOAL = "Find a flat " + "G" * 10_000
#: A message id as Fluent names them (``overview-goal-item``, ``case-title``) alone on a line.
RAW_ID = re.compile(r"(?m)^[\s│┃|]*[a-z]+(?:-[a-z]+)+[\s│┃|]*$")


async def test_a_10000_character_goal_shows_its_text_not_a_message_id(tmp_path: Path) -> None:
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")  # the only case
        await settle(pilot)
        await pilot.press("f6", "f6")  # goals, then a new goal
        await pilot.pause()
        top_screen(app, GoalScreen).query_one("#text", Input).value = LONG_GOAL  # a paste
        await pilot.press("ctrl+s")
        await settle(pilot)
        goals = screen_text(app)
        assert "○ Find a flat" in goals and "GGG…" in goals  # cut, wrapped
        assert "overview-goal-item" not in goals
        assert not RAW_ID.search(goals), goals
        while not isinstance(app.screen, CaseScreen):
            await pilot.press("escape")
            await settle(pilot)
        overview = screen_text(app)
        assert "Find a flat" in overview and "GGG" in overview
        assert "overview-goal-item" not in overview
        assert not RAW_ID.search(overview), overview
