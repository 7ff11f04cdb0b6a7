"""Target 5, concurrency: several processes editing one vault at once, and duplicate codes.

Random edits: forked workers each unlock the same vault and run a seeded random sequence of
operations on three shared cases (save a session, add a goal, autosave a draft, create a case),
each opening the case for writing as the app does (a case another worker holds opens read-only
and refuses writes). Each worker reports what it was told succeeded. Held: everything reported
as saved is there afterwards (no lost update), refusals are typed errors, every case's session
counters match its session files, the list shows no DAMAGED and ``verify`` is clean.

Duplicate codes: two workers unlock, wait at a barrier, then both create a case with the same
code. Held: exactly one case has that code afterwards.
"""

from __future__ import annotations

import os
import random
import select
from functools import partial
from typing import Any

from desistkit_tui.core.model import Goal, SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.index import CaseIndex

from reliability import fixture
from reliability.fixture import Fixture
from reliability.harness import Child, Context, TargetResult, describe, in_child, is_typed

NAME = "concurrency"
Record = list[Any]


def _worker(fx: Fixture, shared: list[str], number: int, count: int, seed: int) -> list[Record]:
    rng = random.Random(f"{seed}:worker:{number}")
    vault = fx.unlock()
    done: list[Record] = []
    for n in range(count):
        action = rng.choices(["session", "goal", "draft", "create"], [4, 3, 2, 1])[0]
        try:
            done.append(_one(vault, rng, action, rng.choice(shared), f"{number}-{n}"))
        except BaseException as exc:
            done.append(["typed" if is_typed(exc) else "untyped", action, describe(exc)])
    vault.lock()
    return done


def _one(vault: Any, rng: random.Random, action: str, case_id: str, tag: str) -> Record:
    if action == "create":
        code = f"C-{tag}"
        vault.create_case(code)
        return ["create", code]
    with vault.open_case(case_id) as handle:
        if handle.read_only:
            return ["busy", action]
        if action == "session":
            kind = rng.choice([SessionKind.REFLECTION, SessionKind.CARDS])
            session_id = f"{1773480600000 + rng.randrange(10**6):013d}-{tag}"
            body = (
                fixture.reflection_body(tag, reflection_id=session_id)
                if kind is SessionKind.REFLECTION
                else None
            )
            handle.save_session(kind, body or fixture.card_body(tag), session_id)
            return ["session", case_id, session_id]
        if action == "goal":
            handle.save_profile(handle.case.with_goal(Goal(f"g-{tag}", f"goal {tag}")))
            return ["goal", case_id, f"g-{tag}"]
        handle.save_draft(f"d-{tag}", fixture.reflection_draft(tag))
        return ["draft", case_id, f"d-{tag}"]


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    folder = ctx.folder(NAME)
    fx = fixture.build(folder / "edits")
    vault = fx.unlock()
    fx.cases["K-GAMMA"] = vault.create_case("K-GAMMA").id
    vault.lock()
    shared = sorted(fx.cases.values())
    workers, count = ctx.pick(3, 4), ctx.pick(12, 120, 300)
    children = [Child(partial(_worker, fx, shared, n, count, ctx.seed)) for n in range(workers)]
    reports = [child.wait(600) for child in children]
    records: list[Record] = []
    for n, report in enumerate(reports):
        if report.status != "ok":
            result.fail(
                "worker died", f"worker {n}: {report.status} {report.error}", "random edits"
            )
        else:
            records += report.value
    _check_edits(result, fx, records)
    _duplicates(result, ctx, folder)
    result.notes.append(f"{workers} workers × {count} random edits; duplicate-code races")
    return result


def _check_edits(result: TargetResult, fx: Fixture, records: list[Record]) -> None:
    vault = fx.unlock()
    try:
        listed = {s.id: s for s in vault.summaries()}
        codes = [s.code for s in listed.values()]
        handles = {case_id: vault.open_case(case_id, write=False) for case_id in listed}
        for record in records:
            _check_record(result, record, handles, codes)
        for case_id, handle in handles.items():
            _check_counts(result, handle, listed[case_id].problem)
            handle.close()
        fresh = CaseIndex(vault.files, vault.read_case).rebuild()
        same = {s.id: s for s in fresh} == listed
        result.judge([] if same else [("index out of date", "index ≠ case files", "random edits")])
        problems = admin.verify(vault).problems
        why = f"verify: {problems[0]}" if problems else ""
        result.judge([("verify not clean", why, "random edits")] if problems else [])
    finally:
        vault.lock()


