"""The theme a user picked in the command palette (or with Ctrl+T), remembered for the next
start: one short file in the XDG state folder (``paths.state_dir``), 0600 in a 0700 folder.

It holds a theme's name and nothing else: no secret, no case data. The settings file's
``theme`` (which the user writes) and a terminal that needs monochrome (``NO_COLOR``,
``vt100`` …) both come first (``start_theme``). Reading never fails the start: a missing,
unreadable or unknown name means "nothing remembered".
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from desistkit_tui.core import paths

FILENAME = "theme"


def theme_file() -> Path:
    return paths.state_dir() / FILENAME


def remembered_theme(known: Collection[str]) -> str | None:
    """The remembered theme, if it is one of ``known``."""
    try:
        name = theme_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if name in known else None


def remember_theme(name: str) -> None:
    """Keep ``name`` for the next start (best effort: a read-only home just forgets it)."""
    path = theme_file()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(name + "\n")
    except OSError:
        return


def start_theme(
    terminal_theme: str, settings_theme: str, default: str, known: Collection[str]
) -> str:
    """The theme to start in: the terminal's need (when it is not ``default``, e.g.
    monochrome for ``NO_COLOR``), then the settings file, then the remembered one."""
    if terminal_theme != default:
        return terminal_theme
    if settings_theme in known:
        return settings_theme
    return remembered_theme(known) or default
