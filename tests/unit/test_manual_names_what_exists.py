"""The manual names only keys and commands that exist: every F-key and Ctrl+ key it mentions is
bound on some screen (or app-wide), every `desistkit …` command is in the CLI's command tree."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
import typer
from textual.binding import Binding
from textual.dom import DOMNode

import desistkit_tui.screens
import desistkit_tui.widgets
from desistkit_tui.app import DesistKitApp
from desistkit_tui.cli import LAZY_GROUPS, app, lazy_typer
from desistkit_tui.core import languages

LOCALES = Path(__file__).resolve().parents[2] / "locales"
#: A key as the manual writes it: F1 … F12, Ctrl+X / Strg+X (German keyboards).
KEY = re.compile(r"\b(F\d{1,2}|(?:Ctrl|Strg)\+[A-Z])\b")
COMMAND = re.compile(r"`desistkit ([^`]*)`")


def _bound_keys() -> set[str]:
    """Every key bound by the app, its screens and its widgets (``f5``, ``ctrl+s``)."""
    nodes: list[type[DOMNode]] = [DesistKitApp]
    for package in (desistkit_tui.screens, desistkit_tui.widgets):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            nodes += [
                obj
                for _, obj in inspect.getmembers(module, inspect.isclass)
                if issubclass(obj, DOMNode) and obj.__module__ == module.__name__
            ]
    keys: set[str] = set()
    for node in nodes:
        for binding in node.BINDINGS:
            if isinstance(binding, Binding):
                keys.update(k.strip() for k in binding.key.split(","))
    return keys


def _manual(lang: str) -> str:
    return (LOCALES / lang / "manual.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", languages.codes())
def test_every_key_the_manual_names_is_bound(lang: str) -> None:
    bound = _bound_keys()
    named = set(KEY.findall(_manual(lang)))
    assert named, "the manual names no keys: the pattern is wrong"
    for key in named:
        assert key.lower().replace("strg", "ctrl") in bound, f"{lang}: {key} is bound nowhere"


@pytest.mark.parametrize("lang", languages.codes())
def test_every_command_the_manual_names_exists(lang: str) -> None:
    root = typer.main.get_command(app)
    groups = {name: typer.main.get_command(lazy_typer(name)) for name in LAZY_GROUPS}
    named = COMMAND.findall(_manual(lang))
    assert named, "the manual names no commands: the pattern is wrong"
    for line in named:
        command = root
        words = line.split()
        while words and not words[0].startswith("-"):
            subcommands = getattr(command, "commands", None)  # a group of commands
            if subcommands is None and command is not root:
                break  # a command's own arguments (CODE) follow
            assert subcommands is not None, f"{lang}: `desistkit {line}`"
            word = words.pop(0)
            sub = groups.get(word) if command is root and word in groups else subcommands.get(word)
            assert sub is not None, f"{lang}: `desistkit {line}` is not a command"
            command = sub
        options = {name for p in command.params for name in getattr(p, "opts", ())}
        for word in words:
            if word.startswith("--"):
                assert word in options, f"{lang}: `desistkit {line}`: no option {word}"
