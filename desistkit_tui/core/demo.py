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
from typing import Any

from desistkit_tui.core import languages
from desistkit_tui.core.i18n import Localizer
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


def _history(today: date, t: Localizer) -> list[Reflection]:
    """Three reflections on one fictional case, months apart, needs turning into resources."""
    days = [today - timedelta(days=d) for d in (180, 100, 20)]
    aunt, sister, course, climbing = (
        t("demo-aunt"),
        t("demo-sister"),
        t("demo-course"),
        t("demo-climbing"),
    )
    rows, no_job, in_group = t("demo-rows"), t("demo-no-job"), t("demo-friends-in-group")
    entries = [
        [
            FactorEntry("family-of-origin", H, H, [aunt], [t("demo-no-father"), rows]),
            FactorEntry("work-structure", H, S, [], [no_job, t("demo-sleeps")]),
            FactorEntry("scene-ties", H, H, [], [in_group]),
        ],
        [
            FactorEntry("family-of-origin", S, H, [aunt, sister], [rows]),
            FactorEntry("work-structure", H, H, [course], [no_job]),
            FactorEntry("scene-ties", S, H, [climbing], [in_group]),
        ],
        [
            FactorEntry(
                "family-of-origin",
                S,
                S,
                [aunt, sister, t("demo-calmer-talks")],
                [],
                own_words=t("demo-one-room"),
            ),
            FactorEntry("work-structure", S, S, [course, t("demo-internship")], []),
            FactorEntry(
                "scene-ties", N, S, [climbing, t("demo-new-number")], [t("demo-old-contacts")]
            ),
        ],
    ]
    return [
        Reflection(new_record_id(), day, rows, source="all")
        for day, rows in zip(days, entries, strict=True)
    ]


def _card_session(today: date, lang: str, t: Localizer) -> dict[str, Any]:
    """A finished card session of three cards, with the caseworker's notes (format 1 of
    ``core/cards/body.py``; written as data so that building the demo loads no deck)."""
    return {
        "type": "cards",
        "format": 1,
        "held_on": today - timedelta(days=40),
        "deck": "desistcards",
        "seed": 2026,
        "lang": lang,
        "lang2": "",
        "mode": "random",
        "current": "",
        "suggested_factors": ["self-image", "agency", "future-hope"],
        "pile": {"round": 1, "cards": []},
        "cards": [
            {
                "id": "my-story-in-my-own-words",
                "kind": "statement",
                "state": "open",
                "important": True,
                "notes": t("demo-card-note-story"),
                "agreement": "agree",
            },
            {
                "id": "my-story-current-chapter",
                "kind": "scale",
                "state": "open",
                "important": False,
                "notes": t("demo-card-note-chapter"),
                "scale": 6,
            },
            {
                "id": "strengths-getting-through",
                "kind": "question",
                "state": "open",
                "important": False,
                "notes": t("demo-card-note-getting-through"),
            },
        ],
        "sorting": [],
    }


def build_demo_vault(root: Path, today: date, lang: str = languages.REFERENCE) -> Vault:
    """A new, unlocked vault at ``root`` with three fictional cases, written in ``lang``:
    DEMO-01 (informal, feminine) with goals, reflections and a card session, DEMO-02 (formal,
    masculine) with a goal and a retention date that passed three days ago (opening it shows
    the retention dialog, for trainings), DEMO-03 (informal, neutral) new."""
    t = Localizer.create(lang)
    vault, _ = Vault.create(root, Secret.random(), "demo", kdf=DEMO_KDF)
    consent = LegalBasis(
        BasisKind.CONSENT,
        given=today - timedelta(days=100),
        scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.CARD_SESSIONS, Scope.CASE_CONFERENCE}),
        recipients=(t("demo-basis-recipient"),),
        language=lang,
    )
    first = vault.create_case(
        "DEMO-01",
        address=AddressForm.INFORMAL,
        gender=GenderForm.FEMININE,
        language=lang,
        legal=consent,
    )
    second = vault.create_case(
        "DEMO-02",
        address=AddressForm.FORMAL,
        gender=GenderForm.MASCULINE,
        language=lang,
        retention=today - timedelta(days=3),
        legal=LegalBasis(BasisKind.STATUTORY_TASK, note=t("demo-basis-note")),
    )
    vault.create_case(  # its legal basis is left to be recorded: the case list shows the hint
        "DEMO-03", address=AddressForm.INFORMAL, gender=GenderForm.NEUTRAL, language=lang
    )
    with vault.open_case(first.id) as handle:
        goal = Goal(
            "demo-goal",
            t("demo-goal"),
            t("demo-goal-own-words"),
            ("work-structure",),
            today + timedelta(days=45),
            created=today - timedelta(days=100),
        )
        step = Intervention(
            "demo-step", t("demo-step"), t("demo-step-who"), today + timedelta(days=7), goal=goal.id
        )
        handle.save_profile(handle.case.with_goal(goal).with_intervention(step))
        for reflection in _history(today, t):
            handle.save_session(
                SessionKind.REFLECTION,
                reflection.to_body(),
                reflection.id,
                held_on=reflection.held_on,
            )
        handle.save_session(SessionKind.CARDS, _card_session(today, lang, t))
    with vault.open_case(second.id) as handle:
        flat = Goal(
            "demo-flat",
            t("demo-flat"),
            t("demo-flat-own-words"),
            ("housing-money",),
            today + timedelta(days=120),
            created=today - timedelta(days=30),
        )
        visit = Intervention(
            "demo-housing",
            t("demo-housing"),
            t("demo-housing-who"),
            today + timedelta(days=14),
            goal=flat.id,
        )
        handle.save_profile(handle.case.with_goal(flat).with_intervention(visit))
    return vault


class DemoVault:
    """A demo vault in a private temporary folder, removed by :meth:`close`."""

    def __init__(self, today: date, lang: str = languages.REFERENCE) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="desistkit-demo-"))
        self.vault = build_demo_vault(self.folder / f"vault-{secrets.token_hex(4)}", today, lang)

    def close(self) -> None:
        if not self.vault.locked:
            self.vault.lock()
        shutil.rmtree(self.folder, ignore_errors=True)
