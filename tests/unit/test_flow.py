"""The reflection wizard's state machine, without any UI: every move, skip, resume, finish."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.content import load_content
from desistkit_tui.core.content.model import Catalogue
from desistkit_tui.core.errors import FlowError, SchemaError
from desistkit_tui.core.flow import (
    GOALS,
    SUMMARY,
    ReflectionFlow,
    StepState,
    choose_all,
    choose_area,
    choose_relevant,
    choose_suggested,
)
from desistkit_tui.core.model import FactorEntry, Reflection, Relevance

AT = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
DAY = date(2026, 3, 14)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_content(user_decks=False).catalogue()


def _flow(*factors: str) -> ReflectionFlow:
    return ReflectionFlow.start(
        factors or ("family-of-origin", "partner", "friendships"), DAY, at=AT
    )


def test_steps_are_factors_then_goals_then_summary() -> None:
    flow = _flow()
    kinds = [(s.kind, s.factor) for s in flow.steps]
    assert kinds == [
        ("factor", "family-of-origin"),
        ("factor", "partner"),
        ("factor", "friendships"),
        (GOALS, ""),
        (SUMMARY, ""),
    ]
    assert flow.position == 0 and flow.at_first and not flow.at_summary
    assert flow.entry is not None and flow.entry.factor == "family-of-origin"


def test_repeated_factors_are_dropped_and_an_empty_choice_is_refused() -> None:
    assert len(_flow("partner", "partner", "friendships").reflection.entries) == 2
    with pytest.raises(FlowError):
        ReflectionFlow.start([], DAY)


def test_next_and_previous_stop_at_the_ends() -> None:
    flow = _flow()
    assert flow.previous().factor == "family-of-origin"
    for _ in range(10):
        flow.next()
    assert flow.at_summary and flow.position == 4
    assert flow.previous().kind == GOALS
    assert flow.entry is None


def test_jump_to_any_step_and_refuse_a_step_that_does_not_exist() -> None:
    flow = _flow()
    assert flow.jump(2).factor == "friendships"
    assert flow.jump(4).kind == SUMMARY
    with pytest.raises(FlowError):
        flow.jump(5)
    with pytest.raises(FlowError):
        flow.jump(-1)
    assert flow.position == 4


def test_states_empty_done_skipped_and_recording_unskips() -> None:
    flow = _flow()
    assert [flow.state(i) for i in range(5)] == [StepState.EMPTY] * 5
    flow.update(resources=["Sister"], person=Relevance.HIGH)
    assert flow.state(0) is StepState.DONE
    flow.next()
    assert flow.skip().factor == "friendships"  # skip moves on
    assert flow.state(1) is StepState.SKIPPED
    flow.jump(1)
    flow.update(needs=["No contact"])
    assert flow.state(1) is StepState.DONE  # recording something un-skips
    flow.jump(0)
    flow.skip()
    assert flow.state(0) is StepState.SKIPPED
    assert flow.reflection.entries[0].resources == ["Sister"]  # skipping keeps what was typed


def test_skip_and_update_only_on_factor_steps() -> None:
    flow = _flow()
    flow.jump(3)
    with pytest.raises(FlowError):
        flow.skip()
    with pytest.raises(FlowError):
        flow.update(view="x")
    flow.jump(0)
    with pytest.raises(FlowError):
        flow.update(factor="partner")
    with pytest.raises(FlowError):
        flow.update(nonsense=1)


def test_goals_step_is_done_when_a_goal_is_linked() -> None:
    flow = _flow()
    assert flow.state(3) is StepState.EMPTY
    flow.link_goal("partner", "g1")
    flow.link_goal("partner", "g1")
    assert flow.reflection.entry("partner") == FactorEntry("partner", goals=["g1"])
    assert flow.state(3) is StepState.DONE and flow.state(1) is StepState.DONE
    flow.link_goal("partner", "g1", linked=False)
    assert flow.state(3) is StepState.EMPTY
    with pytest.raises(FlowError):
        flow.link_goal("work-structure", "g1")


def test_resume_from_a_draft_restores_everything() -> None:
    flow = _flow()
    flow.update(own_words="Ich will raus.", caseworker=Relevance.SOME)
    flow.skip()
    flow.next()
    body = flow.to_draft()
    again = ReflectionFlow.from_draft(body, "drafts/x")
    assert again.position == 2
    assert again.reflection == flow.reflection
    assert [again.state(i) for i in range(5)] == [flow.state(i) for i in range(5)]


@pytest.mark.parametrize(
    "change", [{"position": "2"}, {"position": True}, {"entries": []}, {"extra": 1}]
)
def test_a_broken_draft_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(SchemaError):
        ReflectionFlow.from_draft(_flow().to_draft() | change, "drafts/x")


def test_a_draft_position_out_of_range_is_clamped() -> None:
    assert ReflectionFlow.from_draft(_flow().to_draft() | {"position": 99}, "d").at_summary


def test_finish_needs_something_recorded_and_returns_an_independent_copy() -> None:
    flow = _flow()
    flow.skip()
    with pytest.raises(FlowError):
        flow.finish()
    flow.jump(1)
    flow.update(resources=["Football on Sundays"])
    final = flow.finish()
    assert [e.factor for e in final.recorded] == ["partner"]
    assert final.entries[0].skipped
    flow.update(resources=["changed after finishing"])
    assert final.entries[1].resources == ["Football on Sundays"]


def test_a_correction_is_a_new_version_that_names_the_original() -> None:
    flow = _flow()
    flow.update(needs=["Debts"])
    original = flow.finish()
    fix = ReflectionFlow.correcting(original, at=AT)
    assert fix.reflection.id != original.id
    assert fix.reflection.replaces == original.id and fix.reflection.source == "correction"
    fix.update(needs=["Debts (being paid off)"])
    assert original.entries[0].needs == ["Debts"]


def test_choosing_factors(catalogue: Catalogue) -> None:
    everything = choose_all(catalogue)
    assert len(everything) == len(catalogue.factors) and everything[0] == "family-of-origin"
    area = choose_area(catalogue, "relationships")
    assert area and all(catalogue.factor(f).area == "relationships" for f in area)
    suggested = choose_suggested(catalogue, ["partner", "no-such-factor", "partner", "wellbeing"])
    assert suggested == ["partner", "wellbeing"]


def test_choose_relevant_uses_the_newest_earlier_reflection(catalogue: Catalogue) -> None:
    old = Reflection(
        "1", date(2026, 1, 1), [FactorEntry("partner", person=Relevance.HIGH)], created=AT
    )
    new = Reflection(
        "2",
        date(2026, 2, 1),
        [
            FactorEntry("wellbeing", caseworker=Relevance.SOME),
            FactorEntry("friendships", person=Relevance.NONE, caseworker=Relevance.NONE),
            FactorEntry("family-of-origin", person=Relevance.HIGH, skipped=True),
        ],
        created=AT,
    )
    assert choose_relevant(catalogue, [new, old]) == ["wellbeing"]
    assert choose_relevant(catalogue, []) == []
