"""The one way an export leaves the app: :func:`deliver`.

Every printed or exported document goes through it, from the CLI and from the TUI alike:

- only on an explicit request, to the path the user named;
- written through a temp file (or temp folder) in the target folder, with mode 0600 (folders
  0700), flushed to disk and then renamed into place, so a full disk, a lost permission or an
  interruption leaves no half-written or orphaned plaintext file behind;
- never over an existing file unless ``force`` (the TUI asks first);
- optionally encrypted with ``age`` (:mod:`.encrypt`) before it touches the disk;
- checked by ``gate`` first (the lead's hook for the legal-basis check: it gets the
  :class:`ExportRecord` and raises to refuse), then recorded by ``audit`` afterwards: the
  action, the case code, the kind of document and the options — never the content.

The result (:class:`Delivered`) tells the caller where the export is and whether it is
encrypted, so the user is told plainly ("not encrypted").
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desistkit_tui.core.errors import ExportExists, ExportFailed
from desistkit_tui.core.export.encrypt import Encryption, encrypt
from desistkit_tui.core.legal import Purpose  # one list of purposes: what the basis check knows

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_TEMP_PREFIX = ".desistkit-export-"
#: A zip entry's fixed time (the zip format cannot say 1970): reproducible archives.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """What an audit entry says about an export: never a word of its content."""

    purpose: Purpose
    #: The document's format: ``pdf``, ``md``, ``zip``, ``folder``.
    kind: str
    #: The pseudonymous case code ("" for a deck).
    case: str = ""
    #: The options chosen (``no-own-words``, ``lang=pl``, ``include=goal-own-words``…).
    options: tuple[str, ...] = ()
    #: ``""`` (plaintext), ``age-recipients`` or ``age-passphrase``.
    encryption: str = ""

    def fields(self) -> dict[str, str]:
        """The record as audit fields (strings only)."""
        return {
            "purpose": self.purpose.value,
            "kind": self.kind,
            "case": self.case,
            "options": ",".join(self.options),
            "encryption": self.encryption or "none",
        }

    def detail(self) -> dict[str, str]:
        """The record as an audit entry's ``detail``: :meth:`fields` less the case, which is
        the entry's own ``case`` field (``AuditLog.record`` checks that only ids are left)."""
        return {k: v for k, v in self.fields().items() if k != "case"}


@dataclass(frozen=True, slots=True)
class Delivered:
    """Where an export went, and whether it is encrypted."""

    path: Path
    encrypted: bool
    record: ExportRecord


#: One file's bytes, or a folder's files (relative path -> bytes).
Payload = bytes | Mapping[str, bytes]
Gate = Callable[[ExportRecord], None]
Audit = Callable[[ExportRecord], None]


def zip_bytes(files: Mapping[str, bytes], root: str) -> bytes:
    """A folder as a reproducible zip: sorted entries under ``root/``, fixed times, mode 0600."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{root}/{name}", ZIP_TIME)
            info.external_attr = (0o100000 | FILE_MODE) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return buffer.getvalue()


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system can sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _check_target(target: Path, force: bool, *, folder: bool) -> None:
    if not target.parent.is_dir():
        raise ExportFailed(str(target), cause="no-folder")
    there = target.is_symlink() or target.exists()
    if there and (not force or target.is_dir() != folder or target.is_symlink()):
        raise ExportExists(str(target))


def write_file(data: bytes, target: Path, *, force: bool = False) -> Path:
    """Write ``data`` to ``target`` (0600) through a temp file beside it, then rename."""
    target = Path(os.path.abspath(target.expanduser()))
    _check_target(target, force, folder=False)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=target.parent)
        try:
            os.fchmod(fd, FILE_MODE)
            _write_all(fd, data)
        finally:
            os.close(fd)
        if force:
            os.replace(tmp, target)
        else:
            try:  # a hard link never replaces: a file that appeared meanwhile is kept
                os.link(tmp, target)
            except FileExistsError:
                raise ExportExists(str(target)) from None
            except OSError:  # a file system without hard links: check, then rename
                if target.exists():
                    raise ExportExists(str(target)) from None
                os.replace(tmp, target)
            else:
                os.unlink(tmp)
        tmp = None
        _fsync_folder(target.parent)
    except OSError as exc:
        raise ExportFailed(str(target), exc) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    return target


def write_folder(files: Mapping[str, bytes], target: Path, *, force: bool = False) -> Path:
    """Write a folder (0700, files 0600) as a temp folder beside ``target``, then rename it
    into place; with ``force`` an existing folder is replaced only once the new one is whole."""
    target = Path(os.path.abspath(target.expanduser()))
    _check_target(target, force, folder=True)
    tmp: str | None = None
    old: str | None = None
    try:
        tmp = tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=target.parent)
        os.chmod(tmp, FOLDER_MODE)
        for name in sorted(files):
            path = Path(tmp, name)
            if not path.resolve().is_relative_to(Path(tmp).resolve()):
                raise ValueError(f"an export file may not leave its folder: {name!r}")
            path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            try:
                _write_all(fd, files[name])
            finally:
                os.close(fd)
        if target.exists():
            old = tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=target.parent)
            os.replace(target, Path(old, "old"))
        os.rename(tmp, target)
        tmp = None
        _fsync_folder(target.parent)
    except OSError as exc:
        if old is not None and not target.exists():  # put the previous folder back
            with contextlib.suppress(OSError):
                os.replace(Path(old, "old"), target)
        raise ExportFailed(str(target), exc) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return target


def deliver(
    payload: Payload,
    target: Path,
    record: ExportRecord,
    *,
    force: bool = False,
    encryption: Encryption | None = None,
    gate: Gate | None = None,
    audit: Audit | None = None,
    folder_name: str = "export",
) -> Delivered:
    """Check, encrypt if asked, write safely, audit: every export's one way out.

    A folder payload is written as a folder (``record.kind == "folder"``) or, for any other
    kind or when encrypted, as one zip whose entries sit under ``folder_name/``.
    """
    if gate is not None:
        gate(record)
    if isinstance(payload, Mapping) and (record.kind != "folder" or encryption is not None):
        payload = zip_bytes(payload, folder_name)
    if encryption is not None:
        assert isinstance(payload, bytes)
        payload = encrypt(payload, encryption)
    if isinstance(payload, bytes):
        path = write_file(payload, target, force=force)
    else:
        path = write_folder(payload, target, force=force)
    if audit is not None:
        audit(record)
    return Delivered(path, encryption is not None, record)
