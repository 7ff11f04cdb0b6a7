"""Figure 8 (issue 5): a case with 50 reflections opened, and autosave while typing.

Run on its own (``python -m benchmarks.reflection [--quick] [--regen] [--json PATH]``) or as
figure 8 of ``python -m benchmarks``. As everywhere in ``benchmarks/``, every measurement runs
in its own child process (``python -m benchmarks.reflection <child> ...``, which prints one JSON
line); the parent repeats them and prints one table. Progress goes to stderr.

The children, by what they measure:

* ``gen``: the vault, one case with 50 finished reflections (:mod:`benchmarks.reflection_vault`);
* ``core`` (8a/8b) and ``open`` (8c-8e): opening the case, without and with the TUI
  (:mod:`benchmarks.bench_open_case`);
* ``typing`` (8f-8i): a note typed in a reflection while autosave runs
  (:mod:`benchmarks.bench_typing`).

Pilot drives the app in-process: a key is posted straight into the app's message queue (no
terminal, no input parsing) and a frame is rendered by the compositor but not written to a
terminal. The figures are therefore the app's own share of a keystroke; a terminal (and SSH)
adds its input parsing and output on top.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from benchmarks import bench_open_case, bench_typing
from benchmarks.bench_open_case import GOAL_MS, TALL
from benchmarks.bench_typing import KEY_GOAL_MS, MODES
from benchmarks.common import emit, run_child, summary
from benchmarks.reflection_vault import RVAULT, generate, is_current, load_meta
from benchmarks.report import Row, log, table
from benchmarks.tui import SIZE
from desistkit_tui.core.compat import UTC

# -- the parent: runs the children, prints the table ---------------------------------------


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, nearest rank."""
    xs = sorted(values)
    return xs[min(len(xs) - 1, max(0, round(q * len(xs) + 0.5) - 1))]


def _waits(results: list[dict[str, Any]]) -> str:
    waits = [r["cpu_wait_ms"] for r in results]
    return f"{statistics.median(waits):.1f} / {max(waits):.1f}"


