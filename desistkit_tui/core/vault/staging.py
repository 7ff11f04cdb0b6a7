"""Case folders appear and vanish whole, and what an interrupted creation or erasure left is
cleaned up (docs/vault-format.md §12).

    cases/.new-<id>/    a case being created: ``key.enc`` and ``case.toml.enc`` are written
                        here (sealed for their final paths), then the folder is renamed to
                        ``cases/<id>/``, one atomic step; the vault's lock is held throughout
    cases/.gone-<id>/   a case being erased: renamed here first (it leaves the list at once),
                        then its key is dropped from the key store (the erasure's commit
                        point; format 1: ``key.enc`` shredded) and the folder removed, under
                        the case lock

Both kinds are cleaned up at unlock (:func:`clean_up`) when nobody holds their lock: a
``.new-`` folder is removed; a ``.gone-`` folder whose key the key store still holds is put
back (the erasure never reached its commit point, and its caller was told it failed or was
never told it succeeded), one whose key is gone is removed. Versions
before this one created ``cases/<id>/`` directly: a folder there with no ``case.toml.enc``
and no session or draft is such an interrupted creation (:func:`is_incomplete`); it never
held anything, and :func:`remove_incomplete` takes it away.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from operator import methodcaller
from pathlib import Path

from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.model import Case
from desistkit_tui.core.vault.atomic import ensure_folder, fsync_folder, oserror, shred, step
from desistkit_tui.core.vault.cases import DRAFTS, KEY_FILE, SESSIONS, SUFFIX
from desistkit_tui.core.vault.envelope import seal
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.keystore import Commit
from desistkit_tui.core.vault.locks import CaseLock, FileLock, VaultLock
from desistkit_tui.core.vault.names import CASE_FILE, CASES, case_rel
from desistkit_tui.core.vault.secret import Secret

NEW = ".new-"
GONE = ".gone-"


def is_leftover(name: str) -> bool:
    """Whether a name in ``cases/`` is a creation, erasure or key rotation (``.rot-``,
    ``.old-``: :mod:`.rotate`) that was under way."""
    return name.startswith((NEW, GONE, ".rot-", ".old-"))


def create_folder(files: VaultFiles, case: Case, key: Secret, commit: Commit) -> None:
    """Write a new case's document, keep its key (in the key store, named in the header by
    ``commit``; a format-1 vault: ``key.enc``), then move its folder into place (the caller
    holds the vault's lock). Until the rename, the case is not there at all; a key kept for a
    folder a crash left unrenamed opens nothing (the folder is removed at unlock)."""
    cases = files.path(CASES)
    staging = cases / f"{NEW}{case.id}"
    final = cases / case.id
    ensure_folder(cases, files.modes)
    try:
        ensure_folder(staging, files.modes)
        # The staging folder is fsynced once, after its files are in (not per file).
        if files.case_keys is None:
            key_rel = case_rel(case.id, KEY_FILE)
            sealed = seal(key.buffer, files.ring.data, files.vault_id, key_rel)
            files.write_bytes(staging / KEY_FILE, sealed, sync_folder=False)
        doc = files.seal_doc(case_rel(case.id), case.to_doc(), key)
        files.write_bytes(staging / CASE_FILE, doc, sync_folder=False)
        step("fsync-dir")
        try:
            fsync_folder(staging)
        except OSError as exc:
            raise oserror(exc, staging) from exc
        if files.case_keys is not None:
            files.case_keys.add(case.id, key, commit)
        step("rename")
        try:
            os.rename(staging, final)
        except OSError as exc:
            raise oserror(exc, final) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # not in place: as if never begun
        raise
    step("fsync-dir")
    try:
        fsync_folder(cases)
    except OSError as exc:  # in place, but whether that is durable is not known: say so
        raise oserror(exc, cases) from exc


def erase_folder(
    files: VaultFiles,
    case_id: str,
    forget: Callable[[str], None],
    committed: Callable[[], None],
) -> VaultError | None:
    """Take a case's folder out of the list, drop its key (``forget``: from the key store;
    the erasure's commit point), call ``committed`` (the audit entry: before the files go, so
    a kill while they are removed cannot lose it), shred a format-1 ``key.enc``, remove the
    folder (the caller holds the case's lock). A folder that cannot be removed after the
    commit is returned, not raised: the case is erased (its key is gone) and the next unlock
    removes what is left."""
    cases = files.path(CASES)
    gone = cases / f"{GONE}{case_id}"
    step("rename")
    try:
        os.rename(cases / case_id, gone)
    except OSError as exc:
        raise oserror(exc, cases / case_id) from exc
    try:
        fsync_folder(cases)
        forget(case_id)
    except OSError as exc:
        _put_back(files, case_id)
        raise oserror(exc, cases) from exc
    except VaultError:
        _put_back(files, case_id)
        raise
    committed()
    try:
        _remove(gone)
    except VaultError as exc:
        return exc
    return None


def _put_back(files: VaultFiles, case_id: str) -> bool:
    """An erasure stopped before its key was dropped (a full or failing disk, or a crash):
    if the key store on disk still holds the key, the folder goes back into the list, so the
    case is fully there, as the error says (it is adopted into the index's ledger again at
    the next list). False if the key is gone (the erasure is done: the folder is removed),
    if the key store cannot be read, or if the folder cannot be moved (the next unlock tries
    again)."""
    cases = files.path(CASES)
    if files.case_keys is None or (cases / case_id).exists() or not _key_kept(files, case_id):
        return False
    try:
        os.rename(cases / f"{GONE}{case_id}", cases / case_id)
        fsync_folder(cases)
    except OSError:
        return False
    return True


def _key_kept(files: VaultFiles, case_id: str) -> bool:
    """Whether the key store on disk still holds the case's key (formats 2 and 3; True when it
    cannot be read: then nothing is removed)."""
    store = files.case_keys
    if store is None:
        return False
    try:
        store.refresh()
    except VaultError:
        return True
    return store.holds(case_id)


def _remove(folder: Path) -> None:
    shred(folder / KEY_FILE)
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise oserror(exc, folder) from exc


def _try(lock: FileLock) -> bool:
    """Take ``lock`` if it is free; False if it is held, or cannot be taken (a read-only disk:
    then nothing can be cleaned up anyway)."""
    try:
        return lock.acquire()
    except VaultError:
        return False


def _is_folder(path: Path) -> bool:
    """A folder, not a link to one (gone meanwhile: not one)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def hidden_folders(files: VaultFiles) -> list[str]:
    """The names in ``cases/`` that start with a dot (what interrupted creations, erasures and
    rotations leave), from one listing filtered in C: the folder holds a case each, 10,000 in
    a large vault, and the unlock looks at it for both :func:`clean_up` and
    ``rotate.finish`` (issue 17). Empty if it cannot be listed."""
    try:
        return list(filter(methodcaller("startswith", "."), os.listdir(files.path(CASES))))
    except OSError:
        return []


