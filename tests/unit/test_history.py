"""A case's history read through the vault: reflections, card sessions, damaged files, drafts."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import SchemaError
from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.history import draft_of_type, load_history
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import cases
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault


def test_history_lists_everything_readable_and_names_what_is_not(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text("pass phrase one"), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        later = ReflectionFlow.start(["partner"], date(2026, 3, 1))
        later.update(needs=["Jealousy"])
        earlier = ReflectionFlow.start(["partner"], date(2026, 1, 1), entered_later=True)
        earlier.update(resources=["Talks"])
        for flow in (later, earlier):
            final = flow.finish()
            handle.save_session(
                SessionKind.REFLECTION, final.to_body(), final.id, held_on=final.held_on
            )
        handle.save_session(
            SessionKind.CARDS,
            {"type": "cards", "held_on": date(2026, 2, 1), "suggested_factors": ["wellbeing"]},
            "0000000000002-cards",
        )
        broken = handle.save_session(SessionKind.REFLECTION, {"type": "reflection"}, "9-broken")
        assert handle.case.last_reflection == date(2026, 3, 1)  # never moved back
        history = load_history(handle)
        assert [r.held_on for r in history.reflections] == [date(2026, 1, 1), date(2026, 3, 1)]
        assert [c.suggested_factors for c in history.card_sessions] == [("wellbeing",)]
        assert history.latest_suggestions == ("wellbeing",)
        (problem,) = history.problems
        assert broken in str(problem) and isinstance(problem, SchemaError)
        # a draft that is a reflection is found; a card draft is not taken for one
        handle.save_draft("d-cards", {"type": "cards"})
        assert draft_of_type(handle, "reflection") is None
        handle.save_draft("d-refl", later.to_draft())
        found = draft_of_type(handle, "reflection")
        assert found is not None and found[0] == "d-refl"
        # a tampered draft is skipped, not fatal
        path = vault.files.path(case_rel(case.id, "drafts/d-refl.toml.enc"))
        data = bytearray(path.read_bytes())
        data[-1] ^= 1
        path.write_bytes(bytes(data))
        assert draft_of_type(handle, "reflection") is None


def test_card_sessions_of_one_day_are_listed_in_the_order_they_were_saved(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Record ids tell the day only: two sessions of one day may sort either way by id.
    vault, _ = Vault.create(vault_path, Secret.from_text("pass phrase one"), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    day = date(2026, 2, 1)
    with vault.open_case(case.id) as handle:
        for session_id, hour in (("1769904000000-ff", 10), ("1769904000000-00", 11)):
            at = datetime(2026, 2, 1, hour, tzinfo=UTC)
            monkeypatch.setattr(cases, "utcnow", lambda at=at: at)
            body = {"type": "cards", "held_on": day, "suggested_factors": [f"f{hour}"]}
            handle.save_session(SessionKind.CARDS, body, session_id)
        history = load_history(handle)
    assert [c.suggested_factors for c in history.card_sessions] == [("f10",), ("f11",)]
