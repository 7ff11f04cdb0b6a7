"""Figure 8f-8i: typing a note in a reflection while autosave runs (a child of
``benchmarks.reflection``).

``typing MODE KEYS``
    ``ReflectionScreen(workspace, flow, draft_id)`` pushed on top of a ``CaseScreen`` (a draft half
    done: five factors filled, the sixth open), its ``view`` TextArea focused, then a fictional
    note of ``KEYS`` characters typed, one ``pilot.press`` per key. Per key: from just before the
    press to the first frame painted after the TextArea applied the edit (the key visible); also
    to the end of the screen's ``_changed()`` (flow updated, autosave scheduled). Modes (one app
    session each, see ``MODES``): autosave every 0.05 s (``on``), every 1 s (``default``), off
    (1e6 s) with keys 60-240 ms apart, and ``aligned``: keys pressed within a few ms of the moment
    the autosave timer fires, so keys and saves meet on purpose. Saves are timed in their worker
    thread (``CaseWorkspace.save_draft``), the status line's update when a save lands
    (``_after_save``, called by the saver on the UI thread; not a timer), frames and
    garbage collections are logged, so each slow key can be told apart by cause.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from benchmarks.common import PASSPHRASE, GcLog, instrument, ms_between, run_delay_ms
from benchmarks.reflection_vault import (
    NEEDS,
    OWN_WORDS,
    RESOURCES,
    VIEWS,
    load_meta,
    pick,
    scratch_vault,
    sentences,
)
from benchmarks.tui import SIZE, Frames, make_app, settle, unlock_and_load

if TYPE_CHECKING:
    from textual.widgets.text_area import Edit, EditResult

    from desistkit_tui.core.flow import ReflectionFlow

#: The goal of 8f-8h: no keystroke slower than this (checked on the maximum).
KEY_GOAL_MS = 16.0
SAVE_DELAY = 0.05
NO_SAVE_DELAY = 1e6
#: The note typed in the autosave figure (fictional; ASCII letters and punctuation).
TYPED = (
    "Seemed calmer today and talked about the weekend with the younger brother without "
    "being asked. Says the training helps, the coach trusts him with the keys to the hall. "
    "Still worried about the letter from the court and the debts from the phone contract; "
    "we agreed to look at both next week with the debt advice service. His own idea: write "
    "down what makes him angry before answering."
)
KEY_NAMES = {
    " ": "space",
    ".": "full_stop",
    ",": "comma",
    ";": "semicolon",
    ":": "colon",
    "'": "apostrophe",
    "-": "minus",
}


def _draft_flow(rng: random.Random, order: list[str], at: datetime) -> ReflectionFlow:
    """A reflection half done: 9 factors, the first 5 filled, the 6th the one being typed."""
    from desistkit_tui.core.flow import ReflectionFlow
    from desistkit_tui.core.model import RaisedBy, Relevance

    factors = [f for f in order if f in set(rng.sample(order, 9))]
    flow = ReflectionFlow.start(factors, at.date(), source="manual", at=at)
    for i in range(5):
        flow.jump(i)
        flow.update(
            person=rng.choice(list(Relevance)),
            caseworker=rng.choice(list(Relevance)),
            resources=pick(rng, RESOURCES, 1, 4),
            needs=pick(rng, NEEDS, 1, 4),
            own_words=sentences(rng, OWN_WORDS, 1, 2),
            view=sentences(rng, VIEWS, 1, 3),
            raised_by=RaisedBy.BOTH,
        )
    flow.jump(5)
    flow.update(
        person=Relevance.HIGH,
        resources=pick(rng, RESOURCES, 2, 2),
        needs=pick(rng, NEEDS, 2, 2),
        own_words=rng.choice(OWN_WORDS),
    )
    return flow


def _key(char: str) -> str:
    return KEY_NAMES.get(char, char)


#: Typing modes: autosave delay (s), and how long after the previous key was handled the next
#: one is pressed (s, uniform between the two; Pilot itself waits ~45 ms after each press).
#: "aligned" presses each key within a few ms of the moment the autosave timer started by the
#: previous key fires, so that saves and keystrokes meet on purpose.
MODES: dict[str, tuple[float, float, float]] = {
    "off": (NO_SAVE_DELAY, 0.06, 0.24),
    "on": (SAVE_DELAY, 0.06, 0.24),
    "aligned": (0.08, 0.076, 0.083),
    "default": (1.0, 0.06, 0.24),
}
#: A frame painted less than this before a key can hold the key's own frame back: Textual's
#: screen update timer (60 fps) waits for its next-but-one 16.7 ms slot after a frame.
FRAME_SLOT_MS = 34.0


async def typing_session(mode: str, keys: int) -> dict[str, Any]:
    """8f-8i: type ``keys`` characters of the note in one app session with autosave ``mode``."""
    import tomli_w
    from textual.widgets import TextArea

    from desistkit_tui.screens.case import CaseScreen
    from desistkit_tui.screens.reflection import ReflectionScreen

    delay, gap_low, gap_high = MODES[mode]
    rng = random.Random(11)
    meta = load_meta()
    text = ((TYPED + " ") * (keys // (len(TYPED) + 1) + 1))[:keys]
    per_key: list[dict[str, Any]] = []
    windows: list[tuple[float, float]] = []
    saves: list[tuple[float, float]] = []
    dues: list[float] = []
    gcs = GcLog()
    with scratch_vault() as path:
        app = make_app(path, autosave_seconds=delay)
        config = app.config
        frames = Frames(app)
        async with app.run_test(size=SIZE) as pilot:
            await unlock_and_load(app, pilot, PASSPHRASE)
            case_screen = CaseScreen(meta["case_id"])
            app.push_screen(case_screen)
            await settle(pilot, lambda: app.screen is case_screen and case_screen.workspace)
            workspace = case_screen.workspace
            assert workspace is not None
            order = [f.id for f in app.require_content().catalogue().factors]
            flow = _draft_flow(random.Random(7), order, config.clock())
            screen = ReflectionScreen(workspace, flow, flow.reflection.id)
            app.push_screen(screen, case_screen.refresh_case)  # as case_reflect.run_flow does
            await settle(pilot, lambda: bool(app.screen is screen and screen.query("#view")))
            area = screen.query_one("#view", TextArea)
            area.focus()
            await settle(pilot, lambda: app.focused is area)
            saver = screen.saver
            assert saver is not None

            # Timestamps: the edit applied and the screen's handling done (UI thread), a save
            # started and finished (worker thread), the autosave timer fired (UI thread).
            edits: list[float] = []
            handled: list[float] = []
            redraws: list[float] = []
            edit, changed, after_save = area.edit, screen._changed, screen._after_save
            save_draft, due = workspace.save_draft, saver._due

            def timed_edit(change: Edit) -> EditResult:
                result = edit(change)
                edits.append(time.perf_counter())
                return result

            def timed_changed() -> None:
                changed()
                handled.append(time.perf_counter())

            def timed_save(draft_id: str, body: dict[str, Any]) -> None:
                begin = time.perf_counter()
                save_draft(draft_id, body)
                saves.append((begin, time.perf_counter()))

            def timed_due() -> None:
                dues.append(time.perf_counter())
                due()

            def timed_after_save() -> None:
                redraws.append(time.perf_counter())
                after_save()

            instrument(area, "edit", timed_edit)
            instrument(screen, "_changed", timed_changed)
            instrument(workspace, "save_draft", timed_save)
            instrument(saver, "_due", timed_due)
            instrument(screen, "_after_save", timed_after_save)
            writes_before = saver.writes
            typed = ""
            previous = time.perf_counter()
            started = previous
            for char in text:
                typed += char
                wait = previous + rng.uniform(gap_low, gap_high) - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                edits.clear()
                handled.clear()
                start = time.perf_counter()
                before = frames.last_before(start)
                waited = run_delay_ms()
                await pilot.press(_key(char))
                deadline = time.perf_counter() + 5
                while not (edits and handled and frames.first_after(edits[0])):
                    if time.perf_counter() > deadline:
                        raise TimeoutError(f"key {char!r} was not processed")
                    await asyncio.sleep(0.002)
                waited = run_delay_ms() - waited
                painted = frames.first_after(edits[0])
                assert painted is not None
                previous = handled[0]
                windows.append((start, max(painted, handled[0])))
                per_key.append(
                    {
                        "painted_ms": ms_between(start, painted),
                        "handled_ms": ms_between(start, handled[0]),
                        "since_frame_ms": ms_between(before, start) if before else None,
                        "cpu_wait_ms": waited,
                    }
                )
            elapsed = time.perf_counter() - started
            await pilot.pause(delay + 0.3 if delay < 10 else 0.1)
            ok = area.text == typed
            writes = saver.writes - writes_before
            saved = list(saves)  # not the flush when the app quits
            draft_bytes = len(tomli_w.dumps(flow.to_draft()).encode("utf-8"))
            await pilot.press("ctrl+q")
    for key, (a, b) in zip(per_key, windows, strict=True):
        key["saves_overlapping"] = sum(1 for s, e in saves if s < b and e > a)
        key["autosave_fired"] = sum(1 for t in dues if a <= t <= b)
        key["gc_ms"] = gcs.within(a, b)
        key["status_redraws"] = sum(1 for t in redraws if a - FRAME_SLOT_MS / 1000 <= t <= b)
    return {
        "mode": mode,
        "delay": delay,
        "keys": per_key,
        "text_ok": ok,
        "writes": writes,
        "save_ms": [ms_between(s, e) for s, e in saved],
        "seconds": elapsed,
        "draft_bytes": draft_bytes,
        "gc_gen2": sum(1 for _, _, g in gcs.spans if g == 2),
    }


#: A key (or a push) that waited longer than this for a CPU was held back by other processes.
CPU_WAIT_MS = 2.0


def slow_causes(keys: list[dict[str, Any]]) -> str:
    """Why the keys over the goal were slow (a key may have several of these)."""
    slow = [k for k in keys if k["painted_ms"] > KEY_GOAL_MS]
    if not slow:
        return f"no key > {KEY_GOAL_MS:.0f} ms"

    def redraw(k: dict[str, Any]) -> bool:
        return bool(k["status_redraws"])

    def frame(k: dict[str, Any]) -> bool:
        since = k["since_frame_ms"]
        return not redraw(k) and since is not None and since < FRAME_SLOT_MS

    def saving(k: dict[str, Any]) -> bool:
        return bool(k["saves_overlapping"] or k["autosave_fired"])

    def gc(k: dict[str, Any]) -> bool:
        return bool(k["gc_ms"] > 1)

    def cpu(k: dict[str, Any]) -> bool:
        return bool(k["cpu_wait_ms"] > CPU_WAIT_MS)

    causes = (redraw, frame, saving, gc, cpu)
    unexplained = sum(1 for k in slow if not any(c(k) for c in causes))
    return (
        f"{len(slow)} key(s) > {KEY_GOAL_MS:.0f} ms: {sum(map(redraw, slow))} next to a "
        f"status-line redraw (a save that landed), {sum(map(frame, slow))} another "
        f"frame < {FRAME_SLOT_MS:.0f} ms before, {sum(map(saving, slow))} during a save, "
        f"{sum(map(gc, slow))} during a GC > 1 ms, {sum(map(cpu, slow))} waited > "
        f"{CPU_WAIT_MS:.0f} ms for a CPU (other processes), {unexplained} none of these"
    )


def by_cause(keys: list[dict[str, Any]]) -> str:
    """Keys during a save with no other frame near them, against keys next to a status redraw."""

    def near_frame(k: dict[str, Any]) -> bool:
        since = k["since_frame_ms"]
        return bool(k["status_redraws"]) or (since is not None and since < FRAME_SLOT_MS)

    def stats(values: list[float]) -> str:
        if not values:
            return "none"
        return f"{len(values)}, median {statistics.median(values):.1f}, max {max(values):.1f} ms"

    saving = [
        k["painted_ms"]
        for k in keys
        if (k["saves_overlapping"] or k["autosave_fired"]) and not near_frame(k)
    ]
    redraw = [k["painted_ms"] for k in keys if k["status_redraws"]]
    if not saving and not redraw:
        return ""
    return (
        f"keys during a save, no other frame near: {stats(saving)}; keys next to a status "
        f"redraw: {stats(redraw)}"
    )