def _medians(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


def figure(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    """Figure 8: what ``python -m benchmarks`` and ``python -m benchmarks.reflection`` call."""
    quick = bool(getattr(args, "quick", False))
    regen = bool(getattr(args, "regen", False))
    log("8  reflection vault: checking the cache (one case, 50 reflections)")
    meta = run_child("reflection", "gen", *(["--force"] if regen else []), timeout=600)
    procs = 2 if quick else 3
    core_runs = 10 if quick else 12
    pushes = 4 if quick else 8
    keys = 100 if quick else 300
    core, tui, tall = [], [], []
    for i in range(procs):
        log(
            f"8  open the case: core x{core_runs + 1}, TUI {pushes} pushes x2 sizes ({i + 1}/{procs})"
        )
        core.append(run_child("reflection", "core", str(core_runs)))
        tui.append(run_child("reflection", "open", str(pushes), "small"))
        tall.append(run_child("reflection", "open", str(pushes), "tall"))
    typing: dict[str, dict[str, Any]] = {}
    for mode in ("on", "off", "default", "aligned"):
        log(f"8  typing {keys} keys, autosave {mode} ({MODES[mode][0]:g} s)")
        typing[mode] = run_child("reflection", "typing", mode, str(keys), timeout=900)
    raw["8"] = {"vault": meta, "core": core, "tui": tui, "tall": tall, "typing": typing}
    return render(raw["8"])


def render(results: dict[str, Any]) -> tuple[list[Row], list[str]]:
    """The rows and break-down lines of figure 8 from its raw results (``--json`` keeps them)."""
    meta, core, tui, tall = (results[k] for k in ("vault", "core", "tui", "tall"))
    typing: dict[str, dict[str, Any]] = results["typing"]

    def pooled(results: list[dict[str, Any]], first: bool) -> list[float]:
        if first:
            return [t["pushes"][0]["ms"] for t in results]
        return [p["ms"] for t in results for p in t["pushes"][1:]]

    def painted(mode: str, only_saving: bool = False) -> list[float]:
        return [
            k["painted_ms"]
            for k in typing[mode]["keys"]
            if not only_saving or k["saves_overlapping"] or k["autosave_fired"]
        ]

    goal = f"< {GOAL_MS:.0f} ms"
    key_goal = f"max <= {KEY_GOAL_MS:.0f} ms"

    def row(key: str, label: str, values: list[float], on_max: bool = False) -> Row:
        stats = summary(values)
        if not stats:
            return Row(key, label, None, "ms", "", None, "none")
        if on_max:
            return Row(key, label, stats, "ms", key_goal, stats["max"] <= KEY_GOAL_MS)
        return Row(key, label, stats, "ms", goal, stats["median"] < GOAL_MS)

    rows = [
        row(
            "8a",
            "open case+history+development, core",
            [r["total_ms"] for c in core for r in c["runs"]],
        ),
        Row(
            "8b",
            "  same, first run (+ parsing the UI strings)",
            summary(c["first"]["total_ms"] for c in core),
            "ms",
            "(info)",
        ),
        row("8c", "TUI push CaseScreen->development painted", pooled(tui, False)),
        row("8d", "  same, first open in a process", pooled(tui, True)),
        row("8e", "  same at 100x80 (development on screen)", pooled(tall, False)),
        row("8f", "key->painted, autosave every 0.05 s", painted("on"), True),
        row("8g", "  same, autosave 1 s (the default)", painted("default"), True),
        row("8h", "  keys pressed as a save starts (aligned)", painted("aligned", True), True),
        Row(
            "8i",
            "key->painted, autosave off (reference)",
            summary(painted("off")),
            "ms",
            "(reference)",
        ),
    ]

    def parts(results: list[dict[str, Any]], first: bool) -> str:
        found: dict[str, list[float]] = {}
        for t in results:
            for p in t["pushes"][:1] if first else t["pushes"][1:]:
                for name, v in p["probes_ms"].items():
                    found.setdefault(name, []).append(v)
        return ", ".join(f"{n} {statistics.median(v):.1f}" for n, v in found.items())

    def core_steps(pick: Callable[[dict[str, Any]], list[dict[str, float]]]) -> str:
        return ", ".join(
            f"{name} {statistics.median(r[name + '_ms'] for c in core for r in pick(c)):.1f}"
            for name in ("open_case", "load_history", "development", "trend_lines")
        )

    c0, p0, t0 = core[0], tui[0]["pushes"][0], tall[0]["pushes"][0]
    shown = statistics.median(p["shown_ms"] for t in tui for p in t["pushes"][1:])
    lines = [
        f"8  vault {RVAULT.name}: case {meta['code']}, {meta['reflections']} reflections "
        f"({meta['first_day']} .. {meta['last_day']}), {meta['entries']} factor entries, "
        f"{meta['goals']} goals; a reflection is {meta['body_bytes_median']:.0f} B of TOML "
        f"(median), the session files {meta['session_files_bytes'] / 1024:.0f} KiB encrypted",
        f"   core, runs 2.. (median ms): {core_steps(lambda c: c['runs'])}; first run: "
        f"{core_steps(lambda c: [c['first']])}; {c0['reflections']} reflections read, "
        f"{c0['trends']} factor trends; per-process medians "
        + ", ".join(f"{_medians(c['runs'], 'total_ms'):.1f}" for c in core),
        f"   TUI 80x24, pushes 2.. (median ms): push->_show() returned {shown:.1f}; up to the "
        f"painted frame (overlapping): {parts(tui, False)}",
        "   waited for a CPU (other processes; median / max ms): core "
        + _waits([r for c in core for r in c["runs"]])
        + ", TUI 80x24 "
        + _waits([p for t in tui for p in t["pushes"]])
        + ", TUI 100x80 "
        + _waits([p for t in tall for p in t["pushes"]]),
        f"   TUI 80x24, first push: {parts(tui, True)}",
        "   pushes over the goal (80x24 and 100x80): " + bench_open_case.slow_pushes([*tui, *tall]),
        f"   TUI 100x80, pushes 2..: {parts(tall, False)}",
        f"   development view: {p0['dev_lines']} lines; on screen at 80x24: "
        f"{p0['dev_rows_on_screen']} rows (below the fold), at 100x80: {t0['dev_rows_on_screen']} "
        f"rows; 100x80 first pushes " + ", ".join(f"{v:.0f}" for v in pooled(tall, True)) + " ms",
    ]
    names = {
        "on": "autosave 0.05 s",
        "default": "autosave 1 s",
        "aligned": "aligned, 0.08 s",
        "off": "autosave off",
    }
    for mode, name in names.items():
        result = typing[mode]
        keys_ = result["keys"]
        p_ = [k["painted_ms"] for k in keys_]
        h_ = [k["handled_ms"] for k in keys_]
        saves = result["save_ms"]
        text = (
            f"   typing, {name}: {len(p_)} keys in {result['seconds']:.0f} s; key->painted "
            f"median {statistics.median(p_):.1f}, p99 {pct(p_, 0.99):.1f}, max {max(p_):.1f} ms; "
            f"key->handled median {statistics.median(h_):.1f}, max {max(h_):.1f} ms; "
            f"{result['writes']} saves"
        )
        if saves:
            during = sum(1 for k in keys_ if k["saves_overlapping"] or k["autosave_fired"])
            text += (
                f" (in the worker thread median {statistics.median(saves):.1f}, max "
                f"{max(saves):.1f} ms; draft {result['draft_bytes']} B of TOML), {during} key(s) "
                f"during a save"
            )
        if not result["text_ok"]:
            text += "; WARNING: the typed text did not arrive intact"
        lines.append(text)
        lines.append(f"     {bench_typing.slow_causes(keys_)}")
        split = bench_typing.by_cause(keys_)
        if split:
            lines.append(f"     {split}")
    lines.append(
        "   Pilot measures in-process: keys are posted into the app's queue and frames rendered "
        "but not written to a terminal (no input parsing, no tty/SSH output); cursor blink off."
    )
    return rows, lines


def main() -> int:
    argv = sys.argv[1:]
    if argv and argv[0] in CHILDREN:
        CHILDREN[argv[0]](argv[1:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reflection", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--regen", action="store_true", help="regenerate the reflection vault")
    parser.add_argument("--json", metavar="PATH", help="write raw results as JSON")
    args = parser.parse_args(argv)
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    started = time.perf_counter()
    raw: dict[str, Any] = {}
    rows, lines = figure(args, raw)
    import textual

    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"DesistKit TUI benchmarks, figure 8 (issue 5), {now}: Python "
        f"{platform.python_version()}, Textual {textual.__version__}, {os.cpu_count()} CPUs; "
        f"load average before {load_before}, after " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(f"vault: {RVAULT}; ran {time.perf_counter() - started:.0f} s")
    print()
    print(table(rows))
    print()
    print("Break-downs:")
    for text in lines:
        print(text)
    print()
    print(
        f"Goals (issue 5): 8a-8e median < {GOAL_MS:.0f} ms; 8f-8h no keystroke over "
        f"{KEY_GOAL_MS:.0f} ms (checked on the max); 8i shows the same keys with no autosave."
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"when": now, "results": raw}, f, indent=1)
    return 0


def _gen(argv: list[str]) -> None:
    fresh = "--force" in argv or not is_current()
    meta = generate() if fresh else load_meta()
    emit({**meta, "fresh": fresh})


def _core(argv: list[str]) -> None:
    emit(bench_open_case.core(int(argv[0]) if argv else 12))


def _open(argv: list[str]) -> None:
    size = TALL if argv[1:2] == ["tall"] else SIZE
    emit(asyncio.run(bench_open_case.open_tui(int(argv[0]) if argv else 8, size)))


def _type(argv: list[str]) -> None:
    emit(asyncio.run(bench_typing.typing_session(argv[0], int(argv[1]) if len(argv) > 1 else 320)))


CHILDREN: dict[str, Callable[[list[str]], None]] = {
    "gen": _gen,
    "core": _core,
    "open": _open,
    "typing": _type,
}


if __name__ == "__main__":
    sys.exit(main())
