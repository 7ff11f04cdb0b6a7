"""Crash-safe file writes and the vault's file permissions.

A write goes to a fresh temp file (``O_EXCL``, mode 0600 from the start) in the vault's
``tmp/`` folder, ``flock``'ed by its writer until it is in place; it is fsynced, read back and
compared, then renamed over the target with ``os.replace`` and the target's folder is fsynced.
A crash at any point leaves either the old file or the new one, never a mix; a leftover
``.tmp`` file holds only ciphertext and is swept at the next unlock (only when no writer holds
it: another session's write in progress is never removed).
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import stat
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


def step(name: str) -> None:
    """A step of a write, for :data:`fault_hook` (other modules' renames call it too)."""
    if fault_hook is not None:
        fault_hook(name)


def oserror(exc: OSError, path: Path) -> Exception:
    """The vault's error for an OS error while writing ``path``: DiskFull or StorageError."""
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
            raise oserror(exc, folder) from exc


def fsync_folder(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_temp(folder: Path, name: str, modes: Modes) -> tuple[Path, int]:
    """A new temp file in ``folder``, open and ``flock``'ed: while it is locked, no sweep
    removes it (:func:`sweep_temp_files`). A sweep that opened it before the lock was taken
    has unlinked it: then it is made again under another name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW
    while True:
        tmp = folder / f".{name}.{secrets.token_hex(6)}{TMP_SUFFIX}"
        step("open")
        fd = os.open(tmp, flags, modes.file)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_nlink:
                return tmp, fd
        except BaseException:
            tmp.unlink(missing_ok=True)
            os.close(fd)
            raise
        os.close(fd)  # swept between open and lock: take another name


def write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    """Write all of ``data`` to the descriptor (``os.write`` may take less than it is given),
    straight from ``data``: no buffer of a file object keeps a copy."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_temp(path: Path, data: bytes, modes: Modes, folder: Path) -> tuple[Path, int]:
    """The temp file (in ``folder``) holding ``data``, fsynced and read back; still open and
    locked (the caller closes the descriptor once the file is renamed or linked into place)."""
    tmp, fd = _open_temp(folder, path.name, modes)
    try:
        os.fchmod(fd, modes.file)
        step("write")
        write_all(fd, data)
        step("fsync")
        os.fsync(fd)
        step("verify")
        if tmp.read_bytes() != data:
            raise StorageError("verify", str(path))
    except BaseException:
        tmp.unlink(missing_ok=True)
        os.close(fd)
        raise
    return tmp, fd


def _temp_folder(path: Path, tmp_folder: Path | None) -> Path:
    return path.parent if tmp_folder is None else tmp_folder


def atomic_write(
    path: Path,
    data: bytes,
    modes: Modes,
    tmp_folder: Path | None = None,
    *,
    sync_folder: bool = True,
) -> None:
    """Replace ``path`` with ``data``, crash-safely. Raises DiskFull / StorageError.

    The temp file is made in ``tmp_folder`` (the vault's ``tmp/``, on the same file system:
    a rename between folders is as atomic as one inside a folder), else beside ``path``.
    ``sync_folder=False``: the caller fsyncs ``path``'s folder itself, once, after several
    writes into it (a new case's staging folder).
    """
    tmp: Path | None = None
    fd: int | None = None
    try:
        tmp, fd = _write_temp(path, data, modes, _temp_folder(path, tmp_folder))
        step("replace")
        try:
            os.replace(tmp, path)
        except OSError as exc:
            if exc.errno != errno.EXDEV or tmp_folder is None:
                raise
            # tmp/ is on another file system than this folder: write beside the target
            tmp.unlink(missing_ok=True)
            os.close(fd)
            tmp = fd = None
            atomic_write(path, data, modes, sync_folder=sync_folder)
            return
        tmp = None
        if sync_folder:
            step("fsync-dir")
            fsync_folder(path.parent)
    except OSError as exc:
        raise oserror(exc, path) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if fd is not None:
            os.close(fd)


def exclusive_write(path: Path, data: bytes, modes: Modes, tmp_folder: Path | None = None) -> bool:
    """Write ``path`` only if it does not exist yet (atomically); False if it already did."""
    tmp: Path | None = None
    fd: int | None = None
    try:
        tmp, fd = _write_temp(path, data, modes, _temp_folder(path, tmp_folder))
        step("replace")
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno != errno.EXDEV or tmp_folder is None:
                raise
            tmp.unlink(missing_ok=True)
            os.close(fd)
            tmp = fd = None
            return exclusive_write(path, data, modes)
        step("fsync-dir")
        fsync_folder(path.parent)
        return True
    except OSError as exc:
        raise oserror(exc, path) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if fd is not None:
            os.close(fd)


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
        raise oserror(exc, path) from exc


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one this module gives its temp files (``.<name>.<hex>.tmp``)."""
    return name.startswith(".") and name.endswith(TMP_SUFFIX)


def remove_abandoned(tmp: Path) -> bool:
    """Remove the temp file ``tmp`` if no writer holds it (True if it was removed).

    A writer keeps its temp file ``flock``'ed from just after creating it until it is renamed
    into place; a file that can be locked here was left by a write that died. It is removed
    while locked, so a writer that created it but had not locked it yet sees it unlinked and
    starts again (:func:`_open_temp`).
    """
    try:
        fd = os.open(tmp, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False  # gone already, a symlink, or not ours to open
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live writer holds it
        try:
            tmp.unlink()
        except OSError:
            return False
        return True
    finally:
        os.close(fd)


def sweep_temp_files(folder: Path, *, recursive: bool = True) -> int:
    """Remove temp files of interrupted writes in (or below) ``folder``; how many.

    Only names of this module's pattern, only regular files, and only those no live writer
    holds (:func:`remove_abandoned`): a sweep never disturbs another session's write.
    """
    try:
        found = folder.rglob(f".*{TMP_SUFFIX}") if recursive else folder.glob(f".*{TMP_SUFFIX}")
        return sum(remove_abandoned(tmp) for tmp in found)
    except OSError:
        return 0  # a folder that cannot be listed is left for verify to report


def is_loose(mode: int, modes: Modes, *, folder: bool) -> bool:
    """Whether a file or folder mode lets in more users than the vault's modes allow: others
    never; the group only in a team vault."""
    allowed = modes.folder if folder else modes.file
    return bool(stat.S_IMODE(mode) & 0o077 & ~allowed)
