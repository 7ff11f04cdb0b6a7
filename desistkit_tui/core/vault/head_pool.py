"""Read a long list of case documents in two helper processes (issue 17).

An index rebuilt at 10,000 cases reads every case document: about 1.5 s of one core. A
:class:`HeadPool` has two :mod:`.head_worker` processes read the list, one from the front and
one from the back, on both cores; the caller takes their answers as they come and reads
itself what no helper can: while the helpers start, and the rest of a helper's part once that
helper has died, hung or the other one is done (from the far end, so the two meet). Whatever
happens to the helpers, the result is the one-process result (a case a helper could not read
is read again by the caller, with every check and error report of that path), only sooner.

The helpers get the keys of the cases they are to read (never the vault's own keys) through a
pipe; docs/architecture.md, "Secrets in memory", and :mod:`.head_worker` say what they do and
never do with them.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import desistkit_tui
from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.vault.atomic import write_all
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.index_files import FOLDER as INDEX_FOLDER
from desistkit_tui.core.vault.index_files import LEGACY as INDEX_LEGACY
from desistkit_tui.core.vault.kdf import KEY_SIZE
from desistkit_tui.core.vault.names import CASES

#: Below this many cases to read, the helpers' start (an interpreter and its imports, about
#: 0.1–0.2 s on the reference machine) costs about as much as it saves.
PARALLEL_FROM = 2_000
MODULE = "desistkit_tui.core.vault.head_worker"
#: Cases per batch sent to a helper, and how many it is kept ahead of its answers.
BATCH = 256
AHEAD = 2 * BATCH
#: Without any answer for this long, the caller reads on by itself (a hung helper).
STALL = 2.0
Answer = list[Any] | None


class HeadHelper:
    """One running :mod:`.head_worker` and what it has answered so far."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        #: (position, answer) in the order they came; an answer is an index row followed by
        #: the revision and the sessions flag, or None (the caller reads that case).
        self.answers: list[tuple[int, Answer]] = []
        #: The helper has started (its imports done, it says so before it reads anything).
        self.started = False
        #: The helper's output has ended: it is done, or gone.
        self.finished = False
        #: Set whenever the helper says something or ends (the pool's, once it is in one).
        self.wake = threading.Event()
        self._outbox: queue.SimpleQueue[bytearray | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._read, name="head-helper", daemon=True)]
        self._threads[0].start()

    @classmethod
    def spawn(cls, command: Sequence[str] = ()) -> HeadHelper | None:
        """Start a helper (it waits for its list); ``None`` if it cannot be started.
        ``command`` replaces the interpreter's (tests)."""
        argv = list(command) or [sys.executable, "-m", MODULE]
        if not argv[0]:
            return None
        try:
            process = subprocess.Popen(  # noqa: S603 - this interpreter, this package, no shell
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                # The package's own folder: ``-m`` puts the working folder first on the import
                # path, and the one the app was started in may hold anything.
                cwd=Path(desistkit_tui.__file__).parent.parent,
                start_new_session=True,  # a Ctrl+C at a shell prompt is the caller's to handle
            )
        except OSError:
            return None
        return cls(process)

    def begin(self, files: VaultFiles, wake: threading.Event) -> None:
        """Start talking to the helper: its settings now, its batches as :meth:`send` queues
        them; ``wake`` is set whenever answers come or the helper ends."""
        self.wake = wake
        wake.set()  # whatever it said before
        header = json.dumps({"root": str(files.root), "vault_id": files.vault_id.hex()})
        self.send(bytearray(header.encode("utf-8")))
        thread = threading.Thread(target=self._write, name="head-helper-keys", daemon=True)
        thread.start()
        self._threads.append(thread)

    def send(self, batch: bytearray) -> None:
        """Queue ``batch`` for the helper (the sending thread wipes it once written)."""
        self._outbox.put(batch)

    def end(self) -> None:
        """No more batches."""
        self._outbox.put(None)

    def _write(self) -> None:
        """Write each queued batch, its length first, then wipe it (a thread: the pipe holds
        64 KiB). Straight to the pipe: no buffer of the file object keeps a copy of the keys."""
        stdin = self._process.stdin
        assert stdin is not None
        broken = False
        while (batch := self._outbox.get()) is not None:
            try:
                if not broken:
                    write_all(stdin.fileno(), len(batch).to_bytes(4, "big"))
                    write_all(stdin.fileno(), batch)
            except OSError:
                broken = True  # the helper is gone: the caller reads its cases
            finally:
                batch[:] = bytes(len(batch))
        with contextlib.suppress(OSError):
            if not broken:
                write_all(stdin.fileno(), bytes(4))
            stdin.close()

    def _read(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        try:
            for line in stdout:
                self.answers.extend((int(p), a) for p, a in json.loads(line))
                self.started = True
                self.wake.set()
        except (ValueError, TypeError, OSError):
            pass  # a line cut short by a kill, or a helper gone wrong: the caller reads on
        finally:
            self.finished = True
            self.wake.set()

    def stop(self) -> None:
        """End the helper (it may still be reading) and its threads."""
        with contextlib.suppress(OSError):
            self._process.kill()
        self._process.wait()
        self.end()  # the sending thread, if any, ends
        for thread in self._threads:
            thread.join()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def many_cases(root: Path, at_least: int) -> bool:
    """Whether the vault at ``root`` has at least ``at_least`` case folders, as far as the
    link count of ``cases/`` tells without listing it (a file system that does not count says
    no)."""
    try:
        links = os.stat(root / CASES).st_nlink
    except OSError:
        return False
    return links - 2 >= at_least


def spawn_pair(command: Sequence[str] = ()) -> list[HeadHelper]:
    """Two helpers started now (:meth:`HeadHelper.spawn`), or as many as could be."""
    spawned = (HeadHelper.spawn(command) for _ in range(2))
    return [helper for helper in spawned if helper is not None]


def _spawn_for_rebuild(root: Path) -> list[HeadHelper]:
    """Two helpers if the vault at ``root`` visibly has no index and holds many cases."""
    if (root / INDEX_FOLDER).is_dir() or (root / INDEX_LEGACY).exists():
        return []
    return spawn_pair() if many_cases(root, PARALLEL_FROM) else []


#: Helpers started ahead for a vault folder (its absolute path), waiting for its unlock.
_waiting: dict[str, list[HeadHelper]] = {}
_waiting_lock = threading.Lock()


def start_ahead(root: Path) -> None:
    """Start the helpers for the vault at ``root`` now if its index is visibly gone and it
    holds many cases: the unlock screen calls it while the passphrase is typed. They get no
    key until an unlock hands them cases; until then they have imported their modules (~0.1 s
    of CPU each) and wait. They end with the app (their input closes) if no unlock comes."""
    _keep_waiting(root, _spawn_for_rebuild(root))


def helpers_ahead(root: Path) -> list[HeadHelper]:
    """The helpers for an unlock of the vault at ``root`` that is about to derive its key:
    the ones :func:`start_ahead` started, else two started now when the index is visibly gone
    (they start while the key is derived on one core; the other is idle meanwhile). The
    caller hands them to :meth:`.CaseIndex.adopt`, or back with :func:`give_back` if the
    unlock fails."""
    waiting = _take_waiting(root)
    alive = [helper for helper in waiting if not helper.finished]
    for helper in waiting:
        if helper.finished:
            helper.stop()
    return alive or _spawn_for_rebuild(root)


def give_back(root: Path, helpers: list[HeadHelper]) -> None:
    """Keep helpers an unlock did not use (a wrong passphrase) for the next attempt."""
    if helpers:
        _keep_waiting(root, helpers)


def _take_waiting(root: Path) -> list[HeadHelper]:
    with _waiting_lock:
        return _waiting.pop(os.path.abspath(root), [])


def _keep_waiting(root: Path, helpers: list[HeadHelper]) -> None:
    """``helpers`` (if any) wait for the vault at ``root``; the ones waiting before stop."""
    with _waiting_lock:
        before = _waiting.pop(os.path.abspath(root), [])
        if helpers:
            _waiting[os.path.abspath(root)] = helpers
    for helper in before:
        helper.stop()


class HeadPool:
    """Two helpers reading ``case_ids``: ``front`` from the first case up to the middle,
    ``back`` from the last case down to it."""

    def __init__(
        self, files: VaultFiles, case_ids: Sequence[str], helpers: list[HeadHelper]
    ) -> None:
        self.files, self.case_ids = files, case_ids
        self._add_key = _key_adder(files)
        n = len(case_ids)
        self.middle = n // 2
        self.front, self.back = helpers
        self._wake = threading.Event()
        #: Each helper's positions in its order, and how many of them were sent.
        self._orders = (range(self.middle), range(n - 1, self.middle - 1, -1))
        self._sent = [0, 0]
        for helper in helpers:
            helper.begin(files, self._wake)
        self._feed()

    def _feed(self) -> None:
        """Send each helper its next batch while it has fewer than :data:`AHEAD` cases to go:
        the keys are gathered as they are needed, not all before the first case is read."""
        for side, helper in enumerate((self.front, self.back)):
            order, sent = self._orders[side], self._sent[side]
            if sent < len(order) and sent - len(helper.answers) < AHEAD:
                helper.send(_records(self.case_ids, order[sent : sent + BATCH], self._add_key))
                self._sent[side] = sent = min(len(order), sent + BATCH)
                if sent == len(order):
                    helper.end()

    @classmethod
    def start(
        cls,
        files: VaultFiles,
        case_ids: Sequence[str],
        ready: Sequence[HeadHelper] = (),
        command: Sequence[str] = (),
    ) -> HeadPool | None:
        """A pool for ``case_ids`` with the helpers ``ready`` (started earlier) and new ones as
        needed (:meth:`HeadHelper.spawn` with ``command``); ``None`` if two cannot be started
        (the ones started are stopped)."""
        helpers = list(ready[:2])
        for extra in ready[2:]:
            extra.stop()
        while len(helpers) < 2 and (helper := HeadHelper.spawn(command)) is not None:
            helpers.append(helper)
        if len(helpers) < 2:
            for helper in helpers:
                helper.stop()
            return None
        return cls(files, case_ids, helpers)

    def run(self, read_self: Callable[[int], None]) -> Iterator[tuple[int, Answer]]:
        """The helpers' answers (position, answer) as they come, each position once; the
        positions no helper will answer are given to ``read_self`` (the caller reads them), so
        that every position is either yielded or read. The helpers are stopped at the end."""
        front, back, n = self.front, self.back, len(self.case_ids)
        # The caller's own reads: the front part's top down to ``top``, the back part's
        # bottom up to ``bottom``. The front helper answers [0, its count), the back one
        # [n - its count, n).
        top = bottom = self.middle
        taken = [0, 0]
        news = time.monotonic()
        try:
            while True:
                self._wake.clear()
                self._feed()
                counts = (len(front.answers), len(back.answers))
                for side, helper in enumerate((front, back)):
                    for position, answer in helper.answers[taken[side] : counts[side]]:
                        if (position < top) if side == 0 else (position >= bottom):
                            yield position, answer
                    if counts[side] > taken[side]:
                        taken[side], news = counts[side], time.monotonic()
                front_left, back_left = top - counts[0], (n - counts[1]) - bottom
                if front_left <= 0 and back_left <= 0:
                    return
                stalled = time.monotonic() - news > STALL
                starting = not (front.started or back.started or front.finished)
                help_front = front_left > 0 and (front.finished or back_left <= 0)
                help_back = back_left > 0 and (back.finished or front_left <= 0)
                if front_left > 0 and (help_front or stalled or (starting and not help_back)):
                    top -= 1
                    read_self(top)
                elif back_left > 0 and (help_back or stalled or starting):
                    read_self(bottom)
                    bottom += 1
                else:
                    self._wake.wait(0.05)
        finally:
            front.stop()
            back.stop()


def _records(
    case_ids: Sequence[str], positions: range, add_key: Callable[[str, bytearray], bool]
) -> bytearray:
    """A batch for a helper: each case at ``positions``, in that order, with its position, id
    and key (:mod:`.head_worker`). A case this session has no key for is sent with a zero key
    and a name the app does not give with an empty one: the helper answers None for both, and
    the caller reads them (and reports them)."""
    batch = bytearray()
    for position in positions:
        case_id = case_ids[position]
        name = case_id.encode("ascii") if case_id.isascii() and len(case_id) < 256 else b""
        batch += position.to_bytes(4, "big")
        batch.append(len(name))
        batch += name
        if not (name and add_key(case_id, batch)):
            batch += bytes(KEY_SIZE)
    return batch


def _key_adder(files: VaultFiles) -> Callable[[str, bytearray], bool]:
    """A function that appends a case's key to a batch (wiped by its sender), with no copy in
    between; False if there is none to give."""
    store = files.case_keys
    held = None
    if store is not None:
        with contextlib.suppress(VaultError):  # a key shard that does not read: one by one
            held = store.held_keys()

    def add(case_id: str, out: bytearray) -> bool:
        if held is not None:
            key = held.get(case_id)
            if key is None:
                return False
            out += key.buffer
            return True
        from desistkit_tui.core.vault.cases import read_case_key

        try:
            key = read_case_key(files, case_id)
        except (VaultError, OSError):
            return False
        out += key.buffer
        key.wipe()
        return True

    return add
