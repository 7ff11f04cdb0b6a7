"""Crash-safe file writes and the vault's file permissions.

A write goes to a fresh temp file in the same folder (``O_EXCL``, mode 0600 from the start),
is fsynced, read back and compared, then renamed over the target with ``os.replace`` and the
folder is fsynced. A crash at any point leaves either the old file or the new one, never a mix;
a leftover ``.tmp`` file holds only ciphertext and is swept on the next open.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from desistkit_tui.core.errors import DiskFull, StorageError

#: Test hook: called with the name of each step of a write ("open", "write", "fsync",
#: "verify", "replace", "fsync-dir"). Fault tests set it in a subprocess to kill the process
#: at a chosen step; it is ``None`` in normal use.
fault_hook: Callable[[str], None] | None = None

TMP_SUFFIX = ".tmp"
_FULL = {errno.ENOSPC, errno.EDQUOT}


class Modes:
    """File and folder modes: private (0600/0700) or a team vault's group-shared ones."""

    def __init__(self, team: bool = False) -> None:
        self.file = 0o660 if team else 0o600
        self.folder = 0o2770 if team else 0o700


def _step(name: str) -> None:
    if fault_hook is not None:
        fault_hook(name)


def _oserror(exc: OSError, path: Path) -> Exception:
    if exc.errno in _FULL:
        return DiskFull(str(path))
    return StorageError("write", str(path), exc)


def ensure_folder(path: Path, modes: Modes) -> None:
    """Create ``path`` (and parents inside the vault) with the vault's folder mode."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=modes.folder)
            os.chmod(folder, modes.folder)  # mkdir's mode is filtered by the umask
        except FileExistsError:
            continue
        except OSError as exc:
            raise _oserror(exc, folder) from exc


def fsync_folder(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(path: Path, data: bytes, modes: Modes) -> Path:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}{TMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW
    _step("open")
    fd = os.open(tmp, flags, modes.file)
    try:
        os.fchmod(fd, modes.file)
        _step("write")
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        _step("fsync")
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    _step("verify")
    if tmp.read_bytes() != data:
        tmp.unlink(missing_ok=True)
        raise StorageError("verify", str(path))
    return tmp


def atomic_write(path: Path, data: bytes, modes: Modes) -> None:
    """Replace ``path`` with ``data``, crash-safely. Raises DiskFull / StorageError."""
    tmp: Path | None = None
    try:
        tmp = _write_temp(path, data, modes)
        _step("replace")
        os.replace(tmp, path)
        tmp = None
        _step("fsync-dir")
        fsync_folder(path.parent)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise _oserror(exc, path) from exc


def exclusive_write(path: Path, data: bytes, modes: Modes) -> bool:
    """Write ``path`` only if it does not exist yet (atomically); False if it already did."""
    tmp: Path | None = None
    try:
        tmp = _write_temp(path, data, modes)
        _step("replace")
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        _step("fsync-dir")
        fsync_folder(path.parent)
        return True
    except OSError as exc:
        raise _oserror(exc, path) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def shred(path: Path) -> None:
    """Overwrite a small file with random bytes, fsync, and remove it."""
    try:
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
        try:
            os.write(fd, secrets.token_bytes(max(size, 1)))
            os.fsync(fd)
        finally:
            os.close(fd)
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _oserror(exc, path) from exc


def sweep_temp_files(folder: Path) -> int:
    """Remove leftover temp files of interrupted writes below ``folder``; how many."""
    count = 0
    for tmp in folder.rglob(f".*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)
        count += 1
    return count
