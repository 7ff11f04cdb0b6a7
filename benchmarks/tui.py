"""Driving the real app headless with Textual's Pilot, and knowing when a frame was painted.

Textual renders every frame through ``App._display(screen, update)`` (in a headless run the
compositor still renders the update; only the write to a terminal is skipped). :class:`Frames`
wraps that method on the app instance and keeps the time of each frame, so a figure can end at
the frame that showed the result rather than at the end of a ``pilot.pause()`` (which sleeps
in 20 ms steps).
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import VAULT, Probes


class Frames:
    """Timestamps (``perf_counter``) of the frames the app painted."""

    def __init__(self, app: Any) -> None:
        self.times: list[float] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None:
                self.times.append(time.perf_counter())

        app._display = display

    def last_after(self, start: float) -> float | None:
        """The last frame painted after ``start`` (None if none was)."""
        after = [t for t in self.times if t >= start]
        return after[-1] if after else None

    def count_after(self, start: float) -> int:
        return sum(1 for t in self.times if t >= start)


def make_app() -> Any:
    from desistkit_tui.app import create_app
    from desistkit_tui.core.config import AppConfig

    return create_app(AppConfig(vault=VAULT, cursor_blink=False))


async def settle(pilot: Any, condition: Any, timeout: float = 60.0) -> None:
    """Pause until ``condition()`` holds, then once more so the frame with it is painted."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        await pilot.pause()
    await pilot.pause()


def case_table(app: Any) -> Any:
    """The case list's DataTable, or None while another screen is shown."""
    from textual.widgets import DataTable

    from desistkit_tui.screens.cases import CasesScreen

    screen = app.screen
    if not isinstance(screen, CasesScreen):
        return None
    return screen.query_one(DataTable)


def list_ready(app: Any, rows: int) -> bool:
    """The case list is shown with ``rows`` rows, laid out (virtual height covers them)."""
    table = case_table(app)
    return (
        table is not None
        and table.row_count == rows
        and table.virtual_size.height >= rows
        and not getattr(table, "_require_update_dimensions", False)
    )


async def unlock_in_pilot(
    app: Any, pilot: Any, frames: Frames, passphrase: str, rows: int
) -> dict[str, float]:
    """Type the passphrase, press Enter, wait for the painted list. Times in perf_counter."""
    from desistkit_tui.screens.unlock import UnlockScreen

    await settle(pilot, lambda: isinstance(app.screen, UnlockScreen))
    await pilot.press(*passphrase)
    await pilot.pause()
    marks: dict[str, float] = {}
    vault_opened = app.vault_opened

    def opened(vault: Any) -> None:
        marks["pushed"] = time.perf_counter()
        vault_opened(vault)
        marks["switched"] = time.perf_counter()

    app.vault_opened = opened
    marks["enter"] = time.perf_counter()
    await pilot.press("enter")
    await settle(pilot, lambda: list_ready(app, rows))
    marks["painted"] = frames.last_after(marks["pushed"]) or time.perf_counter()
    app.vault_opened = vault_opened
    return marks


def probes() -> Probes:
    """Where the time after the push goes (wall time inside these methods)."""
    from textual.screen import Screen
    from textual.widgets import DataTable

    from desistkit_tui.core.vault.index import CaseIndex
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.screens.cases import CasesScreen

    probes = Probes()
    probes.wrap(CaseIndex, "_load", "index load (decrypt+parse)")
    probes.wrap(CaseIndex, "_refresh", "index refresh (stat x1000, rereads)")
    probes.wrap(CaseIndex, "flush", "index flush (write)")
    probes.wrap(Vault, "summaries", "vault.summaries()")
    probes.wrap(CasesScreen, "apply_filter", "apply_filter (rows + add_rows)")
    probes.wrap(DataTable, "_update_dimensions", "DataTable._update_dimensions")
    probes.wrap(Screen, "_compositor_refresh", "compositor render")
    probes.wrap(Screen, "_refresh_layout", "layout")
    return probes
