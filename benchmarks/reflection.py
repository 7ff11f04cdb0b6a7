"""Figure 8 (issue 5): a case with 50 reflections opened, and autosave while typing.

Run on its own (``python -m benchmarks.reflection [--quick] [--regen] [--json PATH]``) or as
figure 8 of ``python -m benchmarks``. As everywhere in ``benchmarks/``, every measurement runs
in its own child process (``python -m benchmarks.reflection <child> ...``, which prints one JSON
line); the parent repeats them and prints one table. Progress goes to stderr.

The vault (``benchmarks/.work/reflection-vault``, described by ``reflection-vault.json``) holds
one case, ``R-0050``, with 50 finished reflections of fictional text and four goals, all written
through the real API (``Vault.create`` / ``create_case`` / ``open_case`` →
``CaseHandle.save_profile`` and ``CaseHandle.save_session``; each reflection is filled through
``ReflectionFlow``). Each child works on a copy of it (``.work/reflection-scratch-<pid>``,
removed afterwards), because opening a case appends to the audit log and autosave writes drafts.

* **8a/8b core**: ``vault.open_case`` + ``load_history`` + ``development`` + ``trend_lines``,
  straight after ``Vault.unlock`` (``loc = Localizer(Texts(load_content()))``). The first run of
  a process (Fluent bundles parsed on first use) is kept apart from the later ones.
* **8c-8e TUI**: the real app under Pilot (built as ``desistkit`` builds it, ``cli.build_tui``:
  start-up objects frozen out of the garbage collector), unlocked through its unlock screen, then
  ``CaseScreen(case_id)`` pushed (it opens the case and loads the history in a worker thread,
  then draws the development view); from the push to the first frame painted after ``_show()`` returned with
  ``#development`` filled. The first push of a process is kept apart. At 80x24 the development
  view lies below the fold of the case body (laid out, not rendered), so it is also measured at
  100x80, where all of it is on screen.
* **8f-8i typing with autosave**: ``ReflectionScreen(workspace, flow, draft_id)`` pushed on top of a
  ``CaseScreen`` (a draft half done: five factors filled, the sixth open), its ``view`` TextArea
  focused, then a fictional note typed, one ``pilot.press`` per key. Per key: from just before
  the press to the first frame painted after the TextArea applied the edit (the key visible);
  also to the end of the screen's ``_changed()`` (flow updated, autosave scheduled). Modes (one
  app session each, see ``MODES``): autosave every 0.05 s, every 1 s (the default), off (1e6 s)
  with keys 60-240 ms apart, and "aligned": keys pressed within a few ms of the moment the
  autosave timer fires, so keys and saves meet on purpose. Saves are timed in their worker
  thread (``CaseHandle.save_draft``), the status-line timer (``_after_save``), frames and
  garbage collections are logged, so each slow key can be told apart by cause.

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
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import PASSPHRASE, WORK, Probes, emit, run_child, summary
from benchmarks.report import Row, log, table
from benchmarks.tui import Frames, make_app, settle

RVAULT = WORK / "reflection-vault"
RSTAMP = WORK / "reflection-vault.json"
#: Bump when the generator changes what it writes; an older cached vault is then regenerated.
RVERSION = 1
CASE_CODE = "R-0050"
REFLECTIONS = 50
SLOT = "bench"
GOAL_MS = 100.0
KEY_GOAL_MS = 16.0
SIZE = (80, 24)
#: Tall enough that the whole case body, development view included, is on screen.
TALL = (100, 80)
SAVE_DELAY = 0.05
NO_SAVE_DELAY = 1e6

# -- fictional text ------------------------------------------------------------------------

RESOURCES = [
    "Football training twice a week, the coach counts on him",
    "An aunt who answers the phone at any hour",
    "Apprenticeship place at the bakery from September",
    "Keeps every appointment at the probation office",
    "Cooks for the younger brother on weekdays",
    "A neighbour who helps with letters from offices",
    "Two months without contact to the old group",
    "Goes running along the river in the morning",
    "Trusts the youth club worker",
    "Has saved money towards a driving licence",
    "Writes down what makes him angry before answering",
    "Wants to be there for his daughter",
    "Finished the first-aid course",
    "Plays guitar in the community centre band",
    "Mother visits every Sunday",
    "Asks for help earlier than last year",
    "Has a doctor he goes to on his own",
    "Reads about history, likes to argue about it fairly",
    "Sleeps better since the phone stays in the kitchen",
    "Pays the rent on time since spring",
    "Volunteers at the food bank on Saturdays",
    "A cousin who left the scene and talks about it",
    "Likes repairing bicycles, neighbours bring theirs",
    "Can name three people he would call in a crisis",
]
NEEDS = [
    "Debts from a mobile phone contract",
    "No fixed place to sleep since March",
    "Old friends wait outside the building",
    "Stays up gaming and misses the morning bus",
    "Loses his temper when he feels disrespected",
    "The court date in spring weighs on him",
    "Drinks more at weekends than he wants to",
    "Feels nobody at the job centre listens",
    "Conflict with the stepfather about money",
    "Watches videos that make him furious for hours",
    "Thinks he has nothing to offer anyone",
    "Avoids the school office since the last warning",
    "Gets pulled into arguments in online groups",
    "Lonely in the evenings",
    "No plan for the time after the course ends",
    "Afraid the old group will call him a traitor",
    "Headaches, has not seen a doctor about them",
    "Contact with the daughter depends on the youth office",
    "Finds forms overwhelming",
    "Spends money as soon as it comes in",
]
OWN_WORDS = [
    "I just want some peace at home.",
    "When I train I don't think about the rest.",
    "They only call me when they need something.",
    "I know it's stupid, but it feels good in the moment.",
    "Nobody asked me that before.",
    "My brother looks up to me, that's the thing.",
    "I'm done with that, really done.",
    "It's easier when I know what happens next week.",
    "Sometimes I still miss them, I won't lie.",
    "If I get the job, everything else gets easier.",
    "I don't want my daughter to see me like that.",
    "Online it's different, there they listen.",
    "I can do more than people think.",
    "The letters make me nervous, I leave them closed.",
]
VIEWS = [
    "More open than last time; talked about the brother without being asked.",
    "Tense at the start, relaxed once we spoke about training.",
    "Describes the old group with less warmth than in spring.",
    "Needs are concrete and nameable; a good basis for a next step.",
    "Takes responsibility for the missed appointment, no excuses.",
    "The online contacts still carry weight; we stay on it.",
    "Resources are growing here, especially the contact to the aunt.",
    "Relevance seen differently: he finds it minor, I see it as central.",
    "Reported a conflict and how he left before it escalated.",
    "Money remains the main source of stress; debt advice agreed.",
    "Shows pride when talking about the apprenticeship.",
    "Little energy today, we kept this factor short.",
]
NOTES = [
    "Shorter session, he had to leave for work.",
    "Agreed to look at the letters together next time.",
    "Good atmosphere; he brought the training schedule.",
    "Talked about the court date; he wants the lawyer's number again.",
    "",
]
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


def _pick(rng: random.Random, items: list[str], low: int, high: int) -> list[str]:
    return rng.sample(items, rng.randint(low, high))


def _sentences(rng: random.Random, items: list[str], low: int, high: int) -> str:
    return " ".join(_pick(rng, items, low, high))


# -- the vault -----------------------------------------------------------------------------


def _goals(rng: random.Random, start: date) -> tuple[list[Any], list[Any]]:
    from desistkit_tui.core.model import (
        Goal,
        GoalStatus,
        Intervention,
        InterventionStatus,
        new_plan_id,
    )

    goals = [
        Goal(
            new_plan_id(),
            "Finish the first year of the apprenticeship",
            "Get through the first year.",
            ("work-structure", "future-hope"),
            start + timedelta(days=420),
            GoalStatus.OPEN,
            start,
        ),
        Goal(
            new_plan_id(),
            "A debt repayment plan with the debt advice service",
            "No more letters I'm afraid of.",
            ("housing-money",),
            start + timedelta(days=200),
            GoalStatus.ACHIEVED,
            start,
        ),
        Goal(
            new_plan_id(),
            "Weekly contact with the daughter, arranged with the youth office",
            "See her every week.",
            ("children-caring", "legal-institutions"),
            start + timedelta(days=900),
            GoalStatus.OPEN,
            start + timedelta(days=60),
        ),
        Goal(
            new_plan_id(),
            "Leave online groups that stir him up",
            "",
            ("media-online", "scene-ties"),
            None,
            GoalStatus.OPEN,
            start + timedelta(days=120),
        ),
    ]
    interventions = [
        Intervention(
            new_plan_id(), "Appointment at the debt advice service", "caseworker", None, goal=""
        ),
        Intervention(
            new_plan_id(),
            "Meeting with the training workshop",
            "mentor",
            start + timedelta(days=30),
            InterventionStatus.DONE,
            goals[0].id,
        ),
        Intervention(
            new_plan_id(),
            "Joint meeting with the youth office",
            "caseworker",
            start + timedelta(days=75),
            InterventionStatus.ACTIVE,
            goals[2].id,
        ),
    ]
    return goals, interventions


def _reflection(
    rng: random.Random,
    held_on: date,
    created: datetime,
    order: list[str],
    focus: list[str],
    goal_ids: list[str],
) -> Any:
    """One finished reflection of 6-12 factors, filled through the real wizard."""
    from desistkit_tui.core.flow import ReflectionFlow
    from desistkit_tui.core.model import RaisedBy, Relevance

    count = rng.randint(6, 12)
    mine = rng.sample(focus, min(count, rng.randint(4, len(focus))))
    others = [f for f in order if f not in mine]
    chosen = set(mine + rng.sample(others, count - len(mine)))
    factors = [f for f in order if f in chosen]
    flow = ReflectionFlow.start(factors, held_on, source="manual", at=created)
    levels = list(Relevance)
    for i in range(len(factors)):
        flow.jump(i)
        flow.update(
            person=rng.choice(levels),
            caseworker=rng.choice(levels),
            resources=_pick(rng, RESOURCES, 1, 4),
            needs=_pick(rng, NEEDS, 1, 4),
            own_words=_sentences(rng, OWN_WORDS, 1, 2),
            view=_sentences(rng, VIEWS, 1, 3),
            raised_by=rng.choice([RaisedBy.PERSON, RaisedBy.CASEWORKER, RaisedBy.BOTH]),
            goals=rng.sample(goal_ids, 1) if rng.random() < 0.2 else [],
        )
    flow.reflection.note = rng.choice(NOTES)
    return flow.finish()


def is_current() -> bool:
    try:
        meta = json.loads(RSTAMP.read_text())
    except (OSError, ValueError):
        return False
    return meta.get("version") == RVERSION and (RVAULT / "vault.toml").is_file()


def generate() -> dict[str, Any]:
    """The one-case vault, through the real API; ``reflection-vault.json`` is written last."""
    import tomli_w

    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.model import AddressForm, GenderForm, SessionKind
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    RSTAMP.unlink(missing_ok=True)
    if RVAULT.exists():
        shutil.rmtree(RVAULT)
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = random.Random(20261124)
    order = [f.id for f in load_content(user_decks=False).catalogue().factors]
    focus = [
        "family-of-origin",
        "children-caring",
        "scene-ties",
        "self-image",
        "stress-anger",
        "work-structure",
        "housing-money",
        "legal-institutions",
        "media-online",
        "future-hope",
    ]
    vault, _recovery = Vault.create(
        RVAULT, Secret.from_text(PASSPHRASE), SLOT, kdf=KdfParams(1, 1, 64)
    )
    body_bytes: list[int] = []
    entries = 0
    try:
        case = vault.create_case(
            CASE_CODE,
            address=AddressForm.INFORMAL,
            gender=GenderForm.MASCULINE,
            language="de",
            retention=date(2031, 6, 30),
        )
        first_day = date(2024, 12, 2)
        goals, interventions = _goals(rng, first_day)
        with vault.open_case(case.id) as handle:
            profile = handle.case
            for goal in goals:
                profile = profile.with_goal(goal)
            for item in interventions:
                profile = profile.with_intervention(item)
            handle.save_profile(profile)
            goal_ids = [g.id for g in goals]
            day = first_day
            for _ in range(REFLECTIONS):
                created = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC) + timedelta(
                    minutes=rng.randint(0, 480)
                )
                reflection = _reflection(rng, day, created, order, focus, goal_ids)
                body = reflection.to_body()
                handle.save_session(
                    SessionKind.REFLECTION, body, reflection.id, held_on=reflection.held_on
                )
                body_bytes.append(len(tomli_w.dumps(body).encode("utf-8")))
                entries += len(reflection.entries)
                day += timedelta(days=rng.randint(9, 19))
            saved = handle.case
    finally:
        vault.lock()
    sessions = RVAULT / "cases" / case.id / "sessions"
    meta = {
        "version": RVERSION,
        "case_id": case.id,
        "code": CASE_CODE,
        "reflections": REFLECTIONS,
        "counted_in_case_doc": saved.reflections,
        "entries": entries,
        "goals": len(goals),
        "body_bytes_median": statistics.median(body_bytes),
        "body_bytes_total": sum(body_bytes),
        "session_files_bytes": sum(p.stat().st_size for p in sessions.iterdir()),
        "first_day": first_day.isoformat(),
        "last_day": saved.last_reflection.isoformat() if saved.last_reflection else "",
        "seconds": round(time.perf_counter() - started, 2),
        "method": "Vault.create_case + CaseHandle.save_profile/save_session (real API)",
    }
    RSTAMP.write_text(json.dumps(meta, indent=1))
    return meta


def load_meta() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads(RSTAMP.read_text())
    return meta


@contextmanager
def scratch_vault() -> Iterator[Path]:
    """A private copy of the cached vault for one child process (removed afterwards)."""
    path = WORK / f"reflection-scratch-{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    shutil.copytree(RVAULT, path)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _ms(a: float, b: float) -> float:
    return (b - a) * 1000


def run_delay_ms() -> float:
    """Time this thread has spent runnable but waiting for a CPU (``/proc``; 0 if unknown).

    The machine's two cores are shared with other work: this tells waits for a CPU apart from
    the app's own slowness.
    """
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


# -- child: core ---------------------------------------------------------------------------


def child_core(runs: int) -> dict[str, Any]:
    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.development import development
    from desistkit_tui.core.history import load_history
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
                history = load_history(handle)
                t2 = time.perf_counter()
                trends = development(history.reflections, order)
                t3 = time.perf_counter()
                lines = trend_lines(loc, trends)
                t4 = time.perf_counter()
                waited = run_delay_ms() - waited
                handle.close()
                results.append(
                    {
                        "total_ms": _ms(t0, t4),
                        "open_case_ms": _ms(t0, t1),
                        "load_history_ms": _ms(t1, t2),
                        "development_ms": _ms(t2, t3),
                        "trend_lines_ms": _ms(t3, t4),
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


# -- child: the case screen in the TUI -----------------------------------------------------


def _label_text(widget: Any) -> str:
    return str(widget.content)


async def unlock(app: Any, pilot: Any) -> None:
    """Type the passphrase on the unlock screen; wait for the case list and the content."""
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
    await pilot.press(*PASSPHRASE, "enter")
    await settle(pilot, listed)
    await pilot.pause(0.2)


class GcLog:
    """Start and end of every garbage collection (``gc.callbacks``), to explain outliers."""

    def __init__(self) -> None:
        import gc

        self.spans: list[tuple[float, float, int]] = []
        self._start = 0.0

        def callback(phase: str, info: dict[str, int]) -> None:
            now = time.perf_counter()
            if phase == "start":
                self._start = now
            else:
                self.spans.append((self._start, now, info["generation"]))

        gc.callbacks.append(callback)

    def within(self, a: float, b: float) -> float:
        """Milliseconds of collection inside [a, b]."""
        return sum(_ms(max(a, s), min(b, e)) for s, e, _ in self.spans if s < b and e > a)


async def _open_tui(pushes: int, size: tuple[int, int]) -> dict[str, Any]:
    from textual.screen import Screen
    from textual.widgets import OptionList

    import desistkit_tui.screens.case_texts as case_texts
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.core.workspace import CaseWorkspace
    from desistkit_tui.screens.case import CaseScreen
    from desistkit_tui.screens.cases import CasesScreen

    meta = load_meta()
    probe = Probes()
    probe.wrap(Vault, "open_case", "open_case")
    probe.wrap(CaseWorkspace, "open", "open_case + history (worker)")
    probe.wrap(case_texts, "development_text", "development + trend_lines")
    probe.wrap(CaseScreen, "_show_sessions", "_show_sessions")
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

    CaseScreen._show = timed_show  # type: ignore[method-assign,assignment]
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

        setattr(Screen, name, wrapper)

    snapshot_after("_refresh_layout")
    snapshot_after("_compositor_refresh")
    gcs = GcLog()
    results: list[dict[str, Any]] = []
    with scratch_vault() as path:
        app = make_app(path)
        frames = Frames(app)
        display = app._display

        def mark_paint(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if renderable is not None and "shown" in marks and "painted" not in marks:
                marks["painted"] = frames.times[-1]
                marks["run_delay"] = run_delay_ms()

        app._display = mark_paint
        async with app.run_test(size=size) as pilot:
            await unlock(app, pilot)
            for _ in range(pushes):
                screen = CaseScreen(meta["case_id"])
                marks.clear()
                at_paint.clear()
                probe.reset()
                waited = run_delay_ms()
                start = time.perf_counter()
                app.push_screen(screen)

                def ready(screen: CaseScreen = screen) -> bool:
                    if app.screen is not screen or "painted" not in marks or not at_paint:
                        return False
                    return bool(_label_text(screen.query_one("#development")))

                await settle(pilot, ready)
                label = screen.query_one("#development")
                visible = screen.scrollable_content_region.intersection(label.region)
                results.append(
                    {
                        "ms": _ms(start, marks["painted"]),
                        "shown_ms": _ms(start, marks["shown"]),
                        "cpu_wait_ms": marks["run_delay"] - waited,
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


# -- child: typing with autosave -----------------------------------------------------------


def _draft_flow(rng: random.Random, order: list[str], at: datetime) -> Any:
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
            resources=_pick(rng, RESOURCES, 1, 4),
            needs=_pick(rng, NEEDS, 1, 4),
            own_words=_sentences(rng, OWN_WORDS, 1, 2),
            view=_sentences(rng, VIEWS, 1, 3),
            raised_by=RaisedBy.BOTH,
        )
    flow.jump(5)
    flow.update(
        person=Relevance.HIGH,
        resources=_pick(rng, RESOURCES, 2, 2),
        needs=_pick(rng, NEEDS, 2, 2),
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


async def _typing(mode: str, keys: int) -> dict[str, Any]:
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
            await unlock(app, pilot)
            case_screen = CaseScreen(meta["case_id"])
            app.push_screen(case_screen)
            await settle(pilot, lambda: app.screen is case_screen and case_screen.workspace)
            workspace = case_screen.workspace
            assert workspace is not None
            order = [f.id for f in app.require_content().catalogue().factors]
            flow = _draft_flow(random.Random(7), order, config.clock())
            screen = ReflectionScreen(workspace, flow, flow.reflection.id)
            app.push_screen(screen, case_screen.refresh_case)  # as CaseScreen._run_flow does
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

            def timed_edit(*args: Any, **kwargs: Any) -> Any:
                result = edit(*args, **kwargs)
                edits.append(time.perf_counter())
                return result

            def timed_changed() -> None:
                changed()
                handled.append(time.perf_counter())

            def timed_save(*args: Any, **kwargs: Any) -> None:
                begin = time.perf_counter()
                save_draft(*args, **kwargs)
                saves.append((begin, time.perf_counter()))

            def timed_due() -> None:
                dues.append(time.perf_counter())
                due()

            def timed_after_save() -> None:
                redraws.append(time.perf_counter())
                after_save()

            area.edit = timed_edit  # type: ignore[method-assign]
            screen._changed = timed_changed  # type: ignore[method-assign]
            workspace.save_draft = timed_save  # type: ignore[method-assign]
            saver._due = timed_due  # type: ignore[method-assign]
            screen._after_save = timed_after_save  # type: ignore[method-assign]
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
                        "painted_ms": _ms(start, painted),
                        "handled_ms": _ms(start, handled[0]),
                        "since_frame_ms": _ms(before, start) if before else None,
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
        "save_ms": [_ms(s, e) for s, e in saved],
        "seconds": elapsed,
        "draft_bytes": draft_bytes,
        "gc_gen2": sum(1 for _, _, g in gcs.spans if g == 2),
    }


# -- the parent: runs the children, prints the table ---------------------------------------


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, nearest rank."""
    xs = sorted(values)
    return xs[min(len(xs) - 1, max(0, round(q * len(xs) + 0.5) - 1))]


