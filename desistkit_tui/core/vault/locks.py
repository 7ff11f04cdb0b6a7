"""Per-case advisory locks (``fcntl.flock``), so a second session opens a case read-only."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from desistkit_tui.core.errors import StorageError

LOCK_NAME = ".lock"


class CaseLock:
    """An exclusive, non-blocking lock on a case folder, held until :meth:`release`."""

    def __init__(self, folder: Path, mode: int = 0o600) -> None:
        self.path = folder / LOCK_NAME
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

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
