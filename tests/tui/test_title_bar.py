"""The one-widget title line (widgets/title_bar.py) draws what Textual's ``Header(icon="")``
draws, cell for cell, and answers the mouse as it does; a headed label (widgets/plain.py) shows
its heading bold over text that is never markup."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Header

import desistkit_tui
from desistkit_tui.widgets.plain import HeadedLabel
from desistkit_tui.widgets.title_bar import TitleBar

#: One cell's width in Textual's SVG screenshots.
CELL = 12.2


def cells(svg: str) -> dict[tuple[float, int], tuple[str, str, str]]:
    """Each cell of a screenshot: (background, text style, character); the same picture gives
    the same cells however the SVG splits a line into runs."""
    styles = dict(re.findall(r"\.(terminal-[\w-]+) \{ ([^}]*) \}", svg))
    grid: dict[tuple[float, int], list[str]] = {}
    rect = r'<rect fill="(#[0-9a-f]+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"'
    for fill, x, y, width in re.findall(rect, svg):
        first = round(float(x) / CELL)
        for column in range(first, first + round(float(width) / CELL)):
            grid[float(y), column] = [fill, "", " "]
    text = r'<text class="([^"]*)" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>'
    for classes, x, y, content in re.findall(text, svg):
        style = " ".join(styles.get(name, name) for name in classes.split())
        first = round(float(x) / CELL)
        for offset, char in enumerate(html.unescape(content).replace("\xa0", " ")):
            grid.setdefault((float(y), first + offset), ["", "", " "])[1:] = [style, char]
    return {key: (value[0], value[1], value[2]) for key, value in grid.items()}


class TitledApp(App[None]):
    TITLE = "DesistKit"
    SUB_TITLE = "a long sub-title that has to be cut off at sixty columns, or not"

    def __init__(self, bar: type[Widget]) -> None:
        super().__init__()
        self.bar = bar

    def compose(self) -> ComposeResult:
        yield Header(icon="") if self.bar is Header else TitleBar()


async def picture(bar: type[Widget], size: tuple[int, int], tall: bool = False) -> str:
    app = TitledApp(bar)
    async with app.run_test(size=size) as pilot:
        if tall:
            await pilot.click(app.query_one(bar), offset=(30, 0))
        await pilot.pause()
        return app.export_screenshot()


@pytest.mark.parametrize("size", [(80, 6), (60, 6), (30, 6)])
async def test_the_title_bar_draws_what_the_header_draws(size: tuple[int, int]) -> None:
    assert cells(await picture(TitleBar, size)) == cells(await picture(Header, size))


async def test_a_click_makes_it_tall_as_the_header() -> None:
    tall = await picture(TitleBar, (60, 6), tall=True)
    assert cells(tall) == cells(await picture(Header, (60, 6), tall=True))
    assert cells(tall) != cells(await picture(TitleBar, (60, 6)))


async def test_it_follows_the_screen_title() -> None:
    app = TitledApp(TitleBar)
    async with app.run_test(size=(60, 6)) as pilot:
        app.screen.title = "Case K-2026-014"
        await pilot.pause()
        assert "Case K-2026-014" in str(app.query_one(TitleBar).render())


async def test_a_click_on_the_icon_columns_opens_the_command_palette() -> None:
    app = TitledApp(TitleBar)
    async with app.run_test(size=(60, 6)) as pilot:
        await pilot.click(TitleBar, offset=(2, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


class HeadedApp(App[None]):
    CSS_PATH = Path(desistkit_tui.__file__).with_name("app.tcss")  # the app's ``.headed``

    def compose(self) -> ComposeResult:
        yield HeadedLabel("Goals [b]", id="plan")


async def test_a_headed_label_shows_its_heading_bold_and_its_text_as_given() -> None:
    app = HeadedApp()
    async with app.run_test(size=(40, 6)) as pilot:
        label = app.query_one(HeadedLabel)
        label.set_text("[red]not markup[/]\nsecond line")
        await pilot.pause()
        content = label.render()
        assert str(content) == "Goals [b]\n[red]not markup[/]\nsecond line"
        assert label.text == "[red]not markup[/]\nsecond line"
        assert app.screen.get_style_at(0, 1).bold  # the heading, below the margin
        assert not app.screen.get_style_at(0, 2).bold
