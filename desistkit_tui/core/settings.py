"""The user's settings file: ``settings.toml`` in the config folder (``desistkit config path``).

One typed class, :class:`Settings`, one docstring per field (``desistkit config show`` prints
them). :func:`load_settings` never fails: a problem in the file (not TOML, an unknown key, a
wrong type or value) becomes a :class:`~desistkit_tui.core.errors.SettingsProblem` naming the
file, the key and the line, and that setting keeps its default (every setting does when the
file is not valid TOML). The app starts all the same and shows the problems in a notice.

What depends on Textual is checked outside core: the key map's binding ids and clashes
(:mod:`desistkit_tui.keymap`) and the theme's name (the app's registered themes).

Precedence, strongest first: a command-line option, an environment variable
(``DESISTKIT_LANG``, ``DESISTKIT_VAULT``), this file, the built-in default.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desistkit_tui.core import languages
from desistkit_tui.core.errors import SettingsProblem
from desistkit_tui.core.paths import config_dir

FILE_NAME = "settings.toml"
#: The ``[table]`` that holds the key map.
KEYS_TABLE = "keys"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a user may set in ``settings.toml`` (every field optional)."""

    language: str = ""
    """Interface language: en, de, pl, mk, sk or ro. Empty: DESISTKIT_LANG, else the system
    locale if DesistKit speaks it, else English. ``--lang`` overrides it."""

    theme: str = ""
    """Colour theme by name (the command palette's Theme list shows the names). Empty: the
    app's default."""

    idle_lock_minutes: float = 10.0
    """Minutes without a key press before the screen locks and the keys are dropped (0: never)."""

    autosave_seconds: float = 1.0
    """Seconds between a change and its encrypted autosave, at most (0.2 to 60)."""

    vault: str = ""
    """The vault folder opened by default (``~`` allowed). Empty: the XDG data folder.
    ``--vault`` and DESISTKIT_VAULT override it."""

    user_decks: str = ""
    """The folder of your own card decks (``~`` allowed). Empty: ``decks`` in the config folder."""

    keys: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The key map, in the ``[keys]`` table: binding id = keys, comma-separated, e.g.
    ``"flow.next" = "f3,ctrl+n"``. ``desistkit keys`` lists every binding id."""

    def vault_path(self) -> Path | None:
        """:attr:`vault` as a path (``None`` when not set)."""
        return Path(self.vault).expanduser() if self.vault else None

    def user_decks_path(self) -> Path | None:
        """:attr:`user_decks` as a path (``None`` when not set)."""
        return Path(self.user_decks).expanduser() if self.user_decks else None


#: The fields and the TOML types they take (a whole number is fine where a number is asked).
_TYPES: dict[str, tuple[type, ...]] = {
    "language": (str,),
    "theme": (str,),
    "idle_lock_minutes": (int, float),
    "autosave_seconds": (int, float),
    "vault": (str,),
    "user_decks": (str,),
    KEYS_TABLE: (dict,),
}
_TYPE_NAMES = {str: "string", int: "number", float: "number", dict: "table"}
#: The allowed range of each number (inclusive).
_RANGES: dict[str, tuple[float, float]] = {
    "idle_lock_minutes": (0, 24 * 60),
    "autosave_seconds": (0.2, 60),
}


def settings_path() -> Path:
    """``<config folder>/settings.toml`` (``DESISTKIT_CONFIG_DIR`` or the XDG one)."""
    return config_dir() / FILE_NAME


def field_docs() -> dict[str, str]:
    """Each setting's docstring, in field order (for ``desistkit config show``)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(Settings))
    docs: dict[str, str] = {}
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = " ".join(following.value.value.split())
    return docs


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """The settings in effect, where they came from, and what was wrong in the file."""

    settings: Settings
    path: Path
    exists: bool
    problems: tuple[SettingsProblem, ...] = ()
    #: Line of each key in the file (``"keys.flow.next"`` for the key map), for later checks.
    lines: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType({}))


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read ``path`` (default :func:`settings_path`); a missing file gives the defaults."""
    import tomli

    from desistkit_tui.core.content.tomlpos import TomlLocator

    path = path if path is not None else settings_path()
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings(), path, exists=False)
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        problem = SettingsProblem("unreadable", file=shown, line=0, key="", detail=detail)
        return LoadedSettings(Settings(), path, exists=True, problems=(problem,))
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) or 0
        detail = getattr(exc, "msg", str(exc).split(" (at line")[0])
        problem = SettingsProblem("syntax", file=shown, line=line, key="", detail=detail)
        return LoadedSettings(Settings(), path, exists=True, problems=(problem,))
    where = TomlLocator(text)
    problems: list[SettingsProblem] = []
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key, value in data.items():
        line = where.line(None, key=key) if key != KEYS_TABLE else where.first(KEYS_TABLE)
        lines[key] = line
        if key not in _TYPES:
            problems.append(SettingsProblem("unknown-key", file=shown, line=line, key=key))
            continue
        expected = _TYPES[key]
        if not isinstance(value, expected) or isinstance(value, bool):
            problems.append(
                SettingsProblem(
                    "wrong-type", file=shown, line=line, key=key, expected=_TYPE_NAMES[expected[0]]
                )
            )
            continue
        bad_value = _check_value(key, value, shown, line)
        if bad_value is not None:
            problems.append(bad_value)
            continue
        if key == KEYS_TABLE:
            values[key] = _key_map(data[key], where, shown, problems, lines)
        elif key in _RANGES:
            values[key] = float(data[key])
        else:
            values[key] = data[key]
    settings = dataclasses.replace(Settings(), **values)
    return LoadedSettings(settings, path, True, tuple(problems), MappingProxyType(lines))


def _check_value(key: str, value: object, shown: str, line: int) -> SettingsProblem | None:
    if key in _RANGES and isinstance(value, int | float):
        low, high = _RANGES[key]
        if not low <= value <= high:
            return SettingsProblem(
                "bad-value", file=shown, line=line, key=key, value=str(value),
                allowed=f"{low:g}-{high:g}",
            )  # fmt: skip
    if key == "language" and value and not languages.is_supported(str(value)):
        return SettingsProblem(
            "bad-value", file=shown, line=line, key=key, value=str(value),
            allowed=", ".join(languages.codes()),
        )  # fmt: skip
    return None


def _key_map(
    table: dict[str, Any],
    where: Any,
    shown: str,
    problems: list[SettingsProblem],
    lines: dict[str, int],
) -> MappingProxyType[str, str]:
    """The ``[keys]`` table as binding id -> keys. An unquoted ``flow.next = …`` is a dotted
    key (a table ``flow`` in TOML): it is read as the id ``flow.next`` all the same."""
    keymap: dict[str, str] = {}
    for binding_id, keys in _flattened(table):
        line = where.line(KEYS_TABLE, key=binding_id)
        name = f"{KEYS_TABLE}.{binding_id}"
        lines[name] = line
        if not isinstance(keys, str) or not keys.strip():
            problems.append(
                SettingsProblem("wrong-type", file=shown, line=line, key=name, expected="string")
            )
            continue
        keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return MappingProxyType(keymap)


def _flattened(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for key, value in table.items():
        if isinstance(value, dict):
            found += _flattened(value, f"{prefix}{key}.")
        else:
            found.append((f"{prefix}{key}", value))
    return found


def environment_overrides(environ: Mapping[str, str]) -> dict[str, str]:
    """Which settings an environment variable overrides now (for ``config show``)."""
    found = {}
    if environ.get("DESISTKIT_LANG"):
        found["language"] = "DESISTKIT_LANG"
    if environ.get("DESISTKIT_VAULT"):
        found["vault"] = "DESISTKIT_VAULT"
    return found
