"""What the terminal can show: UTF-8 or not, and the ASCII stand-ins when it cannot.

Textual writes UTF-8 whatever the locale (Python turns ``LANG=C`` into UTF-8 for itself,
PEP 538). A terminal set up for ``LANG=C`` -- a Linux console without a Unicode font, PuTTY
set to Latin-1, an old serial line -- shows box-drawing and symbol characters as mojibake.
Where the locale is not UTF-8, the app draws through :class:`AsciiFilter`: every line it
writes is plain ASCII, each character replaced by one of the same width (boxes by ``+ - |``,
symbols by a letter or sign, accented letters by the letter without its accent).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter


def _cyrillic(upper: str, latin: str) -> dict[str, str]:
    """Capital and small Cyrillic letters to their Latin stand-ins."""
    pairs = dict(zip(upper, latin, strict=True))
    return {**pairs, **{c.lower(): r.lower() for c, r in pairs.items()}}


#: Stand-ins for the characters the app and Textual draw (one cell each).
_STAND_INS = {
    **dict.fromkeys("─━═┄┅┈┉╌╍╴╶╸╺╼╾", "-"),
    **dict.fromkeys("│┃║┆┇┊┋╎╏╵╷╹╻╽╿", "|"),
    **dict.fromkeys("┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼╋╬╔╗╚╝╠╣╦╩", "+"),
    **dict.fromkeys("╭╮╯╰╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫", "+"),
    **dict.fromkeys("▏▎▍▌▋▊▉▐▕", "|"),
    **dict.fromkeys("▔▀", "-"),
    **dict.fromkeys("▁▂", "_"),
    "▃": "-",
    "▄": "=",
    "▅": "=",
    "▆": "#",
    "▇": "#",
    "█": "#",
    **dict.fromkeys("░▒▓", "#"),
    **dict.fromkeys("—–‒―−", "-"),
    "…": ".",
    "·": ".",
    "•": "*",
    "→": ">",
    "←": "<",
    "↑": "^",
    "↓": "v",
    "⏎": "<",
    "↵": "<",
    "▼": "v",
    "▲": "^",
    "►": ">",
    "▶": ">",
    "◀": "<",
    "○": "o",
    "◯": "o",
    "◐": "+",
    "◑": "+",
    "●": "*",
    "◉": "@",
    "◊": "o",
    "▸": ">",
    "↷": ">",
    "⇧": "^",
    "✎": "~",
    "§": "S",
    "⌛": "!!",
    "⏰": "!!",
    "◆": "*",
    "◇": "o",
    "■": "#",
    "□": "o",
    "♡": "v",
    "♥": "v",
    "★": "*",
    "☆": "*",
    "☼": "*",
    "⟳": "@",
    "✓": "v",
    "✔": "v",
    "✗": "x",
    "✘": "x",
    "×": "x",
    "⚠": "!",
    "„": '"',
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "›": ">",
    "‹": "<",
    "ß": "s",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ø": "o",
    "Ø": "O",
    "ı": "i",
    "ẞ": "S",
    # Cyrillic (Macedonian first, the other languages' letters after): the letter its
    # romanisation starts with, so "Следна средба" reads "Sledna sredba", not "?????? ??????".
    # One cell each, so a digraph (Ж zh, Љ lj, Џ dzh) keeps its first letter.
    **_cyrillic(
        "АБВГДЃЕЖЗЅИЈКЛЉМНЊОПРСТЌУФХЦЧЏШЀЍЂЋЁЙЫЭЮЯЪЬЄІЇЎҐ",
        "ABVGDGEZZZIJKLLMNNOPRSTKUFHCCDSEIDCEJYEUA''EIIUG",
    ),
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
}


@lru_cache(maxsize=4096)
def ascii_text(text: str) -> str:
    """``text`` in ASCII, cell for cell (a character two cells wide becomes two)."""
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
        elif char in _STAND_INS:
            out.append(_STAND_INS[char])
        else:
            width = cell_len(char)
            if width == 0:
                continue  # a combining mark: its letter is written already
            base = unicodedata.normalize("NFKD", char)[0]
            out.append(base if base.isascii() and width == 1 else "?" * width)
    return "".join(out)


class AsciiFilter(LineFilter):
    """A Textual line filter (``App.get_line_filters``): every segment's text in ASCII."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            Segment(ascii_text(text), style, control)
            if not control
            else Segment(text, style, control)
            for text, style, control in segments
        ]


def terminal_is_utf8(environ: Mapping[str, str]) -> bool:
    """Whether the locale says the terminal takes UTF-8 (``LC_ALL``, ``LC_CTYPE``, ``LANG``:
    the first one set decides, as for every POSIX program).

    An ``LC_CTYPE=C.UTF-8`` beside ``LANG=C`` (or no ``LANG``) is Python's own doing (PEP 538
    coerces the C locale for itself and exports it), not the terminal's: it does not count.
    """
    lc_all, lc_ctype, lang = (environ.get(v, "") for v in ("LC_ALL", "LC_CTYPE", "LANG"))
    if lc_all:
        return _is_utf8(lc_all)
    if lc_ctype and not (lc_ctype == "C.UTF-8" and lang in ("", "C", "POSIX")):
        return _is_utf8(lc_ctype)
    return _is_utf8(lang)


def _is_utf8(locale_name: str) -> bool:
    return locale_name.lower().replace("-", "").endswith(("utf8", "utf8@euro")) or (
        ".utf8" in locale_name.lower().replace("-", "")
    )
