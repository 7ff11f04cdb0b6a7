"""Case text is data: neutralise what a terminal would interpret.

C0 control characters (ESC among them), DEL, C1 control characters (CSI ``U+009B`` among them)
and the Unicode bidirectional marks, embeddings, overrides and isolates could move the cursor,
change colours, set the window title, write to the clipboard (OSC 52) or reorder what a
caseworker reads. This module is the one place that knows which characters those are:

- :func:`safe` replaces each with U+FFFD before text reaches the terminal (or a file a
  terminal will show); newlines and tabs survive where the caller allows them;
- :func:`unsafe_characters` finds them, for validators that report where they are (the deck
  check) rather than replace them;
- :func:`is_safe` tells whether a text has none.

``multiline=True`` keeps tab (U+0009) and line feed (U+000A); everything else in the sets
below is always unsafe, carriage return included (a bare CR moves the cursor back over what a
line has shown).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

#: C0 controls (NUL…US, ESC among them), DEL and the C1 controls (U+0080…U+009F, CSI among them).
CONTROLS = "\x00-\x1f\x7f-\x9f"
#: Bidirectional formatting: the Arabic letter mark, LRM/RLM, the embeddings and overrides
#: (U+202A…U+202E) and the isolates (U+2066…U+2069).
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: What ``multiline=True`` keeps: tab and line feed.
LAYOUT = "\t\n"

_UNSAFE_LINE = re.compile(f"[{CONTROLS}{BIDI}]")
#: The same without LAYOUT (``re`` has no set difference: U+0009 and U+000A are left out).
_UNSAFE_BLOCK = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")


def _pattern(multiline: bool) -> re.Pattern[str]:
    return _UNSAFE_BLOCK if multiline else _UNSAFE_LINE


def safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with every terminal-active character replaced by U+FFFD (keeps ``\\t`` and
    ``\\n`` if ``multiline``)."""
    return _pattern(multiline).sub(REPLACEMENT, text)


def unsafe_characters(text: str, *, multiline: bool = False) -> list[tuple[int, str]]:
    """Each terminal-active character of ``text`` with its offset, in order (the ones
    :func:`safe` would replace)."""
    return [(match.start(), match.group()) for match in _pattern(multiline).finditer(text)]


def is_safe(text: str, *, multiline: bool = False) -> bool:
    """Whether :func:`safe` would leave ``text`` as it is."""
    return _pattern(multiline).search(text) is None


def json_escaped(document: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with every terminal-active
    character written as a ``\\uXXXX`` escape: the same data for a program that reads it, and
    nothing a terminal would act on when a person pipes it to the screen. ``json.dumps``
    escapes the C0 controls itself but leaves DEL, the C1 controls and the bidi marks raw; they
    can only stand inside strings, where an escape means the same character. Line feeds and
    tabs are kept: ``json.dumps`` escapes them inside strings, so the ones left are its own
    layout (``indent=``)."""
    return _UNSAFE_BLOCK.sub(lambda match: f"\\u{ord(match.group()):04x}", document)
