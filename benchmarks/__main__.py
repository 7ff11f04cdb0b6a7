"""``python -m benchmarks``: every figure of docs/architecture.md, Budgets, one plain-text table
on stdout.

Options:
  --only 2,3,7   run only these figures (1 is the vault, always checked)
  --regen        regenerate the cached benchmark vault first
  --quick        fewer repetitions (a smoke run; figures are noisier)
  --json PATH    also write every raw measurement to PATH

Progress goes to stderr; the table and the break-downs go to stdout. Each measurement runs in
its own child process (``python -m benchmarks.<module>``); see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from benchmarks.common import (
    CASES,
    STAMP,
    VAULT,
    ChildFailed,
    last_json,
    python,
    run_child,
    run_wait4,
    summary,
)
from benchmarks.report import Row, log, table
from desistkit_tui.core.compat import UTC

MiB = 1024.0


def pick(results: list[dict[str, Any]], key: str) -> list[float]:
    return [float(r[key]) for r in results]


def med(values: list[float]) -> float:
    return statistics.median(values)


# -- figure 1 ------------------------------------------------------------------------------


def fig1(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    log("1  benchmark vault: checking the cache (generating takes about a minute)")
    meta = run_child("gen_vault", *(["--force"] if args.regen else []), timeout=1800)
    raw["1"] = meta
    state = "generated now" if meta.get("fresh") else "cached"
    ok = meta["cases"] == CASES and meta["counted_in_case_docs"] == meta["sessions"]
    row = Row(
        "1",
        f"vault {meta['cases']} cases / {meta['sessions']} sessions ({state})",
        {"median": meta["seconds"], "n": 1},
        "s",
        "counts right",
        ok,
    )
    lines = [
        f"1  vault {VAULT} ({state}; generation {meta['seconds']} s: create_case "
        f"{meta['create_case_seconds']} s, save_session {meta['save_session_seconds']} s)",
        f"   method: {meta['method']}; sessions counted in the case documents: "
        f"{meta['counted_in_case_docs']}",
    ]
    return [row], lines


# -- figure 2 ------------------------------------------------------------------------------


def fig2(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    reps = 3 if args.quick else 5
    runs: dict[str, list[dict[str, Any]]] = {}
    for i in range(reps):
        log(f"2  unlock -> case list: round {i + 1}/{reps} (core/tui x warm/rebuild)")
        for what in ("core", "tui"):
            for mode in ("warm", "rebuild"):
                runs.setdefault(f"{what} {mode}", []).append(run_child("bench_unlock", what, mode))
    raw["2"] = runs
    goal = "<= 300 ms"
    rows: list[Row] = []
    labels = {
        "core warm": ("2a", "unlock->list core, warm index (KDF excl.)"),
        "core rebuild": ("2b", "unlock->list core, index rebuilt (KDF excl.)"),
        "tui warm": ("2c", "TUI Enter->1000 rows painted, warm (KDF excl.)"),
        "tui rebuild": ("2d", "TUI Enter->1000 rows painted, rebuild (KDF excl.)"),
    }
    lines: list[str] = []
    for name, (key, label) in labels.items():
        results = runs[name]
        stats = summary(pick(results, "total_ms"))
        # None: the app no longer says whether it rebuilt (CaseIndex.rebuilt); not checked then
        wrong = [
            r
            for r in results
            if r["rebuilt"] is not None and r["rebuilt"] != name.endswith("rebuild")
        ]
        note = f" ({len(wrong)} run(s) did not match the label!)" if wrong else ""
        rows.append(Row(key, label, stats, "ms", goal, stats["median"] <= 300))
        if note:
            lines.append(f"{key} WARNING{note}")
    for name in ("core warm", "core rebuild"):
        r = runs[name]
        lines.append(
            f"{labels[name][0]} medians: Vault.unlock minus KDF {med(pick(r, 'unlock_ms')):.1f} ms"
            f" (KDF itself {med(pick(r, 'kdf_ms')):.2f} ms, test parameters) + summaries() "
            f"{med(pick(r, 'summaries_ms')):.1f} ms + sort & build 1000 rows "
            f"{med(pick(r, 'rows_ms')):.1f} ms"
        )
    for name in ("tui warm", "tui rebuild"):
        r = runs[name]
        probes: dict[str, list[float]] = {}
        for one in r:
            for k, v in one.get("probes_ms", {}).items():
                probes.setdefault(k, []).append(v)
        parts = ", ".join(f"{k} {med(v):.0f}" for k, v in probes.items())
        lines.append(
            f"{labels[name][0]} medians: Enter->CasesScreen pushed (unlock in the worker, minus KDF)"
            f" {med(pick(r, 'before_push_ms')):.0f} ms; pushed->painted "
            f"{med(pick(r, 'screen_ms')):.0f} ms (min {min(pick(r, 'screen_ms')):.0f}, max "
            f"{max(pick(r, 'screen_ms')):.0f}); {med(pick(r, 'frames')):.0f} frames"
        )
        lines.append(f"    inside pushed->painted (ms, medians, overlapping): {parts}")
    return rows, lines


# -- figure 3 ------------------------------------------------------------------------------


def fig3(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    reps = 1 if args.quick else 2
    results = []
    for i in range(reps):
        log(f"3  filter per keystroke: session {i + 1}/{reps} (34 keys)")
        results.append(run_child("bench_filter"))
    raw["3"] = results
    keys = [k for r in results for k in r["keys"]]
    big = [k["ms"] for k in keys if k["rows"] >= 800]
    small = [k["ms"] for k in keys if k["rows"] <= 120]
    goal = "< 30 ms"
    all_stats = summary(k["ms"] for k in keys)
    rows = [
        Row(
            "3a",
            "filter keystroke, press->frame (all keys)",
            all_stats,
            "ms",
            goal,
            all_stats["median"] < 30,
        ),
        Row("3b", "  keys leaving >= 800 rows shown", summary(big), "ms", goal, med(big) < 30),
        Row("3c", "  keys leaving <= 120 rows shown", summary(small), "ms", goal, med(small) < 30),
    ]
    direct: dict[str, list[float]] = {}
    pure: dict[str, list[float]] = {}
    for r in results:
        for needle, values in r["direct_all_ms"].items():
            direct.setdefault(needle, []).extend(values)
        for needle, v in r["pure_ms"].items():
            pure.setdefault(needle, []).append(v)
    counts = results[0]["rows"]
    worst = direct[""]
    rows.append(
        Row(
            "3d",
            "apply_filter() direct call, 1000 rows (no paint)",
            summary(worst),
            "ms",
            goal,
            med(worst) < 30,
        )
    )
    lines = [
        "3  apply_filter() direct (median ms, rows shown): "
        + ", ".join(f"{n!r} {med(v):.1f} ({counts[n]})" for n, v in direct.items()),
        "   pure matching only, CaseRow.matches over 1000 rows (median ms): "
        + ", ".join(f"{n!r} {med(v):.2f}" for n, v in pure.items()),
    ]
    probes: dict[str, list[float]] = {}
    for k in keys:
        if k["rows"] >= 800:
            for name, v in k["probes_ms"].items():
                probes.setdefault(name, []).append(v)
    lines.append(
        "   inside a >= 800-row keystroke (ms, medians): "
        + ", ".join(f"{n} {med(v):.0f}" for n, v in probes.items())
    )
    unpainted = sum(1 for k in keys if not k["painted"])
    if unpainted:
        lines.append(f"   WARNING: {unpainted} keystroke(s) painted no frame")
    return rows, lines


# -- figure 4 ------------------------------------------------------------------------------


def fig4(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    reps = 2 if args.quick else 3
    results = []
    for i in range(reps):
        log(f"4  save a session: process {i + 1}/{reps} (50 saves each)")
        results.append(run_child("bench_save"))
    raw["4"] = results

    def pooled(name: str) -> dict[str, float]:
        meds = [r[name]["median"] for r in results]
        return {
            "median": med(meds),
            "min": min(r[name]["min"] for r in results),
            "max": max(r[name]["max"] for r in results),
            "n": sum(r[name]["n"] for r in results),
        }

    full, raw_doc = pooled("save_session"), pooled("create_doc")
    rows = [
        Row(
            "4a",
            "save_session (session + case doc + audit)",
            full,
            "ms",
            "< 10 ms",
            full["median"] < 10,
        ),
        Row(
            "4b",
            "VaultFiles.create_doc, one session doc",
            raw_doc,
            "ms",
            "< 10 ms",
            raw_doc["median"] < 10,
        ),
    ]
    parts = ", ".join(
        f"{name} {pooled(name)['median']:.2f}"
        for name in ("case_doc_rewrite", "audit_entry", "seal_only", "fsync_only")
    )
    lines = [
        "4  per-process medians of save_session: "
        + ", ".join(f"{r['save_session']['median']:.2f}" for r in results)
        + f" ms; session document {results[0]['session_doc_bytes']} B of TOML",
        f"   steps (median ms): create_doc {raw_doc['median']:.2f}, {parts}",
    ]
    return rows, lines


# -- figure 5 ------------------------------------------------------------------------------


def fig5(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    reps = 1 if args.quick else 2
    runs: dict[str, list[dict[str, Any]]] = {}
    for i in range(reps):
        log(f"5  peak RSS: round {i + 1}/{reps}")
        for name, argv in (
            ("small", ["tui", "small"]),
            ("real", ["tui", "real"]),
            ("kdf", ["kdf"]),
        ):
            out, err, status, maxrss = run_wait4([python(), "-m", "benchmarks.bench_rss", *argv])
            if status != 0:
                raise ChildFailed(f"bench_rss {' '.join(argv)} exited {status}: {err[-800:]}")
            result = last_json(out)
            result["ru_maxrss_kib"] = maxrss
            runs.setdefault(name, []).append(result)
    raw["5"] = runs
    goal = "< 80 MiB"
    small = summary(r["ru_maxrss_kib"] / MiB for r in runs["small"])
    outside = summary(r["peak_outside_kdf_kib"] / MiB for r in runs["real"])
    whole = summary(r["peak_whole_kib"] / MiB for r in runs["real"])
    extra = summary(r["extra_kib"] / MiB for r in runs["kdf"])
    default_mib = runs["kdf"][0]["params"]["memory_kib"] // 1024
    rows = [
        Row(
            "5a",
            "peak RSS, TUI list of 1000 (test KDF slot)",
            small,
            "MiB",
            goal,
            small["median"] < 80,
        ),
        Row(
            "5b",
            "peak RSS, default Argon2id slot, whole process",
            whole,
            "MiB",
            goal,
            whole["median"] < 80,
        ),
        Row("5c", f"  extra RSS of default Argon2id ({default_mib} MiB)", extra, "MiB", "(info)"),
        Row("5d", "  peak outside the derivation", outside, "MiB", "(info)"),
    ]
    s0 = runs["small"][0]
    r0 = runs["real"][0]
    k0 = runs["kdf"][0]
    lines = [
        f"5  test-KDF run: VmHWM on the unlock screen {s0['hwm_unlock_screen_kib'] / MiB:.1f} MiB, "
        f"after the list {s0['hwm_kib'] / MiB:.1f} MiB (child's own VmHWM; the table uses "
        f"wait4 ru_maxrss)",
        f"   default-Argon2id run: VmHWM before the derivation {r0['hwm_before_kdf_kib'] / MiB:.1f}"
        f" MiB, at its end {r0['hwm_during_kdf_kib'] / MiB:.1f} MiB, from its end to the painted "
        f"list {r0['hwm_after_kdf_kib'] / MiB:.1f} MiB (VmHWM reset after the derivation: "
        f"{'yes' if r0['reset_ok'] else 'NO - 5d is not reliable'}); RSS after the list "
        f"{r0['rss_after_kib'] / MiB:.1f} MiB; one derive {k0['derive_s'] * 1000:.0f} ms with "
        f"{k0['params']}",
    ]
    return rows, lines


# -- figure 6 ------------------------------------------------------------------------------


def fig6(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    rounds = 4 if args.quick else 9
    log(f"6  pty first paint: {rounds} alternating rounds (baseline / desistkit)")
    start = run_child("bench_tty", "start", str(rounds), timeout=600)
    if "skipped" in start:
        reason = f"skipped: {start['skipped']}"
        return [Row("6", "pty figures (ttyprobe)", None, "", "", None, "skipped")], [f"6  {reason}"]
    log("6  pty bytes per cursor move: 2 rounds x 10 down")
    keys = run_child("bench_tty", "keys", "1" if args.quick else "2", timeout=600)
    raw["6"] = {"start": start, "keys": keys}
    ratio = {
        "median": start["ratio_of_medians"],
        "min": min(start["ratios"]),
        "max": max(start["ratios"]),
        "n": len(start["ratios"]),
    }
    ours_b, base_b = summary(keys["ours_bytes"]), summary(keys["base_bytes"])
    rows = [
        Row(
            "6a",
            "first paint of unlock screen / baseline",
            ratio,
            "x",
            "<= 1.10x",
            ratio["median"] <= 1.1,
        ),
        Row(
            "6b",
            "bytes per cursor move, case list",
            ours_b,
            "B",
            f"<= {base_b['median']:.0f} B",
            ours_b["median"] <= base_b["median"],
        ),
        Row("6c", "  baseline DataTable, same move", base_b, "B", "(reference)"),
    ]
    b, o = start["base"], start["ours"]
    lines = [
        f"6  first paint (median s): desistkit {med(o['time_s']):.3f} (first byte "
        f"{med(o['first_byte_s']):.3f}), baseline {med(b['time_s']):.3f} (first byte "
        f"{med(b['first_byte_s']):.3f}); per-round ratios "
        + " ".join(f"{x:.2f}" for x in start["ratios"])
        + f"; median of per-round ratios {med(start['ratios']):.2f}, ratio of the minima "
        f"{min(o['time_s']) / min(b['time_s']):.2f}",
        f"   start-up paint bytes (settled, median): desistkit {med(o['settled_bytes']):.0f}, "
        f"baseline {med(b['settled_bytes']):.0f}; peak RSS on the pty: desistkit unlock screen "
        f"{med(o['peak_rss_kib']) / MiB:.1f} MiB, baseline {med(b['peak_rss_kib']) / MiB:.1f} MiB",
        f"   cursor move latency key->last byte (median ms): desistkit "
        f"{med(keys['ours_latency_ms']):.1f}, baseline {med(keys['base_latency_ms']):.1f}; "
        f"desistkit peak RSS on the pty after unlock + list (test KDF): "
        f"{med(keys['ours_peak_rss_kib']) / MiB:.1f} MiB; with the default Argon2id slot "
        f"(cross-check of 5b) {med(keys['ours_real_kdf_peak_rss_kib']) / MiB:.1f} MiB",
        f"   cross-check of 2c on the pty: Enter on the unlock screen -> last byte of the case "
        f"list paint {med(keys['ours_enter_ms']):.0f} ms (test KDF, about 1 ms, included)",
    ]
    return rows, lines


# -- figure 7 ------------------------------------------------------------------------------


def fig7(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    runs = 9 if args.quick else 15
    log(f"7  --help: {runs} alternating runs each")
    result = run_child("bench_help", str(runs))
    raw["7"] = result
    ours, ref = result["ours_ms"], result["ref_ms"]
    ratios = [o / r for o, r in zip(ours, ref, strict=True)]
    ratio = {
        "median": med(ours) / med(ref),
        "min": min(ratios),
        "max": max(ratios),
        "n": len(ratios),
    }
    rows = [
        Row(
            "7a",
            "desistkit --help / minimal Typer --help",
            ratio,
            "x",
            "<= 1.30x",
            ratio["median"] <= 1.3,
        ),
        Row(
            "7b",
            "import desistkit_tui.cli pulls in textual",
            None,
            "",
            "no",
            not result["imports_textual"],
            "yes" if result["imports_textual"] else "no",
        ),
    ]
    watched = ", ".join(f"{k} {'yes' if v else 'no'}" for k, v in result["watched"].items())
    lines = [
        f"7  wall time (median ms): desistkit --help {med(ours):.1f} (min {min(ours):.1f}, max "
        f"{max(ours):.1f}); ref_typer_app.py --help {med(ref):.1f} (min {min(ref):.1f}, max "
        f"{max(ref):.1f}); median of per-pair ratios {med(ratios):.2f}, ratio of the minima "
        f"{min(ours) / min(ref):.2f}",
        f"   import desistkit_tui.cli loads {result['modules']} modules; imported: {watched}",
    ]
    return rows, lines


Figure = Callable[[argparse.Namespace, dict[str, Any]], tuple[list[Any], list[str]]]
FIGURES: dict[str, Figure] = {
    "1": fig1,
    "2": fig2,
    "3": fig3,
    "4": fig4,
    "5": fig5,
    "6": fig6,
    "7": fig7,
}
#: Figures that live in a module of their own, ``benchmarks/<module>.py`` with a function
#: ``figure(args, raw) -> (rows, lines)`` (rows with ``key``, ``ok``, ``note`` and ``cells()``,
#: like :class:`Row`). A module that is not there is left out.
MODULE_FIGURES: dict[str, str] = {
    "8": "reflection",
    "9": "bench_frames",
    "10": "bench_manual",
    "11": "bench_export",
    "12": "bench_scale",
    "13": "bench_rotate",
}


def all_figures() -> dict[str, Figure]:
    """The figures of this module, then those of the figure modules that exist."""
    import importlib
    import importlib.util

    figures = dict(FIGURES)
    for key, name in MODULE_FIGURES.items():
        if importlib.util.find_spec(f"benchmarks.{name}") is not None:
            figures[key] = importlib.import_module(f"benchmarks.{name}").figure
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--only", default="", help="comma-separated figures, e.g. 2,3")
    parser.add_argument("--regen", action="store_true", help="regenerate the benchmark vault")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", metavar="PATH", help="write raw results as JSON")
    args = parser.parse_args()
    figures = all_figures()
    wanted = ["1", *sorted(set(args.only.split(",")) - {"", "1"})] if args.only else list(figures)
    unknown = [w for w in wanted if w not in figures]
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)}")

    started = time.perf_counter()
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    raw: dict[str, Any] = {}
    rows: list[Any] = []
    details: list[str] = []
    for key in wanted:
        t0 = time.perf_counter()
        try:
            new_rows, new_lines = figures[key](args, raw)
        except (ChildFailed, RuntimeError, OSError, TimeoutError) as exc:
            new_rows = [Row(key, f"figure {key}", None, "", "", False, "FAILED")]
            new_lines = [f"{key}  FAILED: {exc}"]
            if key == "1":
                rows += new_rows
                details += new_lines
                break
        rows += new_rows
        details += new_lines
        log(f"{key}  done in {time.perf_counter() - t0:.1f} s")
    total = time.perf_counter() - started

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    cpus = os.cpu_count() or 1
    import textual  # only for its version, after every measurement

    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"DesistKit TUI benchmarks, {now}: Python {platform.python_version()}, Textual "
        f"{textual.__version__}, {cpus} CPUs; load average before {load_before}, after {load}"
    )
    print(f"vault: {VAULT} ({STAMP.name} describes it); 80x24; ran {total:.0f} s")
    print()
    print(table(rows))
    print()
    print("Break-downs and references:")
    for text in details:
        print(text)
    over = [r.key for r in rows if r.ok is False]
    skipped = [r.key for r in rows if r.ok is None and r.note == "skipped"]
    print()
    print(
        "Goals are docs/architecture.md, Budgets; each is checked on the median. "
        + (f"OVER: {', '.join(over)}." if over else "All measured figures within their goals.")
        + (f" Skipped: {', '.join(skipped)}." if skipped else "")
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"when": now, "seconds": total, "results": raw}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
