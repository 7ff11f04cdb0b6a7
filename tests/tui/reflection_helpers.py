"""Shared setup for the CaseReflector tests: cases with reflections on fixed dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.model import (
    AddressForm,
    FactorEntry,
    GenderForm,
    Goal,
    Intervention,
    Reflection,
    Relevance,
    SessionKind,
)
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from tests.tui.helpers import FAST_KDF, FIXED, PASSPHRASE, config

H, S, N = Relevance.HIGH, Relevance.SOME, Relevance.NONE


def flow_app(vault: Path, autosave: float = 0.1) -> DesistKitApp:
    return create_app(replace(config(vault), autosave_seconds=autosave))


def make_case_vault(
    path: Path,
    address: AddressForm = AddressForm.INFORMAL,
    gender: GenderForm = GenderForm.FEMININE,
    language: str = "en",
    code: str = "K-2026-014",
) -> Path:
    vault, _ = Vault.create(path, Secret.from_text(PASSPHRASE), "anna", kdf=FAST_KDF)
    case = vault.create_case(code, address=address, gender=gender, language=language)
    with vault.open_case(case.id) as handle:
        handle.save_profile(replace(handle.case, created=FIXED, last_activity=FIXED))
    vault.lock()
    return path


def _reflection(rid: str, day: date, entries: list[FactorEntry]) -> Reflection:
    created = FIXED.replace(year=day.year, month=day.month, day=day.day)
    return Reflection(rid, day, entries, source="all", created=created)


def add_history(path: Path) -> None:
    """Three reflections, one goal with an intervention: enough for trends and comparison."""
    vault = Vault.unlock(path, PASSPHRASE)
    case_id = vault.summaries()[0].id
    reflections = [
        _reflection(
            "1767000000000-00000001",
            date(2025, 11, 3),
            [
                FactorEntry("family-of-origin", H, H, ["Sister"], ["Father", "Debts", "Fights"]),
                FactorEntry("work-structure", H, S, [], ["No job", "No routine"]),
                FactorEntry("scene-ties", H, H, [], ["Old friends in the scene"]),
            ],
        ),
        _reflection(
            "1769000000000-00000002",
            date(2026, 1, 12),
            [
                FactorEntry("family-of-origin", S, H, ["Sister", "Mother calls"], ["Debts"]),
                FactorEntry("work-structure", H, H, ["A daily routine"], ["No job"]),
                FactorEntry("scene-ties", S, H, ["Football club"], ["Old friends in the scene"]),
            ],
        ),
        _reflection(
            "1772000000000-00000003",
            date(2026, 3, 2),
            [
                FactorEntry(
                    "family-of-origin",
                    S,
                    S,
                    ["Sister", "Mother calls", "Debts plan"],
                    [],
                    own_words="We talk again.",
                ),
                FactorEntry("work-structure", S, S, ["No job", "Training place"], []),
                FactorEntry("scene-ties", N, S, ["Football club", "New flat"], []),
            ],
        ),
    ]
    with vault.open_case(case_id) as handle:
        goal = Goal(
            "g1",
            "Find a training place",
            "I want to work with wood",
            ("work-structure",),
            date(2026, 2, 1),
            created=date(2025, 11, 3),
        )
        step = Intervention(
            "i1", "Visit the carpentry workshop", "mentor", date(2026, 1, 20), goal="g1"
        )
        handle.save_profile(handle.case.with_goal(goal).with_intervention(step))
        for r in reflections:
            handle.save_session(SessionKind.REFLECTION, r.to_body(), r.id, held_on=r.held_on)
        handle.save_profile(replace(handle.case, last_activity=FIXED))
    vault.lock()
