"""Hostile payloads for the rendering target, and how to find one in a terminal's raw bytes.

A payload is one to three *elements* (an escape or control sequence a terminal would act on:
OSC 52 clipboard writes, window titles, screen clears, C1 controls, DCS, device queries,
hyperlinks, bidi overrides, NUL…), each right after a short visible tag ``<017a>``, with
ordinary text between. Textual writes a widget's text in one piece, so when an element reaches
the terminal raw, its tag and its bytes appear side by side in the output: that pair is the
element's *signature*. Neutralised (every control replaced), the tag still shows, the
signature does not. A payload whose first tag never shows was not displayed on that path and
is not judged there.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass

#: Element templates: ``{id}`` becomes the payload's number, so OSC bodies are unique too.
ELEMENTS: tuple[tuple[str, str], ...] = (
    ("OSC 52 clipboard (BEL)", "\x1b]52;c;{b64}\x07"),
    ("OSC 52 clipboard (ST)", "\x1b]52;c;{b64}\x1b\\"),
    ("window title OSC 0", "\x1b]0;pwned-{id}\x07"),
    ("window title OSC 2", "\x1b]2;pwned-{id}\x1b\\"),
    ("icon title OSC 1", "\x1b]1;pwned-{id}\x07"),
    ("clear screen ESC[2J", "\x1b[2J"),
    ("clear scrollback ESC[3J", "\x1b[3J"),
    ("cursor home ESC[H", "\x1b[H"),
    ("leave alt screen", "\x1b[?1049l"),
    ("cursor report ESC[6n", "\x1b[6n"),
    ("device attributes ESC[c", "\x1b[c"),
    ("status report ESC[5n", "\x1b[5n"),
    ("hide cursor", "\x1b[?25l"),
    ("colour SGR", "\x1b[31;1m"),
    ("full reset ESC c", "\x1bc"),
    ("save cursor ESC 7", "\x1b7"),
    ("palette OSC 4", "\x1b]4;1;rgb:ff/00/00\x07"),
    ("hyperlink OSC 8", "\x1b]8;;https://evil.example/{id}\x1b\\click\x1b]8;;\x1b\\"),
    ("iTerm OSC 1337", "\x1b]1337;SetUserVar=x={b64}\x07"),
    ("DCS XTGETTCAP", "\x1bP+q544e\x1b\\"),
    ("DCS sixel", "\x1bPq#0;2;0;0;0#0~~\x1b\\"),
    ("C1 CSI 0x9b", "\x9b2J"),
    ("C1 OSC 0x9d", "\x9d0;pwned-{id}\x9c"),
    ("C1 DCS 0x90", "\x90+q544e\x9c"),
    ("C1 NEL 0x85", "\x85"),
    ("RLO U+202E", "\u202eevil"),
    ("isolate U+2066", "\u2066x\u2069"),
    ("RLM U+200F", "\u200f"),
    ("ALM U+061C", "\u061c"),
    ("NUL", "\x00"),
    ("BEL", "\x07"),
    ("backspace", "\x08\x08"),
    ("DEL", "\x7f"),
    ("carriage return", "\r"),
    ("vertical tab", "\x0b"),
    ("DECID ESC Z", "\x1bZ"),
    ("ESC[6n after text", "x\x1b[6n"),
)
_FILLER = ("", " ", "ok ", "Zoë ", "ПРИВЕТ ", "日本 ", "[b]x[/b] ", "a/b ")


def _active(ch: str) -> bool:
    """A character a terminal acts on: C0 and C1 controls, DEL, bidi controls."""
    code = ord(ch)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or ch in "\u061c\u200e\u200f"
        or (0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069)
    )


@dataclass(frozen=True, slots=True)
class Element:
    name: str
    tag: str
    text: str

    @property
    def signature(self) -> bytes:
        """The tag, then the element up to its first terminal-active character and two more:
        what a leak looks like in the output. Only the start counts: a renderer that drops
        BEL or CR still leaves an OSC or CSI open, which the terminal acts on."""
        first = next((i for i, ch in enumerate(self.text) if _active(ch)), len(self.text))
        return (self.tag + self.text[: first + 3]).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Payload:
    number: int
    elements: tuple[Element, ...]
    text: str

    @property
    def marker(self) -> str:
        return self.elements[0].tag

    def leaks(self, output: bytes) -> list[Element]:
        """The elements that reached ``output`` raw."""
        return [e for e in self.elements if e.signature in output]

    def shown(self, output: bytes) -> bool:
        return self.marker.encode() in output

    def describe(self) -> str:
        return " + ".join(e.name for e in self.elements)

    def for_field(self, letter: str) -> Payload:
        """The same payload with tags of its own (``<G017a>``) for one field, so that one
        screen showing several fields still tells which field leaked."""
        elements = tuple(Element(e.name, f"<{letter}{e.tag[1:]}", e.text) for e in self.elements)
        text = self.text
        for old, new in zip(self.elements, elements, strict=True):
            text = text.replace(old.tag, new.tag)
        return Payload(self.number, elements, text)


def make(count: int, rng: random.Random) -> list[Payload]:
    """``count`` payloads: every element alone first, then seeded combinations of two or three."""
    made: list[Payload] = []
    for number in range(1, count + 1):
        if number <= len(ELEMENTS):
            picks = [ELEMENTS[number - 1]]
        else:
            picks = rng.sample(ELEMENTS, rng.choice((2, 2, 3)))
        elements = []
        parts = []
        for n, (name, template) in enumerate(picks):
            tag = f"<{number:03d}{'abc'[n]}>"
            b64 = base64.b64encode(f"dk{number}".encode()).decode()
            element = Element(name, tag, template.format(id=number, b64=b64))
            elements.append(element)
            parts.append(tag + element.text + rng.choice(_FILLER))
        made.append(Payload(number, tuple(elements), "".join(parts).rstrip()))
    return made


#: The payloads of ``--quick``: the issue's sequences (OSC 52, title, ESC[2J, ESC[6n, OSC 8,
#: DCS, C1 CSI, U+202E, NUL) and two combinations.
QUICK = (1, 3, 6, 10, 18, 20, 22, 26, 30, 40, 45)


def batches(payloads: list[Payload], size: int) -> list[list[Payload]]:
    return [payloads[i : i + size] for i in range(0, len(payloads), size)]
