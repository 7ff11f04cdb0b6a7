"""The real ``desistkit`` console script on a pseudo-terminal; every byte it writes is kept.

Like ``tests/tui/terminal.py``, but it runs the installed console script (not ``python -m``),
keeps the raw output for the rendering target, can drop CAP_SYS_PTRACE (for the core-dump
check) and sets the window size with ``TIOCSWINSZ``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import sys
import termios
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

#: Keys as an xterm sends them.
KEYS = {
    "enter": b"\r",
    "escape": b"\x1b",
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "home": b"\x1b[H",
    "tab": b"\t",
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "f4": b"\x1bOS",
    "f5": b"\x1b[15~",
    "f6": b"\x1b[17~",
    "f7": b"\x1b[18~",
    "f10": b"\x1b[21~",
    "ctrl+s": b"\x13",
    "ctrl+l": b"\x0c",
    "ctrl+q": b"\x11",
}
_ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


CAP_SYS_PTRACE = 19
PR_CAPBSET_DROP = 24


def drop_ptrace_capability() -> None:
    """Drop CAP_SYS_PTRACE from this process (and, as root, from what it will exec).

    The core-dump check asks the kernel whether a process of the same user may open another's
    ``/proc/<pid>/mem``: refused when the target is not dumpable, unless the asker has
    CAP_SYS_PTRACE, which root has. Both the program and the asker drop it, so root's run
    answers as a caseworker's would (the capability sets stay equal, as the kernel requires).
    """
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_CAPBSET_DROP, CAP_SYS_PTRACE, 0, 0, 0)  # EPERM without privileges: fine
    with open("/proc/self/status", encoding="ascii") as status:
        caps = {
            line.split(":")[0]: int(line.split()[1], 16)
            for line in status
            if line.startswith(("CapEff", "CapPrm", "CapInh"))
        }
    keep = ~(1 << CAP_SYS_PTRACE)
    eff, prm, inh = (caps[name] & keep for name in ("CapEff", "CapPrm", "CapInh"))
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    low, high = 0xFFFFFFFF, 32
    data = (ctypes.c_uint32 * 6)(
        eff & low, prm & low, inh & low, eff >> high, prm >> high, inh >> high
    )
    if libc.capset(header, data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def console_script() -> str:
    """The installed ``desistkit`` next to this interpreter (else on PATH)."""
    beside = Path(sys.executable).with_name("desistkit")
    if beside.is_file():
        return str(beside)
    found = shutil.which("desistkit")
    if found is None:
        raise FileNotFoundError("no desistkit console script: run `make setup`")
    return found


def visible(data: bytes) -> str:
    """Roughly the text in ``data`` (control sequences removed): for waiting and messages."""
    return _ANSI.sub(b"", data).decode("utf-8", "replace")


class Terminal:
    """A running program on a pty."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd
        self.output = bytearray()

    def read_until(self, marker: str | bytes, timeout: float = 20.0) -> bytes:
        """Everything written until ``marker`` shows (in the raw bytes or the visible text), or
        the time ran out; what was read is returned and kept in :attr:`output`."""
        want = marker.encode() if isinstance(marker, str) else marker
        start = len(self.output)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            chunk = self.output[start:]
            if want in chunk or want.decode("utf-8", "replace") in visible(bytes(chunk)):
                break
            if not self._read(min(0.1, deadline - time.monotonic())) and not self.alive():
                break
        return bytes(self.output[start:])

    def read_until_any(self, markers: list[str], timeout: float = 3.0) -> bytes:
        """Like :meth:`read_until`, for whichever of ``markers`` shows first (raw bytes)."""
        return self._read_until(markers, timeout, any)

    def read_until_all(self, markers: list[str], timeout: float = 3.0) -> bytes:
        """Like :meth:`read_until_any`, until every one of ``markers`` has shown."""
        return self._read_until(markers, timeout, all)

    def _read_until(
        self, markers: list[str], timeout: float, enough: Callable[[Iterable[bool]], bool]
    ) -> bytes:
        wanted = [m.encode() for m in markers]
        start = len(self.output)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if enough(w in self.output[start:] for w in wanted):
                break
            if not self._read(min(0.1, deadline - time.monotonic())) and not self.alive():
                break
        return bytes(self.output[start:])

    def settle(self, quiet: float = 0.3, timeout: float = 5.0) -> bytes:
        """Read until the program has written nothing for ``quiet`` seconds."""
        start = len(self.output)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(quiet):
            pass
        return bytes(self.output[start:])

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], max(wait, 0))
        if not ready:
            return False
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            return False
        self.output += data
        return bool(data)

    def press(self, *keys: str) -> None:
        for key in keys:
            os.write(self.fd, KEYS.get(key, key.encode()))
            time.sleep(0.05)

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def paste(self, text: str) -> None:
        """A bracketed paste, as a terminal sends one."""
        os.write(self.fd, b"\x1b[200~" + text.encode("utf-8", "surrogatepass") + b"\x1b[201~")

    def alive(self) -> bool:
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return False
        return pid == 0


@contextlib.contextmanager
def running(
    *args: str,
    env: dict[str, str],
    size: tuple[int, int] = (160, 50),
    drop_ptrace: bool = False,
) -> Iterator[Terminal]:
    """``desistkit ARGS…`` on a ``size`` (columns, rows) xterm; killed afterwards.

    ``drop_ptrace``: without CAP_SYS_PTRACE (see :func:`drop_ptrace_capability`).
    """
    columns, rows = size
    full_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "COLUMNS": str(columns),
        "LINES": str(rows),
        "LANG": "C.UTF-8",
        "DESISTKIT_LANG": "en",
        **env,
    }
    argv = [console_script(), *args]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real program on a terminal
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            if drop_ptrace:
                drop_ptrace_capability()
            os.execve(argv[0], argv, full_env)
        finally:
            os._exit(127)
    terminal = Terminal(pid, fd)
    try:
        yield terminal
    finally:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
