"""Every key the app binds arrives from PuTTY and from the Linux console (issue 16).

PuTTY's default function-key mode sends ``ESC [ 11 ~`` … ``ESC [ 14 ~`` for F1-F4 and
``ESC [ 1 ~`` / ``ESC [ 4 ~`` for Home/End; the Linux console ``ESC [ [ A`` … ``ESC [ [ E``
for F1-F5. Each key any screen binds is fed, as each terminal sends it, to Textual's own
input parser (the one the app reads the terminal with); the terminal matrix
(``tests/tui/terminal_matrix.py``) drives the real program with the same bytes.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from textual._xterm_parser import XTermParser  # what reads the terminal: the thing tested
from textual.binding import Binding
from textual.dom import DOMNode

import desistkit_tui.screens
import desistkit_tui.widgets
from desistkit_tui.app import DesistKitApp
from tests.tui.terminal_matrix import LINUX_KEYS, PUTTY_KEYS, XTERM_KEYS

#: The same everywhere (xterm, PuTTY, Linux console): F6-F12, the cursor block, control keys.
COMMON = {
    "f6": b"\x1b[17~",
    "f7": b"\x1b[18~",
    "f8": b"\x1b[19~",
    "f9": b"\x1b[20~",
    "f10": b"\x1b[21~",
    "f11": b"\x1b[23~",
    "f12": b"\x1b[24~",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "pageup": b"\x1b[5~",
    "pagedown": b"\x1b[6~",
    "delete": b"\x1b[3~",
    "backspace": b"\x7f",
    "enter": b"\r",
    "tab": b"\t",
    "space": b" ",
    "plus": b"+",
    "minus": b"-",
    **{str(n): str(n).encode() for n in range(10)},
    **{f"ctrl+{c}": bytes([ord(c) - 96]) for c in "lnpqst"},
}
TERMINALS = {
    "xterm": {**COMMON, **XTERM_KEYS},
    "putty": {**COMMON, **PUTTY_KEYS},
    "linux-console": {**COMMON, **LINUX_KEYS},
}


def bound_keys() -> set[str]:
    """Every key of every binding of the app, its screens and widgets."""
    classes: list[type] = [DesistKitApp]
    for package in (desistkit_tui.screens, desistkit_tui.widgets):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            classes += [c for _, c in inspect.getmembers(module, inspect.isclass)]
    keys: set[str] = set()
    for cls in classes:
        if issubclass(cls, DOMNode) and cls.__module__.startswith("desistkit_tui"):
            for binding in cls.__dict__.get("BINDINGS", []):  # its own, not Textual's
                if isinstance(binding, Binding):
                    keys.update(k.strip() for k in binding.key.split(","))
    return keys - {"escape"}  # a lone ESC is told apart by time; the matrix sends it


def parse(data: bytes) -> list[str]:
    parser = XTermParser()
    return [m.key for m in parser.feed(data.decode()) if hasattr(m, "key")]


def test_the_key_table_covers_every_bound_key() -> None:
    keys = bound_keys()
    assert {"f1", "f2", "f5", "f10", "f12", "ctrl+q", "home", "end"} <= keys
    assert keys <= set(TERMINALS["putty"]), keys - set(TERMINALS["putty"])


@pytest.mark.parametrize("terminal", sorted(TERMINALS))
def test_every_bound_key_arrives(terminal: str) -> None:
    sent = TERMINALS[terminal]
    wrong = {key: parse(sent[key]) for key in sorted(bound_keys()) if parse(sent[key]) != [key]}
    assert not wrong, wrong
