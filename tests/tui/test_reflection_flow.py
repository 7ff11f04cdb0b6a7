"""The reflection flow driven as a caseworker would, asserting on the decrypted files written."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Select, TextArea

from desistkit_tui.core.model import AddressForm, GenderForm, Reflection, SessionKind
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.confirm import ConfirmScreen
from desistkit_tui.screens.goal_edit import GoalScreen
from desistkit_tui.screens.reflection import ReflectionScreen
from desistkit_tui.screens.start_reflection import StartReflectionScreen
from desistkit_tui.screens.steps import StepsScreen
from tests.tui.helpers import PASSPHRASE, screen_text, settle, top_screen, type_text, unlock
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault


async def open_case(pilot: Pilot[Any]) -> None:
    await unlock(pilot)
    await pilot.press("enter")  # the only case
    await settle(pilot)  # opened in a worker
    assert isinstance(pilot.app.screen, CaseScreen)


async def start_area(pilot: Pilot[Any], mode: str = "area:relationships") -> None:
    await pilot.press("f5")
    await pilot.pause()
    assert isinstance(pilot.app.screen, StartReflectionScreen)
    pilot.app.screen.query_one("#mode", Select).value = mode
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ReflectionScreen)


async def type_into(pilot: Pilot[Any], field: str, text: str) -> None:
    area = pilot.app.screen.query_one(f"#{field}", TextArea)
    area.focus()
    await pilot.pause()
    for n, line in enumerate(text.split("\n")):
        if n:
            await pilot.press("enter")
        await type_text(pilot, line)
    await pilot.pause()


def saved_reflections(path: Path) -> tuple[list[Reflection], list[str]]:
    vault = Vault.unlock(path, PASSPHRASE)
    case_id = vault.summaries()[0].id
    with vault.open_case(case_id, write=False) as handle:
        found = [
            Reflection.from_body(handle.load_session(s)["body"], s) for s in handle.session_ids()
        ]
        drafts = handle.draft_ids()
    vault.lock()
    return found, drafts


async def test_a_whole_reflection_typed_skipped_jumped_and_finished(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectionScreen)
        assert [s.factor for s in screen.flow.steps][:2] == ["family-of-origin", "partner"]
        # step 1: relevance as the person sees it differs from the caseworker's view
        screen.query_one("#person", Select).value = "high"
        screen.query_one("#caseworker", Select).value = "some"
        await type_into(pilot, "resources", "Sister visits weekly\nFootball club")
        await type_into(pilot, "needs", "Father refuses contact")
        await type_into(pilot, "own_words", "My sister gets me.")
        assert "✓" in screen_text(app).splitlines()[1]  # the progress marks the step done
        await pilot.press("f3")  # next: partner
        await pilot.pause()
        await pilot.press("f4")  # skip partner
        await pilot.pause()
        assert screen.flow.entry is not None and screen.flow.entry.factor == "children-caring"
        await pilot.press("f5")  # the progress list: jump to friendships
        await pilot.pause()
        assert isinstance(app.screen, StepsScreen)
        listed = screen_text(app)
        assert "✓ 1 Family of origin — done" in listed
        assert "↷ 2 Partner and intimate relationships — skipped" in listed
        assert "· 4 Friendships outside the scene — empty" in listed
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.flow.entry is not None and screen.flow.entry.factor == "friendships"
        await type_into(pilot, "view", "New friends from the training course.")
        await pilot.press("f2")  # back to children-caring, left empty
        await pilot.pause()
        assert screen.flow.entry is not None and screen.flow.entry.factor == "children-caring"
        await pilot.press("f10")  # to the summary
        await pilot.pause()
        summary = screen_text(app)
        assert "Summary" in summary and "+ Sister visits weekly" in summary
        await pilot.press("f10")  # save as final
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert "reflection · 2 factors" in screen_text(app)
    saved, drafts = saved_reflections(path)
    assert drafts == []  # the draft went when the reflection was saved
    (reflection,) = saved
    family = reflection.entry("family-of-origin")
    assert family is not None
    assert (family.person.value, family.caseworker.value) == ("high", "some")
    assert family.resources == ["Sister visits weekly", "Football club"]
    assert family.needs == ["Father refuses contact"]
    assert family.own_words == "My sister gets me."
    partner = reflection.entry("partner")
    assert partner is not None and partner.skipped
    friends = reflection.entry("friendships")
    assert friends is not None and friends.view == "New friends from the training course."
    assert [e.factor for e in reflection.recorded] == ["family-of-origin", "friendships"]
    assert reflection.source == "area:relationships" and not reflection.entered_later


async def test_leaving_keeps_a_draft_and_the_case_offers_to_resume_it(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    app = flow_app(path, autosave=60.0)  # no timer save: leaving must save
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        await type_into(pilot, "resources", "Cooking together")
        await pilot.press("escape")
        await settle(pilot)  # the draft is saved in a worker, then the flow closes
        assert isinstance(app.screen, CaseScreen)
        assert "unfinished reflection" in screen_text(app)
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # "Continue" has the focus
        await pilot.pause()
        flow = top_screen(app, ReflectionScreen)
        assert flow.query_one("#resources", TextArea).text == "Cooking together"


async def test_start_anew_throws_the_draft_away_only_after_asking(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    app = flow_app(path, autosave=60.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        await type_into(pilot, "needs", "Nights alone")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("tab", "enter")  # "Start anew"
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # asked again
        await pilot.press("tab", "enter")  # "Discard"
        await settle(pilot)
        assert isinstance(app.screen, StartReflectionScreen)
    _, drafts = saved_reflections(path)
    assert drafts == []


RUN_AND_DIE = """
import asyncio, os, signal, sys, time
from pathlib import Path
from tests.tui.test_reflection_flow import open_case, start_area, type_into
from tests.tui.reflection_helpers import flow_app

