"""The case list widget's layout rules: fitting cells, choosing columns, short forms, matching."""

from __future__ import annotations

from datetime import datetime

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.model import CaseStatus, CaseSummary
from desistkit_tui.widgets.case_columns import GAP, CaseRow, Column, fit, plan_columns

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
    row = CaseRow(SUMMARY, ("K-1", "⏰ goal overdue"), "k-1", ("K-1", "⏰ overdue"))
    assert row.cell(1, 20) == "⏰ goal overdue"
    assert row.cell(1, 10) == "⏰ overdue"
    assert row.cell(1, 5) == "⏰ goal overdue"  # neither fits: the long one, cut by fit()
    assert CaseRow(SUMMARY, ("K-1", "x"), "k-1").cell(1, 0) == "x"


def test_every_word_must_match() -> None:
    row = CaseRow(SUMMARY, ("K-1",), "k-1 active ⏰ goal overdue")
    assert row.matches([]) and row.matches(["overdue"]) and row.matches(["k-1", "goal"])
    assert not row.matches(["overdue", "closed"])