def clean_up(files: VaultFiles, hidden: list[str] | None = None) -> list[str]:
    """Remove what interrupted creations and erasures left in ``cases/``, and put back a
    case whose erasure stopped before its key was dropped; the ids of the erasures removed
    (a format-1 vault's; a format-2 key store dropped their keys already, and
    :func:`.at_unlock.recover` makes sure). ``hidden``: :func:`hidden_folders`, if the
    caller listed them.

    Skipped while another session holds the vault's lock (it may be creating a case right
    now) or the case lock of a folder being erased: the next unlock tries again.
    """
    cases = files.path(CASES)
    if hidden is None:
        hidden = hidden_folders(files)
    # A rotation's .rot-/.old- folders are rotate.finish's.
    names = filter(methodcaller("startswith", (NEW, GONE)), hidden)
    found = [name for name in names if _is_folder(cases / name)]
    if not found:
        return []
    removed: list[str] = []
    with VaultLock(files.root, files.modes.file) as vault_lock:
        if not _try(vault_lock):
            return []
        for name in found:
            with CaseLock(cases / name, files.modes.file) as lock:
                if name.startswith(GONE) and not _try(lock):
                    continue  # still being erased by its session
                if name.startswith(GONE) and _key_kept(files, name.removeprefix(GONE)):
                    _put_back(files, name.removeprefix(GONE))  # not erased: its key is there
                    continue
                try:
                    _remove(cases / name)
                except VaultError:
                    continue  # (a full or read-only disk) verify reports it; tried again
                if name.startswith(GONE):
                    removed.append(name.removeprefix(GONE))
    return removed


def _has_records(folder: Path) -> bool:
    for sub in (SESSIONS, DRAFTS):
        try:
            with os.scandir(folder / sub) as it:
                if any(entry.name.endswith(SUFFIX) for entry in it):
                    return True
        except FileNotFoundError:
            continue
    return False


def is_incomplete(folder: Path) -> bool:
    """A case folder whose creation was interrupted by an older version: no case document
    and no session or draft (it never held anything; its ``key.enc`` opens nothing)."""
    return folder.is_dir() and not (folder / CASE_FILE).exists() and not _has_records(folder)


def remove_incomplete(files: VaultFiles, case_id: str) -> bool:
    """Remove the case folder ``case_id`` if it is an interrupted creation and nobody holds
    the vault's lock or the case's; True if it was removed."""
    folder = files.path(case_rel(case_id, ""))
    if not is_incomplete(folder):
        return False
    with VaultLock(files.root, files.modes.file) as vault_lock:
        if not _try(vault_lock):
            return False
        with CaseLock(folder, files.modes.file) as lock:
            if not _try(lock) or not is_incomplete(folder):
                return False
            try:
                _remove(folder)
            except VaultError:
                return False  # listed as it is; verify reports it
    return True
