"""The terminal matrix (issue 16): the real ``desistkit`` console script on a pseudo-terminal,
under each ``TERM`` × locale × size, through a caseworker's round; the screen is read with
``pyte`` (a VT emulator), the keys are sent as the terminal sends them.

``python -m tests.tui.terminal_matrix`` runs it and prints the table (CI: ``make
terminal-matrix``); ``tests/tui/test_terminal_matrix.py`` runs it under pytest.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyte

TERMS = ("xterm-256color", "xterm", "screen", "tmux-256color", "linux", "vt100")
LOCALES = {"C.UTF-8": {"LANG": "C.UTF-8"}, "C": {"LANG": "C", "LC_ALL": "C"}}
SIZES = ((80, 24), (60, 20))
PASSPHRASE = "matrix passphrase of the test vault"
CODE = "MATRIX-1"
#: How long one step may wait for its screen (a loaded CI machine is slow, never this slow).
STEP_SECONDS = 40.0

#: The function keys the app's footers offer, as each kind of terminal sends them:
#: xterm (and tmux, screen), PuTTY in its default mode (TERM=xterm), the Linux console.
XTERM_KEYS = {
    "f1": b"\x1bOP",
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "f4": b"\x1bOS",
    "f5": b"\x1b[15~",
    "home": b"\x1b[H",
    "end": b"\x1b[F",
}
PUTTY_KEYS = {
    **XTERM_KEYS,
    "f1": b"\x1b[11~",
    "f2": b"\x1b[12~",
    "f3": b"\x1b[13~",
    "f4": b"\x1b[14~",
    "home": b"\x1b[1~",
    "end": b"\x1b[4~",
}
LINUX_KEYS = {
    **XTERM_KEYS,
    "f1": b"\x1b[[A",
    "f2": b"\x1b[[B",
    "f3": b"\x1b[[C",
    "f4": b"\x1b[[D",
    "f5": b"\x1b[[E",
    "home": b"\x1b[1~",
    "end": b"\x1b[4~",
}
#: F6-F12 are the same everywhere: ESC [ 17 ~ … ESC [ 24 ~.
KEYS_OF_TERM = {"xterm": PUTTY_KEYS, "linux": LINUX_KEYS, "vt100": PUTTY_KEYS}


@dataclass
class Cell:
    """One run: its environment, size, outcome and, when it failed, why."""

    term: str
    locale: str
    size: tuple[int, int]
    ok: bool = False
    why: str = ""
    seconds: float = 0.0
    screens: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"TERM={self.term} LANG={self.locale} {self.size[0]}x{self.size[1]}"


class _Screen:
    """The program's output, fed to a pyte screen by a reader thread; raw bytes kept."""

    def __init__(self, fd: int, size: tuple[int, int]) -> None:
        self.fd = fd
        self.screen = pyte.Screen(*size)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.lock = threading.Lock()
        self.closed = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                break
            if not data:
                break
            with self.lock:
                self.raw += data
                self.stream.feed(data)
        self.closed.set()

    def text(self) -> str:
        with self.lock:
            # No-break spaces (the step counter's) read as spaces.
            return "\n".join(self.screen.display).replace("\u00a0", " ")

    def wait_for(self, marker: str, timeout: float = STEP_SECONDS) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if marker in self.text():
                return
            if self.closed.is_set():
                break
            time.sleep(0.05)
        raise AssertionError(f"waited for {marker!r}; the screen shows:\n{self.text()}")


def make_vault(path: Path) -> Path:
    """A vault with one case, on a fast KDF (the matrix tests terminals, not Argon2id)."""
    from desistkit_tui.core.vault.kdf import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    fast = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
    vault, _ = Vault.create(path, Secret.from_text(PASSPHRASE), "matrix", kdf=fast)
    vault.create_case(CODE)
    vault.lock()
    return path


def console_script() -> str:
    """The installed ``desistkit`` entry point beside this Python (not ``python -m``)."""
    return str(Path(sys.executable).with_name("desistkit"))


