"""Target 4, I/O errors: ENOSPC, EIO, EROFS and EDQUOT at the n-th write, fsync or rename.

A forked child unlocks a fresh copy of the fixture vault, replaces ``os.write``, ``os.fsync``
or the renames (``os.replace``, ``os.rename``, ``os.link``) with a version that fails at the
n-th call (``once``) or at the n-th and every later one (``persistent``), and runs one
operation of :mod:`.ops`. Held: the operation either succeeded or raised a typed project
error, and :func:`.ops.check` finds nothing wrong afterwards (an error reported for an
operation that is fully there counts as wrong: the caseworker would do it again).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from reliability import fixture, ops
from reliability.fixture import Fixture
from reliability.harness import Context, TargetResult, describe, in_child, is_typed

NAME = "I/O errors"
GROUPS: dict[str, tuple[str, ...]] = {
    "write": ("write",),
    "fsync": ("fsync",),
    "rename": ("replace", "rename", "link"),
}
ERRNOS = (errno.ENOSPC, errno.EIO, errno.EROFS, errno.EDQUOT)
MODES = ("once", "persistent")


def _target(name: str, args: tuple[Any, ...]) -> str:
    """The file a call works on (a descriptor's path, or a rename's destination)."""
    if name in ("write", "fsync"):
        return os.readlink(f"/proc/self/fd/{args[0]}")
    return str(os.fspath(args[1]))


@contextmanager
def failing(
    group: str, nth: int, code: int, mode: str, calls: list[int], failed: list[str] | None = None
) -> Iterator[None]:
    """The ``group``'s functions fail with ``code`` as told; ``calls[0]`` counts the calls and
    ``failed`` collects the files of the calls made to fail."""
    originals = {name: getattr(os, name) for name in GROUPS[group]}

    def wrap(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[0] += 1
            if nth and (calls[0] == nth or (mode == "persistent" and calls[0] > nth)):
                if failed is not None:
                    failed.append(_target(name, args))
                raise OSError(code, os.strerror(code))
            return real(*args, **kwargs)

        return wrapper

    for name, real in originals.items():
        setattr(os, name, wrap(name, real))
    try:
        yield
    finally:  # restored before the child reports through its pipe (os.write)
        for name, real in originals.items():
            setattr(os, name, real)


def _count(fx: Fixture, op: ops.Op) -> dict[str, int]:
    counts: dict[str, int] = {}
    for group in GROUPS:
        copy = fx.copy_to(fx.path.with_name(f"count-{group}"))
        vault = None if op.at_unlock else copy.unlock()
        calls = [0]
        with failing(group, 0, 0, "once", calls):
            op.act(vault or copy.unlock(), copy)
        counts[group] = calls[0]
    return counts


def _inject(fx: Fixture, op: ops.Op, group: str, nth: int, code: int, mode: str) -> dict[str, Any]:
    vault = None if op.at_unlock else fx.unlock()
    failed: list[str] = []
    error, typed = "", False
    with failing(group, nth, code, mode, [0], failed):
        try:
            op.act(vault or fx.unlock(), fx)
        except BaseException as exc:  # reported to the parent, typed or not
            error, typed = describe(exc), is_typed(exc)
    first = os.path.relpath(failed[0], os.path.realpath(fx.path)) if failed else ""
    return {"error": error, "typed": typed, "failed": first}


def _plan(ctx: Context, counts: dict[str, int]) -> Iterator[tuple[str, int, int, str]]:
    for group, total in counts.items():
        if ctx.quick:  # the first call persistently, the last call once
            yield group, 1, errno.EIO, "persistent"
            yield group, total, errno.ENOSPC, "once"
            continue
        for n in range(1, total + 1):
            for code in ERRNOS:
                for mode in MODES:
                    yield group, n, code, mode


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    folder = ctx.folder(NAME)
    base = fixture.build(folder / "base")
    for op in ops.OPS:
        fx = base.copy_to(folder / "try")
        op.prepare(fx)
        counted = in_child(partial(_count, fx, op), 60)
        if counted.status != "ok":
            result.notes.append(f"{op.name}: the counting run failed ({counted.error})")
            continue
        for group, nth, code, mode in _plan(ctx, counted.value):
            fx = base.copy_to(folder / "try")
            op.prepare(fx)
            child = in_child(
                partial(_inject, fx, op, group, nth, code, mode),
                60,
            )
            name = errno.errorcode[code]
            repro = f"{op.name}: {name} at {group} call {nth} of {counted.value[group]} ({mode})"
            if child.status != "ok":
                result.fail(f"crash ({child.status})", f"{op.name}: the process died", repro)
                continue
            _judge(result, fx, op, child.value, f"{repro} on {child.value['failed']}")
    result.notes.append(f"{len(ops.OPS)} operations × write/fsync/rename × the n-th call")
    return result


def _judge(
    result: TargetResult, fx: Fixture, op: ops.Op, report: dict[str, Any], repro: str
) -> None:
    error, failed = report["error"], report["failed"]
    # An error after the data was renamed into place, from the folder's fsync: whether it is
    # durable is unknown, so an error is the honest answer (not "reported, but done").
    folder_fsync = bool(failed) and (fx.path / failed).is_dir()
    problems = ops.check(fx, op, repro, error_reported=None if folder_fsync else bool(error))
    if error and not report["typed"]:
        problems.insert(0, (f"untyped {error}", f"{op.name}: raised {error}", repro))
    secondary = failed.startswith("audit/") and op.name != "audit append"
    result.judge(
        [
            (
                f"{key} (the audit entry failed)" if secondary and "but done" in key else key,
                why,
                rep,
            )
            for key, why, rep in problems
        ]
    )
