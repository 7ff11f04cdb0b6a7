"""Figure 9 (issue 11): the longest frame while a case with 200 reflections opens, and while a
finished reflection is saved, on a normal and on a slowed-down disk.

"Longest frame" is the longest time the UI thread's event loop could not run anything: a task
on the app's own loop wakes every :data:`TICK` seconds and notes the time; the largest gap
between two of its ticks inside a measured window is the longest the app was blocked there (a
key pressed then would have waited that long). Nothing of the app is patched for it.

A slowed-down disk is ``os.fsync`` made :data:`SLOW_FSYNC_MS` ms slower in the child process
(``run 50``): every durable write of the vault (a session, the case document, the audit entry,
a draft) fsyncs its file and its folder.

The vault (``benchmarks/.work/frames-vault``, described by ``frames-vault.json``) holds one
case, ``F-0200``, with 200 finished reflections of fictional text and four goals, written
through the real API (``Vault.create``, ``create_case``, ``CaseHandle.save_profile`` and
``save_session``; each reflection filled through ``ReflectionFlow``). Each child works on a copy
(``.work/frames-scratch-<pid>``, removed afterwards). A child drives the real app (``cli
.build_tui``) headless at 80x24 with Pilot, by keys only:

* **open**: Enter on the case list, until the frame that shows the overview with its 200
  sessions and the development view;
* **save**: F5, an area chosen, Ctrl+S; one factor's relevance set; F10 to the summary (the
  autosave is let finish); then F10 saves the reflection as final, until the frame that shows
  the overview again with 201 sessions.

Run alone: ``python -m benchmarks.bench_frames [--quick] [--regen]``; or as figure 9 of
``python -m benchmarks``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.blocking import TICK, LoopWatch
from benchmarks.common import PASSPHRASE, WORK, GcLog, emit, run_child, summary
from benchmarks.report import Row, log, table
from desistkit_tui.core.compat import UTC

FVAULT = WORK / "frames-vault"
FSTAMP = WORK / "frames-vault.json"
#: Bump when the generator changes what it writes; an older cached vault is then regenerated.
FVERSION = 1
CASE_CODE = "F-0200"
REFLECTIONS = 200
SLOW_FSYNC_MS = 50
SIZE = (80, 24)

RESOURCES = [
    "Football training twice a week",
    "An aunt who answers the phone at any hour",
    "Apprenticeship place from September",
    "Keeps every appointment",
    "Cooks for the younger brother",
    "Two months without contact to the old group",
    "Trusts the youth club worker",
    "Plays guitar in the community centre band",
]
NEEDS = [
    "Debts from a phone contract",
    "No fixed place to sleep",
    "Old friends wait outside the building",
    "Loses his temper when he feels disrespected",
    "The court date weighs on him",
    "Watches videos that make him furious",
]
WORDS = ["I want my own flat.", "Nobody listens.", "It got better.", "I am tired of it."]


# -- the vault -----------------------------------------------------------------------------


def _reflection(rng: random.Random, held_on: date, order: list[str], goal_ids: list[str]) -> Any:
    """One finished reflection of 6-12 factors, filled through the real wizard."""
    from desistkit_tui.core.flow import ReflectionFlow
    from desistkit_tui.core.model import RaisedBy, Relevance

    factors = [f for f in order if f in set(rng.sample(order, rng.randint(6, 12)))]
    at = datetime(held_on.year, held_on.month, held_on.day, 10, tzinfo=UTC)
    flow = ReflectionFlow.start(factors, held_on, source="manual", at=at)
    for i in range(len(factors)):
        flow.jump(i)
        flow.update(
            person=rng.choice(list(Relevance)),
            caseworker=rng.choice(list(Relevance)),
            resources=rng.sample(RESOURCES, rng.randint(1, 3)),
            needs=rng.sample(NEEDS, rng.randint(1, 3)),
            own_words=rng.choice(WORDS),
            raised_by=rng.choice(list(RaisedBy)),
            goals=rng.sample(goal_ids, 1) if rng.random() < 0.2 else [],
        )
    flow.reflection.note = rng.choice(WORDS)
    return flow.finish()


def generate() -> dict[str, Any]:
    """The one-case vault, through the real API; ``frames-vault.json`` is written last."""
    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.model import Goal, SessionKind, new_plan_id
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    FSTAMP.unlink(missing_ok=True)
    if FVAULT.exists():
        shutil.rmtree(FVAULT)
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = random.Random(20261125)
    order = [f.id for f in load_content(user_decks=False).catalogue().factors]
    vault, _ = Vault.create(FVAULT, Secret.from_text(PASSPHRASE), "bench", kdf=KdfParams(1, 1, 64))
    try:
        case = vault.create_case(CASE_CODE, language="de", retention=date(2032, 1, 31))
        with vault.open_case(case.id) as handle:
            first = date(2019, 1, 7)
            profile = handle.case
            for n, text in enumerate(("A training place", "No debts", "A flat", "Sport")):
                goal = Goal(new_plan_id(), text, target=first + timedelta(days=900 + 200 * n))
                profile = profile.with_goal(goal)
            handle.save_profile(profile)
            goal_ids = [g.id for g in handle.case.goals]
            day = first
            for _ in range(REFLECTIONS):
                r = _reflection(rng, day, order, goal_ids)
                handle.save_session(SessionKind.REFLECTION, r.to_body(), r.id, held_on=day)
                day += timedelta(days=rng.randint(6, 12))
            counted = handle.case.reflections
    finally:
        vault.lock()
    meta = {
        "version": FVERSION,
        "case_id": case.id,
        "code": CASE_CODE,
        "reflections": REFLECTIONS,
        "counted_in_case_doc": counted,
        "seconds": round(time.perf_counter() - started, 1),
    }
    FSTAMP.write_text(json.dumps(meta, indent=1))
    return meta


def is_current() -> bool:
    try:
        meta = json.loads(FSTAMP.read_text())
    except (OSError, ValueError):
        return False
    return meta.get("version") == FVERSION and (FVAULT / "vault.toml").is_file()


@contextmanager
def scratch_vault() -> Iterator[Path]:
    """A private copy of the cached vault for one child process (removed afterwards)."""
    path = WORK / f"frames-scratch-{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    shutil.copytree(FVAULT, path)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# -- measuring -----------------------------------------------------------------------------


def _options(screen: Any) -> int:
    from textual.widgets import OptionList

    found = screen.query("#sessions")
    return found.first(OptionList).option_count if found else -1


def _overview(app: Any, sessions: int) -> bool:
    from desistkit_tui.screens.case import CaseScreen
    from desistkit_tui.widgets.plain import HeadedLabel

    screen = app.screen
    if not isinstance(screen, CaseScreen) or _options(screen) != sessions:
        return False
    return bool(screen.query_one("#development", HeadedLabel).text)


async def _until(pilot: Any, condition: Any, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        await asyncio.sleep(0.005)
    await pilot.pause()


def _window(watch: LoopWatch, gcs: GcLog, frames: Any, start: float) -> dict[str, Any]:
    painted = frames.last_after(start) or time.perf_counter()
    gaps = watch.gaps(start, painted)
    own = watch.gaps(start, painted, own=True)
    return {
        "longest_ms": gaps[0] if gaps else 0.0,
        "longest_own_ms": own[0] if own else 0.0,
        "longest_gc_ms": gcs.within(*watch.longest(start, painted)),
        "next_ms": gaps[1:4],
        "over_50": sum(1 for g in gaps if g > 50),
        "total_ms": (painted - start) * 1000,
    }


async def _session(slow_ms: int) -> dict[str, Any]:
    from textual.widgets import Select

    from benchmarks.tui import Frames, make_app, settle
    from desistkit_tui.screens.cases import CasesScreen
    from desistkit_tui.screens.reflection import ReflectionScreen
    from desistkit_tui.screens.start_reflection import StartReflectionScreen
    from desistkit_tui.screens.unlock import UnlockScreen

    if slow_ms:
        fsync = os.fsync

        def slow_fsync(fd: Any) -> None:
            time.sleep(slow_ms / 1000)
            fsync(fd)

        os.fsync = slow_fsync
    result: dict[str, Any] = {"slow_fsync_ms": slow_ms}
    with scratch_vault() as path:
        app = make_app(path)
        frames = Frames(app)
        watch = LoopWatch()
        gcs = GcLog()
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, lambda: isinstance(app.screen, UnlockScreen))
            await pilot.press(*PASSPHRASE, "enter")
            await _until(pilot, lambda: isinstance(app.screen, CasesScreen) and app.content)
            await pilot.pause(0.3)  # the case list's delayed index write
            watch.start()
            await pilot.pause(0.1)

            start = time.perf_counter()
            await pilot.press("enter")
            await _until(pilot, lambda: _overview(app, REFLECTIONS))
            result["open"] = _window(watch, gcs, frames, start)
            await pilot.pause(0.3)

            await pilot.press("f5")
            await _until(pilot, lambda: isinstance(app.screen, StartReflectionScreen))
            app.screen.query_one("#mode", Select).value = "area:relationships"
            await pilot.pause()
            await pilot.press("ctrl+s")
            await _until(pilot, lambda: bool(app.screen.query("#person")))
            flow = app.screen
            assert isinstance(flow, ReflectionScreen)
            flow.query_one("#person", Select).value = "high"
            await pilot.pause()
            await pilot.press("f10")  # to the summary
            await _until(pilot, lambda: bool(flow.query("#summary-text")))
            saver = flow.saver
            await _until(pilot, lambda: saver is not None and not saver.dirty)
            await pilot.pause(0.3)

            start = time.perf_counter()
            await pilot.press("f10")  # save as final
            await _until(pilot, lambda: _overview(app, REFLECTIONS + 1))
            result["save"] = _window(watch, gcs, frames, start)
            watch.stop()
            await pilot.press("ctrl+q")
    return result


# -- the parent ----------------------------------------------------------------------------


def figure(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    """Figure 9: what ``python -m benchmarks`` and ``python -m benchmarks.bench_frames`` call."""
    quick = bool(getattr(args, "quick", False))
    regen = bool(getattr(args, "regen", False))
    log(f"9  frames vault: checking the cache (one case, {REFLECTIONS} reflections)")
    meta = run_child("bench_frames", "gen", *(["--force"] if regen else []), timeout=600)
    runs: dict[str, list[dict[str, Any]]] = {"0": [], str(SLOW_FSYNC_MS): []}
    reps = 2 if quick else 5
    for i in range(reps):
        for slow in runs:
            log(f"9  open + save, fsync +{slow} ms ({i + 1}/{reps})")
            runs[slow].append(run_child("bench_frames", "run", slow, timeout=300))
    raw["9"] = {"vault": meta, "runs": runs}
    return render(raw["9"])


def render(results: dict[str, Any]) -> tuple[list[Row], list[str]]:
    runs = results["runs"]
    slow = str(SLOW_FSYNC_MS)

    def values(disk: str, what: str, key: str) -> list[float]:
        return [float(r[what][key]) for r in runs[disk]]

    rows = []
    lines = []
    figures = (
        ("9a", "open", "0", f"longest frame, open case ({REFLECTIONS} reflections)"),
        ("9b", "open", slow, f"  same, fsync +{slow} ms"),
        ("9c", "save", slow, f"longest frame, save a finished reflection, fsync +{slow} ms"),
        ("9d", "save", "0", "  same, normal disk"),
    )
    for key, what, disk, label in figures:
        rows.append(Row(key, label, summary(values(disk, what, "longest_ms")), "ms", "(info)"))
    for own, (key, what, disk, _) in zip("efgh", figures, strict=True):
        stats = summary(values(disk, what, "longest_own_ms"))
        rows.append(Row(f"9{own}", f"  {key} less waits for a CPU", stats, "ms", "(info)"))
    for key, what, disk, _ in figures:
        total = summary(values(disk, what, "total_ms"))
        over = sum(r[what]["over_50"] for r in runs[disk])
        gc = ", ".join(f"{r[what].get('longest_gc_ms', 0.0):.0f}" for r in runs[disk])
        lines.append(
            f"{key}  key -> overview painted: median {total['median']:.0f} ms (min "
            f"{total['min']:.0f}, max {total['max']:.0f}); gaps over 50 ms: {over} in "
            f"{len(runs[disk])} runs; next-longest gaps of the first run: "
            + ", ".join(f"{g:.0f}" for g in runs[disk][0][what]["next_ms"])
            + f" ms; garbage collection inside the longest gap, per run: {gc} ms"
        )
    lines.append(
        f"9  the loop watch ticks every {TICK * 1000:.0f} ms on the app's event loop; a frame is "
        "the gap between two ticks (Pilot, headless, 80x24); 9e-9h: the same gaps less the time "
        "the UI thread waited, runnable, for a CPU taken by other processes"
    )
    return rows, lines


def main() -> int:
    argv = sys.argv[1:]
    if argv[:1] == ["gen"]:
        fresh = "--force" in argv or not is_current()
        meta = generate() if fresh else json.loads(FSTAMP.read_text())
        emit({**meta, "fresh": fresh})
        return 0
    if argv[:1] == ["run"]:
        emit(asyncio.run(_session(int(argv[1]) if len(argv) > 1 else 0)))
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_frames", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--regen", action="store_true", help="regenerate the frames vault")
    args = parser.parse_args(argv)
    raw: dict[str, Any] = {}
    rows, lines = figure(args, raw)
    print(table(rows))
    print()
    for text in lines:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
