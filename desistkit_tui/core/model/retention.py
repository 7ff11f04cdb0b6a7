"""A case's retention history: each time its retention date ("keep until") was extended.

Issue 14: a case whose retention date has passed is erased, or kept longer for a reason. The
reason is kept here, in the encrypted case document (``[[retention_history]]``, case schema 5),
never in the audit log: it is administrative, but it may name the person or their situation,
and audit entries hold no case content. The audit entry (``retention-extended``) records only
the previous and the new date (docs/data-protection.md, Retention).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desistkit_tui.core.schema import Doc, Fields, field_names
from desistkit_tui.core.text import safe

#: The longest reason kept (a sentence or two, not a note).
REASON_MAX = 500


@dataclass(frozen=True, slots=True)
class RetentionChange:
    """On ``on``, the retention date went from ``previous`` (``None``: none was set) to
    ``until``, for ``reason``, by the holder of the key slot ``by``."""

    on: date
    previous: date | None
    until: date
    reason: str
    by: str = ""

    def to_doc(self) -> Doc:
        doc: Doc = {"on": self.on, "until": self.until, "reason": self.reason, "by": self.by}
        if self.previous is not None:
            doc["previous"] = self.previous
        return doc

    @classmethod
    def from_doc(cls, doc: Doc, path: str) -> RetentionChange:
        f = Fields(doc, path, field_names(cls))
        return cls(
            on=f.day("on"),
            previous=f.date_or_none("previous"),
            until=f.day("until"),
            reason=f.get("reason", str),
            by=f.get("by", str, ""),
        )


def check_reason(reason: str) -> str:
    """A reason for keeping a case longer: stripped, terminal-safe, on one line; ValueError
    when empty or longer than :data:`REASON_MAX`."""
    text = " ".join(safe(reason).split())
    if not text:
        raise ValueError("a reason is required to keep a case longer")
    if len(text) > REASON_MAX:
        raise ValueError(f"a reason is at most {REASON_MAX} characters")
    return text
