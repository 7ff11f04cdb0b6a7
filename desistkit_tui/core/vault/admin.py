"""Vault administration: key slots, rekeying, verification and index rebuilds."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desistkit_tui.core.errors import (
    Damage,
    KeySlotError,
    TamperedFile,
    UnsupportedVersion,
    VaultError,
    WrongPassphrase,
)
from desistkit_tui.core.model import Case
from desistkit_tui.core.schema import upgrade
from desistkit_tui.core.vault import envelope, recovery
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.atomic import atomic_write
from desistkit_tui.core.vault.cases import DRAFTS, KEY_FILE, SESSIONS, read_case_key, record_ids
from desistkit_tui.core.vault.header import KeySlot
from desistkit_tui.core.vault.index import CASES, REL, case_rel
from desistkit_tui.core.vault.keys import KdfParams, KeyRing
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault, read_header


def _write_header(vault: Vault) -> None:
    data = vault.header.serialise(vault.files.ring)
    atomic_write(vault.root / vault_header.FILENAME, data, vault.files.modes)


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
    vault.header.slots.append(slot)
    _write_header(vault)
    vault.audit.record(vault.who, "key-added")
    return slot


def remove_slot(vault: Vault, id_or_label: str) -> KeySlot:
    """Revoke one slot. The last passphrase slot cannot go (nobody could unlock)."""
    slot = find_slot(vault, id_or_label)
    others = [s for s in vault.header.slots if s.id != slot.id and s.kind == "passphrase"]
    if slot.kind == "passphrase" and not others:
        raise KeySlotError("last-passphrase")
    if slot.id == vault.slot.id:
        raise KeySlotError("slot-in-use")
    vault.header.slots = [s for s in vault.header.slots if s.id != slot.id]
    _write_header(vault)
    vault.audit.record(vault.who, "key-removed")
    return slot


@dataclass(frozen=True, slots=True)
class RekeyResult:
    recovery_key: str
    removed_labels: list[str]


def rekey(vault: Vault, passphrase: Secret, kdf: KdfParams | None = None) -> RekeyResult:
    """Replace the master key. Keeps this session's passphrase and a new recovery key; every
    other slot wrapped the old master key and is removed (add those colleagues again)."""
    old = vault.files.ring
    if vault.slot.kind != "passphrase":
        # The new passphrase slot would be labelled "recovery" and opened by the old recovery
        # key, and every real passphrase slot would be dropped.
        raise KeySlotError("rekey-needs-passphrase")
    check = vault.slot.unwrap(vault.header.vault_id, passphrase)
    if check is None:
        raise WrongPassphrase()
    check.wipe()
    kdf = kdf or vault.slot.kdf
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
    new.retired[old.data_id] = Secret(old.data.buffer)
    vault.header = replace(vault.header, slots=slots, retired=retired)
    vault.files.keys, vault.slot = new, slot
    _write_header(vault)  # from here on, an interrupted rekey is finished at the next unlock
    old.wipe()
    _reseal_everything(vault)
    vault.audit.record(vault.who, "rekeyed")
    return RekeyResult(code, removed)


def finish_rekey(vault: Vault) -> None:
    """Called at unlock when ``vault.toml`` still names a retired key: finish the rekey."""
    assert vault.header.retired is not None
    ring = vault.files.ring
    old = Secret.zeroed(32)
    envelope.open_sealed_into(
        vault.header.retired, ring.data, vault.header.vault_id, "vault.toml#retired", old
    )
    ring.retired[envelope.key_id(old)] = old
    _reseal_everything(vault)


def _reseal_everything(vault: Vault) -> None:
    files = vault.files
    cases = files.path(CASES)
    for folder in sorted(cases.iterdir()) if cases.is_dir() else []:
        rel = case_rel(folder.name, KEY_FILE)
        if not files.path(rel).is_file():
            continue
        try:
            key = read_case_key(files, folder.name)
        except (TamperedFile, UnsupportedVersion):
            # No key of this vault opens it (the old one included): it was unreadable already.
            # Stopping here would leave the rekey unfinished at every unlock, for every case.
            continue
        try:
            sealed = envelope.seal(key.buffer, files.ring.data, files.vault_id, rel)
            atomic_write(files.path(rel), sealed, files.modes)
        finally:
            key.wipe()
    vault.audit.reseal()
    vault.index.rebuild()
    vault.header = replace(vault.header, retired=None)
    _write_header(vault)
    for secret in files.ring.retired.values():
        secret.wipe()
    files.ring.retired.clear()


@dataclass(slots=True)
class VerifyReport:
    """What ``vault verify`` found."""

    files_checked: int = 0
    problems: list[VaultError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(vault: Vault, rebuild_index: bool = False) -> VerifyReport:
    """Decrypt and check every file, the audit chain and the index."""
    report = VerifyReport()
    files = vault.files
    report.files_checked += 1
    try:  # changed on disk since this session unlocked?
        read_header(vault.root).verify_mac(files.ring)
    except VaultError as exc:
        report.problems.append(exc)
    cases_dir = files.path(CASES)
    fresh: dict[str, Case] = {}
    for folder in sorted(cases_dir.iterdir()) if cases_dir.is_dir() else []:
        if not folder.is_dir():
            continue
        case_id = folder.name
        report.files_checked += 1  # key.enc
        try:
            key = read_case_key(files, case_id)
        except (VaultError, FileNotFoundError) as exc:
            report.problems.append(_as_problem(exc, case_rel(case_id, KEY_FILE)))
            continue
        try:
            report.files_checked += 1  # case.toml.enc
            try:
                fresh[case_id] = vault.read_case(case_id)
            except (VaultError, FileNotFoundError) as exc:
                report.problems.append(_as_problem(exc, case_rel(case_id)))
            for sub, kind in ((SESSIONS, "session"), (DRAFTS, "draft")):
                for rid in record_ids(files, case_id, sub):
                    rel = case_rel(case_id, f"{sub}/{rid}.toml.enc")
                    report.files_checked += 1
                    try:
                        doc = upgrade(files.read_doc(rel, key), kind, rel)
                        if doc.get("id") != rid:
                            raise TamperedFile(rel, Damage.WRONG_RECORD)
                    except VaultError as exc:
                        report.problems.append(exc)
        finally:
            key.wipe()
    report.problems.extend(vault.audit.verify())
    report.files_checked += len(vault.audit.sequence_numbers())
    report.problems.extend(_check_index(vault, fresh))
    if files.path(REL).exists():
        report.files_checked += 1
    if rebuild_index:
        vault.index.rebuild()
    return report


def _as_problem(exc: Exception, rel: str) -> VaultError:
    if isinstance(exc, VaultError):
        return exc
    return TamperedFile(rel, Damage.MISSING)


def _check_index(vault: Vault, fresh: dict[str, Case]) -> list[VaultError]:
    """The index must decrypt and parse; stale entries are not damage (they refresh)."""
    del fresh
    try:
        upgrade(vault.files.read_doc(REL), "index", REL)
    except FileNotFoundError:
        return []  # never written yet: nothing to be wrong
    except VaultError as exc:
        return [exc]
    return []
