"""Issue 12, "Input goes where the screen says": typed text lands in the field that looks
focused, or the screen says where it went; nothing typed vanishes silently."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Label, Select, TextArea

from desistkit_tui.core.model import Relevance
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.confirm import ConfirmScreen
from desistkit_tui.screens.goal_edit import GoalScreen
from desistkit_tui.screens.goals import GoalsScreen
from desistkit_tui.screens.new_case import NewCaseScreen
from desistkit_tui.screens.reflection import ReflectionScreen
from desistkit_tui.screens.start_reflection import StartReflectionScreen
from tests.tui.helpers import (
    make_app,
    make_vault,
    screen_text,
    settle,
    top_screen,
    top_screen_soon,
    type_text,
)
from tests.tui.helpers import unlock as quick_unlock
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault
from tests.tui.test_cards_helpers import browse_to, card_app, start_cards
from tests.tui.test_reflection_flow import open_case, start_area


async def test_after_the_goals_dialog_typing_goes_on_in_the_same_field(tmp_path: Path) -> None:
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        screen = top_screen(app, ReflectionScreen)
        own = screen.query_one("#own_words", TextArea)
        own.focus()
        await pilot.pause()
        await type_text(pilot, "Sleeps")
        before = screen.query_one("#person", Select).value
        await pilot.press("f6")  # the goals (a new goal is offered at once: no goals yet)
        await settle(pilot)
        top_screen(app, GoalScreen)
        await pilot.press("escape")  # nothing typed: no question
        await pilot.pause()
        top_screen(app, GoalsScreen)
        await pilot.press("escape")
        await settle(pilot)
        screen = top_screen(app, ReflectionScreen)
        assert app.focused is not None and app.focused.id == "own_words"
        await type_text(pilot, " badly")
        await pilot.pause()
        assert screen.query_one("#own_words", TextArea).text == "Sleeps badly"
        assert screen.query_one("#person", Select).value == before
        assert screen.flow.entry is not None and screen.flow.entry.own_words == "Sleeps badly"


async def test_letters_typed_into_a_closed_dropdown_change_nothing_and_say_so(
    tmp_path: Path,
) -> None:
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        screen = top_screen(app, ReflectionScreen)
        person = screen.query_one("#person", Select)
        person.focus()
        await pilot.pause()
        before = person.value
        await type_text(pilot, "Sleeps badly, unknown")  # spaces opened a Select; letters chose
        await pilot.pause()
        assert not person.has_class("-expanded")
        said = [n.message for n in app._notifications]
        assert said == [app.t("choice-typed-while-closed")]  # once: where the letters went
        await pilot.press("enter")  # opened on purpose now
        await pilot.pause()
        assert person.has_class("-expanded")
        await pilot.press("escape")
        await pilot.pause()
        assert person.value == before
        assert screen.flow.entry is not None
        assert screen.flow.entry.person is Relevance(str(before))


async def test_every_step_opens_at_its_top(tmp_path: Path) -> None:
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await start_area(pilot)
        screen = top_screen(app, ReflectionScreen)
        for _ in range(len(screen.flow.steps) - 1):
            title = screen.query_one("#step-title")
            body = screen.query_one("#step-body")
            assert body.scroll_y == 0, title.render()
            assert str(title.render()) in screen_text(app)
            await pilot.press("f3")
            await settle(pilot)


async def test_escape_in_the_new_case_dialog_asks_before_discarding(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await quick_unlock(pilot)
        await pilot.press("f2")
        await pilot.pause()
        top_screen(app, NewCaseScreen)
        await type_text(pilot, "K-2026-099")
        await pilot.press("escape")
        await pilot.pause()
        top_screen(app, ConfirmScreen)
        await pilot.press("enter")  # "Keep editing" has the focus
        await pilot.pause()
        dialog = top_screen(app, NewCaseScreen)
        assert dialog.query_one("#code").value == "K-2026-099"  # type: ignore[attr-defined]
        await pilot.press("escape", "tab", "enter")  # now discard
        await pilot.pause()
        assert not isinstance(app.screen, NewCaseScreen | ConfirmScreen)


async def test_escape_in_an_untouched_new_case_dialog_just_leaves(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await quick_unlock(pilot)
        await pilot.press("f2")
        await pilot.pause()
        top_screen(app, NewCaseScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NewCaseScreen | ConfirmScreen)


async def test_a_question_card_keeps_typed_notes_after_tab_and_f4(tmp_path: Path) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        await browse_to(pilot, "thr")  # an open question: the notes are its answer
        notes = screen.query_one("#cards-notes", TextArea)
        assert notes.has_focus
        label = str(screen.query_one("#cards-notes-label", Label).render())
        assert label == app.t("cards-notes-question") and "Tab" not in label
        await pilot.press("f4")  # "notes": stays in the notes
        await type_text(pilot, "calm")
        await pilot.press("tab")  # leaves the notes, yet the next letters are not lost
        await type_text(pilot, " quiet")
        await pilot.pause()
        assert notes.has_focus
        entry = screen.context.session.current_entry
        assert entry is not None and entry.notes == "calm quiet"
        assert notes.text == "calm quiet"


async def test_on_a_statement_card_digits_answer_and_letters_go_to_the_notes(
    tmp_path: Path,
) -> None:
    app = card_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_cards(pilot)
        await browse_to(pilot, "than")  # a statement: 1-5 answer it
        assert "Tab" in str(screen.query_one("#cards-notes-label", Label).render())
        await pilot.press("2")
        await type_text(pilot, "x")
        await pilot.pause()
        entry = screen.context.session.current_entry
        assert entry is not None and entry.agreement is not None
        assert entry.notes == "x"


async def test_the_compare_hint_says_what_space_and_enter_do(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    add_history(path)
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        await pilot.press("f7")
        await pilot.pause()
        hint = app.t("compare-choose")
        assert "Enter" in hint and "compares" not in hint
        shown = " ".join(screen_text(app).split())
        assert hint in shown  # wrapped, not cut
        await pilot.press("enter")  # unmarks the newest, as the hint says
        await pilot.pause()
        assert app.t("compare-need-two") in screen_text(app)
        await pilot.press("enter")  # marks it again: compared at once
        await settle(pilot)  # the two are read in full in a worker
        assert "Comparison: Jan 12, 2026 → Mar 2, 2026" in screen_text(app)


def _label_of(widget: Widget) -> str:
    """The text of the label above ``widget`` (the nearest Label before it, or its parent's)."""
    node: Widget | None = widget
    while node is not None and node.parent is not None:
        siblings = list(node.parent.children)
        for before in reversed(siblings[: siblings.index(node)]):
            if isinstance(before, Label) and before.id != "title":
                return str(before.render())
        node = node.parent if isinstance(node.parent, Widget) else None
    raise AssertionError(f"no label above {widget!r}")


async def _walk_dialog(pilot: Pilot[Any], fields: int) -> None:
    """Tab through a dialog's fields: its title and the focused field's label are in view."""
    app = pilot.app
    title = str(app.screen.query_one("#title").render())
    for _ in range(fields):
        focused = app.focused
        assert focused is not None
        shown = screen_text(app)
        assert title in shown, f"title scrolled away at {app.size}"
        label = _label_of(focused)[:20]
        assert label in shown, f"label {label!r} of #{focused.id} not in view at {app.size}"
        await pilot.press("tab")
        await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_dialogs_show_their_title_and_the_focused_fields_label(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=size) as pilot:
        await open_case(pilot)
        await pilot.press("f6", "f6")  # goals, then a new goal
        await settle(pilot)
        top_screen(app, GoalScreen)
        await _walk_dialog(pilot, 5)
        await pilot.press("escape", "escape")
        await settle(pilot)
        await pilot.press("f5")  # a new reflection
        await settle(pilot)
        top_screen(app, StartReflectionScreen)
        await _walk_dialog(pilot, 3)
        await pilot.press("escape", "escape", "escape")
        await settle(pilot)
        top_screen(app, CasesScreen)
        await pilot.press("f2")  # a new case
        await settle(pilot)
        top_screen(app, NewCaseScreen)
        await _walk_dialog(pilot, 5)


@pytest.mark.parametrize(("key", "screen"), [("f5", StartReflectionScreen), ("f6", GoalsScreen)])
async def test_a_key_pressed_while_the_case_opens_is_kept_for_when_it_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, screen: type[Any]
) -> None:
    import threading

    from desistkit_tui.core.vault_session import VaultSession

    opening = threading.Event()
    open_case = VaultSession.open_case

    def held(self: VaultSession, case_id: str, **options: Any) -> Any:
        opening.wait(10)  # the case opens only once the key was pressed
        return open_case(self, case_id, **options)

    monkeypatch.setattr(VaultSession, "open_case", held)
    app = flow_app(make_case_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await quick_unlock(pilot)
        await pilot.press("enter")  # the case: its footer is drawn, the case still opening
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        opening.set()
        await settle(pilot)
        await top_screen_soon(pilot, screen)
