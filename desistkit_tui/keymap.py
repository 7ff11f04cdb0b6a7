"""Every key binding of the app by its id, and the user's key map checked against them.

The key map (settings.toml's ``[keys]``: ``"flow.next" = "f3,ctrl+n"``) goes to Textual's own
``App.set_keymap``, which replaces the keys of the bindings with those ids. Before that,
:func:`check_keymap` refuses what would go wrong quietly: an id no binding has, and a key
that would do two things on one screen (Textual would pick one of them). The table is built
from the screens' and widgets' ``BINDINGS`` (``desistkit keys`` prints it), so it never
drifts from the code.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from desistkit_tui.core.errors import SettingsProblem
from desistkit_tui.core.settings import KEYS_TABLE, LoadedSettings

_PACKAGES = ("desistkit_tui.screens", "desistkit_tui.widgets")


@dataclass(frozen=True, slots=True)
class BindingInfo:
    """One binding as declared: its id (``None``: not remappable), keys, action, the
    description (a message id of the UI catalogue, or plain text) and where it is declared."""

    id: str | None
    keys: str
    action: str
    description: str
    owner: str
    show: bool


@dataclass(frozen=True, slots=True)
class _Scope:
    """A class with bindings of its own, and every binding active with it (inherited ones,
    and the app's on a screen)."""

    name: str
    bindings: tuple[BindingInfo, ...]


def _infos(owner: type[DOMNode]) -> list[BindingInfo]:
    found = []
    for item in owner.__dict__.get("BINDINGS", []):
        binding = _binding(item)
        found.append(
            BindingInfo(
                binding.id,
                binding.key,
                binding.action,
                binding.description,
                owner.__qualname__,
                binding.show,
            )
        )
    return found


def _binding(item: BindingType) -> Binding:
    if isinstance(item, Binding):
        return item
    key, action, *rest = item
    return Binding(key, action, rest[0] if rest else "")


def _classes() -> list[type[DOMNode]]:
    """The app and every class of the screens and widgets packages with ``BINDINGS`` of its
    own, in a stable order."""
    from desistkit_tui.app import DesistKitApp

    modules = []
    for package_name in _PACKAGES:
        package = importlib.import_module(package_name)
        modules.append(package)
        for info in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            modules.append(importlib.import_module(info.name))
    seen: dict[str, type[DOMNode]] = {}
    for module in modules:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, DOMNode)
                and cls.__module__.startswith("desistkit_tui.")
                and "BINDINGS" in cls.__dict__
            ):
                seen[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [DesistKitApp, *(seen[name] for name in sorted(seen))]


@cache
def _table() -> tuple[tuple[BindingInfo, ...], tuple[_Scope, ...]]:
    classes = _classes()
    app, others = classes[0], classes[1:]
    app_bindings = _infos(app)
    every = list(app_bindings)
    scopes = [_Scope(app.__qualname__, tuple(app_bindings))]
    for cls in others:
        every += _infos(cls)
        active: list[BindingInfo] = []
        for base in cls.__mro__:
            if isinstance(base, type) and base.__module__.startswith("desistkit_tui."):
                active += _infos(base)
        if issubclass(cls, Screen):
            active += app_bindings
        scopes.append(_Scope(cls.__qualname__, tuple(active)))
    return tuple(every), tuple(scopes)


def binding_table() -> tuple[BindingInfo, ...]:
    """Every binding of the app, the app's first, then by module."""
    return _table()[0]


def binding_ids() -> frozenset[str]:
    """Every id a key map may use."""
    return frozenset(b.id for b in binding_table() if b.id is not None)


def _keys(keys: str) -> list[str]:
    return [k.strip() for k in keys.split(",") if k.strip()]


def check_keymap(
    keymap: Mapping[str, str], loaded: LoadedSettings | None = None
) -> tuple[dict[str, str], list[SettingsProblem]]:
    """The part of ``keymap`` that is safe to apply, and a problem for each refused entry:
    an unknown binding id, or keys that would do two things on one screen (both entries of
    the user's that clash are refused; a clash with a binding the map leaves alone refuses the
    user's entry)."""
    file = str(loaded.path) if loaded is not None else "settings.toml"
    lines = loaded.lines if loaded is not None else {}

    def problem(variant: str, binding_id: str, **args: str) -> SettingsProblem:
        key = f"{KEYS_TABLE}.{binding_id}"
        return SettingsProblem(variant, file=file, line=lines.get(key, 0), key=key, **args)

    known = binding_ids()
    problems = [problem("unknown-binding", i) for i in keymap if i not in known]
    wanted = {i: keys for i, keys in keymap.items() if i in known}
    refused: set[str] = set()
    reported: set[tuple[str, str, str]] = set()
    for scope in _table()[1]:
        by_key: dict[str, list[BindingInfo]] = {}
        for info in scope.bindings:
            keys = wanted.get(info.id, info.keys) if info.id is not None else info.keys
            for key in _keys(keys):
                if all(other.action != info.action for other in by_key.get(key, [])):
                    by_key.setdefault(key, []).append(info)
        for key, infos in by_key.items():
            remapped = [i for i in infos if i.id in wanted]
            if len(infos) < 2 or not remapped:
                continue
            first, second = remapped[0], next(i for i in infos if i is not remapped[0])
            names = (first.id or first.action, second.id or second.action)
            low, high = sorted(names)
            if (key, low, high) in reported:
                continue
            reported.add((key, low, high))
            assert first.id is not None
            problems.append(
                problem("key-clash", first.id, keys=key, first=names[0], second=names[1])
            )
            refused.update(i.id for i in remapped if i.id is not None)
    return {i: k for i, k in wanted.items() if i not in refused}, problems
