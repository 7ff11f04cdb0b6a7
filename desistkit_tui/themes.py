"""The app's three themes, registered with Textual's ``App.register_theme``.

- ``desistkit``: the everyday theme (Textual's dark colours, under our name);
- ``desistkit-high-contrast``: for projectors and low vision: white, yellow and cyan on black,
  every text at least 7:1 against what it stands on (WCAG 2 AAA; ``tests/tui/test_themes.py``
  measures it), focus and selection in reverse video as well as in colour;
- ``desistkit-monochrome``: greys only, for terminals with few or no colours; chosen by
  :func:`theme_for_terminal` when ``NO_COLOR`` is set or ``TERM`` names such a terminal.

No screen shows a state by colour alone: a symbol or a word says it too (app.tcss adds reverse
video to highlights in the two accessible themes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.theme import BUILTIN_THEMES, Theme

DEFAULT = "desistkit"
HIGH_CONTRAST = "desistkit-high-contrast"
MONOCHROME = "desistkit-monochrome"

#: The themes offered in the command palette, in this order, with their message ids.
THEME_NAMES: dict[str, str] = {
    DEFAULT: "theme-default",
    HIGH_CONTRAST: "theme-high-contrast",
    MONOCHROME: "theme-monochrome",
}

_BLACK, _WHITE, _YELLOW, _CYAN = "#000000", "#FFFFFF", "#FFFF00", "#00FFFF"

THEMES: tuple[Theme, ...] = (
    replace(BUILTIN_THEMES["textual-dark"], name=DEFAULT),
    Theme(
        name=HIGH_CONTRAST,
        primary=_YELLOW,
        secondary=_CYAN,
        accent=_CYAN,
        warning=_YELLOW,
        error="#FF9090",
        success="#00FF00",
        foreground=_WHITE,
        background=_BLACK,
        surface=_BLACK,
        panel=_BLACK,
        dark=True,
        text_alpha=1.0,
        variables={
            # Textual's defaults blend these at 38-60 %: below 7:1 on black.
            "text-muted": _WHITE,
            "foreground-muted": _WHITE,
            "primary-background": "#00005F",
            "secondary-background": "#00005F",
            "input-selection-background": "#0000AA",
            "screen-selection-background": "#0000AA",
            "block-cursor-blurred-background": "#333333",
            "footer-key-foreground": _YELLOW,
            "border-blurred": _WHITE,
        },
    ),
    Theme(
        name=MONOCHROME,
        primary=_WHITE,
        secondary="#C0C0C0",
        accent=_WHITE,
        warning=_WHITE,
        error=_WHITE,
        success=_WHITE,
        foreground=_WHITE,
        background=_BLACK,
        surface=_BLACK,
        panel=_BLACK,
        dark=True,
        text_alpha=1.0,
        variables={
            "text-muted": "#C0C0C0",
            "foreground-muted": "#C0C0C0",
            "input-selection-background": "#808080",
            "screen-selection-background": "#808080",
            "block-cursor-blurred-background": "#404040",
            "footer-key-foreground": _WHITE,
            "border-blurred": "#808080",
        },
    ),
)

#: Themes that draw no colour of their own: a deck's category colours give way to the text
#: colour there (the symbol and letter still tell the categories apart).
PLAIN_THEMES = frozenset({HIGH_CONTRAST, MONOCHROME})


def category_colour(theme: str, colour: str) -> str:
    """A deck's category colour as ``theme`` shows it ("": the theme's own text colour)."""
    return "" if theme in PLAIN_THEMES else colour


#: ``TERM`` values of terminals with no or few colours (the Linux console has eight).
_FEW_COLOURS = ("vt52", "vt100", "vt102", "vt220", "vt320", "linux", "dumb", "ansi", "unknown")


def theme_for_terminal(environ: Mapping[str, str]) -> str:
    """The theme to start in when nobody chose one: monochrome when ``NO_COLOR`` is set
    (https://no-color.org: any value) or ``TERM`` is a terminal with few colours
    (``vt100``, ``vt220``, ``linux``, ``dumb``… and their ``-m``/``-mono`` variants)."""
    if "NO_COLOR" in environ:
        return MONOCHROME
    term = environ.get("TERM", "").lower()
    base = term.split("-")[0]
    if not term or base in _FEW_COLOURS or term.endswith(("-m", "-mono")):
        return MONOCHROME
    return DEFAULT


class ThemeCommands(Provider):
    """The palette's theme list: our three themes, named in the interface language."""

    def _commands(self) -> list[tuple[str, Callable[[], None]]]:
        from desistkit_tui.app import DesistKitApp

        app = self.app
        assert isinstance(app, DesistKitApp)
        return [
            (app.t(msg_id), partial(app.use_theme, name)) for name, msg_id in THEME_NAMES.items()
        ]

    async def discover(self) -> Hits:
        for title, choose in self._commands():
            yield DiscoveryHit(title, choose)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, choose in self._commands():
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), choose)
