"""The domain model: cases, goals and interventions, reflections (typed, schema-versioned).

- :mod:`.case` — the case profile, its running totals and the case-list summary;
- :mod:`.legal` — the legal basis recorded for a case (consent, statutory task…);
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
from desistkit_tui.core.model.legal import (
    TO_BE_RECORDED,
    BasisKind,
    LegalBasis,
    Scope,
    Withdrawal,
)
from desistkit_tui.core.model.plans import (
    Goal,
    GoalStatus,
    Intervention,
    InterventionStatus,
    new_plan_id,
)
from desistkit_tui.core.model.reflection import (
    EntrySummary,
    FactorEntry,
    RaisedBy,
    Reflection,
    ReflectionSummary,
    Relevance,
    is_reflection,
    item_key,
    items_from_text,
)

__all__ = [
    "CODE_PATTERN",
    "TO_BE_RECORDED",
    "AddressForm",
    "BasisKind",
    "Case",
    "CaseStatus",
    "CaseSummary",
    "EntrySummary",
    "FactorEntry",
    "GenderForm",
    "Goal",
    "GoalStatus",
    "Intervention",
    "InterventionStatus",
    "LegalBasis",
    "RaisedBy",
    "Reflection",
    "ReflectionSummary",
    "Relevance",
    "Scope",
    "SessionKind",
    "Withdrawal",
    "check_code",
    "check_retention",
    "is_reflection",
    "item_key",
    "items_from_text",
    "new_case_id",
    "new_plan_id",
    "new_record_id",
]
