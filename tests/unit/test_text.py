"""The one sanitiser: which characters a terminal would act on, replaced or found."""

from __future__ import annotations

import pytest

from desistkit_tui.core.content import ftl
from desistkit_tui.core.content.model import FtlFile
from desistkit_tui.core.text import REPLACEMENT, is_safe, safe, unsafe_characters

BIDI = [
    "\u061c",  # Arabic letter mark
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    *(chr(c) for c in range(0x202A, 0x202F)),  # LRE RLE PDF LRO RLO
    *(chr(c) for c in range(0x2066, 0x206A)),  # LRI RLI FSI PDI
]


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x07", "\x1b", "\r", "\x0b", "\x0c", "\x7f", "\x85", "\x9b", "\x9d", *BIDI],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_every_terminal_active_character_is_replaced_in_both_modes(char: str) -> None:
    raw = f"a{char}b"
    for multiline in (False, True):
        assert safe(raw, multiline=multiline) == f"a{REPLACEMENT}b"
        assert unsafe_characters(raw, multiline=multiline) == [(1, char)]
        assert not is_safe(raw, multiline=multiline)


def test_escape_sequences_lose_their_escape() -> None:
    assert safe("x\x1b[2Jy") == "x\ufffd[2Jy"  # clear screen
    assert safe("a\x1b]52;c;SGVsbG8=\x07b") == "a\ufffd]52;c;SGVsbG8=\ufffdb"  # OSC 52
    assert safe("\x9b31mred") == "\ufffd31mred"  # the one-byte C1 CSI
    assert safe("\u202eevil\u202c") == "\ufffdevil\ufffd"


def test_tab_and_newline_survive_only_where_allowed() -> None:
    assert safe("one\ttwo\nthree", multiline=True) == "one\ttwo\nthree"
    assert is_safe("one\ttwo\nthree", multiline=True)
    assert safe("one\ttwo\nthree") == "one\ufffdtwo\ufffdthree"
    assert unsafe_characters("one\ttwo\nthree") == [(3, "\t"), (7, "\n")]
    assert safe("line\r\nnext", multiline=True) == "line\ufffd\nnext"  # a CR is never kept


def test_exactly_the_controls_are_unsafe() -> None:
    """Every code point up to U+00A0: C0, DEL and C1 are unsafe; the rest is text."""
    for code in range(0xA1):
        char = chr(code)
        control = code < 0x20 or 0x7F <= code <= 0x9F
        assert is_safe(char) is not control, hex(code)
        assert is_safe(char, multiline=True) is not (control and char not in "\t\n"), hex(code)


def test_ordinary_text_is_left_alone() -> None:
    text = "Ünïcödé ПРИВЕТ Slovenčina Română 👩‍👩‍👧 \u00a0nbsp \u200dzwj"
    assert safe(text) == text
    assert unsafe_characters(text, multiline=True) == []


def test_the_deck_check_reports_what_the_sanitiser_finds() -> None:
    """``deck check`` uses the same set: a CR only as part of a CRLF line end is fine."""
    file = FtlFile("en", "decks/x/en.ftl", "a = one\r\nb = t\x1bwo\nc = x\ry\nd = \u2067z\n")
    errors = ftl.control_characters(file)
    assert [(e.line, e.message.split(" — ")[0]) for e in errors] == [
        (2, "control character U+001B"),
        (3, "control character U+000D"),
        (4, "control character U+2067"),
    ]
