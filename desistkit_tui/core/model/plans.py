"""Goals agreed with the person and the interventions planned for them.

They live on the case (``case.toml.enc``), not in a reflection: a goal is agreed in one
reflection and reviewed in later ones, so it changes over time. Reflections link to goals by id.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.schema import Doc, Fields, field_names


def new_plan_id() -> str:
    """A short random id for a goal or an intervention (unique within a case)."""
    return secrets.token_hex(4)


class GoalStatus(StrEnum):
    """Where a goal stands."""

    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class InterventionStatus(StrEnum):
    """Where a planned intervention stands."""

    PLANNED = "planned"
    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal agreed with the person, in the caseworker's and in the person's own words."""

    id: str
    text: str
    own_words: str = ""
    factors: tuple[str, ...] = ()
    target: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    created: date = field(default_factory=date.today)

    def overdue(self, today: date) -> bool:
        """An open goal whose target date has passed."""
        return self.status is GoalStatus.OPEN and self.target is not None and self.target < today

    def to_doc(self) -> Doc:
        doc: Doc = {
            "id": self.id,
            "text": self.text,
            "own_words": self.own_words,
            "factors": list(self.factors),
            "status": self.status.value,
            "created": self.created,
        }
        if self.target is not None:
            doc["target"] = self.target
        return doc

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> Goal:
        f = Fields(doc, path, field_names(cls))
        return cls(
            id=f.get("id", str),
            text=f.get("text", str),
            own_words=f.get("own_words", str, ""),
            factors=f.texts("factors"),
            target=f.date_or_none("target"),
            status=f.choice("status", GoalStatus, "open"),
            created=f.day("created"),
        )


@dataclass(frozen=True, slots=True)
class Intervention:
    """A planned step: what, who (a role such as "mentor", never a real name), when."""

    id: str
    what: str
    who: str = ""
    when: date | None = None
    status: InterventionStatus = InterventionStatus.PLANNED
    #: The goal it serves ("" when it serves none in particular).
    goal: str = ""

    def to_doc(self) -> Doc:
        doc: Doc = {
            "id": self.id,
            "what": self.what,
            "who": self.who,
            "status": self.status.value,
            "goal": self.goal,
        }
        if self.when is not None:
            doc["when"] = self.when
        return doc

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> Intervention:
        f = Fields(doc, path, field_names(cls))
        return cls(
            id=f.get("id", str),
            what=f.get("what", str),
            who=f.get("who", str, ""),
            when=f.date_or_none("when"),
            status=f.choice("status", InterventionStatus, "planned"),
            goal=f.get("goal", str, ""),
        )
