"""The case list widget's layout rules: fitting cells, choosing columns, short forms, matching."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.model import CaseStatus, CaseSummary
from desistkit_tui.widgets.case_columns import GAP, CaseRow, Column, RowFilter, fit, plan_columns

SUMMARY = CaseSummary("id", "K-1", CaseStatus.ACTIVE, datetime(2026, 1, 1, tzinfo=UTC), 0, 0)


@pytest.mark.parametrize(
    ("text", "width", "right", "expected"),
    [
        ("abc", 5, False, "abc  "),
        ("abc", 5, True, "  abc"),
        ("abc", 3, False, "abc"),
        ("abcdef", 4, False, "abc…"),
        ("abcdef", 1, False, "…"),
        ("abcdef", 0, False, ""),
        ("⏰ due", 7, False, "⏰ due "),  # the clock takes two cells
        ("⏰ overdue", 5, False, "⏰ o…"),
    ],
)
def test_fit_pads_aligns_and_cuts_by_cells(
    text: str, width: int, right: bool, expected: str
) -> None:
    assert fit(text, width, right) == expected


COLUMNS = (
    Column("code", "Code", min_width=4),
    Column("hint", "Hint", min_width=4, hint=True),
    Column("refl", "Refl.", right=True, drop=1),
    Column("cards", "Cards", right=True, drop=2),
)
NATURAL = (10, 20, 5, 5)


def _width(plan: tuple[tuple[int, int], ...]) -> int:
    return sum(w for _, w in plan) + GAP * (len(plan) - 1)


def test_every_column_at_its_natural_width_when_there_is_room() -> None:
    plan = plan_columns(COLUMNS, NATURAL, 100)
    assert plan == ((0, 10), (1, 20), (2, 5), (3, 5))


def test_counts_go_before_anything_is_cut() -> None:
    assert [i for i, _ in plan_columns(COLUMNS, NATURAL, 40)] == [0, 1, 2]  # cards first
    assert plan_columns(COLUMNS, NATURAL, 32) == ((0, 10), (1, 20))  # then reflections


def test_short_forms_before_cutting() -> None:
    short = (10, 12, 5, 5)
    plan = plan_columns(COLUMNS, NATURAL, 26, short)
    assert plan == ((0, 10), (1, 14))  # the hint column narrowed, still above its short form
    plan = plan_columns(COLUMNS, NATURAL, 24, short)
    assert plan == ((0, 10), (1, 12))
    plan = plan_columns(COLUMNS, NATURAL, 16, short)  # then cut: the roomiest column first
    assert _width(plan) == 16 and all(w >= 4 for _, w in plan)


def test_never_below_the_minimum_widths() -> None:
    plan = plan_columns(COLUMNS, NATURAL, 3)
    assert plan == ((0, 4), (1, 4))  # wider than asked: the line is cut at the edge


def test_a_cell_shows_its_short_form_only_when_the_long_one_does_not_fit() -> None:
    row = CaseRow(SUMMARY, ("K-1", "⏰ goal overdue"), "k-1", "⏰ overdue")
    assert row.cell(1, 20) == "⏰ goal overdue"
    assert row.cell(1, 10) == "⏰ overdue"
    assert row.cell(1, 5) == "⏰ goal overdue"  # neither fits: the long one, cut by fit()
    assert CaseRow(SUMMARY, ("K-1", "x"), "k-1").cell(1, 0) == "x"
    assert row.cell(0, 1) == "K-1"  # the other cells have no short form


def test_every_word_must_match() -> None:
    row = CaseRow(SUMMARY, ("K-1",), "k-1 active ⏰ goal overdue")
    assert row.matches([]) and row.matches(["overdue"]) and row.matches(["k-1", "goal"])
    assert not row.matches(["overdue", "closed"])


SEARCH = ["k-2026-001 active", "k-2026-012 paused ⏰ due", "k-2025-120 closed", "b-004 active"]
ROWS = [CaseRow(SUMMARY, (text,), text) for text in SEARCH]


def naive(text: str) -> list[str]:
    words = text.casefold().split()
    return [row.search for row in ROWS if row.matches(words)]


@given(st.lists(st.sampled_from([*"k-20120 ABp", "backspace", "clear", "paste"]), max_size=30))
def test_the_remembering_filter_agrees_with_matching_every_row(keys: list[str]) -> None:
    """Typed, deleted, cleared or pasted in any order: always the rows a full search finds."""
    row_filter, text = RowFilter(ROWS), ""
    for key in keys:
        if key == "backspace":
            text = text[:-1]
        elif key == "clear":
            text = ""
        elif key == "paste":
            text = "k-2026 a"
        else:
            text += key
        assert [row.search for row in row_filter(text)] == naive(text), text


class Counted(str):
    """A row's search text that counts how often it is searched."""

    searches = 0

    def __contains__(self, word: object) -> bool:
        Counted.searches += 1
        return str(self).__contains__(str(word))


def test_a_longer_text_searches_only_the_rows_the_shorter_one_let_through() -> None:
    row_filter = RowFilter([row._replace(search=Counted(row.search)) for row in ROWS])

    def searched(text: str) -> tuple[int, int]:
        before = Counted.searches
        shown = len(row_filter(text))
        return shown, Counted.searches - before

    assert searched("k-202") == (3, 4)  # the first letters search every row
    assert searched("k-2026") == (2, 3)  # one more letter: only the three k-202 let through
    assert searched("k-202") == (3, 0)  # Backspace: the answer kept for "k-202"
    assert searched("") == (4, 0)  # an empty filter shows every row
    assert searched("b") == (1, 4)  # a new text starts from every row again
