"""``vault backup`` and ``vault restore``: one archive of the whole vault, still encrypted.

The archive is an uncompressed POSIX tar of the vault folder's files as they are (nothing is
decrypted; ciphertext does not compress): ``vault.toml``, the key store, the index, the audit
log and every case folder; not the locks, ``tmp/`` or temp files of writes in progress. It is
written to a temp file beside the target (0600), fsynced and renamed into place, so a failed
backup leaves nothing half-written; an existing file is never replaced.

**Verified after writing:** the archive is read back, unpacked into a private temp folder and
checked as a vault with the live keys (:func:`verify.verify`: every file's authentication, the
audit chain and its head, the key store). A restore unpacks into an empty folder and unlocks
and verifies the result the same way (the caller does, with a passphrase).

Both are audited (``backup-made``, ``backup-restored``): the audit log then tells which backups
exist since a case was created, which ``case erase`` lists (erasure does not reach them;
docs/data-protection.md).
"""

from __future__ import annotations

import os
import secrets
import shutil
import tarfile
import tempfile
from pathlib import Path

from desistkit_tui.core.errors import StorageError, VaultError, VaultExists
from desistkit_tui.core.vault.atomic import fsync_folder, is_temp_name, oserror
from desistkit_tui.core.vault.keys import KeyRing
from desistkit_tui.core.vault.keyshards import open_store
from desistkit_tui.core.vault.locks import LOCK_NAME, VaultLock
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.vault.verify import VerifyReport, verify

_SKIP_FOLDERS = {"tmp"}


def _members(root: Path) -> list[Path]:
    """The vault's files to keep, relative to ``root``, in a stable order."""
    found: list[Path] = []
    for here, folders, names in os.walk(root):
        base = Path(here)
        if base == root:
            folders[:] = [f for f in folders if f not in _SKIP_FOLDERS]
        folders[:] = sorted(f for f in folders if not f.startswith((".new-", ".gone-")))
        for name in sorted(names):
            if name == LOCK_NAME or is_temp_name(name):
                continue
            found.append((base / name).relative_to(root))
    return found


def backup(vault: Vault, target: Path) -> VerifyReport:
    """Write the archive to ``target`` (which must not exist) and verify it; the report of
    the verification of what was written (``ok`` when every file checked out)."""
    if target.exists():
        raise VaultExists(str(target), not_empty=True)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        # Under the vault's lock: no case is created or erased while the files are copied.
        with VaultLock(vault.root, vault.files.modes.file) as lock:
            lock.wait()
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as stream:
                with tarfile.open(fileobj=stream, mode="w", format=tarfile.PAX_FORMAT) as tar:
                    for rel in _members(vault.root):
                        tar.add(vault.root / rel, arcname=rel.as_posix(), recursive=False)
                stream.flush()
                os.fsync(stream.fileno())
        os.link(temp, target)  # never replaces a file that appeared meanwhile
        os.unlink(temp)
        fsync_folder(target.parent)
    except FileExistsError:
        _remove(temp)
        raise VaultExists(str(target), not_empty=True) from None
    except OSError as exc:
        _remove(temp)
        raise oserror(exc, target) from exc
    report = check(vault, target)
    vault.record("backup-made")
    return report


def check(vault: Vault, archive: Path) -> VerifyReport:
    """Unpack ``archive`` into a private temp folder and verify it with ``vault``'s keys."""
    with tempfile.TemporaryDirectory(prefix="desistkit-check-") as scratch:
        folder = Path(scratch) / "vault"
        unpack(archive, folder)
        return _verify_copy(vault, folder)


def unpack(archive: Path, folder: Path) -> None:
    """Unpack ``archive`` into ``folder``, which must be empty or not exist; files 0600,
    folders 0700 (a team vault's modes are set again by ``vault verify --repair``)."""
    if folder.exists() and any(folder.iterdir()):
        raise VaultExists(str(folder), not_empty=True)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tarfile.open(archive, mode="r:") as tar:
            members = tar.getmembers()
            if any(not (m.isfile() or m.isdir()) for m in members):
                raise StorageError("read", str(archive), OSError("not a vault backup"))
            tar.extractall(folder, filter="data")
        for here, _folders, names in os.walk(folder):
            os.chmod(here, 0o700)
            for name in names:
                os.chmod(Path(here) / name, 0o600)
    except (OSError, tarfile.TarError) as exc:
        cause = exc if isinstance(exc, OSError) else OSError(str(exc))
        raise StorageError("read", str(archive), cause) from None


def _verify_copy(vault: Vault, folder: Path) -> VerifyReport:
    """Verify the vault copy in ``folder`` with ``vault``'s master key (no passphrase)."""
    from desistkit_tui.core.vault.store import read_header

    raw = read_header(folder)
    keys = KeyRing(Secret(bytearray(vault.files.ring.master.buffer)))
    copy = Vault(folder, raw.header, keys, vault.slot)
    try:
        raw.verify_mac(keys)
        if raw.header.keystore is not None:
            copy.files.case_keys = open_store(copy.files, raw.header)
        copy.read_only = True
        return verify(copy)
    except VaultError as exc:
        return VerifyReport(files_checked=1, problems=[exc])
    finally:
        copy.lock()


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
