"""Figure 8a-8e: the case with 50 reflections opened (children of ``benchmarks.reflection``).

``core RUNS``
    **8a/8b**: ``vault.open_case`` + ``HistoryCache.open`` (the summaries, from the per-case
    cache: what the app reads; the first run builds the cache) + ``development`` + ``trend_lines``,
    straight after ``Vault.unlock`` (``loc = Localizer(Texts(load_content()))``), ``RUNS + 1``
    times. The first run of a process (Fluent bundles parsed on first use) is kept apart.
``open PUSHES small|tall``
    **8c-8e**: the real app under Pilot (built as ``desistkit`` builds it, ``cli.build_tui``:
    start-up objects frozen out of the garbage collector), unlocked through its unlock screen,
    then ``CaseScreen(case_id)`` pushed ``PUSHES`` times (it opens the case and loads the
    history in a worker thread, then draws the development view); from the push to the first frame painted
    after ``_show()`` returned with ``#development`` filled (``ms``; ``cpu_ms``: the process's
    CPU time over the same span, both threads, which a loaded machine moves less). The first push of a process is kept
    apart. At 80x24 (``small``) the development view lies below the fold of the case body (laid
    out, not rendered), so it is also measured at 100x80 (``tall``), where all of it is on
    screen.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from benchmarks.common import (
    PASSPHRASE,
    GcLog,
    Probes,
    instrument,
    ms_between,
    run_delay_ms,
)
from benchmarks.reflection_vault import load_meta, scratch_vault
from benchmarks.tui import Frames, make_app, settle, unlock_and_load

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.widgets import Static

#: The goal of 8a and 8c-8e (the median).
GOAL_MS = 100.0
#: Tall enough that the whole case body, development view included, is on screen.
TALL = (100, 80)


def core(runs: int) -> dict[str, Any]:
    """8a/8b: open the case and build its development view without the TUI, ``runs + 1`` times."""
    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.development import development
    from desistkit_tui.core.history_cache import HistoryCache
    from desistkit_tui.core.i18n import Localizer, Texts
    from desistkit_tui.core.summary import trend_lines
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    meta = load_meta()
    results: list[dict[str, float]] = []
    shape: dict[str, int] = {}
    with scratch_vault() as path:
        vault = Vault.unlock(path, Secret.from_text(PASSPHRASE))
        try:
            content = load_content()
            loc = Localizer(Texts(content))
            order = [f.id for f in content.catalogue().factors]
            for _ in range(runs + 1):
                waited = run_delay_ms()
                t0 = time.perf_counter()
                handle = vault.open_case(meta["case_id"])
                t1 = time.perf_counter()
                _, history = HistoryCache.open(handle)
                t2 = time.perf_counter()
                trends = development(history.reflections, order)
                t3 = time.perf_counter()
                lines = trend_lines(loc, trends)
                t4 = time.perf_counter()
                waited = run_delay_ms() - waited
                handle.close()
                results.append(
                    {
                        "total_ms": ms_between(t0, t4),
                        "open_case_ms": ms_between(t0, t1),
                        "load_history_ms": ms_between(t1, t2),
                        "development_ms": ms_between(t2, t3),
                        "trend_lines_ms": ms_between(t3, t4),
                        "cpu_wait_ms": waited,
                    }
                )
                shape = {
                    "reflections": len(history.reflections),
                    "problems": len(history.problems),
                    "trends": len(trends),
                    "lines": len(lines),
                }
        finally:
            vault.lock()
    return {"first": results[0], "runs": results[1:], **shape}


def _label_text(label: Static) -> str:
    """The development view's text (without its heading, which is there from the start)."""
    from desistkit_tui.widgets.plain import HeadedLabel

    return label.text if isinstance(label, HeadedLabel) else str(label.content)


