"""What every target shares: the run's settings, the counts, forked children, the error base.

A *try* is one attempt to break something (one flipped bit, one kill, one payload on one
path); it *held* when the product behaved as the target says it must, and *failed* otherwise.
Failures are grouped into classes (a short key), each with a reason and the first minimal
reproduction seen, so that the table stays short however many tries failed the same way.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import resource
import select
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Level = Literal["quick", "default", "full"]


def _project_error_bases() -> tuple[type[BaseException], ...]:
    """The product's typed errors (``core/errors/``): the common base, and the content findings
    that deck loading reports (they carry file, key and line instead)."""
    from desistkit_tui.core.errors import ContentIssue, DesistKitError

    return (DesistKitError, ContentIssue)


#: Every error the product raises on purpose ("typed"); anything else is an untyped crash.
PROJECT_ERRORS: tuple[type[BaseException], ...] = _project_error_bases()


def is_typed(exc: BaseException) -> bool:
    return isinstance(exc, PROJECT_ERRORS)


def where(exc: BaseException) -> str:
    """The innermost frame of the product (or the last frame) where ``exc`` was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "desistkit_tui" in f.filename]
    if not (ours or frames):
        return "?"
    frame = (ours or frames)[-1]
    name = frame.filename.split("desistkit_tui/")[-1]
    return f"{name}:{frame.lineno}"


def describe(exc: BaseException) -> str:
    """``Type at file:line`` — the key of an untyped crash's failure class."""
    return f"{type(exc).__name__} at {where(exc)}"


@dataclass(slots=True)
class Failure:
    """One failure class: how many tries fell into it, why, and the first reproduction."""

    key: str
    reason: str
    repro: str
    count: int = 0
    #: A few more reproductions of the same class (the first is ``repro``).
    examples: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TargetResult:
    """The counts of one target."""

    name: str
    tries: int = 0
    held: int = 0
    failed: int = 0
    failures: dict[str, Failure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def hold(self) -> None:
        self.tries += 1
        self.held += 1

    def fail(self, key: str, reason: str, repro: str) -> None:
        """One failed try, in the class ``key`` (the first reason and repro are kept)."""
        self.tries += 1
        self.failed += 1
        self.note_failure(key, reason, repro)

    def note_failure(self, key: str, reason: str, repro: str) -> None:
        """Count a failure class for a try already counted (a try with several problems)."""
        entry = self.failures.setdefault(key, Failure(key, reason, repro))
        entry.count += 1
        if repro != entry.repro and len(entry.examples) < 5 and repro not in entry.examples:
            entry.examples.append(repro)

    def judge(self, problems: list[tuple[str, str, str]]) -> None:
        """One try: held if ``problems`` is empty, else failed in each (key, reason, repro)."""
        if not problems:
            self.hold()
            return
        key, reason, repro = problems[0]
        self.fail(key, reason, repro)
        for key, reason, repro in problems[1:]:
            self.note_failure(key, reason, repro)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.name,
            "tries": self.tries,
            "held": self.held,
            "failed": self.failed,
            "seconds": round(self.seconds, 1),
            "failures": [
                {
                    "class": f.key,
                    "count": f.count,
                    "reason": f.reason,
                    "repro": f.repro,
                    "more": f.examples,
                }
                for f in self.failures.values()
            ],
            "notes": self.notes,
        }


@dataclass(frozen=True, slots=True)
class Context:
    """One run: how thorough, which seed, and a private work folder."""

    level: Level
    seed: int
    work: Path

    def pick(self, quick: int, default: int, full: int | None = None) -> int:
        """A count (or stride) for this level."""
        if self.level == "quick":
            return quick
        if self.level == "full" and full is not None:
            return full
        return default

    @property
    def quick(self) -> bool:
        return self.level == "quick"

    def rng(self, name: str) -> random.Random:
        """A random source of its own per use, so targets do not disturb each other's draws."""
        return random.Random(f"{self.seed}:{name}")

    def folder(self, name: str) -> Path:
        path = self.work / name
        path.mkdir(parents=True, exist_ok=True)
        return path


# -- forked children --------------------------------------------------------------------------


