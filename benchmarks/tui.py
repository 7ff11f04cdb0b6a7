"""Driving the real app headless with Textual's Pilot, and knowing when a frame was painted.

Textual renders every frame through ``App._display(screen, update)`` (in a headless run the
compositor still renders the update; only the write to a terminal is skipped). :class:`Frames`
wraps that method on the app instance and keeps the time of each frame, so a figure can end at
the frame that showed the result rather than at the end of a ``pilot.pause()`` (which sleeps
in 20 ms steps).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import VAULT, Probes, instrument

if TYPE_CHECKING:  # the app's modules load in the measured code, not when this one is imported
    from rich.console import RenderableType
    from textual.app import App
    from textual.pilot import Pilot
    from textual.screen import Screen

    from desistkit_tui.app import DesistKitApp
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.widgets.case_list import CaseList

#: The terminal size of the TUI figures (a figure that needs another says so).
SIZE = (80, 24)


class Frames:
    """Timestamps (``perf_counter``) of the frames the app painted."""

    def __init__(self, app: App[Any]) -> None:
        self.times: list[float] = []
        #: Set by the caller: the first frame painted while it holds is kept in ``ready_at``.
        self.ready: Callable[[], bool] | None = None
        self.ready_at: float | None = None
        original = app._display

        def display(screen: Screen[Any], renderable: RenderableType | None) -> None:
            original(screen, renderable)
            if renderable is not None:
                now = time.perf_counter()
                self.times.append(now)
                if self.ready_at is None and self.ready is not None and self.ready():
                    self.ready_at = now

        instrument(app, "_display", display)

    def last_after(self, start: float) -> float | None:
        """The last frame painted after ``start`` (None if none was)."""
        after = [t for t in self.times if t >= start]
        return after[-1] if after else None

    def first_after(self, start: float) -> float | None:
        """The first frame painted at or after ``start`` (None if none was)."""
        i = bisect.bisect_left(self.times, start)
        return self.times[i] if i < len(self.times) else None

    def last_before(self, start: float) -> float | None:
        """The last frame painted before ``start`` (None if none was)."""
        i = bisect.bisect_left(self.times, start)
        return self.times[i - 1] if i > 0 else None

    def count_after(self, start: float) -> int:
        return sum(1 for t in self.times if t >= start)


def make_app(vault: Path = VAULT, **options: Any) -> DesistKitApp:
    """The real app, built the way ``desistkit`` builds it (``cli.build_tui``: no garbage
    collection while it is built, then what was built frozen), without cursor blink; ``options``
    are further ``AppConfig`` fields."""
    from desistkit_tui.cli import build_tui

    def config() -> AppConfig:
        from desistkit_tui.core.config import AppConfig

        return AppConfig(vault=vault, cursor_blink=False, **options)

    return build_tui(config)


async def settle(pilot: Pilot[Any], condition: Callable[[], object], timeout: float = 30.0) -> None:
    """Pause until ``condition()`` holds, then once more so the frame with it is painted."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        await pilot.pause()
    await pilot.pause()


def case_list(app: App[Any]) -> CaseList | None:
    """The case list widget, or None while another screen is shown (or before it is composed)."""
    from desistkit_tui.screens.cases import CasesScreen
    from desistkit_tui.widgets.case_list import CaseList

    screen = app.screen
    if not isinstance(screen, CasesScreen):
        return None
    found = screen.query(CaseList)
    return found.first() if found else None


def list_ready(app: App[Any], rows: int) -> bool:
    """The case list is shown with ``rows`` rows and laid out (it has its size)."""
    widget = case_list(app)
    return widget is not None and widget.row_count == rows and widget.size.height > 0


async def unlock_in_pilot(
    app: DesistKitApp, pilot: Pilot[Any], frames: Frames, passphrase: str, rows: int
) -> dict[str, float]:
    """Type the passphrase, press Enter, wait for the painted list. Times in perf_counter."""
    from desistkit_tui.screens.unlock import UnlockScreen

    await settle(pilot, lambda: isinstance(app.screen, UnlockScreen))
    await pilot.press(*passphrase)
    await pilot.pause()
    marks: dict[str, float] = {}
    vault_opened = app.vault_opened

    def opened(vault: Vault) -> None:
        marks["pushed"] = time.perf_counter()
        vault_opened(vault)
        marks["switched"] = time.perf_counter()

    instrument(app, "vault_opened", opened)
    frames.ready, frames.ready_at = lambda: list_ready(app, rows), None
    marks["enter"] = time.perf_counter()
    await pilot.press("enter")
    await settle(pilot, lambda: list_ready(app, rows), timeout=180.0)  # 10,000 rebuilt: slow
    # "painted": the last frame after the push (the screen settled: the check against the
    # case files and anything it redrew included); "shown": the first frame painted with the
    # whole list laid out (what the caseworker sees first; since issue 17 the list is shown
    # from the index before that check).
    marks["painted"] = frames.last_after(marks["pushed"]) or time.perf_counter()
    marks["shown"] = frames.ready_at or marks["painted"]
    frames.ready = None
    instrument(app, "vault_opened", vault_opened)
    return marks


async def unlock_and_load(app: DesistKitApp, pilot: Pilot[Any], passphrase: str) -> None:
    """Type the passphrase on the unlock screen; wait for the case list and the content (decks
    and catalogue, which load in the background after the unlock)."""
    from desistkit_tui.screens.cases import CasesScreen
    from desistkit_tui.screens.unlock import UnlockScreen

    def listed() -> bool:
        screen = app.screen
        return (
            isinstance(screen, CasesScreen)
            and screen.is_mounted
            and app.vault is not None
            and app.content is not None
        )

    await settle(pilot, lambda: isinstance(app.screen, UnlockScreen))
    await pilot.press(*passphrase, "enter")
    await settle(pilot, listed)
    await pilot.pause(0.2)


def probes() -> Probes:
    """Where the time after the push goes (wall time inside these methods)."""
    from textual.screen import Screen

    from desistkit_tui.core.vault.index import CaseIndex
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.screens import cases
    from desistkit_tui.widgets.case_list import CaseList

    probes = Probes()
    probes.wrap(CaseIndex, "_load", "index load (decrypt+parse)")
    probes.wrap(CaseIndex, "_refresh", "index refresh (stat x1000, rereads)")
    probes.wrap(CaseIndex, "flush", "index flush (write)")
    probes.wrap(Vault, "summaries", "vault.summaries()")
    probes.wrap(cases, "build_rows", "build_rows (1000 rows)")
    probes.wrap(cases.CasesScreen, "apply_filter", "apply_filter (match + show)")
    probes.wrap(CaseList, "render_line", "CaseList.render_line")
    probes.wrap(Screen, "_compositor_refresh", "compositor render")
    probes.wrap(Screen, "_refresh_layout", "layout")
    return probes
