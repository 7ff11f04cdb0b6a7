"""Reflections, goals and interventions: round trips, strict parsing, case schema 2."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import SchemaError, UnsupportedVersion
from desistkit_tui.core.model import (
    TO_BE_RECORDED,
    BasisKind,
    Case,
    CaseStatus,
    CaseSummary,
    FactorEntry,
    Goal,
    GoalStatus,
    Intervention,
    InterventionStatus,
    LegalBasis,
    RaisedBy,
    Reflection,
    Relevance,
    SessionKind,
    items_from_text,
)

PATH = "cases/x/sessions/r.toml.enc"
AT = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _reflection() -> Reflection:
    return Reflection(
        id="0001-aa",
        held_on=date(2026, 3, 1),
        entered_later=True,
        source="area:relationships",
        created=AT,
        entries=[
            FactorEntry(
                "family-of-origin",
                person=Relevance.HIGH,
                caseworker=Relevance.SOME,
                resources=["Sister visits weekly"],
                needs=["Father refuses contact", "Debts"],
                own_words="My sister gets me.",
                view="Sister is a stable anchor.",
                raised_by=RaisedBy.BOTH,
                goals=["g1"],
            ),
            FactorEntry("friendship", skipped=True),
        ],
    )


def test_reflection_round_trip() -> None:
    reflection = _reflection()
    body = reflection.to_body()
    assert body["type"] == "reflection" and body["format"] == 1
    assert Reflection.from_body(body, PATH) == reflection


def test_entry_states() -> None:
    entry, skipped = _reflection().entries
    assert not entry.empty and entry.relevant
    assert skipped.empty and not skipped.relevant
    assert FactorEntry("x", caseworker=Relevance.NONE).relevant is False
    assert FactorEntry("x", caseworker=Relevance.NONE).empty is False  # "not relevant" is a record
    assert [e.factor for e in _reflection().recorded] == ["family-of-origin"]


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"type": "cards"}, "type"),
        ({"held_on": "2026-03-01"}, "held_on"),
        ({"mood": "fine"}, "mood"),
    ],
)
def test_reflection_body_is_strict(change: dict[str, Any], key: str) -> None:
    with pytest.raises(SchemaError) as caught:
        Reflection.from_body(_reflection().to_body() | change, PATH)
    assert caught.value.key == key


def test_a_newer_format_is_refused() -> None:
    with pytest.raises(UnsupportedVersion) as caught:
        Reflection.from_body(_reflection().to_body() | {"format": 2}, PATH)
    assert (caught.value.path, caught.value.version) == (PATH, 2)


def test_entry_values_are_checked() -> None:
    body = _reflection().to_body()
    body["entries"][0]["person"] = "very"
    with pytest.raises(SchemaError, match="person"):
        Reflection.from_body(body, PATH)
    body = _reflection().to_body()
    body["entries"][0]["resources"] = ["ok", 3]
    with pytest.raises(SchemaError, match="resources"):
        Reflection.from_body(body, PATH)


def test_copy_is_deep() -> None:
    original = _reflection()
    copy = original.copy()
    copy.entries[0].resources.append("New job")
    assert original.entries[0].resources == ["Sister visits weekly"]


def test_items_from_text_one_per_line() -> None:
    assert items_from_text("- a job\n\n * his sister \n•  sport") == [
        "a job",
        "his sister",
        "sport",
    ]
    assert items_from_text("   \n") == []


def _case() -> Case:
    return Case(id="c1", code="K-1", created=AT, last_activity=AT)


def test_goals_and_interventions_live_on_the_case() -> None:
    goal = Goal(
        "g1",
        "Find a training place",
        "I want to work with wood",
        ("work",),
        date(2026, 6, 1),
        created=date(2026, 3, 1),
    )
    step = Intervention("i1", "Visit the carpentry workshop", "mentor", date(2026, 4, 1), goal="g1")
    case = _case().with_goal(goal).with_intervention(step)
    again = Case.from_doc(case.to_doc(), "cases/c1/case.toml.enc")
    assert again.goals == (goal,) and again.interventions == (step,)
    achieved = Goal("g1", goal.text, status=GoalStatus.ACHIEVED, created=goal.created)
    assert case.with_goal(achieved).goals == (achieved,)  # replaced in place, not added
    done = Intervention("i1", step.what, status=InterventionStatus.DONE)
    assert case.with_intervention(done).interventions == (done,)


def test_overdue_goals_and_review_hints() -> None:
    today = date(2026, 3, 14)
    case = _case().with_goal(Goal("g1", "a", target=date(2026, 3, 1), created=today))
    case = case.with_goal(
        Goal("g2", "b", target=date(2026, 2, 1), status=GoalStatus.DROPPED, created=today)
    )
    case = case.with_goal(Goal("g3", "c", target=date(2026, 5, 1), created=today))
    assert [g.overdue(today) for g in case.goals] == [True, False, False]
    assert case.next_due() == date(2026, 3, 1)
    summary = CaseSummary.of(case)
    assert summary.open_goals == 2
    # No reflection yet: due once the case has had no activity for the review period.
    assert summary.hints(today, 90) == ("goal-overdue", "basis-missing")  # made on AT: not yet
    assert summary.hints(date(2026, 9, 1), 90) == ("goal-overdue", "review-due", "basis-missing")
    case = replace(case, legal=LegalBasis(BasisKind.STATUTORY_TASK))
    closed = CaseSummary.of(replace(case, status=CaseStatus.CLOSED, legal=TO_BE_RECORDED))
    assert closed.hints(today, 90) == ("basis-missing",)  # the data is still held
    summary = CaseSummary.of(case)
    assert summary.hints(today, 90) == ("goal-overdue",)
    reflected = CaseSummary.of(case.touched(SessionKind.REFLECTION, held_on=date(2026, 2, 1)))
    assert reflected.hints(today, 90) == ("goal-overdue",)
    assert reflected.hints(date(2026, 6, 1), 90) == ("goal-overdue", "review-due")
    assert reflected.hints(today, 0) == ("goal-overdue",)  # 0: no review hint


def test_a_brand_new_case_is_not_review_due_and_retention_is_a_hint() -> None:
    made = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    basis = LegalBasis(BasisKind.STATUTORY_TASK)  # recorded: this test is about the dates
    fresh = CaseSummary.of(Case(id="c1", code="K-1", created=made, last_activity=made, legal=basis))
    assert fresh.hints(date(2026, 3, 14), 90) == ()
    keep = fresh._replace(retention=date(2026, 4, 1))
    assert keep.hints(date(2026, 3, 31), 90) == ()
    assert keep.retention_due(date(2026, 3, 31), within=1)
    assert keep.hints(date(2026, 4, 1), 90) == ("retention-due",)
    closed = keep._replace(status=CaseStatus.CLOSED)  # that is when retention matters most
    assert closed.hints(date(2026, 8, 1), 90) == ("retention-due",)


def test_last_reflection_never_moves_back() -> None:
    case = _case().touched(SessionKind.REFLECTION, held_on=date(2026, 3, 1))
    case = case.touched(SessionKind.REFLECTION, held_on=date(2025, 12, 1))  # entered later
    assert case.last_reflection == date(2026, 3, 1) and case.reflections == 2
    assert case.touched(SessionKind.CARDS).last_reflection == date(2026, 3, 1)