def _check_record(
    result: TargetResult, record: Record, handles: dict[str, Any], codes: list[str]
) -> None:
    kind = record[0]
    repro = f"random edits: {' '.join(map(str, record))}"
    if kind in ("busy", "typed"):
        result.hold()  # refused with a typed error: nothing was promised
    elif kind == "untyped":
        result.fail(f"untyped {record[2]}", f"{record[1]} crashed", repro)
    elif kind == "create":
        found = codes.count(record[1])
        result.judge([] if found == 1 else [("lost case", f"{found} cases {record[1]}", repro)])
    else:
        handle = handles[record[1]]
        if kind == "session":
            there = record[2] in handle.session_ids()
        elif kind == "goal":
            there = handle.case.goal(record[2]) is not None
        else:
            there = record[2] in handle.draft_ids()
        result.judge([] if there else [(f"lost update: {kind}", f"a saved {kind} is gone", repro)])


def _check_counts(result: TargetResult, handle: Any, problem: object) -> None:
    if problem:
        result.fail("a case is listed DAMAGED", str(problem), "random edits")
        return
    kinds = [handle.load_session(sid).get("type") for sid in handle.session_ids()]
    files = (kinds.count("reflection"), kinds.count("cards"))
    counted = (handle.case.reflections, handle.case.card_sessions)
    why = f"{handle.case.code}: counted {counted}, files {files}"
    result.judge([] if files == counted else [("counters ≠ session files", why, "random edits")])


def _count_code(fx: Fixture, code: str) -> int:
    return [s.code for s in fx.unlock().summaries()].count(code)


def _racer(fx: Fixture, code: str, ready: int, go: int, mine: int, theirs: int) -> str:
    """Create ``code`` at the barrier. Between its uniqueness check and its first write it
    waits up to a second for the other racer's check (so the race is not left to chance); a
    vault-level lock around check and write makes the other wait outside, and the wait ends."""
    vault = fx.unlock()
    check = vault.summaries

    def checked(*args: Any, **kwargs: Any) -> Any:
        listing = check(*args, **kwargs)
        os.write(mine, b"c")
        select.select([theirs], [], [], 1.0)
        return listing

    vault.summaries = checked  # type: ignore[method-assign]
    os.write(ready, b"r")
    os.read(go, 1)
    try:
        vault.create_case(code)
        return "created"
    finally:
        vault.lock()


def _duplicates(result: TargetResult, ctx: Context, folder: Any) -> None:
    fx = fixture.build(folder / "races")
    for pair in range(ctx.pick(3, 30)):
        code = f"DUP-{pair}"
        ready_r, ready_w = os.pipe()
        go_r, go_w = os.pipe()
        a_r, a_w = os.pipe()
        b_r, b_w = os.pipe()
        racers = [
            Child(partial(_racer, fx, code, ready_w, go_r, a_w, b_r)),
            Child(partial(_racer, fx, code, ready_w, go_r, b_w, a_r)),
        ]
        for _ in racers:
            os.read(ready_r, 1)
        os.write(go_w, b"gg")
        outcomes = [racer.wait(60) for racer in racers]
        for fd in (ready_r, ready_w, go_r, go_w, a_r, a_w, b_r, b_w):
            os.close(fd)
        untyped = [o.error for o in outcomes if o.status == "raised" and not o.typed]
        found = in_child(partial(_count_code, fx, code), 60)
        repro = f"two `desistkit case add {code}` at the same moment"
        if untyped:
            result.fail(f"untyped {untyped[0]}", "a racing case add crashed", repro)
        elif found.value != 1:
            result.fail("duplicate case code", f"{found.value} cases with the code {code}", repro)
        else:
            result.hold()
