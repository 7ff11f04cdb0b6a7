"""What must never go wrong in card mode: the presenter view shows no case data; lock and a
dropped link keep the draft (encrypted) and it resumes; the demo writes nothing; a read-only
case saves nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cards.presenter import PresenterScreen
from desistkit_tui.screens.cards.setup import CardSetupScreen
from desistkit_tui.screens.cards.summary import SummaryScreen
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import PASSPHRASE, screen_text, settle, type_text
from tests.tui.terminal import real_cli
from tests.tui.test_cards_helpers import (
    CODE,
    SEED,
    browse_to,
    card_app,
    card_vault,
    open_setup,
    saved_bodies,
    start_cards,
    table,
)

NOTE = "private"


async def test_presenter_view_shows_the_card_and_no_case_data(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        await browse_to(pilot, "chap")  # a scale card
        await pilot.press("tab")
        await type_text(pilot, NOTE)
        await pilot.press("f6")  # important: a caseworker's mark, not for the projector
        text = screen_text(app)
        assert CODE in text and NOTE in text and "important" in text
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PresenterScreen)
        text = screen_text(app)
        assert "The chapter I am in" in text
        assert "Not at all" in text  # the scale's ends, for the person
        for private in (CODE, NOTE, "important", "Notes", "Case", "drawn", "F2", "Draw"):
            assert private not in text, private
        await pilot.press("6")  # the person answers on the projector
        answered = screen.context.session.current_entry
        assert answered is not None and answered.scale == 6
        await pilot.press("f2", "r", "o", "l", "enter")  # the next card (browsing), from here
        await pilot.pause()
        assert isinstance(app.screen, PresenterScreen)
        assert screen.context.session.current == "my-story-my-roles"
        assert "Roles I have" in screen_text(app)
        assert CODE not in screen_text(app)
        await pilot.press("f5")  # and back to the caseworker's view
        await pilot.pause()
        assert table(pilot) is screen
        assert CODE in screen_text(app)


async def test_lock_keeps_the_draft_and_it_resumes(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        await browse_to(pilot, "than")
        await pilot.press("4", "tab")
        await type_text(pilot, NOTE)
        draft_id = screen.context.draft_id
        await pilot.press("ctrl+l")  # lock at once: no time for the autosave timer
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)

        _, [draft] = saved_bodies(tmp_path / "vault")
        [card] = draft["cards"]
        assert (card["agreement"], card["notes"]) == ("disagree", NOTE)
        assert draft["current"] == "my-story-more-than-my-past" and draft["seed"] == SEED

        setup = await open_setup(pilot)
        assert "An unfinished card session" in screen_text(app)
        assert setup.draft_id == draft_id
        await pilot.press("f6")  # resume
        await pilot.pause()
        resumed = table(pilot)
        assert resumed.context.draft_id == draft_id
        entry = resumed.context.session.current_entry
        assert entry is not None and entry.notes == NOTE
        assert NOTE in screen_text(app)
        await pilot.press("f3", "1")  # at random: it goes on in the seed's order
        assert resumed.context.session.current == screen.context.session.pile.cards[0]


def test_a_dropped_ssh_link_keeps_the_card_session(tmp_path: Path) -> None:
    """The real program on a terminal: a card on the table, a note typed, then SIGHUP."""
    path = card_vault(tmp_path / "vault")
    with real_cli(path) as term:
        steps: list[tuple[bytes, bytes]] = [
            (PASSPHRASE.encode() + b"\r", CODE.encode()),
            (b"\r", b"Case " + CODE.encode()),  # the case screen
            (b"\x1bOS", b"Card session"),  # F4: set-up
            (b"\x1b[15~", b"No card on the table"),  # F5: start
            (b"\x1bOR", b"Browse the deck"),  # F3: the ways
            (b"5", b"The whole deck"),
            (b"thr\r", b"Pick three words"),  # an open question: the notes have the focus
        ]
        assert b"Passphrase" in term.read_until(b"Passphrase")
        for keys, marker in steps:
            term.write(keys)
            assert marker in term.read_until(marker), marker
        term.write(NOTE.encode())
        assert NOTE.encode() in term.read_until(NOTE.encode())
        assert term.hang_up() == 129  # sooner than the autosave timer
    _, [draft] = saved_bodies(path)
    assert draft["cards"][0]["notes"] == NOTE and draft["current"] == "my-story-three-words"


async def test_the_demo_saves_nothing_and_says_so(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    vault = tmp_path / "vault"
    before = sorted(p.relative_to(vault) for p in vault.rglob("*"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(CardSetupScreen(None, seed=SEED))  # no vault, no case
        await pilot.pause()
        assert "nothing is saved" in screen_text(app)
        await pilot.press("f5")
        await pilot.pause()
        assert "Demo" in screen_text(app) and "not saved" in screen_text(app)
        await pilot.press("f2", "tab")
        await type_text(pilot, NOTE)
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Demo: nothing is saved" in screen_text(app)
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
    assert sorted(p.relative_to(vault) for p in vault.rglob("*")) == before


async def test_a_read_only_case_runs_the_cards_but_saves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    app = card_app(tmp_path)
    other = Vault.unlock(path, PASSPHRASE)
    holder = other.open_case(other.find(CODE).id)  # another session holds the case
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await start_cards(pilot)
            assert "not saved" in screen_text(app)
            await pilot.press("f2", "f6", "f10")
            await pilot.pause()
            assert "Read-only" in screen_text(app)
            await pilot.press("f10")
            await pilot.pause()
        assert holder.draft_ids() == [] and holder.session_ids() == []
    finally:
        holder.close()
        other.lock()


async def test_setup_discards_a_draft_and_checks_the_order_number(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_cards(pilot)
        await pilot.press("f2", "escape", "enter")  # leave: the draft stays
        await settle(pilot)  # saved in a worker
        setup = await _f4(pilot)
        assert "An unfinished card session" in screen_text(app)  # offered to resume
        await pilot.press("f8")  # discard it
        await settle(pilot)
        assert setup.draft is None and "unfinished" not in screen_text(app)
        setup.query_one("#cards-seed", Input).value = "99999999999"
        await pilot.press("f5")
        await pilot.pause()
        assert app.screen is setup and "whole number from 0" in screen_text(app)
    assert saved_bodies(tmp_path / "vault") == ([], [])


async def _f4(pilot: Pilot[Any]) -> CardSetupScreen:
    await pilot.press("f4")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CardSetupScreen)
    return screen


async def test_a_hang_up_before_the_notes_message_arrives_keeps_the_notes(
    tmp_path: Path,
) -> None:
    """A hang-up's handler runs between two of the app's steps, possibly before the notes
    field's last Changed message reached the screen: the draft takes the notes as the field
    shows them (seen on a loaded machine: the note on screen, an empty note in the draft)."""
    from textual.widgets import TextArea

    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        await browse_to(pilot, "than")
        await pilot.press("4", "tab")
        notes = screen.query_one("#cards-notes", TextArea)
        notes.insert(NOTE)  # its Changed message is queued, not handled yet
        screen.release_case()  # what the hang-up handler does, at once
        _, [draft] = saved_bodies(tmp_path / "vault")
        assert draft["cards"][0]["notes"] == NOTE
