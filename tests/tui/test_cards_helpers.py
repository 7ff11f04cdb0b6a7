"""Helpers for the card-mode Pilot and snapshot tests (this module holds no tests).

A real vault with one case (its language, address and gender chosen per test), the real app,
the case opened from the case list and F4 pressed, as a caseworker would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from desistkit_tui.app import DesistKitApp
from desistkit_tui.core.model import AddressForm, GenderForm
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cards.setup import CardSetupScreen
from desistkit_tui.screens.cards.table import CardTableScreen
from tests.tui.helpers import FAST_KDF, PASSPHRASE, make_app, settle

CODE = "K-2026-042"
SEED = 7


def card_vault(
    path: Path,
    *,
    language: str = "en",
    address: AddressForm = AddressForm.INFORMAL,
    gender: GenderForm = GenderForm.FEMININE,
) -> Path:
    """A vault holding one case, ``CODE``, in ``language`` with that wording."""
    vault, _ = Vault.create(path, Secret.from_text(PASSPHRASE), "anna", kdf=FAST_KDF)
    vault.create_case(CODE, address=address, gender=gender, language=language)
    vault.lock()
    return path


def card_app(tmp_path: Path, **case: Any) -> DesistKitApp:
    return make_app(card_vault(tmp_path / "vault", **case))


async def quick_unlock(pilot: Pilot[Any]) -> None:
    """Unlock with the passphrase put in the field at once (typing it costs seconds)."""
    pilot.app.screen.query_one("#passphrase", Input).value = PASSPHRASE
    await pilot.press("enter")
    await settle(pilot)


async def open_setup(pilot: Pilot[Any]) -> CardSetupScreen:
    """Unlock, open the case, press F4: the card set-up screen."""
    await quick_unlock(pilot)
    await pilot.press("enter")  # the only case
    await settle(pilot)  # opened in a worker
    await pilot.press("f4")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CardSetupScreen)
    return screen


async def start_cards(
    pilot: Pilot[Any], *, seed: int = SEED, lang2: str = "", way: str = ""
) -> CardTableScreen:
    """From the case list to the table of a new card session."""
    setup = await open_setup(pilot)
    await set_up(pilot, setup, seed=seed, lang2=lang2, way=way)
    return table(pilot)


async def set_up(
    pilot: Pilot[Any], setup: CardSetupScreen, *, seed: int = SEED, lang2: str = "", way: str = ""
) -> None:
    from textual.widgets import Select

    setup.query_one("#cards-seed", Input).value = str(seed)
    if lang2:
        setup.query_one("#cards-lang2", Select).value = lang2
    if way:
        setup.query_one("#cards-way", Select).value = way
    await pilot.pause()
    await pilot.press("f5")
    await pilot.pause()


def table(pilot: Pilot[Any]) -> CardTableScreen:
    screen = pilot.app.screen
    assert isinstance(screen, CardTableScreen), type(screen)
    return screen


async def browse_to(pilot: Pilot[Any], title: str) -> None:
    """F3, browse the deck, type the title, Enter: that card comes to the table."""
    await pilot.press("f3", "5")
    await pilot.pause()
    await pilot.press(*[c if c != " " else "space" for c in title.lower()])
    await pilot.press("enter")
    await pilot.pause()


def saved_bodies(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The card-session bodies and draft bodies of the case, decrypted by a fresh unlock."""
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        with vault.open_case(vault.find(CODE).id) as handle:
            sessions = [handle.load_session(s)["body"] for s in handle.session_ids()]
            drafts = [handle.load_draft(d)["body"] for d in handle.draft_ids()]
    finally:
        vault.lock()
    return sessions, drafts


__all__ = [
    "CODE",
    "SEED",
    "browse_to",
    "card_app",
    "card_vault",
    "make_app",
    "open_setup",
    "quick_unlock",
    "saved_bodies",
    "set_up",
    "start_cards",
    "table",
]
