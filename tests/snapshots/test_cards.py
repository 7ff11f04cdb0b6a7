"""Snapshots of card mode: each card kind, the presenter view, two languages side by side
(Macedonian, Cyrillic, beside English), at 80x24 and at 60x20 (a projector's zoomed font).

Update with ``pytest tests/snapshots/test_cards.py --snapshot-update``, then look at the SVGs.
The session is built directly (fixed seed and date) and put on the table with the real case
handle, so each snapshot costs one app start and no typing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from desistkit_tui.app import DesistKitApp
from desistkit_tui.core.cards import Agreement, CardSession
from desistkit_tui.core.model import AddressForm, GenderForm
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cards.context import CardContext
from desistkit_tui.screens.cards.table import CardTableScreen
from tests.snapshots.compare import SnapCompare
from tests.tui.helpers import FIXED, PASSPHRASE
from tests.tui.test_cards_helpers import CODE, SEED, card_app

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((60, 20), id="60x20")]

QUESTION = "my-story-three-words"
STATEMENT = "my-story-more-than-my-past"
SCALE = "my-story-current-chapter"
RESOURCE = "my-story-my-roles"


def _table(
    app: DesistKitApp, path: Path, card_id: str, *, lang: str = "en", lang2: str = ""
) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A ``run_before`` that opens the vault and puts ``card_id`` on the table, answered."""

    async def run_before(pilot: Pilot[Any]) -> None:
        vault = Vault.unlock(path, PASSPHRASE)
        app.vault_opened(vault)
        await pilot.pause()
        assert app.session is not None
        workspace = app.session.open_case(vault.find(CODE).id)
        deck = app.require_content().deck()
        session = CardSession.start(deck, FIXED.date(), SEED, lang, lang2)
        for _ in range(3):
            session.draw()
        entry = session.show(card_id)
        if card_id == STATEMENT:
            entry.set_agreement(Agreement.AGREE)
        elif card_id == SCALE:
            entry.set_scale(7)
        elif card_id == RESOURCE:
            entry.toggle_option("sibling", deck.card(card_id).options)
            entry.toggle_option("friend", deck.card(card_id).options)
        entry.notes = "Talked about the move to the new flat."
        localizer = app.localizer(workspace.case).for_deck(deck)
        context = CardContext(session, localizer, workspace, "0000000000000-snapshot")
        app.push_screen(CardTableScreen(context))
        await pilot.pause()

    return run_before


def _app(tmp_path: Path, language: str = "en") -> tuple[DesistKitApp, Path]:
    app = card_app(
        tmp_path, language=language, address=AddressForm.INFORMAL, gender=GenderForm.FEMININE
    )
    return app, tmp_path / "vault"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("card_id", [QUESTION, STATEMENT, SCALE, RESOURCE])
def test_card_kind(
    snap_compare: SnapCompare, tmp_path: Path, card_id: str, size: tuple[int, int]
) -> None:
    app, path = _app(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_table(app, path, card_id))


@pytest.mark.parametrize("size", SIZES)
def test_presenter_view(snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]) -> None:
    app, path = _app(tmp_path)
    table = _table(app, path, SCALE)

    async def presenter(pilot: Pilot[Any]) -> None:
        await table(pilot)
        await pilot.press("f5")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=presenter)


@pytest.mark.parametrize("size", SIZES)
def test_macedonian_beside_english(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    app, path = _app(tmp_path, language="mk")
    run_before = _table(app, path, SCALE, lang="mk", lang2="en")
    assert snap_compare(app, terminal_size=size, run_before=run_before)
