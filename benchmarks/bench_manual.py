"""Figure 10: F1 → the manual visible (docs/architecture.md, Budgets: ≤ 300 ms).

Each child process starts the real app on the benchmark vault's unlock screen (F1 works
locked; without the vault, on the create screen), presses F1 and takes the first frame painted after the press that shows the
manual's first heading; then the longest frame while the other sections are added, and the
time until all of them are there. Several presses per process (Escape in between), the first
one apart: it pays for importing the screen's modules.

    python -m benchmarks.bench_manual child N   # one process, N presses: one JSON line
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.common import emit, instrument, ms_between, run_child, summary
from benchmarks.report import Row, log
from benchmarks.tui import SIZE, Frames, make_app, settle

GOAL_MS = 300.0


def _all_added(manual: Any) -> Callable[[], bool]:
    return lambda: len(manual.query(".manual-section")) == len(manual.sections)


async def _presses(count: int) -> dict[str, Any]:
    from desistkit_tui.screens.manual import ManualScreen

    app = make_app()
    frames = Frames(app)
    visible, whole, longest = [], [], []
    mounted: list[float] = []
    on_mount = ManualScreen.on_mount

    def marked(screen: ManualScreen) -> None:
        on_mount(screen)
        mounted.append(time.perf_counter())

    instrument(ManualScreen, "on_mount", marked)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(app.screen_stack) > 1)  # unlock (or create) screen
        for _ in range(count):
            start = time.perf_counter()
            await pilot.press("f1")
            await settle(pilot, lambda: isinstance(app.screen, ManualScreen))
            manual = app.screen
            assert isinstance(manual, ManualScreen)
            first = frames.first_after(mounted[-1])  # the first frame with the manual on it
            visible.append(ms_between(start, first or time.perf_counter()))
            await settle(pilot, _all_added(manual))
            done = frames.last_after(start) or time.perf_counter()
            whole.append(ms_between(start, done))
            after = [t for t in frames.times if start <= t <= done]
            gaps = [b - a for a, b in zip([start, *after], after, strict=False)]
            longest.append(max(gaps, default=0.0) * 1000)
            await pilot.press("escape")
            await settle(pilot, lambda: not isinstance(app.screen, ManualScreen))
    return {"visible": visible, "whole": whole, "longest": longest}


def figure(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    """Figure 10 as rows: F1 → visible (the first press, then the rest), all sections, and
    the longest frame meanwhile."""
    procs = 2 if getattr(args, "quick", False) else 4
    runs = []
    for i in range(procs):
        log(f"10 F1 → manual, 5 presses ({i + 1}/{procs})")
        runs.append(run_child("bench_manual", "child", "5"))
    raw["10"] = runs
    first = [r["visible"][0] for r in runs]
    later = [v for r in runs for v in r["visible"][1:]]
    whole = [v for r in runs for v in r["whole"]]
    longest = [v for r in runs for v in r["longest"]]
    ok = summary(first)["median"] <= GOAL_MS
    rows = [
        Row("10a", "F1 → manual visible, first press", summary(first), "ms", "≤ 300 ms", ok),
        Row(
            "10b",
            "F1 → manual visible, later presses",
            summary(later),
            "ms",
            "≤ 300 ms",
            summary(later)["median"] <= GOAL_MS,
        ),
        Row("10c", "F1 → every section added", summary(whole), "ms", "(info)"),
        Row("10d", "longest frame while the sections are added", summary(longest), "ms", "(info)"),
    ]
    return rows, [f"10 {procs} processes × 5 presses on the unlock screen at 80x24"]


def main(argv: list[str]) -> None:
    if argv[:1] == ["child"]:
        emit(asyncio.run(_presses(int(argv[1]))))
        return
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_manual")
    parser.add_argument("--quick", action="store_true")
    rows, lines = figure(parser.parse_args(argv), {})
    for row in rows:
        print(" | ".join(row.cells()))
    for line in lines:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
