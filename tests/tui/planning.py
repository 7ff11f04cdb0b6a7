"""A vault whose cases show every planning state of the case list (hints, last reflection)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from desistkit_tui.core.model import CaseStatus, Goal, GoalStatus
from desistkit_tui.core.vault.store import Vault
from tests.tui.helpers import FIXED, PASSPHRASE, STATUTORY, make_vault


def planning_vault(path: Path) -> Path:
    """Five cases whose planning state the list must show (newest activity first: P-1 … P-5).

    P-1 a goal past its target date and a recent reflection; P-2 a recent reflection only;
    P-3 never reflected but recently active (not review due: a new case is not); P-4 closed
    (never hinted); P-5 a goal overdue and an old reflection.
    """
    make_vault(path)
    vault = Vault.unlock(path, PASSPHRASE)
    plans = {
        "P-1": (date(2026, 3, 1), (Goal("g1", "work", target=date(2026, 3, 10)),), None),
        "P-2": (date(2026, 2, 20), (Goal("g2", "sport", target=date(2026, 6, 1)),), None),
        "P-3": (None, (), None),
        "P-4": (None, (Goal("g4", "x", target=date(2026, 1, 1)),), CaseStatus.CLOSED),
        "P-5": (
            date(2025, 10, 1),
            (
                Goal("g5", "flat", target=date(2026, 2, 1)),
                Goal("g6", "done", target=date(2025, 1, 1), status=GoalStatus.ACHIEVED),
            ),
            None,
        ),
    }
    for n, (code, (reflected, goals, status)) in enumerate(plans.items()):
        case = vault.create_case(code)
        with vault.open_case(case.id) as handle:
            when = FIXED.replace(day=12 - n)
            handle.save_profile(
                replace(
                    handle.case,
                    created=when,
                    last_activity=when,
                    last_reflection=reflected,
                    goals=goals,
                    status=status or CaseStatus.ACTIVE,
                    reflections=n,
                    legal=STATUTORY,  # the hints here are about planning
                )
            )
    vault.lock()
    return path
