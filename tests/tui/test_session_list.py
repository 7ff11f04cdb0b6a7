"""The case overview's session list (widgets/session_list.py): the first screenfuls before the
first paint, the rest after it, and every key that needs the whole list has all of it; its
lines' texts made as the list takes them (screens/case_texts.py, ``SessionLines``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.history import CardRecord, History
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.i18n.cldr import DateFormat
from desistkit_tui.core.model import EntrySummary, ReflectionSummary, Relevance
from desistkit_tui.screens.case_texts import SessionLines
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


class Looked:
    """A sequence of items that records which of them were read."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self.items = items
        self.read: set[int] = set()

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: slice) -> list[tuple[str, str]]:
        self.read.update(range(len(self.items))[index])
        return self.items[index]


async def test_the_rest_is_read_only_when_the_list_takes_it() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.query_one(SessionList)
        items = Looked(ITEMS)
        sessions.show(items, 0)  # type: ignore[arg-type]  # a sequence for slices only
        assert items.read == set(range(HEAD))
        await painted(pilot, sessions)
        assert items.read == set(range(len(ITEMS)))
        assert sessions.get_option_at_index(len(ITEMS) - 1).id == ITEMS[-1][0]


def _history(n: int) -> History[ReflectionSummary]:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    entry = EntrySummary("work", Relevance.HIGH, Relevance.SOME, 1, 2)
    reflections = [
        ReflectionSummary(
            f"r{i:03d}",
            date(2024, 1, 1) + timedelta(days=i),
            at,
            i % 5 == 0,
            "",
            (entry,) * (i % 3),
        )
        for i in range(n)
    ]
    fixed = reflections[7]._replace(id="r007b", replaces="r007", created=at + timedelta(hours=1))
    cards = [CardRecord("c001", date(2024, 1, 9), ("work",), 3)]
    return History([*reflections, fixed], cards, [])


def test_session_lines_make_a_text_when_it_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    t = Localizer.create("de")
    days: list[date] = []
    format_date = Localizer.format_date

    def counted(self: Localizer, day: date, format: DateFormat = "medium") -> str:
        days.append(day)
        return format_date(self, day, format)

    monkeypatch.setattr(Localizer, "format_date", counted)
    history = _history(HEAD * 3)
    lines = SessionLines(t, t, history)
    assert (len(lines), days) == (HEAD * 3 + 2, [])
    head = lines[:HEAD]
    assert len(days) == HEAD
    assert [key for key, _ in head] == lines.keys[:HEAD]
    # all of them, as they were made when every line was made at once: newest first
    made = list(lines)
    assert made[:HEAD] == head
    assert len(days) == len(lines)
    expected_keys = [f"r:r{i:03d}" for i in reversed(range(HEAD * 3))]
    expected_keys.insert(expected_keys.index("r:r007"), "r:r007b")
    expected_keys.insert(expected_keys.index("r:r008") + 1, "c:c001")
    assert [key for key, _ in made] == lines.keys == expected_keys
    by_key = dict(made)
    assert by_key["r:r007"].endswith(f" · {t('overview-corrected')}")
    assert t.format_date(date(2024, 1, 9)) in by_key["c:c001"]
    # the texts made are kept: a second drawing of the same history formats nothing again
    kept: dict[tuple[str, bool], str] = {}
    list(SessionLines(t, t, history, kept))
    days.clear()
    assert list(SessionLines(t, t, history, kept)) == made
    assert days == []
