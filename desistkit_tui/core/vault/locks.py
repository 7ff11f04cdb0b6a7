"""Advisory locks (``fcntl.flock``): per case, so a second session opens a case read-only, and
one for the whole vault, held while a case is created or an interrupted one cleaned up.

A held lock is listed in Linux's ``/proc/locks`` (process, device, inode): whoever can also list
the vault's ``cases/`` folder sees which case folder is open for writing. That is kept as a
documented limitation (docs/vault-format.md §11, "What a lock shows"): byte-range ``fcntl``
locks on one shared file would hide it, but any ``close`` of that file drops all of a process's
locks on it, which would weaken the one-writer guarantee for a small gain.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from desistkit_tui.core.errors import StorageError, VaultBusy

LOCK_NAME = ".lock"
#: How long :meth:`FileLock.wait` waits for another session by default (creating a case holds
#: the vault's lock for milliseconds).
WAIT_SECONDS = 10.0


class FileLock:
    """An exclusive lock on the file ``path``, held until :meth:`release`."""

    def __init__(self, path: Path, mode: int = 0o600) -> None:
        self.path = path
        self.mode = mode
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True if this session now holds the lock; False if another session does."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(
                self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, self.mode
            )
        except OSError as exc:
            raise StorageError("lock", str(self.path), exc) from exc
        try:
            # os.open's mode is filtered by the umask: set it (a team vault needs 0660 so that
            # colleagues can open the lock too). Only the owner may; others find it right.
            if os.fstat(fd).st_uid == os.geteuid():
                os.fchmod(fd, self.mode)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError as exc:
            os.close(fd)
            raise StorageError("lock", str(self.path), exc) from exc
        self._fd = fd
        return True

    def wait(self, seconds: float | None = None) -> None:
        """Take the lock, waiting up to ``seconds`` (default :data:`WAIT_SECONDS`, read at the
        call) for another session; :class:`VaultBusy`."""
        deadline = time.monotonic() + (WAIT_SECONDS if seconds is None else seconds)
        pause = 0.002
        while not self.acquire():
            if time.monotonic() >= deadline:
                raise VaultBusy()
            time.sleep(pause)
            pause = min(pause * 2, 0.05)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class CaseLock(FileLock):
    """The lock of one case folder (``cases/<id>/.lock``): held by the session that may write."""

    def __init__(self, folder: Path, mode: int = 0o600) -> None:
        super().__init__(folder / LOCK_NAME, mode)


class VaultLock(FileLock):
    """The vault's own lock (``<vault>/.lock``): creating a case holds it around the check that
    its code is new and the writes, so two sessions cannot both create the same code; the
    clean-up of interrupted creations at unlock takes it too (and skips when it is busy)."""

    #: The vault locks each thread holds. A lock made with ``share=True`` (the index's write,
    #: which also runs inside a rekey) joins one this thread holds instead of waiting for it.
    _local = threading.local()

    def __init__(self, root: Path, mode: int = 0o600, *, share: bool = False) -> None:
        super().__init__(root / LOCK_NAME, mode)
        self._share = share
        self._nested = False

    def _held_here(self) -> set[Path]:
        held: set[Path] | None = getattr(VaultLock._local, "held", None)
        if held is None:
            held = VaultLock._local.held = set()
        return held

    def acquire(self) -> bool:
        if self._fd is not None or self._nested:
            return True
        if self._share and self.path in self._held_here():
            self._nested = True
            return True
        if not super().acquire():
            return False
        self._held_here().add(self.path)
        return True

    @property
    def held(self) -> bool:
        return self._fd is not None or self._nested

    def release(self) -> None:
        if self._nested:
            self._nested = False
            return
        if self._fd is not None:
            self._held_here().discard(self.path)
        super().release()
