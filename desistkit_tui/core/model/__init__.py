"""The domain model: cases, goals and interventions, reflections (typed, schema-versioned).

- :mod:`.case` — the case profile, its running totals and the case-list summary;
- :mod:`.plans` — goals agreed with the person and planned interventions;
- :mod:`.reflection` — a reflection: one entry per factor, resources first, then needs.
"""

from desistkit_tui.core.languages import AddressForm, GenderForm
from desistkit_tui.core.model.case import (
    CODE_PATTERN,
    Case,
    CaseStatus,
    CaseSummary,
    SessionKind,
    check_code,
    check_retention,
    new_case_id,
    new_record_id,
)
from desistkit_tui.core.model.plans import (
    Goal,
    GoalStatus,
    Intervention,
    InterventionStatus,
    new_plan_id,
)
from desistkit_tui.core.model.reflection import (
    FactorEntry,
    RaisedBy,
    Reflection,
    Relevance,
    is_reflection,
    item_key,
    items_from_text,
)

__all__ = [
    "CODE_PATTERN",
    "AddressForm",
    "Case",
    "CaseStatus",
    "CaseSummary",
    "FactorEntry",
    "GenderForm",
    "Goal",
    "GoalStatus",
    "Intervention",
    "InterventionStatus",
    "RaisedBy",
    "Reflection",
    "Relevance",
    "SessionKind",
    "check_code",
    "check_retention",
    "is_reflection",
    "item_key",
    "items_from_text",
    "new_case_id",
    "new_plan_id",
    "new_record_id",
]
