"""Themes (issue 16): three registered themes, high contrast measured against WCAG AAA,
monochrome picked for terminals with few colours, the palette's theme list and Ctrl+T."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color
from textual.command import CommandPalette

from desistkit_tui import themes
from desistkit_tui.app import create_app
from desistkit_tui.core.config import AppConfig
from tests.tui.helpers import make_vault, screen_text

#: Text colours a screen of this app draws, and what they are drawn on.
TEXTS = (
    "foreground",
    "text",
    "text-muted",
    "foreground-muted",
    "text-primary",
    "text-secondary",
    "text-accent",
    "text-warning",
    "text-error",
    "text-success",
    "footer-key-foreground",
    "footer-description-foreground",
    "footer-foreground",
    "button-foreground",
)
GROUNDS = ("background", "surface", "panel", "footer-background", "primary-background")


def _resolve(value: str, ground: Color) -> Color:
    """A theme variable's colour as it is drawn on ``ground`` ("auto 87%" included)."""
    if value.startswith("auto"):
        alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 0.95
        return ground + ground.get_contrast_text(alpha)
    return ground + Color.parse(value)


def _luminance(colour: Color) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = colour.rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: Color, b: Color) -> float:
    """The WCAG 2 contrast ratio of two opaque colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_high_contrast_meets_wcag_aaa_for_every_text() -> None:
    (theme,) = [t for t in themes.THEMES if t.name == themes.HIGH_CONTRAST]
    colours = theme.to_color_system().generate()
    colours.update(theme.variables)
    black = Color.parse("#000000")
    worst = min(
        (contrast(_resolve(colours[text], g), g), text, name)
        for name in GROUNDS
        for g in [black + Color.parse(colours[name])]
        for text in TEXTS
    )
    assert worst[0] >= 7.0, worst
    # Selected text (white on the selection colour) too.
    for selection in ("input-selection-background", "screen-selection-background"):
        ground = black + Color.parse(colours[selection])
        assert contrast(Color.parse("#FFFFFF"), ground) >= 7.0, selection


@pytest.mark.parametrize(
    ("environ", "theme"),
    [
        ({"TERM": "xterm-256color"}, themes.DEFAULT),
        ({"TERM": "screen"}, themes.DEFAULT),
        ({"TERM": "tmux-256color"}, themes.DEFAULT),
        ({"TERM": "xterm-256color", "NO_COLOR": ""}, themes.MONOCHROME),
        ({"TERM": "vt100"}, themes.MONOCHROME),
        ({"TERM": "vt220"}, themes.MONOCHROME),
        ({"TERM": "linux"}, themes.MONOCHROME),
        ({"TERM": "dumb"}, themes.MONOCHROME),
        ({"TERM": "xterm-mono"}, themes.MONOCHROME),
        ({}, themes.MONOCHROME),
    ],
)
def test_monochrome_for_terminals_with_few_colours(environ: dict[str, str], theme: str) -> None:
    assert themes.theme_for_terminal(environ) == theme


async def test_palette_offers_three_named_themes_and_ctrl_t_toggles_contrast(
    tmp_path: Path,
) -> None:
    chosen: list[str] = []
    app = create_app(
        AppConfig(vault=make_vault(tmp_path / "vault"), ui_language="de", cursor_blink=False),
        theme=themes.MONOCHROME,
        on_theme_change=chosen.append,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == themes.MONOCHROME
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.theme == themes.HIGH_CONTRAST
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.theme == themes.MONOCHROME
        app.search_themes()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.pause(0.3)
        text = screen_text(app)
        for name in ("DesistKit (Standard)", "Hoher Kontrast (Beamer)", "Schwarz-Weiß"):
            assert name in text
        assert "nord" not in text and "gruvbox" not in text  # Textual's own are not offered
        for key in "hoher":
            await pilot.press(key)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == themes.HIGH_CONTRAST
    assert chosen == [themes.HIGH_CONTRAST, themes.MONOCHROME, themes.HIGH_CONTRAST]


async def test_f12_blanks_the_screen_and_any_key_brings_it_back(tmp_path: Path) -> None:
    app = create_app(AppConfig(vault=make_vault(tmp_path / "vault"), cursor_blink=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = type(app.screen)
        assert "Unlock" in screen_text(app)
        await pilot.press("f12")
        await pilot.pause()
        assert screen_text(app).strip() == ""
        await pilot.press("x")  # any key; it is not typed anywhere
        await pilot.pause()
        assert type(app.screen) is before
        assert "Unlock" in screen_text(app)
        assert app.screen.query_one("#passphrase").value == ""  # type: ignore[attr-defined]


async def test_the_theme_picked_is_the_next_start_s_unless_the_terminal_or_file_says_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from desistkit_tui.cli import build_tui

    monkeypatch.setenv("DESISTKIT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    base = AppConfig(vault=make_vault(tmp_path / "vault"), cursor_blink=False)
    app = build_tui(lambda: base)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == themes.DEFAULT
        await pilot.press("ctrl+t")  # high contrast, for the projector
        await pilot.pause()
    kept = tmp_path / "state" / "theme"
    assert kept.read_text(encoding="utf-8").strip() == themes.HIGH_CONTRAST
    assert kept.stat().st_mode & 0o777 == 0o600
    assert build_tui(lambda: base).theme == themes.HIGH_CONTRAST  # remembered
    chosen = replace(base, theme=themes.MONOCHROME)  # the settings file names one: it wins
    assert build_tui(lambda: chosen).theme == themes.MONOCHROME
    monkeypatch.setenv("NO_COLOR", "1")  # a terminal that needs monochrome wins over both
    assert build_tui(lambda: base).theme == themes.MONOCHROME
