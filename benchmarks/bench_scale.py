"""Figure 12 (issue 17): ten times the caseload within the same budgets.

Every figure of the issue's table at **1,000 and 10,000 cases** (20 sessions each: 20,000 and
200,000 sessions) and for a case with **500 reflections**, each with a reference measured in the
same run and the ratio to it:

* figures that grow with the caseload: the reference is the same figure at 1,000 cases (the
  ratio says how it grows: 10.0x is linear);
* opening a case: the 50-reflection case of figure 8;
* a wrong passphrase on a team vault of 8 slots: one Argon2id derivation with the default
  parameters, in the same process (the ratio is the number of derivations paid);
* bytes on the link (pty, ttyprobe): the minimal Textual app ``baseline_app.py`` (idle: its idle
  bytes per second; per letter: its bytes per cursor move).

The vaults ``.work/scale-1000`` and ``.work/scale-10000`` are generated the fast way
(``gen_vault.generate_fast``: **no fsync, no index refresh per case, no audit entry per write**;
every file sealed by the real code), cached like figure 1's. Children get the vault through
``DESISTKIT_BENCH_CASES``; the 500-reflection case through ``DESISTKIT_BENCH_REFLECTIONS``.

Run alone: ``python -m benchmarks.bench_scale [--quick] [--regen]``; or as figure 12 of
``python -m benchmarks``.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable
from functools import partial
from typing import Any

from benchmarks.common import ChildFailed, last_json, python, run_child, run_wait4
from benchmarks.report import Row, log, table

SIZES = (1_000, 10_000)
BIG = SIZES[-1]
MiB = 1024.0


def _env(cases: int) -> dict[str, str]:
    return {"DESISTKIT_BENCH_CASES": str(cases)}


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement; one that fails is noted under ``errors`` and left out (the others
    still run). ``--json`` keeps what was measured even if the run is cut short."""
    quick = bool(getattr(args, "quick", False))
    regen = bool(getattr(args, "regen", False))
    reps = 2 if quick else 3
    out: dict[str, Any] = {"vaults": {}, "by_size": {}, "errors": []}

    def attempt(what: str, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except (ChildFailed, RuntimeError, OSError, TimeoutError, KeyError, ValueError) as exc:
            log(f"12 FAILED: {what}: {str(exc)[-300:]}")
            out["errors"].append(f"{what}: {str(exc)[-300:]}")
            return None
        finally:
            if getattr(args, "json", None):
                with open(args.json, "w") as f:
                    json.dump(out, f, indent=1, default=str)

    for n in SIZES:
        log(f"12 scale vault of {n} cases: checking the cache (10,000 take about 4 minutes)")
        out["vaults"][n] = attempt(
            f"vault {n}",
            partial(
                run_child, "gen_vault", *(["--force"] if regen else []), timeout=3600, env=_env(n)
            ),
        )
    for n in SIZES:
        got: dict[str, Any] = {}
        out["by_size"][n] = got
        for i in range(reps):
            log(f"12 {n} cases: unlock -> list, round {i + 1}/{reps} (core/tui x warm/rebuild)")
            for what in ("core", "tui"):
                for mode in ("warm", "rebuild"):
                    one = attempt(
                        f"{n} {what} {mode}",
                        partial(run_child, "bench_unlock", what, mode, env=_env(n), timeout=900),
                    )
                    if one is not None:
                        got.setdefault(f"{what} {mode}", []).append(one)
        log(f"12 {n} cases: filter keystrokes")
        got["filter"] = [
            r
            for r in (
                attempt(f"{n} filter", partial(run_child, "bench_filter", env=_env(n), timeout=900))
                for _ in range(1 if quick else 2)
            )
            if r is not None
        ]
        log(f"12 {n} cases: create / save / erase")
        got["ops"] = attempt(
            f"{n} ops",
            partial(run_child, "bench_ops", "ops", "3" if quick else "7", env=_env(n), timeout=900),
        )
        log(f"12 {n} cases: peak RSS, default Argon2id slot")
        got["rss"] = [
            r
            for r in (attempt(f"{n} rss", partial(_rss, n)) for _ in range(1 if quick else 2))
            if r is not None
        ]
    for refl in (50, 500):
        env = {"DESISTKIT_BENCH_REFLECTIONS": str(refl)}
        log(f"12 case with {refl} reflections: generate if needed, then push -> painted")
        attempt(f"gen {refl}", partial(run_child, "reflection", "gen", timeout=1800, env=env))
        out[f"open {refl}"] = attempt(
            f"open {refl}",
            partial(_open, env, "3" if quick else "6"),
        )
    log("12 team vault of 8 slots: a wrong passphrase")
    attempt("team gen", lambda: run_child("bench_slots", "gen", timeout=600))
    out["slots"] = attempt(
        "team unlock",
        lambda: [run_child("bench_slots", "unlock", timeout=600) for _ in range(1 if quick else 2)],
    )
    log("12 bytes on the link (pty): idle, and per letter typed")
    out["idle"] = attempt(
        "idle", lambda: run_child("bench_quiet", "idle", timeout=900, env=_env(1_000))
    )
    out["letters"] = attempt(
        "letters", lambda: run_child("bench_quiet", "letters", timeout=900, env=_env(1_000))
    )
    return out


def _open(env: dict[str, str], pushes: str) -> list[dict[str, Any]]:
    return [run_child("reflection", "open", pushes, "tall", env=env, timeout=900)]


def _rss(n: int) -> dict[str, Any]:
    stdout, err, status, _maxrss = run_wait4(
        [python(), "-m", "benchmarks.bench_rss", "tui", "real"], timeout=900, env=_env(n)
    )
    if status != 0:
        raise RuntimeError(f"bench_rss exited {status}: {err[-800:]}")
    return last_json(stdout)


def _med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def render(res: dict[str, Any]) -> tuple[list[Row], list[str]]:
    try:
        return _render(res)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, statistics.StatisticsError) as e:
        errors = res.get("errors", [])
        return [Row("12", "scale figures", None, "", "", False, "FAILED")], [
            f"12 could not render ({type(e).__name__}: {e}); failed: {errors}"
        ]


