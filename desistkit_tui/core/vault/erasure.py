"""Erasing a case for good: its key is crypto-shredded, then its files are removed
(docs/data-protection.md §3; the steps and their recovery: :func:`staging.erase_folder`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desistkit_tui.core.errors import CaseBusy, NoSuchCase, VaultError
from desistkit_tui.core.vault import staging
from desistkit_tui.core.vault.locks import CaseLock, VaultLock
from desistkit_tui.core.vault.names import case_rel

if TYPE_CHECKING:
    from desistkit_tui.core.vault.store import Vault


def erase_case(vault: Vault, case_id: str) -> str:
    """Destroy the case's key, then remove its files (``case_id`` checked). Returns its code;
    :class:`CaseBusy` while another session holds it."""
    try:
        code = vault.read_case(case_id).code
    except (VaultError, FileNotFoundError):  # a damaged case can be erased too
        code = f"?{case_id[:8]}"
    folder = vault.files.path(case_rel(case_id, ""))
    if not folder.is_dir():
        raise NoSuchCase(case_id)
    lock = CaseLock(folder, vault.files.modes.file)
    if not lock.acquire():
        raise CaseBusy(code)
    try:
        # Out of the ledger first: a case erased on purpose is not a deleted case. If the
        # erasure then fails, the case is adopted into the ledger again at the next list.
        vault.index.remove(case_id)
        try:
            vault.index.flush(case_id)  # its shard only: the code leaves the index
        except VaultError as exc:  # erased anyway; the next list reports the case gone
            vault.warnings.append(exc)
        try:
            leftover = staging.erase_folder(
                vault.files,
                case_id,
                lambda erased: shred_key(vault, erased),
                lambda: vault.record("case-erased", code),
            )
        except BaseException:
            vault.case_codes.forget()
            raise
        vault.case_codes.erased(case_id, vault.keys_generation(refresh=False))
        if leftover is not None:
            vault.warnings.append(leftover)
    finally:
        lock.release()
    return code


def shred_key(vault: Vault, case_id: str) -> None:
    """Erasure's second step (the folder has left the list): drop the case's key from the key
    store, keep a tombstone, and move every other case key to a new key-store key."""
    store = vault.files.case_keys
    if store is None:
        return  # format 1 (not upgraded: read-only): its key.enc is shredded with the folder
    with VaultLock(vault.root, vault.files.modes.file) as lock:
        lock.wait()
        store.erase(case_id, vault.commit_keystore)
