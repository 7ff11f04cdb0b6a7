"""Target 3, kill -9 at every write step of every writing operation, and power loss.

Kill: a forked child unlocks a fresh copy of the fixture vault and runs one operation
(:mod:`.ops`) with ``atomic.fault_hook`` and wrappers around ``os.mkdir``/``os.unlink``/
``os.rmdir`` counting every step; it SIGKILLs itself at step *n*, for every *n* the operation
reaches. Power loss ("lose everything after the last fsync"): the child runs the operation to
the end while every ``fsync`` records what it made durable (a folder's entries, a file's
bytes); the folder is then rebuilt as a power cut after each fsync would leave it (entries of a
folder as of its last fsync, bytes of a file as of its last fsync, a new file never fsynced:
empty; both by inode, so a renamed folder keeps its entries) and checked the same way. Held: :func:`.ops.check` finds nothing.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from desistkit_tui.core.vault import atomic

from reliability import fixture, ops
from reliability.fixture import Fixture
from reliability.harness import Context, TargetResult, in_child

NAME = "kill -9 and power loss"
Steps = list[str]


class _Steps:
    """Calls ``on_step`` before every step of a write, and before mkdir/unlink/rmdir."""

    def __init__(self, on_step: Callable[[str], None]) -> None:
        self.on_step = on_step

    def install(self) -> None:
        atomic.fault_hook = self.on_step
        for name in ("mkdir", "unlink", "rmdir"):
            real = getattr(os, name)
            setattr(os, name, self._wrap(name, real))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.on_step(name)
            return real(*args, **kwargs)

        return wrapper


def _record_steps(fx: Fixture, op: ops.Op) -> Steps:
    seen: Steps = []
    if op.at_unlock:
        _Steps(seen.append).install()
    vault = fx.unlock()
    if not op.at_unlock:
        _Steps(seen.append).install()
    op.act(vault, fx)
    return seen


def _die_at(fx: Fixture, op: ops.Op, target: int) -> str:
    count = 0

    def step(name: str) -> None:
        nonlocal count
        count += 1
        if count == target:
            os.kill(os.getpid(), signal.SIGKILL)

    if op.at_unlock:
        _Steps(step).install()
    vault = fx.unlock()
    if not op.at_unlock:
        _Steps(step).install()
    op.act(vault, fx)
    return "finished"


def _chosen(total: int, ctx: Context) -> list[int]:
    stride = ctx.pick(4, 1)
    picked = set(range(1, total + 1, stride)) | {1, total}
    return sorted(n for n in picked if n >= 1)


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    base = fixture.build(ctx.folder(NAME) / "base")
    scratch = ctx.folder(NAME) / "try"
    kills = losses = 0
    for op in ops.OPS:
        fx = _fresh(base, scratch, op)
        recorded = in_child(partial(_record_steps, fx, op), 60)
        if recorded.status != "ok":
            result.notes.append(f"{op.name}: the dry run failed ({recorded.error})")
            continue
        steps: Steps = recorded.value
        for n in _chosen(len(steps), ctx):
            fx = _fresh(base, scratch, op)
            child = in_child(partial(_die_at, fx, op, n), 60)
            repro = f"{op.name}: SIGKILL before step {n} of {len(steps)} ({steps[n - 1]})"
            if child.status != "signal":
                result.notes.append(f"{repro}: not killed ({child.status} {child.error})")
                continue
            kills += 1
            result.judge(ops.check(fx, op, repro))
        losses += _power_loss(result, base, scratch, op, ctx)
    result.notes.append(f"{kills} kills, {losses} power-loss states, {len(ops.OPS)} operations")
    return result


def _fresh(base: Fixture, scratch: Path, op: ops.Op) -> Fixture:
    fx = base.copy_to(scratch)
    op.prepare(fx)
    return fx


# -- power loss -------------------------------------------------------------------------------

Entry = tuple[str, int, bool]  # name, inode, is a folder


def _listing(folder: Path) -> list[Entry]:
    with os.scandir(folder) as it:
        return [(e.name, e.inode(), e.is_dir(follow_symlinks=False)) for e in it]


Durable = tuple[int, dict[int, list[Entry]], dict[int, bytes]]


def _durable_start(root: Path) -> Durable:
    """The root folder's inode, every folder's entries and every file's bytes, by inode (a
    renamed folder keeps its entries: they belong to the folder, not to its path)."""
    folders: dict[int, list[Entry]] = {}
    contents: dict[int, bytes] = {}
    for path in [root, *sorted(p for p in root.rglob("*") if p.is_dir())]:
        listing = folders[path.stat().st_ino] = _listing(path)
        for name, inode, is_dir in listing:
            if not is_dir:
                contents[inode] = (path / name).read_bytes()
    return root.stat().st_ino, folders, contents


def _run_recording(fx: Fixture, op: ops.Op) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    real_fsync = os.fsync

    def fsync(fd: Any) -> None:
        real_fsync(fd)
        path = os.readlink(f"/proc/self/fd/{fd}")
        if os.path.isdir(path):
            events.append({"dir": os.fstat(fd).st_ino, "entries": _listing(Path(path))})
        else:
            with open(path, "rb") as file:
                data = file.read()
            events.append({"inode": os.fstat(fd).st_ino, "data": base64.b64encode(data).decode()})

    os.fsync = fsync  # from the unlock on: what it writes is part of the story too
    vault = fx.unlock()
    op.act(vault, fx)
    return events


def _rebuild(target: Path, start: Durable, events: list[dict[str, Any]]) -> None:
    root, folders, contents = start[0], dict(start[1]), dict(start[2])
    for event in events:
        if "dir" in event:
            folders[event["dir"]] = [(n, i, d) for n, i, d in event["entries"]]
        else:
            contents[event["inode"]] = base64.b64decode(event["data"])
    if target.exists():
        shutil.rmtree(target)

    def build(inode: int, path: Path) -> None:
        path.mkdir(mode=0o700)
        for name, child, is_dir in folders.get(inode, []):
            if is_dir:
                build(child, path / name)
            else:
                (path / name).write_bytes(contents.get(child, b""))

    build(root, target)


def _power_loss(
    result: TargetResult, base: Fixture, scratch: Path, op: ops.Op, ctx: Context
) -> int:
    fx = _fresh(base, scratch, op)
    start = _durable_start(fx.path)
    child = in_child(lambda: _run_recording(fx, op), 60)
    if child.status != "ok":
        result.notes.append(f"{op.name}: the recording run failed ({child.error})")
        return 0
    events: list[dict[str, Any]] = child.value
    rebuilt = base.copy_to(scratch)
    stride = ctx.pick(3, 1)
    cuts = sorted(set(range(0, len(events) + 1, stride)) | {0, len(events)})
    for cut in cuts:
        _rebuild(rebuilt.path, start, events[:cut])
        repro = f"{op.name}: power cut after fsync {cut} of {len(events)}"
        result.judge(ops.check(rebuilt, op, repro))
    return len(cuts)
