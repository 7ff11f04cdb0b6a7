"""A whole card session driven by keys: every way of drawing, every card kind, put back,
important, later, skip, sorting, the summary, the save, and the session decrypted back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import OptionList, TextArea

from desistkit_tui.core.cards import DrawMode, EntryState, round_order
from desistkit_tui.core.content import default_content
from desistkit_tui.screens.cards.setup import CardSetupScreen
from desistkit_tui.screens.cards.summary import SummaryScreen
from desistkit_tui.screens.cards.table import CardTableScreen
from tests.tui.helpers import screen_text, settle, type_text
from tests.tui.test_cards_helpers import (
    CODE,
    SEED,
    browse_to,
    card_app,
    saved_bodies,
    set_up,
    start_cards,
    table,
)


async def test_each_card_kind_answered_by_keys_then_saved_and_read_back(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        session = screen.context.session

        await browse_to(pilot, "thr")  # an open question: notes
        assert session.current == "my-story-three-words"
        text = screen_text(app)
        assert f"Case {CODE}" in text
        assert "Pick three words that describe you." in text  # the case's informal wording
        await type_text(pilot, "[calm]")
        await pilot.press("f6")  # important

        await browse_to(pilot, "than")  # a statement: 1-5
        await pilot.press("2")
        await pilot.press("down")  # one step towards "disagree"

        await browse_to(pilot, "chap")  # a scale: digits and arrows
        await pilot.press("7", "right")

        await browse_to(pilot, "rol")  # a resource card: space ticks
        await pilot.press("space", "down", "space", "space", "right", "space")
        await pilot.press("tab")
        await type_text(pilot, "sis")

        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Cards talked about (4)" in text
        assert "! ◆ Three words about me (important)" in text
        assert "Notes: [calm]" in text  # brackets stay brackets
        assert "More than my past: Neither agree nor disagree" in text
        assert "8 of 10" in text
        assert "Suggested for the next reflection" in text
        await pilot.press("f10")  # save
        await settle(pilot)  # saved in a worker
        assert app.screen.__class__.__name__ == "CaseScreen"

    sessions, drafts = saved_bodies(tmp_path / "vault")
    assert drafts == []  # the draft went once the session was saved
    [body] = sessions
    assert (body["type"], body["format"], body["seed"]) == ("cards", 1, SEED)
    assert (body["lang"], body["lang2"], body["deck"]) == ("en", "", "desistcards")
    cards = {c["id"]: c for c in body["cards"]}
    assert cards["my-story-three-words"]["notes"] == "[calm]"
    assert cards["my-story-three-words"]["important"] is True
    assert cards["my-story-more-than-my-past"]["agreement"] == "neither"
    assert cards["my-story-current-chapter"]["scale"] == 8
    assert cards["my-story-my-roles"]["ticked"] == ["child", "partner"]  # two columns
    assert cards["my-story-my-roles"]["notes"] == "sis"
    assert body["suggested_factors"][0] == "self-image"  # on every card, and the important one


async def test_random_draws_follow_the_seed_and_replay_the_same_order(tmp_path: Path) -> None:
    deck = default_content().deck()
    expected = round_order(SEED, 1, [c.id for c in deck.cards])[:4]
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        orders = []
        for run in range(2):
            screen = await (start_cards(pilot) if not run else _again(pilot))
            for _ in range(4):
                await pilot.press("f2")
            orders.append([e.card for e in screen.context.session.entries])
            await pilot.press("escape", "enter")  # leave; the draft stays
            await settle(pilot)
    assert orders[0] == orders[1] == expected


async def _again(pilot: Pilot[Any]) -> CardTableScreen:
    """F4 once more on the case screen, the same order number, F5."""
    await pilot.press("f4")
    await pilot.pause()
    setup = pilot.app.screen
    assert isinstance(setup, CardSetupScreen)
    await set_up(pilot, setup)
    return table(pilot)


async def test_put_back_skip_later_and_coming_back(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        session = screen.context.session
        await pilot.press("f2")
        first = session.current
        await pilot.press("f8")  # put back: to the bottom of the pile
        assert session.current == "" and session.pile.cards[-1] == first
        assert session.entry(first) is None
        await pilot.press("f2")
        second = session.current
        assert second != first
        await pilot.press("f9")  # skip
        await pilot.press("f2")
        third = session.current
        await pilot.press("f7")  # later
        assert "set aside 1" in screen_text(app)
        await pilot.press("f3", "6")  # come back to a card set aside
        await pilot.pause()
        assert [o.id for o in app.screen.query_one(OptionList).options] == [third]
        await pilot.press("enter")
        await pilot.pause()
        assert session.current == third
        came_back, skipped = session.entry(third), session.entry(second)
        assert came_back is not None and came_back.state is EntryState.OPEN
        assert skipped is not None and skipped.state is EntryState.SKIPPED
        await pilot.press("f8")  # nothing recorded: no trace
        assert [e.card for e in session.entries] == [second]


async def test_by_category_face_up_face_down_and_browse(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot, way=DrawMode.CATEGORY.value)
        session = screen.context.session
        deck = session.deck

        await pilot.press("f2")  # the category menu
        await pilot.pause()
        assert "Choose a category" in screen_text(app)
        await pilot.press("6")  # strengths
        await pilot.pause()
        assert deck.card(session.current).category == deck.categories[5].id
        assert "Strengths and resources" in screen_text(app)

        await pilot.press("f3", "3")  # the person chooses, face up
        await pilot.pause()
        spread = session.spread()
        assert "Choose a card" in screen_text(app)
        await pilot.press("2")
        await pilot.pause()
        assert session.current == spread[1] and session.mode is DrawMode.FACE_UP

        await pilot.press("f3", "4")  # face down, by number
        await pilot.pause()
        spread = session.spread()
        text = screen_text(app)
        assert "│░ 6 ░│" in text
        assert not any(screen.context.face(c).title in text for c in spread)  # face down
        await pilot.press("5")
        await pilot.pause()
        # Read it again: mypy keeps ``session.mode`` narrowed across key presses (mypy#11969).
        session = screen.context.session
        assert session.current == spread[4] and session.mode is DrawMode.FACE_DOWN

        await pilot.press("f3", "1")  # back to random: F3 draws at once
        await pilot.pause()
        session = screen.context.session
        assert session.mode is DrawMode.RANDOM and len(session.entries) == 4
        assert len(set(e.card for e in session.entries)) == 4
        assert session.left() == len(deck.cards) - 4


async def test_sorting_exercise_piles_and_ranking_are_saved(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        for _ in range(3):
            await pilot.press("f2")
        drawn = [e.card for e in screen.context.session.entries]
        await pilot.press("f3", "7")  # sorting: strengths piles over the drawn cards
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert "Strengths I have (0)" in screen_text(app)
        await pilot.press("1", "3", "1")  # the third placement completes: ranking follows
        await pilot.pause()
        assert "Put these in order" in screen_text(app)
        await pilot.press("down", "plus")  # the second card of the first pile moves up
        await pilot.press("f10")
        await pilot.pause()
        assert table(pilot) is screen
        [exercise] = screen.context.session.sorting
        assert exercise.piles == {"have": [drawn[2], drawn[0]], "develop": [], "not-me": [drawn[1]]}
        assert exercise.ranked
        await pilot.press("f10", "f10")
        await settle(pilot)
    [body], _ = saved_bodies(tmp_path / "vault")
    [sorting] = body["sorting"]
    assert sorting["piles"]["have"] == [drawn[2], drawn[0]] and sorting["ranked"] is True
    assert sorting["source"] == "drawn"


async def test_a_new_round_begins_once_every_card_was_drawn(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        session = screen.context.session
        total = len(session.deck.cards)
        for _ in range(total - 1):
            session.draw()
        await pilot.press("f2")
        assert session.pile.spent and session.pile.round_no == 1
        await pilot.press("f2")
        await pilot.pause()
        assert session.pile.round_no == 2 and session.left() == total - 1
        assert "round 2" in " ".join(str(n.message) for n in app._notifications)


async def test_the_deck_is_offered_by_its_name_in_the_interface_language(tmp_path: Path) -> None:
    from dataclasses import replace

    from desistkit_tui.app import create_app
    from tests.tui.helpers import config
    from tests.tui.test_cards_helpers import card_vault, open_setup

    app = create_app(replace(config(card_vault(tmp_path / "vault")), ui_language="de"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot)
        shown = screen_text(app)
        assert "DesistCards – Gesprächskarten" in shown
        assert "desistcards" not in shown  # not the deck's id


async def test_the_notes_repaint_only_what_a_letter_changed(tmp_path: Path) -> None:
    """The card table's notes are typed into during a session, often over SSH: a letter must
    repaint the cells it changed, not the whole field (issue 17; 649 bytes per letter on a
    pty before, about 85 after)."""
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        await pilot.press("f2", "f4")
        await pilot.pause()
        notes = screen.query_one("#cards-notes", TextArea)
        assert notes.has_focus
        await pilot.press("a", "b")
        await pilot.pause()
        stale: list[Region] = []
        real = notes.refresh

        def refresh(*regions: Region, **kwargs: Any) -> Any:
            stale.append(regions[0] if regions else notes.region)
            return real(*regions, **kwargs)

        notes.refresh = refresh  # type: ignore[method-assign]
        await pilot.press("c")
        await pilot.pause()
        assert notes.text.endswith("abc")
        assert stale and all(region.height == 1 for region in stale)
        assert sum(region.area for region in stale) < notes.region.width
