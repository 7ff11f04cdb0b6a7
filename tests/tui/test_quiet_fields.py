"""A letter typed into a text field, as a terminal over SSH gets it (issue 17, figure 12l).

Textual sends only the cells it was told are stale (from the left edge of the widget on each
line to the last stale cell). ``LineRepaintTextArea`` (``textual_compat``, use 7) marks the
cells an edit or a cursor move changed instead of the whole field; here the same keys go to a
plain ``TextArea`` and to it, each in a small app on a real pseudo-terminal read by ``pyte``
(a VT emulator): the terminal must show the same cells in the same colours, and a letter must
cost far fewer bytes.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from tests.tui.terminal_matrix import _Screen, spawn

SIZE = (40, 10)
APP = """
import sys
from textual.app import App
from textual.widgets import TextArea
from desistkit_tui.textual_compat import LineRepaintTextArea

kind = LineRepaintTextArea if sys.argv[1] == "lines" else TextArea

class Field(App[None]):
    CSS = "TextArea { width: 30; height: 6; }"

    def compose(self):
        area = kind("one\\ntwo\\nthree\\nfour", compact=True, soft_wrap=True)
        area.cursor_blink = False
        area.match_cursor_bracket = False
        yield area

Field().run()
"""
KEYS = {
    "enter": b"\r",
    "backspace": b"\x7f",
    "delete": b"\x1b[3~",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "home": b"\x1b[H",
    "end": b"\x1b[F",
    "shift+down": b"\x1b[1;2B",
    "shift+up": b"\x1b[1;2A",
    "ctrl+z": b"\x1a",
    "ctrl+y": b"\x19",
}
EDITS = [
    *"ab",
    "enter",
    *"cd",
    "up",
    "end",
    "backspace",
    "home",
    "backspace",  # joins two lines
    "shift+down",
    "x",  # a selection over two lines replaced
    *"a long line that wraps",
    "ctrl+z",
    "ctrl+y",
    "left",
    "left",
    "backspace",
    "shift+up",
    "delete",
    "end",
    "delete",  # joins the next line
    "down",
    *"日本a",  # two cells each
    "left",
    "left",
    "backspace",
    "x",
    "right",
    "home",
    "delete",
    "end",
]


def _quiet(screen: _Screen, settle: float = 0.3, limit: float = 20.0) -> None:
    """Until the program has written nothing for ``settle`` seconds (a frame is done)."""
    deadline = time.monotonic() + limit
    seen, since = len(screen.raw), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if len(screen.raw) != seen:
            seen, since = len(screen.raw), time.monotonic()
        elif time.monotonic() - since >= settle:
            return


def _type(kind: str) -> tuple[list[list[tuple[Any, ...]]], int]:
    """The field's cells (text and colours) after :data:`EDITS`, and the bytes of one more
    letter typed at the end of a line."""
    # The size is the terminal's (not COLUMNS/LINES, which pytest's workers may set); colours.
    dropped = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "COLORTERM")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    with spawn([sys.executable, "-c", APP, kind], env, SIZE) as (_, fd):
        screen = _Screen(fd, SIZE)
        screen.wait_for("three")
        _quiet(screen)
        for key in EDITS:
            os.write(fd, KEYS.get(key, key.encode()))
            _quiet(screen, settle=0.1)
        _quiet(screen)
        with screen.lock:
            buffer = screen.screen.buffer
            cells = [
                [
                    (c.data, c.fg, c.bg, c.reverse, c.bold)
                    for c in map(buffer[y].__getitem__, range(30))
                ]
                for y in range(6)
            ]
        before = len(screen.raw)
        os.write(fd, b"z")
        _quiet(screen)
        return cells, len(screen.raw) - before


def test_the_terminal_shows_what_a_plain_text_area_shows_for_far_fewer_bytes() -> None:
    plain, plain_letter = _type("plain")
    lines, letter = _type("lines")
    assert lines == plain
    assert letter * 3 < plain_letter  # one line of 30 cells, not six