@contextlib.contextmanager
def spawn(
    argv: Sequence[str], env: dict[str, str], size: tuple[int, int]
) -> Iterator[tuple[int, int]]:
    """``argv`` on a new pseudo-terminal of ``size`` (columns, lines); yields (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: set the window size on its terminal, then run the program
        cols, rows = size
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(argv[0], list(argv), env)
    try:
        yield pid, fd
    finally:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)


def _wait_exit(pid: int, timeout: float = STEP_SECONDS) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    raise AssertionError("the program did not exit after Ctrl+Q")


def run_cell(cell: Cell, work: Path) -> Cell:
    """Unlock → open the case → start a reflection → type a word → leave → card mode → draw
    a card → quit; then check the exit status, tracebacks and the bytes written."""
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(dir=work))
    vault = make_vault(folder / "vault")
    keys = KEYS_OF_TERM.get(cell.term, XTERM_KEYS)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_STATE_HOME": str(folder / "state"),
        "TERM": cell.term,
        "DESISTKIT_LANG": "en",
        **LOCALES[cell.locale],
    }
    argv = [console_script(), "--vault", str(vault)]
    try:
        with spawn(argv, env, cell.size) as (pid, fd):
            screen = _Screen(fd, cell.size)

            def step(keys_: bytes, marker: str) -> None:
                os.write(fd, keys_)
                screen.wait_for(marker)
                cell.screens.append(screen.text())

            screen.wait_for("Unlock the vault")
            step(PASSPHRASE.encode() + b"\r", CODE)
            step(b"\r", "No reflections or card sessions yet")
            step(keys["f5"], "Which factors")
            step(b"\x13", "Step 1 of")  # Ctrl+S: the first way offered
            step(b"\t" * 5 + b"Sleeps", "Sleeps")
            step(b"\x1b", "draft")  # leave: saved as a draft
            step(keys["f4"], "Card session")
            step(keys["f5"], "drawn 0")
            step(keys["f2"], "drawn 1")
            os.write(fd, b"\x11")  # Ctrl+Q
            code = _wait_exit(pid)
            screen.closed.wait(5)
            raw = bytes(screen.raw)
        problems = _problems(raw, cell.locale)
        if code != 0:
            problems.append(f"exit status {code}")
        cell.ok, cell.why = not problems, "; ".join(problems)
    except AssertionError as exc:
        cell.ok, cell.why = False, str(exc)
    cell.seconds = time.monotonic() - started
    return cell


def _problems(raw: bytes, locale: str) -> list[str]:
    problems = []
    if b"Traceback" in raw:
        problems.append("a traceback")
    if locale == "C":
        stray = sorted({b for b in raw if b >= 0x80})
        if stray:
            problems.append(f"non-ASCII bytes under LANG=C: {[hex(b) for b in stray[:8]]}")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"not UTF-8: {exc}")
        else:
            if "\ufffd" in text:
                problems.append("a replacement character (mojibake)")
    return problems


def all_cells() -> list[Cell]:
    return [Cell(t, loc, size) for t in TERMS for loc in LOCALES for size in SIZES]


def run_matrix(
    cells: Sequence[Cell],
    work: Path,
    workers: int = 4,
    report: Callable[[Cell], None] | None = None,
) -> list[Cell]:
    """Every cell, ``workers`` at a time (each is a process of its own on its own terminal)."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        done = list(pool.map(lambda c: run_cell(c, work), cells))
    for cell in done:
        if report is not None:
            report(cell)
    return done


def table(cells: Sequence[Cell]) -> str:
    """The matrix as a Markdown table: one row per environment, one column per size."""
    sizes = sorted({c.size for c in cells}, reverse=True)
    rows = ["| TERM | locale | " + " | ".join(f"{w}x{h}" for w, h in sizes) + " |"]
    rows.append("|---|---|" + "---|" * len(sizes))
    for term in dict.fromkeys(c.term for c in cells):
        for loc in dict.fromkeys(c.locale for c in cells):
            marks = []
            for size in sizes:
                found = [c for c in cells if (c.term, c.locale, c.size) == (term, loc, size)]
                marks.append(
                    (f"pass ({found[0].seconds:.1f} s)" if found[0].ok else "FAIL") if found else ""
                )
            rows.append(f"| {term} | {loc} | " + " | ".join(marks) + " |")
    return "\n".join(rows)


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as work:
        cells = run_matrix(all_cells(), Path(work))
    print(table(cells))
    print(f"\n{len(cells)} cells in {time.monotonic() - started:.1f} s")
    for cell in cells:
        if not cell.ok:
            print(f"\n{cell.name}: {cell.why}")
    return 0 if all(c.ok for c in cells) else 1


if __name__ == "__main__":
    raise SystemExit(main())
