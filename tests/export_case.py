"""A case with everything the exports must show or leave out, in a real vault.

Every free-text field carries a marker word, so a test can tell by searching the output
whether that field was included: OWNWORDS (the person's own words), CWVIEW (the caseworker's
view), CWNOTE (the note on a reflection), CARDNOTE (a card's notes), GOALTEXT, GOALOWN,
STEPTEXT, STEPROLE, HELPS (a resource), HARD (a need), DRAFTTEXT (an open draft), OLDVERSION
(a reflection later corrected).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from desistkit_tui.core.cards import CardSession
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.content import ContentSet, load_content
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

CODE = "K-2026-014"
PASSPHRASE = "a passphrase for tests"
TODAY = date(2026, 12, 7)
WHEN = datetime(2026, 12, 7, tzinfo=UTC)
H, S, N = Relevance.HIGH, Relevance.SOME, Relevance.NONE
FACTORS = ("family-of-origin", "work-structure", "scene-ties")


def reflections(count: int = 3, today: date = TODAY) -> list[Reflection]:
    """``count`` reflections, a week apart, needs easing into resources; the first has a
    correction (its original says OLDVERSION)."""
    made = []
    for n in range(count):
        day = today - timedelta(days=7 * (count - n))
        entries = [
            FactorEntry(
                factor,
                person=(H, S, N)[min(2, n * 3 // max(1, count))],
                caseworker=(H, H, S)[min(2, n * 3 // max(1, count))],
                resources=[f"HELPS {factor} {k}" for k in range(n + 1)],
                needs=[f"HARD {factor} {k}" for k in range(max(1, count - n - 1))],
                own_words=f"OWNWORDS {factor} {n}",
                view=f"CWVIEW {factor} {n}",
            )
            for factor in FACTORS
        ]
        made.append(
            Reflection(
                new_record_id(),
                day,
                entries,
                note=f"CWNOTE {n}",
                created=WHEN - timedelta(days=count - n),
            )
        )
    original = made[0]
    original.entries[0].own_words = "OLDVERSION before the correction"
    fixed = original.copy()
    fixed.id = new_record_id()
    fixed.replaces = original.id
    fixed.entries[0].own_words = "OWNWORDS corrected"
    fixed.created = original.created + timedelta(hours=1)
    return [*made, fixed]


def card_session(content: ContentSet, held_on: date) -> CardSession:
    session = CardSession.start(content.deck(), held_on, 1234, "en")
    drawn = session.draw().card
    assert drawn is not None
    entry = session.entry(drawn)
    assert entry is not None
    entry.notes = "CARDNOTE about the card"
    return session


#: The person's consent to the records, card sessions and case-conference summaries.
CONSENT = LegalBasis(
    BasisKind.CONSENT,
    given=TODAY - timedelta(days=60),
    scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.CARD_SESSIONS, Scope.CASE_CONFERENCE}),
    language="pl",
)


def build_case_vault(
    root: Path,
    kdf: KdfParams,
    *,
    count: int = 3,
    language: str = "pl",
    legal: LegalBasis = CONSENT,
) -> tuple[Vault, ContentSet]:
    """A new vault with the case :data:`CODE` (unlocked; lock it when done)."""
    content = load_content(user_decks=False)
    vault, _ = Vault.create(root, Secret.from_text(PASSPHRASE), "cw-1", kdf=kdf)
    case = vault.create_case(
        CODE,
        address=AddressForm.FORMAL,
        gender=GenderForm.FEMININE,
        language=language,
        legal=legal,
    )
    with vault.open_case(case.id) as handle:
        goal = Goal(
            "g1",
            "GOALTEXT finish the internship",
            "GOALOWN I want to see it through",
            ("work-structure",),
            TODAY + timedelta(days=45),
            created=TODAY - timedelta(days=30),
        )
        step = Intervention("s1", "STEPTEXT weekly check-in", "STEPROLE mentor", TODAY, goal="g1")
        handle.save_profile(handle.case.with_goal(goal).with_intervention(step))
        for reflection in reflections(count):
            handle.save_session(
                SessionKind.REFLECTION,
                reflection.to_body(),
                reflection.id,
                held_on=reflection.held_on,
            )
        session = card_session(content, TODAY - timedelta(days=2))
        handle.save_session(SessionKind.CARDS, session.to_doc(), new_record_id())
        draft = Reflection(
            new_record_id(),
            TODAY,
            [FactorEntry("scene-ties", own_words="DRAFTTEXT not finished")],
        )
        handle.save_draft(draft.id, {**draft.to_body(), "step": 0})
    return vault, content
