"""The type of pytest-textual-snapshot's ``snap_compare`` fixture, for annotating tests.

pytest-textual-snapshot 1.1.0 ships no ``py.typed`` marker, and its fixture is annotated as
returning ``Callable[[str | PurePath], bool]`` although the function it returns also takes
``press``, ``terminal_size`` and ``run_before``. This protocol spells out the signature of
that inner ``compare`` function as the plugin defines it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from pathlib import PurePath
from typing import Any, Protocol

from textual.app import App
from textual.pilot import Pilot


class SnapCompare(Protocol):
    """Take a screenshot of ``app`` after ``press`` and ``run_before``; compare it."""

    def __call__(
        self,
        app: str | PurePath | App[Any],
        press: Iterable[str] = (),
        terminal_size: tuple[int, int] = (80, 24),
        run_before: Callable[[Pilot[Any]], Awaitable[None] | None] | None = None,
    ) -> bool: ...
