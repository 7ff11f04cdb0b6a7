"""The manual opens with F1 from any screen and Escape returns to where the caseworker was."""

from __future__ import annotations

from pathlib import Path

from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.manual import ManualScreen, manual_text
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import make_app, make_vault, screen_text, unlock


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