def _slow_pushes(results: list[dict[str, Any]]) -> str:
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


def _waits(results: list[dict[str, Any]]) -> str:
    waits = [r["cpu_wait_ms"] for r in results]
    return f"{statistics.median(waits):.1f} / {max(waits):.1f}"


def _medians(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


#: A key (or a push) that waited longer than this for a CPU was held back by other processes.
CPU_WAIT_MS = 2.0


def _slow_causes(keys: list[dict[str, Any]]) -> str:
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
        f"status-line redraw (the per-key saved/unsaved timer), {sum(map(frame, slow))} another "
        f"frame < {FRAME_SLOT_MS:.0f} ms before, {sum(map(saving, slow))} during a save, "
        f"{sum(map(gc, slow))} during a GC > 1 ms, {sum(map(cpu, slow))} waited > "
        f"{CPU_WAIT_MS:.0f} ms for a CPU (other processes), {unexplained} none of these"
    )


def _by_cause(keys: list[dict[str, Any]]) -> str:
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
        "   pushes over the goal (80x24 and 100x80): " + _slow_pushes([*tui, *tall]),
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
        lines.append(f"     {_slow_causes(keys_)}")
        split = _by_cause(keys_)
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
    emit(child_core(int(argv[0]) if argv else 12))


def _open(argv: list[str]) -> None:
    size = TALL if argv[1:2] == ["tall"] else SIZE
    emit(asyncio.run(_open_tui(int(argv[0]) if argv else 8, size)))


def _type(argv: list[str]) -> None:
    emit(asyncio.run(_typing(argv[0], int(argv[1]) if len(argv) > 1 else 320)))


CHILDREN: dict[str, Callable[[list[str]], None]] = {
    "gen": _gen,
    "core": _core,
    "open": _open,
    "typing": _type,
}


if __name__ == "__main__":
    sys.exit(main())
