"""The development view's numbers and the comparison of two reflections."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.development import compare, current, development
from desistkit_tui.core.model import FactorEntry, Reflection, Relevance

AT = datetime(2026, 1, 1, tzinfo=UTC)
H, S, N, U = Relevance.HIGH, Relevance.SOME, Relevance.NONE, Relevance.UNKNOWN


def _r(rid: str, day: date, *entries: FactorEntry, replaces: str = "") -> Reflection:
    return Reflection(rid, day, list(entries), replaces=replaces, created=AT)


def _e(
    factor: str, person: Relevance = U, res: int = 0, needs: int = 0, *, skipped: bool = False
) -> FactorEntry:
    return FactorEntry(
        factor,
        person=person,
        resources=[f"r{i}" for i in range(res)],
        needs=[f"n{i}" for i in range(needs)],
        skipped=skipped,
    )


def test_trends_for_factors_recorded_at_least_twice_in_date_order() -> None:
    reflections = [
        _r("c", date(2026, 5, 1), _e("work", H, 3, 1), _e("family", S, 2, 0)),
        _r("a", date(2026, 1, 1), _e("work", H, 0, 3), _e("partner", H, 1, 1)),
        _r("b", date(2026, 3, 1), _e("work", S, 1, 2), _e("family", skipped=True, person=H)),
    ]
    trends = development(reflections, order=["family", "work"])
    assert [t.factor for t in trends] == ["work"]  # family: once recorded, once skipped
    work = trends[0]
    assert [(p.reflection, p.person, p.resources, p.needs) for p in work.points] == [
        ("a", H, 0, 3),
        ("b", S, 1, 2),
        ("c", H, 3, 1),
    ]
    assert (work.resources_change, work.needs_change) == (3, -2)


def test_empty_entries_do_not_count() -> None:
    reflections = [_r("a", date(2026, 1, 1), _e("work")), _r("b", date(2026, 2, 1), _e("work", H))]
    assert development(reflections) == []


def test_a_corrected_reflection_counts_once_in_its_newest_version() -> None:
    a = _r("a", date(2026, 1, 1), _e("work", H, 0, 3))
    typo = _r("b", date(2026, 2, 1), _e("work", H, 9, 9))
    fixed = _r("b2", date(2026, 2, 1), _e("work", S, 1, 2), replaces="b")
    assert [r.id for r in current([fixed, typo, a])] == ["a", "b2"]
    (trend,) = development([a, typo, fixed])
    assert [p.reflection for p in trend.points] == ["a", "b2"]


def test_compare_names_what_was_added_what_changed_and_needs_that_became_resources() -> None:
    before = _r(
        "a",
        date(2026, 1, 1),
        FactorEntry(
            "work", person=H, caseworker=H, resources=["Brother"], needs=["No job", "Debts"]
        ),
        FactorEntry("partner", person=S, needs=["Jealousy"]),
        FactorEntry("faith", skipped=True, needs=["x"]),
    )
    after = _r(
        "b",
        date(2026, 4, 1),
        FactorEntry(
            "work", person=S, caseworker=H, resources=["brother ", "A job."], needs=["Debts"]
        ),
        FactorEntry("wellbeing", person=H, resources=["Running"]),
    )
    changes = {c.factor: c for c in compare(after, before, order=["partner", "work"])}
    assert list(changes) == ["partner", "work", "wellbeing"]  # catalogue order, then the rest
    work = changes["work"]
    assert work.presence == "both"
    assert work.person == (H, S) and work.caseworker == (H, H)
    assert work.resources_added == ("A job.",)  # "brother " is the same item as "Brother"
    assert work.resources_gone == ()
    assert work.needs_gone == ("No job",) and work.needs_added == ()
    assert work.needs_now_resources == ()
    assert changes["partner"].presence == "dropped" and changes["partner"].needs_gone == (
        "Jealousy",
    )
    assert changes["wellbeing"].presence == "added"
    assert all(c.changed for c in changes.values())


def test_a_need_that_became_a_resource_is_named() -> None:
    before = _r("a", date(2026, 1, 1), FactorEntry("work", needs=["A daily routine", "Debts"]))
    after = _r(
        "b", date(2026, 2, 1), FactorEntry("work", resources=["a daily routine."], needs=["Debts"])
    )
    (change,) = compare(before, after)
    assert change.needs_now_resources == ("A daily routine",)
    assert change.needs_gone == ("A daily routine",)
    same = compare(before, before)
    assert not same[0].changed


def test_last_keeps_each_trends_newest_points_as_the_whole_development_has_them() -> None:
    days = [date(2026, 1, d) for d in range(1, 29)]
    reflections = [
        _r(f"r{n:02d}", day, _e("work", H, n, 28 - n), *([_e("family", S, 1, n)] * (n % 3 == 0)))
        for n, day in enumerate(days)
    ]
    reflections.append(_r("old", date(2025, 1, 1), _e("partner", H, 1, 1)))
    reflections.append(_r("older", date(2024, 1, 1), _e("partner", S, 2, 2)))
    reflections.append(_r("r27b", days[27], _e("work", N, 7, 7), replaces="r27"))
    order = ["family", "work", "partner"]
    whole = development(reflections, order)
    for last in (2, 5, 12, 40):
        shown = development(reflections, order, last=last)
        # the same factors (partner: only in two old reflections), each one's newest points
        assert [t.factor for t in shown] == [t.factor for t in whole] == order
        for mine, full in zip(shown, whole, strict=True):
            assert mine.points == full.points[-last:]
    assert development(reflections, order, last=3)[1].points[-1].reflection == "r27b"


def test_last_must_leave_room_for_a_trend() -> None:
    with pytest.raises(ValueError):
        development([], last=1)