@dataclass(slots=True)
class ChildResult:
    """How a forked child ended: it returned ``value``, raised, was killed or timed out."""

    status: Literal["ok", "raised", "signal", "timeout", "exit"]
    value: Any = None
    error: str = ""
    typed: bool = False
    message: str = ""
    signal: int = 0
    seconds: float = 0.0


def address_space_kib() -> int:
    """This process's virtual size (a child's RLIMIT_AS is set above it)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1])
    return 0


class Child:
    """A forked child running ``fn``; its result comes back as JSON through a pipe."""

    def __init__(self, fn: Callable[[], Any], *, memory_mib: int | None = None) -> None:
        read_fd, write_fd = os.pipe()
        self.started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child_main(fn, write_fd, memory_mib)
        os.close(write_fd)
        self.pid, self.fd = pid, read_fd

    def wait(self, timeout: float) -> ChildResult:
        data = b""
        deadline = self.started + timeout
        timed_out = False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.5))
            if ready:
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    break
                data += chunk
        if timed_out:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        seconds = time.monotonic() - self.started
        if timed_out:
            return ChildResult("timeout", seconds=seconds)
        if os.WIFSIGNALED(status):
            return ChildResult("signal", signal=os.WTERMSIG(status), seconds=seconds)
        try:
            report = json.loads(data.decode("utf-8")) if data else None
        except ValueError:
            report = None
        if not isinstance(report, dict):
            return ChildResult("exit", signal=os.waitstatus_to_exitcode(status), seconds=seconds)
        if "ok" in report:
            return ChildResult("ok", value=report["ok"], seconds=seconds)
        return ChildResult(
            "raised",
            error=str(report.get("error", "")),
            typed=bool(report.get("typed")),
            message=str(report.get("message", "")),
            seconds=seconds,
        )


def _child_main(fn: Callable[[], Any], write_fd: int, memory_mib: int | None) -> None:
    code = 0
    try:
        if memory_mib is not None:
            limit = (address_space_kib() + memory_mib * 1024) * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            report: dict[str, Any] = {"ok": fn()}
        except BaseException as exc:  # the child reports every ending, typed or not
            report = {
                "error": describe(exc),
                "typed": is_typed(exc),
                "message": str(exc)[:300],
            }
        data = json.dumps(report, default=str).encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(write_fd, view) :]
    except BaseException:  # even reporting failed (out of memory): the exit code says so
        code = 99
    finally:
        os._exit(code)


def in_child(fn: Callable[[], Any], timeout: float, memory_mib: int | None = None) -> ChildResult:
    """Run ``fn`` in a forked child and wait for it."""
    return Child(fn, memory_mib=memory_mib).wait(timeout)


# -- small helpers ----------------------------------------------------------------------------


@contextlib.contextmanager
def patched(obj: object, name: str, value: object) -> Iterator[None]:
    """Set ``obj.name`` for the duration of the block (the harness's monkeypatch)."""
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


def short(value: object, limit: int = 160) -> str:
    """``repr`` cut to ``limit`` characters, its start and its end (for reproductions)."""
    text = repr(value)
    if len(text) <= limit:
        return text
    half = (limit - 20) // 2
    return f"{text[:half]}…[{len(text)} chars]…{text[-half:]}"


def isolate_environment(work: Path) -> dict[str, str]:
    """XDG folders, the config folder, HOME and TMPDIR inside ``work`` (for this process and
    every child): the suite never touches the caseworker's real folders."""
    env: dict[str, str] = {}
    for name, sub in (
        ("XDG_DATA_HOME", "xdg/data"),
        ("XDG_CONFIG_HOME", "xdg/config"),
        ("XDG_STATE_HOME", "xdg/state"),
        ("XDG_CACHE_HOME", "xdg/cache"),
        ("DESISTKIT_CONFIG_DIR", "xdg/config/desistkit"),
        ("TMPDIR", "tmp"),
    ):
        folder = work / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    os.environ.update(env)
    os.environ.pop("DESISTKIT_VAULT", None)
    import tempfile

    tempfile.tempdir = None
    return env
