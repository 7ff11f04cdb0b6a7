"""The reflection wizard as a state machine: steps, moves, skip, resume, finish (no UI here).

A flow holds one :class:`Reflection` being written and the step the caseworker is on. The
steps are one per chosen factor, then the goals step, then the summary. Moving never loses
anything; skipping marks a factor as skipped (recording something there again un-skips it).
A draft is the reflection's body plus ``position``; :meth:`ReflectionFlow.finish` returns the
final, immutable record.

Choosing factors: :func:`choose_all`, :func:`choose_area`, :func:`choose_relevant` (flagged
relevant in the newest earlier reflection), :func:`choose_suggested` (from a card session's
``suggested_factors``), or any list picked by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.content.model import Catalogue
from desistkit_tui.core.errors import FlowError, Schema, SchemaError
from desistkit_tui.core.model import FactorEntry, Reflection, ReflectionSummary, new_record_id
from desistkit_tui.core.schema import Doc

GOALS = "goals"
SUMMARY = "summary"


class StepState(StrEnum):
    """How a step stands; shown by symbol and word, never by colour alone."""

    EMPTY = "empty"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Step:
    """One page of the wizard: a factor, the goals, or the summary."""

    kind: str  # "factor" | GOALS | SUMMARY
    factor: str = ""


def choose_all(catalogue: Catalogue) -> list[str]:
    return [f.id for f in catalogue.factors]


def choose_area(catalogue: Catalogue, area: str) -> list[str]:
    return [f.id for f in catalogue.factors_in(area)]


def choose_relevant(
    catalogue: Catalogue, previous: Sequence[Reflection] | Sequence[ReflectionSummary]
) -> list[str]:
    """Factors flagged relevant (by either side) in the newest earlier reflection."""
    if not previous:
        return []
    summaries = [r.summary() if isinstance(r, Reflection) else r for r in previous]
    newest = max(summaries, key=lambda r: (r.held_on, r.created))
    wanted = {e.factor for e in newest.recorded if e.relevant}
    return [f.id for f in catalogue.factors if f.id in wanted]


def choose_suggested(catalogue: Catalogue, suggested: Iterable[str]) -> list[str]:
    """A card session's suggestions, in its order, without unknown or repeated ids."""
    seen: set[str] = set()
    chosen = []
    for factor in suggested:
        if catalogue.has_factor(factor) and factor not in seen:
            seen.add(factor)
            chosen.append(factor)
    return chosen


class ReflectionFlow:
    """The wizard over one reflection."""

    def __init__(self, reflection: Reflection, position: int = 0) -> None:
        if not reflection.entries:
            raise FlowError("no-factors")
        self.reflection = reflection
        self.steps: list[Step] = [Step("factor", e.factor) for e in reflection.entries]
        self.steps += [Step(GOALS), Step(SUMMARY)]
        self.position = max(0, min(position, len(self.steps) - 1))

    # -- starting --------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        factors: Sequence[str],
        held_on: date,
        *,
        source: str = "manual",
        entered_later: bool = False,
        catalogue: str = "casereflector",
        at: datetime | None = None,
    ) -> ReflectionFlow:
        """A new reflection on ``factors`` (in that order; repeats dropped)."""
        unique = list(dict.fromkeys(factors))
        reflection = Reflection(
            id=new_record_id(at),
            held_on=held_on,
            entries=[FactorEntry(f) for f in unique],
            catalogue=catalogue,
            entered_later=entered_later,
            source=source,
        )
        if at is not None:
            reflection.created = at
        return cls(reflection)

    @classmethod
    def correcting(cls, original: Reflection, at: datetime | None = None) -> ReflectionFlow:
        """A new version of a finished reflection (the original is kept unchanged)."""
        copy = original.copy()
        copy.id = new_record_id(at)
        copy.replaces = original.id
        copy.source = "correction"
        if at is not None:
            copy.created = at
        return cls(copy)

    # -- where we are ----------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.steps[self.position]

    @property
    def entry(self) -> FactorEntry | None:
        """The factor entry of the current step (``None`` on the goals and summary steps)."""
        return self.entry_at(self.position)

    def entry_at(self, index: int) -> FactorEntry | None:
        step = self.steps[index]
        return self.reflection.entry(step.factor) if step.kind == "factor" else None

    def state(self, index: int) -> StepState:
        """Done, skipped or empty; the goals step is done once goals are linked or noted."""
        entry = self.entry_at(index)
        if entry is not None:
            if entry.skipped:
                return StepState.SKIPPED
            return StepState.EMPTY if entry.empty else StepState.DONE
        if self.steps[index].kind == GOALS:
            linked = any(e.goals for e in self.reflection.entries) or self.reflection.note.strip()
            return StepState.DONE if linked else StepState.EMPTY
        return StepState.EMPTY

    @property
    def at_first(self) -> bool:
        return self.position == 0

    @property
    def at_summary(self) -> bool:
        return self.step.kind == SUMMARY

    # -- moving ----------------------------------------------------------------------------

    def next(self) -> Step:
        self.position = min(self.position + 1, len(self.steps) - 1)
        return self.step

    def previous(self) -> Step:
        self.position = max(self.position - 1, 0)
        return self.step

    def jump(self, index: int) -> Step:
        if not 0 <= index < len(self.steps):
            raise FlowError("no-step", step=index + 1)
        self.position = index
        return self.step

    def skip(self) -> Step:
        """Mark the current factor as skipped and go on (what was typed there is kept)."""
        entry = self.entry
        if entry is None:
            raise FlowError("not-a-factor-step")
        entry.skipped = True
        return self.next()

    # -- recording -------------------------------------------------------------------------

    def update(self, **changes: Any) -> FactorEntry:
        """Change fields of the current factor entry; recording something un-skips it."""
        entry = self.entry
        if entry is None:
            raise FlowError("no-factor")
        names = {f.name for f in fields(FactorEntry)} - {"factor", "skipped"}
        for name, value in changes.items():
            if name not in names:
                raise FlowError("unknown-field", field=name)
            setattr(entry, name, value)
        if not entry.empty:
            entry.skipped = False
        return entry

    def link_goal(self, factor: str, goal_id: str, linked: bool = True) -> None:
        entry = self.reflection.entry(factor)
        if entry is None:
            raise FlowError("factor-not-included", factor=factor)
        if linked and goal_id not in entry.goals:
            entry.goals.append(goal_id)
        elif not linked and goal_id in entry.goals:
            entry.goals.remove(goal_id)

    # -- saving ----------------------------------------------------------------------------

    def to_draft(self) -> Doc:
        """The draft body: the reflection so far and the current step."""
        return self.reflection.to_body() | {"position": self.position}

    @classmethod
    def from_draft(cls, body: Doc, path: str) -> ReflectionFlow:
        position = body.get("position", 0)
        if not isinstance(position, int) or isinstance(position, bool):
            raise SchemaError.wrong_type(path, "position", "int", position)
        reflection = Reflection.from_body(body, path, extra=frozenset({"position"}))
        if not reflection.entries:
            raise SchemaError(path, "entries", Schema.INVALID)  # a draft without factors
        return cls(reflection, position)

    def finish(self) -> Reflection:
        """The final record. Refused when nothing at all was recorded."""
        if not self.reflection.recorded and not self.reflection.note.strip():
            raise FlowError("nothing-recorded")
        return self.reflection.copy()
