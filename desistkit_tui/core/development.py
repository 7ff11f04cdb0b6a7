"""How a case develops: per-factor trends across reflections, and two reflections compared.

Both work on finished reflections only. A reflection that has been corrected is replaced by
its newest correction (:func:`current`), so a typo fixed later does not count twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, TypeVar

from desistkit_tui.core.model import (
    EntrySummary,
    FactorEntry,
    Reflection,
    ReflectionSummary,
    Relevance,
    item_key,
)

#: Full reflections (exports, comparing) or their summaries (the case overview).
R = TypeVar("R", Reflection, ReflectionSummary)


def current(reflections: Iterable[R]) -> list[R]:
    """The reflections that no correction replaces, oldest first (by day, then creation)."""
    every = list(reflections)
    replaced = {r.replaces for r in every if r.replaces}
    return sorted((r for r in every if r.id not in replaced), key=lambda r: (r.held_on, r.created))


class Point(NamedTuple):
    """One factor in one reflection (a tuple: a long case makes thousands of them at once)."""

    reflection: str
    held_on: date
    person: Relevance
    caseworker: Relevance
    resources: int
    needs: int


@dataclass(frozen=True, slots=True)
class Trend:
    """One factor across the reflections that recorded it (at least two)."""

    factor: str
    points: tuple[Point, ...]

    @property
    def first(self) -> Point:
        return self.points[0]

    @property
    def last(self) -> Point:
        return self.points[-1]

    @property
    def resources_change(self) -> int:
        return self.last.resources - self.first.resources

    @property
    def needs_change(self) -> int:
        return self.last.needs - self.first.needs


def development(
    reflections: Iterable[Reflection] | Iterable[ReflectionSummary],
    order: Sequence[str] = (),
    *,
    last: int | None = None,
) -> list[Trend]:
    """A trend for each factor recorded (not skipped, not empty) in two or more reflections.

    ``order`` (catalogue order of factor ids) sorts the result; unknown factors go last.
    ``last`` (two or more) keeps each trend's newest ``last`` points only (its ``first`` is
    then the oldest of those): the case overview shows twelve, and a case of 500 reflections
    has thousands of points, of which it makes the few it shows.
    """
    if last is not None and last < 2:
        raise ValueError("a trend needs two points: last must be 2 or more")
    summaries = [r if isinstance(r, ReflectionSummary) else r.summary() for r in reflections]
    ordered = current(summaries)
    points: dict[str, list[Point]] = {}
    if last is None:
        for reflection in ordered:
            for entry in reflection.recorded:
                points.setdefault(entry.factor, []).append(_point(reflection, entry))
    else:
        # Newest first, a factor's points stop at ``last``; then each is put back in order.
        newest: dict[str, list[tuple[ReflectionSummary, EntrySummary]]] = {}
        for reflection in reversed(ordered):
            for entry in reflection.recorded:
                kept = newest.get(entry.factor)
                if kept is None:
                    newest[entry.factor] = [(reflection, entry)]
                elif len(kept) < last:
                    kept.append((reflection, entry))
        for factor, kept in newest.items():
            points[factor] = [_point(r, e) for r, e in reversed(kept)]
    rank = {factor: n for n, factor in enumerate(order)}
    trends = [Trend(f, tuple(p)) for f, p in points.items() if len(p) >= 2]
    return sorted(trends, key=lambda t: (rank.get(t.factor, len(rank)), t.factor))


def _point(reflection: ReflectionSummary, entry: EntrySummary) -> Point:
    return Point(
        reflection.id,
        reflection.held_on,
        entry.person,
        entry.caseworker,
        entry.resources,
        entry.needs,
    )


@dataclass(frozen=True, slots=True)
class FactorChange:
    """What changed for one factor between an earlier and a later reflection."""

    factor: str
    #: "added" (only in the later one), "dropped" (only in the earlier one) or "both".
    presence: str
    person: tuple[Relevance, Relevance]
    caseworker: tuple[Relevance, Relevance]
    resources_added: tuple[str, ...] = ()
    resources_gone: tuple[str, ...] = ()
    needs_added: tuple[str, ...] = ()
    needs_gone: tuple[str, ...] = ()
    #: Needs of the earlier reflection that the later one lists as resources.
    needs_now_resources: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return (
            self.presence != "both"
            or self.person[0] is not self.person[1]
            or self.caseworker[0] is not self.caseworker[1]
            or bool(self.resources_added or self.resources_gone)
            or bool(self.needs_added or self.needs_gone)
        )


def _minus(items: Sequence[str], other: Sequence[str]) -> tuple[str, ...]:
    keys = {item_key(i) for i in other}
    return tuple(i for i in items if item_key(i) not in keys)


def _entry(reflection: Reflection, factor: str) -> FactorEntry:
    entry = reflection.entry(factor)
    if entry is None or entry.skipped:
        return FactorEntry(factor)
    return entry


def compare(
    earlier: Reflection, later: Reflection, order: Sequence[str] = ()
) -> list[FactorChange]:
    """Every factor recorded in either reflection, with what was added, changed or resolved."""
    if (later.held_on, later.created) < (earlier.held_on, earlier.created):
        earlier, later = later, earlier
    recorded_before = {e.factor for e in earlier.recorded}
    recorded_after = {e.factor for e in later.recorded}
    rank = {factor: n for n, factor in enumerate(order)}
    factors = sorted(recorded_before | recorded_after, key=lambda f: (rank.get(f, len(rank)), f))
    changes = []
    for factor in factors:
        a, b = _entry(earlier, factor), _entry(later, factor)
        if factor not in recorded_before:
            presence = "added"
        elif factor not in recorded_after:
            presence = "dropped"
        else:
            presence = "both"
        resource_keys = {item_key(r) for r in b.resources}
        changes.append(
            FactorChange(
                factor=factor,
                presence=presence,
                person=(a.person, b.person),
                caseworker=(a.caseworker, b.caseworker),
                resources_added=_minus(b.resources, a.resources),
                resources_gone=_minus(a.resources, b.resources),
                needs_added=_minus(b.needs, a.needs),
                needs_gone=_minus(a.needs, b.needs),
                needs_now_resources=tuple(n for n in a.needs if item_key(n) in resource_keys),
            )
        )
    return changes
