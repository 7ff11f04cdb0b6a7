"""What every benchmark shares: paths, the benchmark vault's secrets, timing and statistics.

Each figure is measured in a child process (``python -m benchmarks.<module> ...``) that prints
one JSON object as its last line of standard output; :func:`run_child` starts it and parses it.
That keeps every measurement in a fresh interpreter, as a caseworker's session would be.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / ".work"
#: The number of cases of the benchmark vault. ``DESISTKIT_BENCH_CASES`` (set by the scale
#: figure, ``bench_scale.py``, for its children) picks another vault: ``.work/scale-<N>``,
#: generated the fast way (``gen_vault.generate_fast``: no fsync, no index refresh per case).
CASES = int(os.environ.get("DESISTKIT_BENCH_CASES", "1000"))
#: True for the scale figure's vaults (generated fast); False for figures 1-7's vault.
SCALED = "DESISTKIT_BENCH_CASES" in os.environ
VAULT = WORK / (f"scale-{CASES}" if SCALED else "vault")
STAMP = WORK / (f"scale-{CASES}.json" if SCALED else "vault.json")
SCRATCH = WORK / "scratch"
#: The remembered key slots (issue 17) of benchmark runs stay in .work, not in this user's
#: state folder (children inherit it).
os.environ.setdefault("DESISTKIT_STATE_DIR", str(WORK / "state"))

#: Bump when the generator changes what it writes; an older cached vault is then regenerated.
GENERATOR_VERSION = 3
SESSIONS_PER_CASE = 20
#: The passphrase of the slot with the small (test-only) KDF parameters. Letters and digits
#: only, so it can be typed by Textual's Pilot and sent by ttyprobe as literal text.
PASSPHRASE = "benchvault2026"
#: The passphrase of a second slot with the default Argon2id parameters (``KdfParams()``).
REAL_KDF_PASSPHRASE = "benchrealkdf2026"
SLOT_LABEL = "bench"
REAL_SLOT_LABEL = "bench-real-kdf"

TTYPROBE_DEFAULT = Path("/work/shared/tools/ttyprobe.py")
BASELINE_APP_DEFAULT = Path("/work/shared/tools/baseline_app.py")


def ttyprobe_path() -> Path:
    """ttyprobe.py, overridable with ``DESISTKIT_TTYPROBE`` (never copied into the project)."""
    return Path(os.environ.get("DESISTKIT_TTYPROBE", str(TTYPROBE_DEFAULT)))


def baseline_app_path() -> Path:
    """The minimal Textual reference app; next to ttyprobe unless ``DESISTKIT_BASELINE_APP``."""
    env = os.environ.get("DESISTKIT_BASELINE_APP")
    if env:
        return Path(env)
    beside = ttyprobe_path().parent / BASELINE_APP_DEFAULT.name
    return beside if beside.is_file() else BASELINE_APP_DEFAULT


def python() -> str:
    """The interpreter running the benchmarks (the project venv's)."""
    return sys.executable


def venv_bin(name: str) -> Path:
    """A console script installed beside the interpreter (``.venv/bin/desistkit``)."""
    return Path(sys.executable).parent / name


# -- statistics ----------------------------------------------------------------------------


def summary(values: Iterable[float]) -> dict[str, float]:
    """median / min / max / n of the values (empty values give an empty dict)."""
    xs = [float(v) for v in values]
    if not xs:
        return {}
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


def instrument(owner: object, name: str, wrapper: Callable[..., Any]) -> None:
    """Put ``wrapper`` (a timing wrapper of the original) in place of ``owner.name`` for the
    rest of this process: a class's method, a module's function or one object's method."""
    setattr(owner, name, wrapper)


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def ms_between(a: float, b: float) -> float:
    """Milliseconds from ``a`` to ``b`` (two ``perf_counter`` readings)."""
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
        return sum(ms_between(max(a, s), min(b, e)) for s, e, _ in self.spans if s < b and e > a)


class KdfClock:
    """Wraps ``KdfParams.derive`` to add up the time spent in Argon2id (to subtract it)."""

    def __init__(self) -> None:
        from desistkit_tui.core.vault.keys import KdfParams
        from desistkit_tui.core.vault.secret import Secret

        self.total_ms = 0.0
        self.calls = 0
        original = KdfParams.derive
        clock = self

        def derive(params: KdfParams, secret: Secret, salt: bytes) -> Secret:
            start = time.perf_counter()
            try:
                return original(params, secret, salt)
            finally:
                clock.total_ms += ms_since(start)
                clock.calls += 1

        instrument(KdfParams, "derive", derive)

    def reset(self) -> None:
        self.total_ms, self.calls = 0.0, 0


def peak_rss_kib() -> int:
    """This process's peak resident set size (VmHWM), KiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


# -- children ------------------------------------------------------------------------------


class ChildFailed(RuntimeError):
    pass


def emit(result: dict[str, Any]) -> None:
    """The last line a child prints: its result, as JSON."""
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    sys.stdout.flush()


def run_child(
    module: str, *args: str, timeout: float = 180.0, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``python -m benchmarks.<module> args`` and return the JSON it printed last
    (``env``: variables added to this process's environment for the child)."""
    cmd = [python(), "-m", f"benchmarks.{module}", *args]
    proc = subprocess.run(
        cmd,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **env} if env else None,
    )
    last = proc.stdout.strip().splitlines()[-1:] if proc.stdout.strip() else []
    if proc.returncode != 0 or not last:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise ChildFailed(f"{' '.join(cmd[2:])} exited {proc.returncode}:\n{tail}")
    result: dict[str, Any] = json.loads(last[0])
    return result


def run_wait4(
    cmd: list[str], timeout: float = 180.0, env: dict[str, str] | None = None
) -> tuple[str, str, int, int]:
    """Run ``cmd``; (stdout, stderr, exit status, ru_maxrss KiB of that one child)."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            cmd, cwd=REPO, stdout=out, stderr=err, env={**os.environ, **env} if env else None
        )
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        out.seek(0)
        err.seek(0)
        return (
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            proc.returncode,
            usage.ru_maxrss,
        )


def last_json(stdout: str) -> dict[str, Any]:
    lines = stdout.strip().splitlines()
    if not lines:
        raise ChildFailed("no output")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


class Probes:
    """Wall time spent inside chosen methods (class-level wrappers), in ms, by label.

    Used for the break-down lines only; a figure itself is always measured end to end.
    Nested calls of the same method are counted once (the outermost).
    """

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name, None)
        if original is None:  # renamed in the app: that break-down line just goes missing
            return
        probes = self
        depth = [0]

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    probes.ms[label] = probes.ms.get(label, 0.0) + ms_since(start)
                    probes.calls[label] = probes.calls.get(label, 0) + 1

        instrument(owner, name, wrapper)

    def reset(self) -> None:
        self.ms.clear()
        self.calls.clear()