async def main() -> None:
    path = Path(sys.argv[1])
    app = flow_app(path, autosave=0.2)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        await type_into(pilot, "own_words", "I want out of this for good.")
        for _ in range(100):
            await pilot.pause(0.05)
            if list(path.glob("cases/*/drafts/*")) and not app.screen.saver.dirty:
                break
        os.kill(os.getpid(), signal.SIGKILL)  # no clean exit, no flush

asyncio.run(main())
"""


async def test_a_killed_session_loses_at_most_the_last_seconds(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    root = Path(__file__).resolve().parents[2]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", RUN_AND_DIE, str(path), cwd=root, env={**os.environ}
    )
    assert await proc.wait() == -signal.SIGKILL
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
        words = app.screen.query_one("#own_words", TextArea).text
        assert words == "I want out of this for good."


def test_sighup_mid_edit_saves_the_draft(tmp_path: Path) -> None:
    """A dropped SSH link while typing (autosave not due yet): the draft is on disk."""
    path = make_case_vault(tmp_path / "vault")
    script = (
        RUN_AND_DIE.replace("autosave=0.2", "autosave=600")
        .replace("os.kill(os.getpid(), signal.SIGKILL)", "os.kill(os.getpid(), signal.SIGHUP)")
        .replace(
            'if list(path.glob("cases/*/drafts/*")) and not app.screen.saver.dirty:', "if True:"
        )
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=root, timeout=120)
    assert done.returncode == 129
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.open_case(vault.summaries()[0].id) as handle:
        assert not handle.read_only  # the lock was released
        (draft_id,) = handle.draft_ids()
        body = handle.load_draft(draft_id)["body"]
    own_words = [e["own_words"] for e in body["entries"] if e["own_words"]]
    assert own_words == ["I want out of this for good."]


async def test_goal_dialog_asks_before_discarding_typed_text(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await pilot.press("f6", "f6")  # goals, then a new goal
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
        await type_text(pilot, "Find a flat")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # "Keep editing" has the focus
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "○ Find a flat · open" in screen_text(app)
    vault = Vault.unlock(path, PASSPHRASE)
    case = vault.read_case(vault.summaries()[0].id)
    assert [g.text for g in case.goals] == ["Find a flat"]


@pytest.mark.parametrize(
    ("address", "gender", "ask", "cw"),
    [
        (
            AddressForm.FORMAL,
            GenderForm.UNSPECIFIED,
            "Who in your family could you turn to if you needed help?",
            "their family",
        ),
        (
            AddressForm.INFORMAL,
            GenderForm.FEMININE,
            "Who in your family can you count on?",
            "her family",
        ),
        (
            AddressForm.FORMAL,
            GenderForm.MASCULINE,
            "Who in your family could you turn to if you needed help?",
            "his family",
        ),
    ],
)
async def test_questions_follow_the_case_address_and_gender(
    tmp_path: Path, address: AddressForm, gender: GenderForm, ask: str, cw: str
) -> None:
    path = make_case_vault(tmp_path / "vault", address=address, gender=gender)
    app = flow_app(path)
    async with app.run_test(size=(120, 60)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        shown = screen_text(app)
        assert ask in shown
        assert cw in shown


async def test_compare_two_reflections(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    add_history(path)
    app = flow_app(path)
    async with app.run_test(size=(120, 60)) as pilot:
        await open_case(pilot)
        await pilot.press("f7")
        await settle(pilot)  # the newest two are read in full in a worker
        text = screen_text(app)
        assert "Comparison: Jan 12, 2026 → Mar 2, 2026" in text
        assert "⇧ was hard, now helps: No job" in text
        assert "+ What helps: Training place" in text
        assert "The person's view: ◐ some → ○ not relevant" in text


async def test_a_card_session_suggests_the_factors_of_the_next_reflection(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.open_case(vault.summaries()[0].id) as handle:
        body = {"type": "cards", "format": 1, "held_on": date(2026, 3, 10)}
        body["suggested_factors"] = ["wellbeing", "friendships"]
        handle.save_session(SessionKind.CARDS, body, "1773000000000-cards000")
    vault.lock()
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        assert "card session" in screen_text(app)
        await pilot.press("f5")
        await pilot.pause()
        start = app.screen
        assert isinstance(start, StartReflectionScreen)
        assert start.query_one("#mode", Select).value == "cards"  # offered first
        await pilot.press("ctrl+s")
        await pilot.pause()
        flow = app.screen
        assert isinstance(flow, ReflectionScreen)
        assert [s.factor for s in flow.flow.steps[:2]] == ["wellbeing", "friendships"]
        assert flow.flow.reflection.source == "cards"


async def test_a_conflict_when_finishing_keeps_the_draft(tmp_path: Path) -> None:
    """The case document changed elsewhere (a sync tool) just before Save as final: the save
    is refused with the conflict shown, and the reflection stays, draft and all. (The screen
    used to take Conflict for "saved by an earlier try", drop the draft and close.)"""
    path = make_case_vault(tmp_path / "vault")
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectionScreen)
        await type_into(pilot, "own_words", "Kept whatever happens.")
        await pilot.press("f10")  # to the summary
        await pilot.pause()
        handle = screen.workspace._handle
        changed = replace(handle.case, rev=handle.case.rev + 1)
        handle.files.write_doc(case_rel(handle.case.id), changed.to_doc(), handle._key)
        await pilot.press("f10")  # save as final (in a worker)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen  # not closed
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "was changed in another place" in messages
    saved, drafts = saved_reflections(path)
    assert saved == [] and len(drafts) == 1  # nothing half-saved; the work is in its draft


async def test_a_hang_up_before_the_fields_messages_arrive_keeps_the_text(
    tmp_path: Path,
) -> None:
    """The hang-up handler can run before a field's last Changed message has reached the flow:
    the draft takes the text as the fields show it."""
    path = make_case_vault(tmp_path / "vault")
    app = flow_app(path, autosave=600)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        screen = top_screen(app, ReflectionScreen)
        screen.query_one("#own_words", TextArea).insert("Said just before the line dropped.")
        screen.query_one("#resources", TextArea).insert("an aunt\nthe football club")
        screen.release_case()  # what the hang-up handler does, at once
        vault = Vault.unlock(path, PASSPHRASE)
        with vault.open_case(vault.summaries()[0].id, write=False) as handle:
            (draft_id,) = handle.draft_ids()
            body = handle.load_draft(draft_id)["body"]
        vault.lock()
    [entry] = [e for e in body["entries"] if e["own_words"]]
    assert entry["own_words"] == "Said just before the line dropped."
    assert entry["resources"] == ["an aunt", "the football club"]
