"""The DEMO mark: on every screen of ``desistkit demo``, so nobody takes the cases for real."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class DemoMark(Static):
    """One word ("DEMO" in the interface language) in the screen's top right corner, on a
    layer of its own (app.tcss), so it covers nothing that a screen lays out. Reverse video
    and bold: it reads without colour too (vt100, NO_COLOR)."""

    def __init__(self, word: str) -> None:
        super().__init__(Text(f" {word} ", end=""), id="demo-mark", markup=False)
