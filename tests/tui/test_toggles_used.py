"""Every check box and radio button of the app is the one whose state reads without colour
(``widgets/toggles.py``), never Textual's own, which shows on and off by colour alone."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desistkit_tui"
TEXTUAL_TOGGLE = re.compile(r"from textual\.widgets import [^\n]*\b(Checkbox|RadioButton)\b")


def test_no_screen_uses_textuals_toggles() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "toggles.py" and TEXTUAL_TOGGLE.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert "toggles import" in (PACKAGE / "screens" / "export.py").read_text(encoding="utf-8")
