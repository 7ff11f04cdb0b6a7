"""Case text is data: neutralise what a terminal would interpret.

C0 and C1 control characters (ESC among them), DEL, and the Unicode bidirectional overrides and
isolates could move the cursor, change colours, set the window title, write to the clipboard
(OSC 52) or reorder what a caseworker reads. Each becomes U+FFFD before it reaches the
terminal; newlines and tabs survive where a caller allows them.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_BLOCK = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with terminal-active characters replaced (keeps \\n and \\t if multiline)."""
    pattern = _UNSAFE_BLOCK if multiline else _UNSAFE_LINE
    return pattern.sub(REPLACEMENT, text)
