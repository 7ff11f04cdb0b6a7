"""Rotating the case keys (``vault rekey --rotate-case-keys``): every case gets a new key and
its files are re-encrypted, so a case key copied before (with an old ``vault.toml`` and key
store, e.g. by a colleague whose slot was removed) does not open what is written afterwards.

One case at a time, under its case lock (a case open elsewhere is skipped and reported):

1. its files are re-sealed with a new key into ``cases/.rot-<id>/`` (for their final paths);
2. the key store gets the new key (a new generation, then ``vault.toml``): the commit point;
3. ``cases/<id>/`` is renamed to ``cases/.old-<id>/``, ``.rot-<id>/`` to ``cases/<id>/``, and
   the old folder is removed.

A crash is finished at the next unlock (:func:`finish`): a ``.rot-`` folder that the key store's
key opens is moved into place, one it does not open (the commit never happened) is removed,
and an ``.old-`` folder is removed once its case is in place.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from operator import methodcaller
from pathlib import Path

from desistkit_tui.core.errors import StorageError, TamperedFile, VaultError
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.atomic import ensure_folder, fsync_folder, step
from desistkit_tui.core.vault.cases import DRAFTS, SESSIONS, SUFFIX
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.locks import CaseLock, VaultLock
from desistkit_tui.core.vault.names import CASE_FILE, CASES, case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.staging import hidden_folders
from desistkit_tui.core.vault.store import Vault

ROT = ".rot-"
OLD = ".old-"


@dataclass(slots=True)
class Rotated:
    """What a rotation did: cases rotated, and cases skipped because open elsewhere."""

    rotated: list[str] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)


def _case_files(folder: Path) -> list[str]:
    """The files re-sealed with the new key. Not the summary cache (``HISTORY_CACHE``): every
    session file is rewritten here, so none of its stamps would fit; it is dropped with the old
    folder and rebuilt when the case is next opened (docs/vault-format.md, "The summary cache")."""
    names = [CASE_FILE] if (folder / CASE_FILE).is_file() else []
    for sub in (SESSIONS, DRAFTS):
        here = folder / sub
        if here.is_dir():
            names += sorted(f"{sub}/{p.name}" for p in here.iterdir() if p.name.endswith(SUFFIX))
    return names


def rotate_case_keys(vault: Vault) -> Rotated:
    """Give every case a new key and re-encrypt its files (format 2 only: a format-1 vault
    is upgraded at unlock first)."""
    store = vault.files.case_keys
    if store is None:
        raise StorageError("write", str(vault.root), OSError("vault not upgraded to format 2"))
    done = Rotated()
    for case_id in store.case_ids():
        folder = vault.files.path(case_rel(case_id, ""))
        if not folder.is_dir():
            continue
        with CaseLock(folder, vault.files.modes.file) as lock:
            if not lock.acquire():
                done.busy.append(case_id)
                continue
            _rotate_one(vault, case_id)
        done.rotated.append(case_id)
    vault.record("rekeyed")
    return done


def _rotate_one(vault: Vault, case_id: str) -> None:
    files = vault.files
    store = files.case_keys
    assert store is not None
    cases = files.path(CASES)
    folder, staged = cases / case_id, cases / f"{ROT}{case_id}"
    shutil.rmtree(staged, ignore_errors=True)
    old, new = store.case_key(case_id), Secret.random()
    try:
        ensure_folder(staged, files.modes)
        for name in _case_files(folder):
            rel = case_rel(case_id, name)
            data = files.read_bytes(rel)
            with contextlib.suppress(TamperedFile):  # damaged already: kept as it is
                data = envelope.seal(
                    envelope.open_sealed(data, old, files.vault_id, rel), new, files.vault_id, rel
                )
            ensure_folder((staged / name).parent, files.modes)
            files.write_bytes(staged / name, data)
        _make_durable(staged)
        with VaultLock(vault.root, files.modes.file, share=True) as lock:
            lock.wait()
            store.replace(case_id, new, vault.commit_keystore)  # the commit point
        _swap(files, case_id)
    finally:
        old.wipe()
        new.wipe()


def _make_durable(staged: Path) -> None:
    """Before the commit point: the staged folder, its sub-folders and its entry in ``cases/``
    survive a power cut (each file's write fsyncs the file and its own folder, not the new
    folders above it). Else a power cut after the commit leaves a key store naming the new key
    and no ``.rot-`` folder sealed with it: the case would open with nothing."""
    try:
        for sub in (SESSIONS, DRAFTS):
            if (staged / sub).is_dir():
                fsync_folder(staged / sub)
        fsync_folder(staged)
        fsync_folder(staged.parent)
    except OSError as exc:
        raise StorageError("write", str(staged), exc) from exc


def _swap(files: VaultFiles, case_id: str) -> None:
    cases = files.path(CASES)
    try:
        if (cases / case_id).exists():
            step("rename")
            os.rename(cases / case_id, cases / f"{OLD}{case_id}")
        step("rename")
        os.rename(cases / f"{ROT}{case_id}", cases / case_id)
        fsync_folder(cases)
    except OSError as exc:
        raise StorageError("write", str(cases / case_id), exc) from exc
    shutil.rmtree(cases / f"{OLD}{case_id}", ignore_errors=True)


def finish(files: VaultFiles, hidden: list[str] | None = None) -> None:
    """At unlock (the vault's lock held): finish or undo what an interrupted rotation left.
    ``hidden``: the names in ``cases/`` that start with a dot, if the caller listed them
    (:func:`.staging.hidden_folders`)."""
    store = files.case_keys
    cases = files.path(CASES)
    if hidden is None:
        hidden = hidden_folders(files)
    names = sorted(filter(methodcaller("startswith", (ROT, OLD)), hidden))
    for name in names:
        if not name.startswith(ROT) or store is None:
            continue
        case_id = name.removeprefix(ROT)
        rel = case_rel(case_id)
        if (cases / case_id).is_dir():
            with CaseLock(cases / case_id, files.modes.file) as held:
                try:
                    busy = not held.acquire()
                except VaultError:
                    busy = True
            if busy:
                continue  # another session is rotating this case right now
        try:
            key = store.case_key(case_id)
        except VaultError:
            shutil.rmtree(cases / name, ignore_errors=True)
            continue
        try:
            data = (cases / name / CASE_FILE).read_bytes()
            envelope.open_sealed(data, key, files.vault_id, rel)
            committed = True
        except (OSError, TamperedFile):
            committed = False
        finally:
            key.wipe()
        if committed:
            _swap(files, case_id)
        else:
            shutil.rmtree(cases / name, ignore_errors=True)
    for name in names:
        if name.startswith(OLD) and (cases / name.removeprefix(OLD)).is_dir():
            shutil.rmtree(cases / name, ignore_errors=True)
