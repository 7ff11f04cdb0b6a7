"""The real ``desistkit`` program on a pseudo-terminal, as an SSH user would run it."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path


class Terminal:
    """A running program: what it wrote can be waited for; keys can be typed into it."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd

    def read_until(self, marker: bytes, timeout: float = 30.0) -> bytes:
        """What the program wrote until ``marker`` appeared (or the time ran out)."""
        seen = b""
        deadline = time.monotonic() + timeout
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(self.fd, 65536)
                except OSError:
                    break
        return seen

    def write(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def hang_up(self) -> int:
        """SIGHUP (the SSH link dropped); the program's exit code."""
        os.kill(self.pid, signal.SIGHUP)
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)


@contextlib.contextmanager
def real_cli(
    vault: Path | None, *args: str, env: dict[str, str] | None = None
) -> Iterator[Terminal]:
    """``desistkit [--vault VAULT] ARGS…`` on an 80x24 xterm; killed and closed afterwards.

    The interface is English (``DESISTKIT_LANG=en``) unless ``env`` or ``--lang`` says
    otherwise, whatever the locale of the machine running the tests.
    """
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "24",
        "DESISTKIT_LANG": "en",
        **(env or {}),
    }
    argv = [sys.executable, "-m", "desistkit_tui.cli"]
    argv += (["--vault", str(vault)] if vault is not None else []) + list(args)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real CLI on a terminal
        os.execvpe(sys.executable, argv, env)
    try:
        yield Terminal(pid, fd)
    finally:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
