"""A letter typed into a text field, as a terminal over SSH gets it (issue 17, figure 12l).

Textual sends only the cells it was told are stale (from the left edge of the widget on each
line to the last stale cell). ``LineRepaintTextArea`` (``textual_compat``, use 7) marks the
cells an edit or a cursor move changed instead of the whole field. Each runs in a small app
on a real pseudo-terminal read by ``pyte`` (a VT emulator): a letter must cost far fewer bytes
than in a plain ``TextArea``, and after every kind of edit the terminal must show what a full
repaint of the screen shows (no cell left stale).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import struct
import sys
import termios
import time
from collections.abc import Iterator
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


def _cells(screen: _Screen) -> list[list[tuple[Any, ...]]]:
    """The field's cells as the terminal shows them: text and colours."""
    with screen.lock:
        buffer = screen.screen.buffer
        return [
            [(c.data, c.fg, c.bg, c.reverse, c.bold) for c in map(buffer[y].__getitem__, range(30))]
            for y in range(6)
        ]


def _resize(fd: int, size: tuple[int, int]) -> None:
    """The terminal's new size: the program gets SIGWINCH and paints the screen anew."""
    cols, rows = size
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


@contextlib.contextmanager
def _field(kind: str) -> Iterator[tuple[int, _Screen]]:
    # The size is the terminal's (not COLUMNS/LINES, which pytest's workers may set); colours.
    dropped = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "COLORTERM")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    with spawn([sys.executable, "-c", APP, kind], env, SIZE) as (_, fd):
        screen = _Screen(fd, SIZE)
        screen.wait_for("three")
        _quiet(screen)
        yield fd, screen


def _letter(fd: int, screen: _Screen) -> int:
    """The bytes sent for one letter typed."""
    before = len(screen.raw)
    os.write(fd, b"z")
    _quiet(screen)
    return len(screen.raw) - before


def test_a_letter_costs_a_few_cells_not_the_field() -> None:
    with _field("plain") as (fd, screen):
        plain = _letter(fd, screen)
    with _field("lines") as (fd, screen):
        lines = _letter(fd, screen)
    assert lines * 3 < plain  # "zone": five cells and the cursor, not six lines of thirty


def test_the_terminal_shows_what_a_full_repaint_shows_after_every_kind_of_edit() -> None:
    """After the edits, the terminal's cells (each update only the cells the field marked)
    are those of the whole screen painted anew. (Compared within one run: keys sent in a
    burst may be applied in another order on a loaded machine, so two runs' texts can
    differ.)"""
    with _field("lines") as (fd, screen):
        for key in EDITS:
            os.write(fd, KEYS.get(key, key.encode()))
            _quiet(screen, settle=0.1)
        _quiet(screen)
        shown = _cells(screen)
        painted = len(screen.raw)
        _resize(fd, (SIZE[0], SIZE[1] + 1))
        _quiet(screen)
        _resize(fd, SIZE)
        _quiet(screen)
        assert len(screen.raw) - painted > 2 * SIZE[0] * SIZE[1]  # two whole screens
        assert _cells(screen) == shown
