"""A finished card session, read back from the case overview (Enter on it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from desistkit_tui.core.cards import Agreement, CardSession, to_body
from desistkit_tui.core.content import default_content
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cards.summary import SavedSessionScreen
from desistkit_tui.screens.case import CaseScreen
from tests.tui.helpers import PASSPHRASE, screen_text, settle
from tests.tui.reflection_helpers import flow_app, make_case_vault
from tests.tui.test_reflection_flow import open_case


def _save_card_session(path: Path, deck_id: str | None = None) -> None:
    deck = default_content().deck()
    session = CardSession.start(deck, date(2026, 3, 14), 11, "en", "")
    session.show("my-story-more-than-my-past").set_agreement(Agreement.DISAGREE)
    session.require_current().notes = "Talked about the old crowd."
    session.toggle_important()
    session.show("my-story-good-place")
    session.skip()
    body = to_body(session)
    if deck_id is not None:
        body["deck"] = deck_id
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        case_id = vault.summaries()[0].id
        with vault.open_case(case_id) as handle:
            handle.save_session(SessionKind.CARDS, body)
    finally:
        vault.lock()


async def _enter_on_newest_session(pilot: Pilot[int]) -> None:
    # The case opens with its sessions focused and the newest highlighted: Enter reads it.
    assert pilot.app.screen.query_one("#sessions", OptionList).highlighted == 0
    await pilot.press("enter")
    await settle(pilot)  # read in a worker
    await pilot.pause(0.3)  # the screen composes its labels, or the notice shows


async def test_enter_on_a_card_session_reads_it_back(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    _save_card_session(path)
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await _enter_on_newest_session(pilot)
        assert isinstance(app.screen, SavedSessionScreen)
        text = screen_text(app)
        assert "Case K-2026-014 · Mar 14, 2026 · card session · one card" in text
        assert "Cards talked about (1)" in text
        assert "! ◆ More than my past (important): Disagree" in text
        assert "Notes: Talked about the old crowd." in text
        assert "Skipped (1)" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)


async def test_a_session_of_a_deck_no_longer_installed_says_so(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    _save_card_session(path, deck_id="retired-deck")
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await _enter_on_newest_session(pilot)
        assert isinstance(app.screen, CaseScreen)  # nothing opened, nothing crashed
        assert [n.message for n in app._notifications] == [
            "This card session used the deck “retired-deck”, which is not installed here — "
            "install it again to read the session; nothing was changed"
        ]
