"""Every main screen, in every language, at 80x24 and 60x20: the essential labels are shown in
full -- on one line or wrapped, never cut off mid-word."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core import languages
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.reflection_view import ReflectionViewScreen
from tests.tui.helpers import config, screen_text, settle, unlock
from tests.tui.reflection_helpers import add_history, make_case_vault
from tests.tui.test_reflection_flow import start_area

BOX = str.maketrans(dict.fromkeys("│╭╮╰╯─▏▕▔▁▂▃▄▅▆▇█▊▎", " "))  # boxes, scrollbars


def shown(app: DesistKitApp) -> str:
    """The screen's words in reading order, box lines removed, wrapped lines joined."""
    return " ".join(screen_text(app).translate(BOX).split())


def assert_whole(app: DesistKitApp, label: str) -> None:
    words = " ".join(label.split())
    assert words in shown(app), f"{label!r} is not shown whole:\n{screen_text(app)}"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("lang", languages.codes())
async def test_main_screens_show_their_labels_whole(
    tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    t = Localizer.create(lang)
    app = create_app(replace(config(make_case_vault(tmp_path / "vault")), ui_language=lang))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for msg in ("unlock-title", "unlock-passphrase", "unlock-hint-recovery"):
            assert_whole(app, t(msg))
        await unlock(pilot)
        # the only case has no legal basis yet: its hint, long or short, is shown whole
        text = shown(app)
        assert t("caselist-hint-basis-missing") in text or (
            f"{t('caselist-hint-basis-missing-short')} " in text + " "
        ), screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert_whole(app, t("overview-hint-basis-missing"))
        await start_area(pilot)
        await pilot.pause()
        assert_whole(app, t("flow-step", n=1, total=8))
        assert_whole(app, t("flow-unsaved"))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_all_factors_keep_their_step_marks(tmp_path: Path, size: tuple[int, int]) -> None:
    """26 steps: the counter and every step's mark stay on screen (they wrap, not vanish)."""
    t = Localizer.create("de")
    app = create_app(replace(config(make_case_vault(tmp_path / "vault")), ui_language="de"))
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await start_area(pilot, "all")
        await pilot.pause()
        assert_whole(app, t("flow-step", n=1, total=26))
        assert "▸" + "·" * 25 in shown(app)


async def test_the_reflection_view_shows_its_title_once(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    add_history(path)
    app = create_app(config(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # the newest reflection, highlighted in the case
        await settle(pilot)  # read in full in a worker (the overview holds summaries)
        assert isinstance(app.screen, ReflectionViewScreen)
        assert shown(app).count("Reflection of") == 1, screen_text(app)
