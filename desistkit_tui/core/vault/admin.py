"""Vault administration: key slots, rekeying, verification and index rebuilds.

Verification lives in :mod:`.verify` (``admin.verify`` and ``admin.VerifyReport`` are kept).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from desistkit_tui.core.errors import (
    KeySlotError,
    RekeyUnfinished,
    StorageError,
    TamperedFile,
    UnsupportedVersion,
    VaultError,
    WrongPassphrase,
)
from desistkit_tui.core.vault import envelope, recovery, staging
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.atomic import fsync_folder
from desistkit_tui.core.vault.cases import KEY_FILE, read_case_key
from desistkit_tui.core.vault.header import Header, KeySlot
from desistkit_tui.core.vault.keys import KdfParams, KeyRing
from desistkit_tui.core.vault.locks import VaultLock
from desistkit_tui.core.vault.names import CASES, case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.vault.verify import VerifyReport as VerifyReport
from desistkit_tui.core.vault.verify import verify as verify


def _on_disk(vault: Vault) -> bytes | None:
    try:
        return (vault.root / vault_header.FILENAME).read_bytes()
    except OSError:
        return None


def _commit_header(vault: Vault, header: Header, keys: KeyRing) -> VaultError | None:
    """Write ``header`` (MAC'ed with ``keys``). An error is raised only while the previous
    header is still there (nothing changed); once the new one is in place, the error of its
    folder's fsync (whether it is durable is not known) is returned, else None."""
    data = header.serialise(keys)
    try:
        vault.files.write_bytes(vault.root / vault_header.FILENAME, data)
    except VaultError as exc:
        if _on_disk(vault) != data:
            raise
        return exc
    return None


def find_slot(vault: Vault, id_or_label: str) -> KeySlot:
    """The slot with this id or label."""
    matches = [s for s in vault.header.slots if id_or_label in (s.id, s.label)]
    if len(matches) != 1:
        raise KeySlotError("several-slots" if matches else "no-such-slot", slot=id_or_label)
    return matches[0]


def add_passphrase(
    vault: Vault, label: str, passphrase: Secret, kdf: KdfParams | None = None
) -> KeySlot:
    """A new passphrase slot (for a colleague on a team vault, or a second device)."""
    label = label.strip()
    if not label or any(s.label == label for s in vault.header.slots):
        raise KeySlotError("label-taken", label=label)
    slot = KeySlot.make(
        vault.header.vault_id,
        vault.files.ring.master,
        passphrase,
        label,
        "passphrase",
        kdf or vault.slot.kdf,
    )

    def added(header: Header) -> Header:
        if any(s.label == label for s in header.slots):  # added by another session meanwhile
            raise KeySlotError("label-taken", label=label)
        return replace(header, slots=[*header.slots, slot])

    vault.change_header(added)
    vault.record("key-added")
    return slot


def remove_slot(vault: Vault, id_or_label: str) -> KeySlot:
    """Revoke one slot. The last passphrase slot cannot go (nobody could unlock)."""
    slot = find_slot(vault, id_or_label)
    others = [s for s in vault.header.slots if s.id != slot.id and s.kind == "passphrase"]
    if slot.kind == "passphrase" and not others:
        raise KeySlotError("last-passphrase")
    if slot.id == vault.slot.id:
        raise KeySlotError("slot-in-use")
    vault.change_header(lambda header: header.without_slot(slot.id))
    vault.record("key-removed")
    return slot


@dataclass(frozen=True, slots=True)
class RekeyResult:
    recovery_key: str
    removed_labels: list[str]


def rekey(
    vault: Vault,
    passphrase: Secret,
    kdf: KdfParams | None = None,
    *,
    show: Callable[[str], None] | None = None,
) -> RekeyResult:
    """Replace the master key. Keeps this session's passphrase and a new recovery key; every
    other slot wrapped the old master key and is removed (add those colleagues again).

    ``show`` is given the new recovery key before anything is written (docs/vault-format.md
    §13): if it raises, nothing changed. Once the new ``vault.toml`` is in place the rekey is
    done: a failure while re-sealing the files is a warning (:class:`RekeyUnfinished` in
    ``vault.warnings``), the next unlock finishes it, and the new recovery key is returned.
    An error raised means the old keys still open the vault — unless the folder's fsync after
    the new header failed (a :class:`StorageError` or :class:`DiskFull` for the folder): then
    either may, and the shown key is the one to keep with the old until a rekey succeeds.
    """
    if vault.slot.kind != "passphrase":
        # The new passphrase slot would be labelled "recovery" and opened by the old recovery
        # key, and every real passphrase slot would be dropped.
        raise KeySlotError("rekey-needs-passphrase")
    check = vault.slot.unwrap(vault.header.vault_id, passphrase)
    if check is None:
        raise WrongPassphrase()
    check.wipe()
    kdf = kdf or vault.slot.kdf
    old = vault.files.ring
    new = KeyRing(Secret.random())
    code = recovery.generate()
    vid = vault.header.vault_id
    removed = [
        s.label for s in vault.header.slots if s.id != vault.slot.id and s.kind != "recovery"
    ]
    slot = KeySlot.make(vid, new.master, passphrase, vault.slot.label, "passphrase", kdf)
    recovery_secret = recovery.parse(code)
    try:
        slots = [slot, KeySlot.make(vid, new.master, recovery_secret, "recovery", "recovery", kdf)]
    finally:
        recovery_secret.wipe()
    retired = envelope.seal(old.data.buffer, new.data, vid, "vault.toml#retired")
    # No case is created meanwhile (its key would be sealed with the old data key).
    with VaultLock(vault.root, vault.files.modes.file) as lock:
        lock.wait()
        try:
            raw = vault_header.read(vault.root)  # as on disk: another session may have
            raw.verify_mac(old)  # created or erased a case since this one unlocked
            store = vault.files.case_keys
            if store is not None:
                store.refresh()
            header = replace(
                raw.header,
                slots=slots,
                retired=retired,
                keystore_key=None if store is None else store.sealed_key(new.data),
            )
            if show is not None:
                show(code)
            unsure = _commit_header(vault, header, new)
        except BaseException:
            new.wipe()
            raise
        # From here on the new keys are the vault's; an interrupted rekey is finished at the
        # next unlock.
        new.retired[old.data_id] = Secret(old.data.buffer)
        vault.header = header
        vault.files.keys, vault.slot = new, slot
        old.wipe()
        if unsure is not None:
            raise unsure
        try:
            _reseal_everything(vault)
        except VaultError as exc:
            vault.warnings.append(RekeyUnfinished(exc))
    vault.record("rekeyed")
    return RekeyResult(code, removed)


def finish_rekey(vault: Vault) -> None:
    """Called at unlock when ``vault.toml`` still names a retired key: finish the rekey.

    The previous data key is held first, so every file opens whatever happens next; if the
    re-sealing fails (a full disk), the unlock still succeeds, with a warning
    (:class:`RekeyUnfinished`), and the next unlock tries again.
    """
    assert vault.header.retired is not None
    ring = vault.files.ring
    old = Secret.zeroed(32)
    envelope.open_sealed_into(
        vault.header.retired, ring.data, vault.header.vault_id, "vault.toml#retired", old
    )
    ring.retired[envelope.key_id(old)] = old
    try:
        fsync_folder(vault.root)  # the header naming the new key is durable before files move
        _reseal_everything(vault)
    except OSError as exc:
        vault.warnings.append(RekeyUnfinished(StorageError("write", str(vault.root), exc)))
    except VaultError as exc:
        vault.warnings.append(RekeyUnfinished(exc))


def _reseal_everything(vault: Vault) -> None:
    files = vault.files
    cases = files.path(CASES)
    legacy = files.case_keys is None  # format 1: every key.enc is sealed with the data key
    for folder in sorted(cases.iterdir()) if cases.is_dir() and legacy else []:
        rel = case_rel(folder.name, KEY_FILE)
        if staging.is_leftover(folder.name) or not files.path(rel).is_file():
            continue
        try:
            key = read_case_key(files, folder.name)
        except (TamperedFile, UnsupportedVersion):
            # No key of this vault opens it (the old one included): it was unreadable already.
            # Stopping here would leave the rekey unfinished at every unlock, for every case.
            continue
        try:
            files.write_bytes(
                files.path(rel), envelope.seal(key.buffer, files.ring.data, files.vault_id, rel)
            )
        finally:
            key.wipe()
    vault.audit.reseal()
    vault.index.rebuild()
    vault.change_header(lambda header: replace(header, retired=None))
    for secret in files.ring.retired.values():
        secret.wipe()
    files.ring.retired.clear()