async def open_tui(pushes: int, size: tuple[int, int]) -> dict[str, Any]:
    """8c-8e: push ``CaseScreen`` ``pushes`` times in the real app; push to painted, each."""
    from textual.screen import Screen
    from textual.widgets import OptionList, Static

    import desistkit_tui.screens.case_texts as case_texts
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.core.workspace import CaseWorkspace
    from desistkit_tui.screens.case import CaseScreen
    from desistkit_tui.screens.case_overview import OverviewDrawing
    from desistkit_tui.screens.cases import CasesScreen

    meta = load_meta()
    probe = Probes()
    probe.wrap(Vault, "open_case", "open_case")
    probe.wrap(CaseWorkspace, "open", "open_case + history (worker)")
    probe.wrap(case_texts, "development_text", "development + trend_lines")
    probe.wrap(OverviewDrawing, "show_sessions", "_show_sessions")
    probe.wrap(CaseScreen, "_show", "_show (all of it)")
    probe.wrap(OptionList, "_update_lines", "OptionList lines")
    probe.wrap(Screen, "_refresh_layout", "layout (incl. render)")
    probe.wrap(Screen, "_compositor_refresh", "render")
    marks: dict[str, float] = {}
    at_paint: dict[str, float] = {}
    show = CaseScreen._show

    def timed_show(screen: CaseScreen) -> None:
        show(screen)
        marks["shown"] = time.perf_counter()

    instrument(CaseScreen, "_show", timed_show)
    # The break-down is taken when the frame that counts has been painted: at the return of
    # the outermost layout/render call that painted it (the two nest).
    depth = [0]

    def snapshot_after(name: str) -> None:
        inner = getattr(Screen, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            try:
                return inner(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0 and "painted" in marks and not at_paint:
                    at_paint.update(probe.ms)

        instrument(Screen, name, wrapper)

    snapshot_after("_refresh_layout")
    snapshot_after("_compositor_refresh")
    gcs = GcLog()
    results: list[dict[str, Any]] = []
    with scratch_vault() as path:
        app = make_app(path)
        frames = Frames(app)
        display = app._display

        def mark_paint(screen: Screen[Any], renderable: RenderableType | None) -> None:
            display(screen, renderable)
            if renderable is not None and "shown" in marks and "painted" not in marks:
                marks["painted"] = frames.times[-1]
                marks["run_delay"] = run_delay_ms()
                marks["cpu"] = time.process_time()

        instrument(app, "_display", mark_paint)
        async with app.run_test(size=size) as pilot:
            await unlock_and_load(app, pilot, PASSPHRASE)
            for _ in range(pushes):
                screen = CaseScreen(meta["case_id"])
                marks.clear()
                at_paint.clear()
                probe.reset()
                waited = run_delay_ms()
                cpu = time.process_time()
                start = time.perf_counter()
                app.push_screen(screen)

                def ready(screen: CaseScreen = screen) -> bool:
                    if app.screen is not screen or "painted" not in marks or not at_paint:
                        return False
                    return bool(_label_text(screen.query_one("#development", Static)))

                await settle(pilot, ready)
                label = screen.query_one("#development", Static)
                visible = screen.scrollable_content_region.intersection(label.region)
                results.append(
                    {
                        "ms": ms_between(start, marks["painted"]),
                        "shown_ms": ms_between(start, marks["shown"]),
                        "cpu_wait_ms": marks["run_delay"] - waited,
                        # CPU time of the whole process (both threads) from push to paint:
                        # steadier than the wall time when other work loads the machine
                        "cpu_ms": (marks["cpu"] - cpu) * 1000,
                        "gc_ms": gcs.within(start, marks["painted"]),
                        "frames": frames.count_after(start),
                        "dev_lines": _label_text(label).count("\n") + 1,
                        "dev_rows_on_screen": visible.height,
                        "probes_ms": dict(at_paint),
                    }
                )
                app.pop_screen()
                await settle(pilot, lambda: isinstance(app.screen, CasesScreen))
                await pilot.pause(0.05)
            await pilot.press("ctrl+q")
    return {"pushes": results, "size": list(size)}


def slow_pushes(results: list[dict[str, Any]]) -> str:
    """The pushes over the goal and what was going on during them (for the details lines)."""
    pushes = [p for t in results for p in t["pushes"]]
    slow = [p for p in pushes if p["ms"] >= GOAL_MS]
    gc = sum(1 for p in slow if p["gc_ms"] > 10)
    cpu = sum(1 for p in slow if p["cpu_wait_ms"] > 10)
    worst = max(pushes, key=lambda p: p["ms"])
    return (
        f"{len(slow)} of {len(pushes)}; {gc} with a garbage collection > 10 ms inside, {cpu} "
        f"waited > 10 ms for a CPU; the slowest {worst['ms']:.0f} ms (GC {worst['gc_ms']:.0f} "
        f"ms, CPU wait {worst['cpu_wait_ms']:.0f} ms)"
    )
