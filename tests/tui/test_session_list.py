"""The case overview's session list (widgets/session_list.py): the first screenfuls before the
first paint, the rest after it, and every key that needs the whole list has all of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot

from desistkit_tui.widgets.session_list import HEAD, SessionList

ITEMS = [(f"r:{i:03d}", f"2026-01-01 · reflection {i}") for i in range(HEAD * 4)]


async def painted(pilot: Pilot[None], sessions: SessionList) -> None:
    """Until the app has painted and the list taken the rest (a bounded number of turns)."""
    for _ in range(100):
        if sessions.complete:
            return
        await pilot.pause(0.01)


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield SessionList(id="sessions")


async def test_the_first_lines_come_at_once_and_the_rest_after_the_paint() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.query_one(SessionList)
        sessions.show(ITEMS, 0)
        assert (sessions.option_count, sessions.complete) == (HEAD, False)
        await painted(pilot, sessions)  # the app paints, then the rest comes
        assert (sessions.option_count, sessions.complete) == (len(ITEMS), True)
        prompts = [str(sessions.get_option_at_index(i).prompt) for i in range(len(ITEMS))]
        assert prompts == [text for _, text in ITEMS]
        assert sessions.highlighted == 0


async def test_a_highlight_further_down_comes_with_the_first_lines() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.query_one(SessionList)
        sessions.show(ITEMS, HEAD + 5)
        assert sessions.highlighted_option is not None
        assert sessions.highlighted_option.id == ITEMS[HEAD + 5][0]
        await painted(pilot, sessions)
        assert sessions.highlighted == HEAD + 5


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (SessionList.action_last, len(ITEMS) - 1),
        (SessionList.action_cursor_up, len(ITEMS) - 1),  # from the first, up wraps to the last
    ],
    ids=["end", "up-wraps"],
)
async def test_a_key_before_the_rest_arrived_moves_through_all_of_it(
    act: Callable[[SessionList], None], expected: int
) -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.query_one(SessionList)
        sessions.show(ITEMS, 0)
        act(sessions)  # before the paint that would bring the rest
        assert sessions.complete
        assert sessions.highlighted == expected
        await pilot.pause()
        assert sessions.highlighted == expected


async def test_end_pressed_at_once_goes_to_the_oldest_session() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.query_one(SessionList)
        sessions.focus()
        await pilot.pause()
        sessions.show(ITEMS, 0)
        await pilot.press("end", "enter")
        assert sessions.highlighted == len(ITEMS) - 1


async def test_no_items_no_lines() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.query_one(SessionList)
        sessions.show(ITEMS, 0)
        sessions.show([], None)
        await pilot.pause()
        assert (sessions.option_count, sessions.complete, sessions.highlighted) == (0, True, None)
