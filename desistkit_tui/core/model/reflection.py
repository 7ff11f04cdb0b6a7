"""A reflection on a case: one entry per distancing factor, resources first, then needs.

A finished reflection is saved once, as the body of a ``session`` document of type
``reflection``, and never changed; a correction is a new reflection whose ``replaces`` names
the one it corrects (both are kept). Work in progress is a draft with the same body plus the
step the caseworker was on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import NamedTuple

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.errors import Schema, UnsupportedVersion
from desistkit_tui.core.schema import Doc, Fields, field_names

#: Version of the reflection body inside a session or draft document.
FORMAT = 1
TYPE = "reflection"


class Relevance(StrEnum):
    """How much a factor matters now."""

    UNKNOWN = "unknown"
    NONE = "none"
    SOME = "some"
    HIGH = "high"

    @property
    def level(self) -> int | None:
        """0 (not relevant), 1 (some), 2 (high); ``None`` when unknown."""
        return {"none": 0, "some": 1, "high": 2}.get(self.value)


class RaisedBy(StrEnum):
    """Who brought the factor up."""

    UNSET = "unset"
    PERSON = "person"
    CASEWORKER = "caseworker"
    BOTH = "both"


_SPACES = re.compile(r"\s+")


def item_key(text: str) -> str:
    """How two resource/need items are compared: case, spacing and end punctuation ignored."""
    return _SPACES.sub(" ", text).strip().rstrip(".;,").casefold()


def items_from_text(text: str) -> list[str]:
    """One item per non-empty line (leading list marks such as ``-`` or ``*`` dropped)."""
    items = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*•+").strip()
        if line:
            items.append(line)
    return items


@dataclass(slots=True)
class FactorEntry:
    """What was recorded about one factor in one reflection."""

    factor: str
    #: Relevance as the person sees it and as the caseworker sees it; never forced to agree.
    person: Relevance = Relevance.UNKNOWN
    caseworker: Relevance = Relevance.UNKNOWN
    #: What helps (recorded first) and what is hard, one item each.
    resources: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    own_words: str = ""
    view: str = ""
    raised_by: RaisedBy = RaisedBy.UNSET
    #: Ids of the case's goals this factor is linked to.
    goals: list[str] = field(default_factory=list)
    skipped: bool = False

    @property
    def empty(self) -> bool:
        """Nothing recorded (skipping does not count as recording)."""
        return (
            self.person is Relevance.UNKNOWN
            and self.caseworker is Relevance.UNKNOWN
            and not self.resources
            and not self.needs
            and not self.own_words.strip()
            and not self.view.strip()
            and self.raised_by is RaisedBy.UNSET
            and not self.goals
        )

    @property
    def relevant(self) -> bool:
        """Flagged as relevant (some or high) by the person or by the caseworker."""
        return any((r.level or 0) > 0 for r in (self.person, self.caseworker))

    def to_doc(self) -> Doc:
        return {
            "factor": self.factor,
            "person": self.person.value,
            "caseworker": self.caseworker.value,
            "resources": list(self.resources),
            "needs": list(self.needs),
            "own_words": self.own_words,
            "view": self.view,
            "raised_by": self.raised_by.value,
            "goals": list(self.goals),
            "skipped": self.skipped,
        }

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> FactorEntry:
        f = Fields(doc, path, field_names(cls))
        return cls(
            factor=f.get("factor", str),
            person=f.choice("person", Relevance, "unknown"),
            caseworker=f.choice("caseworker", Relevance, "unknown"),
            resources=list(f.texts("resources")),
            needs=list(f.texts("needs")),
            own_words=f.get("own_words", str, ""),
            view=f.get("view", str, ""),
            raised_by=f.choice("raised_by", RaisedBy, "unset"),
            goals=list(f.texts("goals")),
            skipped=f.get("skipped", bool, False),
        )


class EntrySummary(NamedTuple):
    """What the case overview needs of one recorded factor entry: no words, counts only."""

    factor: str
    person: Relevance
    caseworker: Relevance
    #: How many resources and needs were recorded.
    resources: int
    needs: int

    @property
    def relevant(self) -> bool:
        """Flagged as relevant (some or high) by the person or by the caseworker."""
        return any((r.level or 0) > 0 for r in (self.person, self.caseworker))


class ReflectionSummary(NamedTuple):
    """What the case overview (session list, development view, factor choice) needs of a
    finished reflection; the full one is read when it is opened, compared or exported."""

    id: str
    held_on: date
    created: datetime
    entered_later: bool
    replaces: str
    #: The entries with something recorded and not skipped (:attr:`Reflection.recorded`).
    recorded: tuple[EntrySummary, ...]


@dataclass(slots=True)
class Reflection:
    """One reflection on a case: the factors worked on, in the order they were stepped through."""

    id: str
    held_on: date
    entries: list[FactorEntry]
    catalogue: str = "casereflector"
    #: Held earlier (on paper, say) and typed in afterwards.
    entered_later: bool = False
    #: How the factors were chosen: all, area:<id>, relevant, cards, manual, correction.
    source: str = "manual"
    #: The reflection this one corrects ("" for an original).
    replaces: str = ""
    note: str = ""
    created: datetime = field(default_factory=utcnow)

    def entry(self, factor: str) -> FactorEntry | None:
        """The entry for ``factor``, if the reflection has one."""
        return next((e for e in self.entries if e.factor == factor), None)

    @property
    def recorded(self) -> list[FactorEntry]:
        """The entries with something recorded and not skipped."""
        return [e for e in self.entries if not e.skipped and not e.empty]

    def summary(self) -> ReflectionSummary:
        """What the case overview needs of this reflection."""
        return ReflectionSummary(
            self.id,
            self.held_on,
            self.created,
            self.entered_later,
            self.replaces,
            tuple(
                EntrySummary(e.factor, e.person, e.caseworker, len(e.resources), len(e.needs))
                for e in self.recorded
            ),
        )

    def copy(self) -> Reflection:
        """A deep copy (entries and their lists are new objects)."""
        entries = [
            replace(e, resources=list(e.resources), needs=list(e.needs), goals=list(e.goals))
            for e in self.entries
        ]
        return replace(self, entries=entries)

    def to_body(self) -> Doc:
        return {
            "type": TYPE,
            "format": FORMAT,
            "id": self.id,
            "held_on": self.held_on,
            "catalogue": self.catalogue,
            "entered_later": self.entered_later,
            "source": self.source,
            "replaces": self.replaces,
            "note": self.note,
            "created": self.created,
            "entries": [e.to_doc() for e in self.entries],
        }

    @classmethod
    def from_body(cls, body: Doc, path: str, extra: frozenset[str] = frozenset()) -> Reflection:
        """Parse a reflection body; ``extra`` names keys a draft may carry besides it."""
        allowed = field_names(cls) | {"type", "format"} | extra
        f = Fields(body, path, allowed)
        kind = f.get("type", str)
        if kind != TYPE:
            raise f.error("type", Schema.UNKNOWN_VALUE, value=kind)
        version = f.get("format", int)
        if version > FORMAT:
            raise UnsupportedVersion(path, version)
        return cls(
            id=f.get("id", str),
            held_on=f.day("held_on"),
            entries=[FactorEntry.from_doc(e, path) for e in f.tables("entries")],
            catalogue=f.get("catalogue", str, "casereflector"),
            entered_later=f.get("entered_later", bool, False),
            source=f.get("source", str, "manual"),
            replaces=f.get("replaces", str, ""),
            note=f.get("note", str, ""),
            created=f.datetime("created"),
        )


def is_reflection(body: object) -> bool:
    """Whether a session or draft body holds a reflection."""
    return isinstance(body, dict) and body.get("type") == TYPE
