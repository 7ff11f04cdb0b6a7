"""After Ctrl+L nothing of the case and not the passphrase is left reachable in the process
(issue 13, item 8): the screens that showed it are gone, their widgets' values cleared, the
vault's and the workspace's caches dropped, and the passphrase field emptied at unlock."""

from __future__ import annotations

import secrets
import sys
from datetime import date
from pathlib import Path

from textual.widgets import Select, TextArea

from desistkit_tui.core.model import FactorEntry, Goal, Reflection, Relevance, SessionKind
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.confirm import ConfirmScreen
from desistkit_tui.screens.goal_edit import GoalScreen
from desistkit_tui.screens.goals import GoalsScreen
from desistkit_tui.screens.reflection import ReflectionScreen
from desistkit_tui.screens.start_reflection import StartReflectionScreen
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import (
    FAST_KDF,
    FIXED,
    click_as_terminal,
    screen_text,
    settle,
    top_screen,
    type_text,
)
from tests.tui.memory_scan import count_live, describe_live
from tests.tui.reflection_helpers import flow_app


def _case_vault(path: Path, passphrase: str, marker: str) -> None:
    """A case whose code, goal and a saved reflection answer hold ``marker``."""
    vault, _ = Vault.create(path, Secret.from_text(passphrase), "anna", kdf=FAST_KDF)
    case = vault.create_case(f"{marker}-7")
    entry = FactorEntry(
        "family-of-origin", Relevance.HIGH, Relevance.SOME, [f"Sister {marker}"], [], "own"
    )
    reflection = Reflection("1767000000000-00000001", date(2026, 1, 5), [entry], created=FIXED)
    with vault.open_case(case.id) as handle:
        goal = Goal("g1", f"Find a flat {marker}", "", (), None, created=date(2026, 1, 2))
        handle.save_profile(handle.case.with_goal(goal))
        handle.save_session(
            SessionKind.REFLECTION, reflection.to_body(), reflection.id, held_on=reflection.held_on
        )
    vault.lock()


async def test_after_ctrl_l_no_case_text_and_no_passphrase_is_reachable(tmp_path: Path) -> None:
    # Made at run time, so no constant of this module (or of Textual's caches) holds them.
    marker = "Mk" + secrets.token_hex(5)
    passphrase = "pw " + secrets.token_hex(6) + " horse"
    wrong = "pw " + secrets.token_hex(6) + " wrong"
    path = tmp_path / "vault"
    _case_vault(path, passphrase, marker)
    app = flow_app(path, autosave=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, wrong)
        await pilot.press("enter")
        await settle(pilot)
        assert "did not unlock" in screen_text(app)
        await type_text(pilot, passphrase)
        await pilot.press("enter")
        await settle(pilot)
        top_screen(app, CasesScreen)
        # The field was emptied as the derivation began; Rich's width cache let go too.
        typed = [passphrase, wrong]
        assert count_live(typed, ignore=typed) == 0, describe_live(
            typed, [app, sys.modules], ignore=typed
        )
        await pilot.press("enter")  # the only case
        await settle(pilot)
        top_screen(app, CaseScreen)
        await pilot.press("f6")  # goals
        await settle(pilot)
        top_screen(app, GoalsScreen)
        await pilot.press("down", "enter")  # edit the goal: its text is in an Input
        await settle(pilot)
        top_screen(app, GoalScreen)
        await pilot.press("end", "x")  # a change, so leaving asks
        await pilot.press("escape")
        await settle(pilot)
        top_screen(app, ConfirmScreen)  # "discard the changes?": yes, by mouse
        await click_as_terminal(pilot, "#yes")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        top_screen(app, CaseScreen)
        await pilot.press("f5")
        await pilot.pause()
        top_screen(app, StartReflectionScreen)
        app.screen.query_one("#mode", Select).value = "area:relationships"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        top_screen(app, ReflectionScreen)
        area = app.screen.query_one("#own_words", TextArea)
        area.focus()
        await pilot.pause()
        await type_text(pilot, f"I said {marker}")
        await pilot.pause(0.2)  # the draft autosaves (its body holds the marker)
        await settle(pilot)
        needles = [marker, passphrase, wrong]
        before = count_live(needles, ignore=needles)
        await pilot.press("ctrl+l")
        await settle(pilot)
        top_screen(app, UnlockScreen)
        after = count_live(needles, ignore=needles)
        print(f"marker or passphrase reachable: {before} unlocked, {after} after lock")
        assert before > 0  # the scan finds them while the case is open
        assert after == 0, describe_live(needles, [app, sys.modules], ignore=needles)
