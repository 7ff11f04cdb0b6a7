"""What an unlock finishes before the session writes anything: interrupted writes and format
upgrades (docs/vault-format.md §12).

Temp files no writer holds are removed (``tmp/``, and old versions' ones beside the header and
the index), interrupted case creations and erasures are cleaned up, an interrupted key rotation
or rekey is finished, and a key store of format 1 or 2 is moved to format 3. Each step is
idempotent: a session killed halfway leaves work the next unlock finishes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault import keyshards, keystore, staging
from desistkit_tui.core.vault.atomic import sweep_temp_files
from desistkit_tui.core.vault.files import TMP
from desistkit_tui.core.vault.keystore import KeyStore
from desistkit_tui.core.vault.locks import VaultLock

if TYPE_CHECKING:
    from desistkit_tui.core.vault.store import Vault


def recover(vault: Vault) -> None:
    """Finish what interrupted writes left, holding the previous data key while an interrupted
    rekey is finished. Raises :class:`VaultError` when the vault cannot be written (the unlock
    then goes on read-only)."""
    files = vault.files
    sweep_temp_files(files.path(TMP), recursive=False)
    sweep_temp_files(vault.root, recursive=False)
    if isinstance(files.case_keys, KeyStore):
        _migrate(vault)  # first: every key-store write below is then format 3
    hidden = staging.hidden_folders(files)  # one listing of 10,000 cases, not two
    if files.case_keys is not None:
        from desistkit_tui.core.vault import rotate

        with VaultLock(vault.root, files.modes.file) as lock:
            if lock.acquire():
                rotate.finish(files, hidden)  # before clean_up removes its folders
    for name in staging.clean_up(files, hidden):
        _forget_erased(vault, name)
    if vault.header.keystore is None:
        _upgrade(vault)
    elif isinstance(files.case_keys, keyshards.ShardedKeyStore):
        with VaultLock(vault.root, files.modes.file) as lock:
            if lock.acquire():
                keyshards.clean_up(files, files.case_keys)
    if vault.header.retired is not None:
        from desistkit_tui.core.vault.admin import finish_rekey

        finish_rekey(vault)


def _migrate(vault: Vault) -> None:
    """Format 2 to 3 (:func:`keystore.migrate`). If it cannot be written, the unlock goes on
    read-only with the format-2 key store, and the next unlock tries again."""
    files = vault.files
    old = files.case_keys
    assert isinstance(old, KeyStore)
    with VaultLock(vault.root, files.modes.file) as lock:
        lock.wait()
        raw = vault_header.read(vault.root)
        raw.verify_mac(files.ring)
        if raw.header.version >= keyshards.FORMAT:  # another session migrated it meanwhile
            vault.header = raw.header
            files.case_keys = keyshards.open_store(files, raw.header)
            old.wipe()
            return

        def commit(generation: int, sealed: bytes) -> None:
            vault.change_header(
                lambda h: replace(
                    h, version=keyshards.FORMAT, keystore=generation, keystore_key=sealed
                )
            )

        files.case_keys = keystore.migrate(files, old, commit)


def _upgrade(vault: Vault) -> None:
    """Format 1 to 3 (:func:`keystore.upgrade`). If it cannot be written (a read-only or full
    disk) the vault is read as format 1 (``key.enc``), and the next unlock tries again."""
    with VaultLock(vault.root, vault.files.modes.file) as lock:
        lock.wait()
        vault.files.case_keys = keystore.upgrade(vault.files, vault.commit_keystore)


def _forget_erased(vault: Vault, case_id: str) -> None:
    """An erasure interrupted after its folder left the list: finish shredding its key."""
    store = vault.files.case_keys
    if store is None or not store.holds(case_id):
        return
    try:
        with VaultLock(vault.root, vault.files.modes.file) as lock:
            lock.wait()
            store.erase(case_id, vault.commit_keystore)
    except VaultError as exc:
        vault.warnings.append(exc)