def _render(res: dict[str, Any]) -> tuple[list[Row], list[str]]:
    by = {int(k): v for k, v in res["by_size"].items()}
    figures: list[tuple[str, str, float, float, str, str, float, bool]] = []

    def per_size(key: str, field: str) -> dict[int, float]:
        return {n: _med([float(r[field]) for r in by[n][key]]) for n in SIZES}

    # "shown": the first frame painted with the whole list (the list is shown from the index
    # and checked against the case files after it); "total_ms": the screen settled.
    def shown(key: str) -> dict[int, float]:
        return {
            n: _med([float(r.get("shown_ms", r["total_ms"])) for r in by[n][key]]) for n in SIZES
        }

    warm, rebuild = shown("tui warm"), shown("tui rebuild")
    settled = per_size("tui warm", "total_ms")
    keys = {n: [float(k["ms"]) for r in by[n]["filter"] for k in r["keys"]] for n in SIZES}
    rss = {n: _med([r["peak_whole_kib"] / MiB for r in by[n]["rss"]]) for n in SIZES}
    ops = {n: by[n]["ops"] for n in SIZES}

    def scaled(key: str, label: str, v: dict[int, float], unit: str, goal: str, ok: bool) -> None:
        figures.append((key, label, v[SIZES[0]], v[BIG], unit, goal, v[BIG] / v[SIZES[0]], ok))

    scaled(
        "12a", "unlock -> list shown, warm index (TUI)", warm, "ms", "<= 300 ms", warm[BIG] <= 300
    )
    scaled("12a'", "same, to the last frame (settled)", settled, "ms", "(info)", True)
    scaled("12b", "same, index rebuilt", rebuild, "ms", "<= 1000 ms", rebuild[BIG] <= 1000)
    med_key = {n: _med(keys[n]) for n in SIZES}
    p90_key = {n: _p90(keys[n]) for n in SIZES}
    scaled("12c", "filter keystroke, median", med_key, "ms", "(info)", True)
    scaled("12d", "filter keystroke, p90", p90_key, "ms", "<= 16 ms", p90_key[BIG] <= 16)
    scaled("12e", "peak RSS, default KDF, whole process", rss, "MiB", "< 80 MiB", rss[BIG] < 80)
    for name, label in (
        ("index_write_after_save", "index write after a save (worker thread)"),
        ("create_case", "create_case"),
        ("erase_case", "erase_case"),
    ):
        v = {n: float(ops[n][name]["median"]) for n in SIZES}
        goal, ok = (
            ("<= 20 ms", v[BIG] <= 20)
            if name != "index_write_after_save"
            else ("0 ms on the UI thread", True)
        )
        scaled(
            {"index_write_after_save": "12f", "create_case": "12g", "erase_case": "12h"}[name],
            label,
            v,
            "ms",
            goal,
            ok,
        )
    opened = {
        r: _med([p["ms"] for t in res[f"open {r}"] for p in t["pushes"][1:]]) for r in (50, 500)
    }
    figures.append(
        (
            "12i",
            "open a case, push -> development painted (50 -> 500 refl.)",
            opened[50],
            opened[500],
            "ms",
            "<= 100 ms at 500",
            opened[500] / opened[50],
            opened[500] <= 100,
        )
    )
    slots = res["slots"]
    one = _med([s["one_derivation"]["cpu_s"] for s in slots])
    wrong_cold = _med([s["wrong"]["cpu_s"] for s in slots])
    wrong_warm = _med([s["wrong_after_remembered"]["cpu_s"] for s in slots])
    figures.append(
        (
            "12j",
            "wrong passphrase, team vault of 8 slots (CPU-s; cold -> remembered)",
            wrong_cold,
            wrong_warm,
            "s",
            "one derivation",
            wrong_warm / one,
            wrong_warm <= 1.5 * one,
        )
    )
    idle = res["idle"]
    figures.append(
        (
            "12k",
            "idle bytes/s: unlock screen -> case list",
            idle["unlock_bps"],
            idle["cases_bps"],
            "B/s",
            "0 B/s",
            idle["base_bps"],
            idle["unlock_bps"] == 0 and idle["cases_bps"] == 0,
        )
    )
    letters = res["letters"]
    base_move = _med([float(b) for b in letters["base_move_bytes"]])
    figures.append(
        (
            "12l",
            "bytes per letter, reflection field (median -> mean)",
            float(letters["letter_median"]),
            float(letters["letter_mean"]),
            "B",
            "<= 300 B",
            float(letters["letter_median"]) / base_move,
            float(letters["letter_median"]) <= 300,
        )
    )

    rows: list[Row] = []
    for key, label, small, big, unit, goal, _ratio, ok in figures:
        rows.append(Row(key, label, {"median": big}, "ms" if unit == "ms" else unit, goal, ok))
        del small
    head = ["#", "figure", "1,000", "10,000", "ratio", "budget", "held"]
    cells = [head]
    for key, label, small, big, unit, goal, ratio, ok in figures:
        fmt = "{:.0f} " if unit in ("B", "B/s") or small >= 100 else "{:.1f} "
        ratio_text = f"{ratio:.2f}" + ("x" if key not in ("12k",) else " B/s ref")
        cells.append(
            [
                key,
                label,
                fmt.format(small) + unit,
                fmt.format(big) + unit,
                ratio_text,
                goal,
                "yes" if ok else "NO",
            ]
        )
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = [
        "12 scale table (medians; 1,000 and 10,000 cases; ratio = 10,000 over 1,000 unless said):"
    ]
    lines += [
        "   " + "  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip()
        for c in cells
    ]
    for n in SIZES:
        core_w = per_size("core warm", "total_ms")[n]
        core_r = per_size("core rebuild", "total_ms")[n]
        meta = res["vaults"].get(n) or res["vaults"].get(str(n)) or {}
        o = ops[n]
        lines.append(
            f"   {n} cases: core unlock->rows warm {core_w:.0f} ms, rebuilt {core_r:.0f} ms; "
            f"index write after create {o['index_write_after_create']['median']:.0f} ms, after "
            f"erase {o['index_write_after_erase']['median']:.0f} ms; save_session "
            f"{o['save_session']['median']:.1f} ms; index {o['index_bytes'] / 1024:.0f} KiB "
            f"(largest file {o.get('index_largest_file_bytes', 0) / 1024:.0f} KiB)"
            f"; vault generated in {meta.get('seconds', '?')} s ({meta.get('method', '?')})"
        )
    lines.append(
        f"   team vault: one derivation {one:.2f} CPU-s; wrong passphrase "
        + ", ".join(
            f"{k} {_med([s[k]['cpu_s'] for s in slots]):.2f} CPU-s / "
            f"{_med([s[k]['wall_s'] for s in slots]):.2f} s wall"
            for k in (
                "wrong",
                "wrong_with_slot",
                "wrong_after_remembered",
                "last_slot_cold",
                "last_slot_warm",
            )
        )
    )
    lines.append(
        f"   pty: baseline app idle {idle['base_bps']:.0f} B/s; letters {letters['letter_bytes']}"
        f" B; baseline cursor move {base_move:.0f} B"
    )
    return rows, lines


def figure(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    raw["12"] = measure(args)
    return render(raw["12"])


def main() -> None:
    import sys

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_scale")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--regen", action="store_true")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args()
    raw: dict[str, Any] = {}
    rows, lines = figure(args, raw)
    print(table(rows))
    print()
    print("\n".join(lines))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(raw, f, indent=1)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
