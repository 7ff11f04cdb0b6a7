"""The manual opens with F1 from any screen and Escape returns to where the caseworker was."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.manual import ManualScreen, manual_text
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import make_app, make_vault, screen_text, top_screen, unlock


def test_manual_falls_back_to_english() -> None:
    english = manual_text("en")
    assert english.startswith("# ") and "## " in english
    assert manual_text("xx") == english


async def test_f1_opens_manual_and_escape_returns(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, ManualScreen)
        assert "What DesistKit is" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        await unlock(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, ManualScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CasesScreen)


async def test_the_manual_shows_at_once_and_f2_jumps_to_a_section(tmp_path: Path) -> None:
    """F1 paints the first section in the first frame (the rest follows); F2 lists the
    sections, Enter on one scrolls it to the top."""
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        for _ in range(50):  # painted a frame later under load (the frame time is figure 10)
            if isinstance(app.screen, ManualScreen) and "What DesistKit is" in screen_text(app):
                break
            await pilot.pause()
        manual = top_screen(app, ManualScreen)
        assert "What DesistKit is" in screen_text(app)
        await pilot.press("f2")
        contents = manual.query_one("#manual-contents", OptionList)
        for _ in range(50):
            if contents.has_focus:
                break
            await pilot.pause()
        assert contents.has_focus
        titles = [s.title for s in manual.sections]
        target = titles.index("Address and gender settings")
        for _ in range(target):
            await pilot.press("down")
        await pilot.press("enter")
        for _ in range(50):  # the scroll lands a frame or two later (later still under load)
            await pilot.pause()
            shown = screen_text(app)
            if "What DesistKit is" not in shown:
                break
        assert "Formal and informal" in shown or "Why wording adapts" in shown
        assert "What DesistKit is" not in shown


async def test_the_manual_is_markdown_without_its_markers(tmp_path: Path) -> None:
    """Bold, lists and tables are drawn, not shown as ** and | characters."""
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(100, 200)) as pilot:
        await pilot.press("f1")
        for _ in range(20):
            await pilot.pause()
        text = screen_text(app)
        assert "**" not in text and "|---" not in text
        assert "•" in text
