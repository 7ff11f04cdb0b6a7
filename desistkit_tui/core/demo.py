"""A throw-away demo vault with fictional cases, for trainings and projector demos.

Every name, date and sentence here is invented. The vault lives in a private temporary folder
(0700), is encrypted like any other with a random key that is never shown, and is deleted when
the demo ends; nothing typed during a demo survives it.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from desistkit_tui.core.model import (
    AddressForm,
    BasisKind,
    FactorEntry,
    GenderForm,
    Goal,
    Intervention,
    LegalBasis,
    Reflection,
    Relevance,
    Scope,
    SessionKind,
    new_record_id,
)
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

#: The demo's key is random and thrown away; a light KDF keeps the start quick.
DEMO_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
H, S, N = Relevance.HIGH, Relevance.SOME, Relevance.NONE


def _history(today: date) -> list[Reflection]:
    """Three reflections on one fictional case, months apart, needs turning into resources."""
    days = [today - timedelta(days=d) for d in (180, 100, 20)]
    entries = [
        [
            FactorEntry(
                "family-of-origin",
                H,
                H,
                ["An aunt who keeps in touch"],
                ["No contact with father", "Rows at home"],
            ),
            FactorEntry("work-structure", H, S, [], ["No job", "Sleeps until noon"]),
            FactorEntry("scene-ties", H, H, [], ["Most friends are in the group"]),
        ],
        [
            FactorEntry(
                "family-of-origin",
                S,
                H,
                ["An aunt who keeps in touch", "Sister visits"],
                ["Rows at home"],
            ),
            FactorEntry("work-structure", H, H, ["Gets up for the course"], ["No job"]),
            FactorEntry(
                "scene-ties", S, H, ["Joined a climbing group"], ["Most friends are in the group"]
            ),
        ],
        [
            FactorEntry(
                "family-of-origin",
                S,
                S,
                ["An aunt who keeps in touch", "Sister visits", "Calmer talks at home"],
                [],
                own_words="We can be in one room again.",
            ),
            FactorEntry(
                "work-structure", S, S, ["Gets up for the course", "Internship at a bakery"], []
            ),
            FactorEntry(
                "scene-ties",
                N,
                S,
                ["Joined a climbing group", "New phone number"],
                ["Old contacts write now and then"],
            ),
        ],
    ]
    return [
        Reflection(new_record_id(), day, rows, source="all")
        for day, rows in zip(days, entries, strict=True)
    ]


def build_demo_vault(root: Path, today: date) -> Vault:
    """A new, unlocked vault at ``root`` with three fictional cases."""
    vault, _ = Vault.create(root, Secret.random(), "demo", kdf=DEMO_KDF)
    consent = LegalBasis(
        BasisKind.CONSENT,
        given=today - timedelta(days=100),
        scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.CARD_SESSIONS, Scope.CASE_CONFERENCE}),
        recipients=("probation service",),
        language="de",
    )
    first = vault.create_case(
        "DEMO-01",
        address=AddressForm.INFORMAL,
        gender=GenderForm.FEMININE,
        language="de",
        legal=consent,
    )
    vault.create_case(
        "DEMO-02",
        address=AddressForm.FORMAL,
        gender=GenderForm.MASCULINE,
        legal=LegalBasis(BasisKind.STATUTORY_TASK, note="court-ordered counselling"),
    )
    vault.create_case(  # its legal basis is left to be recorded: the case list shows the hint
        "DEMO-03", address=AddressForm.INFORMAL, gender=GenderForm.NEUTRAL, language="mk"
    )
    with vault.open_case(first.id) as handle:
        goal = Goal(
            "demo-goal",
            "Finish the bakery internship",
            "I want to see it through this time",
            ("work-structure",),
            today + timedelta(days=45),
            created=today - timedelta(days=100),
        )
        step = Intervention(
            "demo-step",
            "Weekly check-in with the internship mentor",
            "mentor",
            today + timedelta(days=7),
            goal=goal.id,
        )
        handle.save_profile(handle.case.with_goal(goal).with_intervention(step))
        for reflection in _history(today):
            handle.save_session(
                SessionKind.REFLECTION,
                reflection.to_body(),
                reflection.id,
                held_on=reflection.held_on,
            )
    return vault


class DemoVault:
    """A demo vault in a private temporary folder, removed by :meth:`close`."""

    def __init__(self, today: date) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="desistkit-demo-"))
        self.vault = build_demo_vault(self.folder / f"vault-{secrets.token_hex(4)}", today)

    def close(self) -> None:
        if not self.vault.locked:
            self.vault.lock()
        shutil.rmtree(self.folder, ignore_errors=True)
