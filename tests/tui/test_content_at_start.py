"""Once the vault is open, the app loads the good decks and says which broken user deck it
skipped (not before: the content would add to the memory peak of the key derivation)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.content import ContentSet
from tests.tui.helpers import config, make_vault, unlock

BROKEN = """schema = 1

[deck]
id = "my-cards"
kind = "cards"
version = "1.0.0"
catalogue = "casereflector"
colour_scheme = "loud"
"""


async def _loaded_after_unlock(app: DesistKitApp, pilot: Pilot[Any]) -> ContentSet | None:
    """The app's content once its background load after unlock has finished."""
    for _ in range(100):  # the list paints, then the content loads in the background
        await pilot.pause(0.05)
        if app.content is not None:
            break
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.content


async def test_broken_user_deck_is_skipped_and_named(tmp_path: Path) -> None:
    user_decks = tmp_path / "decks"
    (user_decks / "my-cards").mkdir(parents=True)
    (user_decks / "my-cards" / "deck.toml").write_text(BROKEN)
    (user_decks / "my-cards" / "en.ftl").write_text("x = y\n")
    app = create_app(replace(config(make_vault(tmp_path / "vault")), user_decks=user_decks))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        assert app.content is None  # the unlock screen does not need it
        await unlock(pilot)
        content = await _loaded_after_unlock(app, pilot)
        assert content is not None
        assert content.deck("desistcards").cards  # the shipped deck is there
        messages = [n.message for n in app._notifications]
        assert any("my-cards" in m and "deck.toml:8" in m for m in messages), messages
