"""The vault: create, unlock, lock, and the cases inside it.

Typical use::

    vault, recovery = Vault.create(path, Secret.from_text(passphrase), label="anna")
    vault = Vault.unlock(path, Secret.from_text(passphrase))
    for summary in vault.summaries(): ...
    with vault.open_case(case_id) as case: case.save_session(...)
    vault.lock()

Key-slot administration, rekeying and verification live in :mod:`.admin`.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from desistkit_tui.core.errors import (
    CaseBusy,
    Damage,
    DuplicateCase,
    NoSuchCase,
    TamperedFile,
    VaultError,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from desistkit_tui.core.model import (
    AddressForm,
    Case,
    CaseSummary,
    GenderForm,
    check_code,
    new_case_id,
)
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault import recovery
from desistkit_tui.core.vault.atomic import Modes, atomic_write, ensure_folder, shred
from desistkit_tui.core.vault.audit import AuditLog
from desistkit_tui.core.vault.cases import KEY_FILE, CaseHandle, read_case_doc, read_case_key
from desistkit_tui.core.vault.envelope import seal
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.header import Header, KeySlot, RawHeader
from desistkit_tui.core.vault.index import CASES, CaseIndex, case_rel
from desistkit_tui.core.vault.keys import KdfParams, KeyRing
from desistkit_tui.core.vault.locks import CaseLock
from desistkit_tui.core.vault.names import vault_exists
from desistkit_tui.core.vault.secret import Secret


def read_header(path: Path) -> RawHeader:
    """Read, checksum and bound-check ``vault.toml`` (no secret needed; see ``header.read``)."""
    return vault_header.read(path)


def _check_case_id(case_id: str) -> None:
    """A case id names one folder under ``cases/``: never a path (``..``, ``a/b``) or hidden."""
    if not case_id or case_id.startswith(".") or any(c in case_id for c in "/\\\0"):
        raise NoSuchCase(case_id)


class Vault:
    """An unlocked vault. Everything that reads or writes case data goes through here."""

    def __init__(self, root: Path, header: Header, keys: KeyRing, slot: KeySlot) -> None:
        self.header = header
        self.files = VaultFiles(root, header.vault_id, Modes(header.team), keys)
        self.slot = slot
        self.audit = AuditLog(self.files)
        self.index = CaseIndex(self.files, self.read_case)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        return self.files.root

    @property
    def who(self) -> str:
        """The label of the key slot that unlocked this session (recorded in the audit log)."""
        return self.slot.label

    @staticmethod
    def exists(path: Path) -> bool:
        return vault_exists(path)

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: Secret,
        label: str,
        *,
        team: bool = False,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """A new vault at ``path``, unlocked; also returns the recovery key (show it once)."""
        if cls.exists(path):
            raise VaultExists(str(path))
        if path.exists() and any(path.iterdir()):
            raise VaultExists(str(path), not_empty=True)
        modes = Modes(team)
        ensure_folder(path, modes)
        os.chmod(path, modes.folder)
        kdf = kdf or KdfParams()
        header = Header.new(team)
        keys = KeyRing(Secret.random())
        code = recovery.generate()
        recovery_secret = recovery.parse(code)
        try:
            header.slots = [
                KeySlot.make(header.vault_id, keys.master, passphrase, label, "passphrase", kdf),
                KeySlot.make(
                    header.vault_id, keys.master, recovery_secret, "recovery", "recovery", kdf
                ),
            ]
        finally:
            recovery_secret.wipe()
        atomic_write(path / vault_header.FILENAME, header.serialise(keys), modes)
        ensure_folder(path / CASES, modes)
        vault = cls(path, header, keys, header.slots[0])
        vault.audit.record(vault.who, "vault-created")
        return vault, code

    @classmethod
    def unlock(cls, path: Path, secret: Secret | str, *, slot_label: str | None = None) -> Vault:
        """Open with a passphrase or a recovery key; :class:`WrongPassphrase` if none fits."""
        raw = read_header(path)
        if isinstance(secret, str):
            if recovery.looks_like_recovery_key(secret):
                owned, kinds = recovery.parse(secret), {"recovery"}
            else:
                owned, kinds = Secret.from_text(secret), {"passphrase"}
            try:
                return cls._unlock(path, raw, owned, kinds, slot_label)
            finally:
                owned.wipe()  # made here from the text: wipe it (the caller's Secret is theirs)
        return cls._unlock(path, raw, secret, {"passphrase", "recovery"}, slot_label)

    @classmethod
    def _unlock(
        cls, path: Path, raw: RawHeader, secret: Secret, kinds: set[str], slot_label: str | None
    ) -> Vault:
        header = raw.header
        for slot in header.slots:
            if slot.kind not in kinds or (slot_label is not None and slot.label != slot_label):
                continue
            master = slot.unwrap(header.vault_id, secret)
            if master is not None:
                keys = KeyRing(master)
                try:
                    raw.verify_mac(keys)
                except TamperedFile:
                    keys.wipe()
                    raise
                vault = cls(path, header, keys, slot)
                try:
                    vault._restore_retired()
                    vault.audit.record(vault.who, "unlocked")
                except BaseException:
                    keys.wipe()  # a failed unlock leaves no key material behind
                    raise
                return vault
        raise WrongPassphrase()

    def _restore_retired(self) -> None:
        """Hold the previous data key while an interrupted rekey is finished."""
        if self.header.retired is None:
            return
        from desistkit_tui.core.vault.admin import finish_rekey

        finish_rekey(self)

    def lock(self) -> None:
        """Write what is pending and wipe every key; the object is useless afterwards."""
        if self.files.keys is not None:
            try:
                self.index.flush()
            finally:
                self.files.keys.wipe()
                self.files.keys = None

    @property
    def locked(self) -> bool:
        return self.files.keys is None

    # -- cases -----------------------------------------------------------------------------

    def read_case(self, case_id: str) -> Case:
        """A case's profile (for the index; does not take the lock)."""
        _check_case_id(case_id)
        key = read_case_key(self.files, case_id)
        try:
            return read_case_doc(self.files, case_id, key)
        finally:
            key.wipe()

    def summaries(self, *, write_index: bool = True) -> list[CaseSummary]:
        """Every case for the case list (damaged cases included, with their problem).

        With ``write_index=False`` an index that had to be refreshed or rebuilt is written
        later, by :meth:`write_index` or when the vault locks (it is a cache: if the process
        dies first, the next unlock refreshes it again).
        """
        if self.locked:
            raise VaultLocked()
        return self.index.summaries(flush=write_index)

    def write_index(self) -> None:
        """Write the case index if it has changes not written yet."""
        if self.locked:
            raise VaultLocked()
        self.index.flush()

    def find(self, code: str) -> CaseSummary:
        """The case with this code (case-insensitive)."""
        wanted = code.strip().casefold()
        for summary in self.summaries():
            if summary.code.casefold() == wanted:
                return summary
        raise NoSuchCase(code)

    def create_case(
        self,
        code: str,
        *,
        address: AddressForm = AddressForm.FORMAL,
        gender: GenderForm = GenderForm.UNSPECIFIED,
        language: str = "en",
        retention: date | None = None,
    ) -> Case:
        """A new case with its own data key."""
        code = check_code(code)
        # Checked against the folder (one stat per case), but the index is not rewritten for
        # every new case: it is written with the next summaries() or when the vault locks.
        if any(s.code.casefold() == code.casefold() for s in self.summaries(write_index=False)):
            raise DuplicateCase(code)
        case = Case(
            id=new_case_id(),
            code=code,
            address=address,
            gender=gender,
            language=language,
            retention=retention,
        )
        key = Secret.random()
        try:
            key_rel = case_rel(case.id, KEY_FILE)
            ensure_folder(self.files.path(case_rel(case.id, "")), self.files.modes)
            sealed = seal(key.buffer, self.files.ring.data, self.files.vault_id, key_rel)
            atomic_write(self.files.path(key_rel), sealed, self.files.modes)
            self.files.write_doc(case_rel(case.id), case.to_doc(), key)
        finally:
            key.wipe()
        self.index.update(case)
        self.audit.record(self.who, "case-created", case.code)
        return case

    def open_case(self, case_id: str, *, write: bool = True) -> CaseHandle:
        """Open a case; read-only when another session holds it (see ``read_only``)."""
        _check_case_id(case_id)
        folder = self.files.path(case_rel(case_id, ""))
        if not folder.is_dir():
            raise NoSuchCase(case_id)
        lock = CaseLock(folder, self.files.modes.file)
        if write:
            lock.acquire()
        try:
            key = read_case_key(self.files, case_id)
        except FileNotFoundError:
            lock.release()
            raise TamperedFile(case_rel(case_id, KEY_FILE), Damage.MISSING) from None
        except BaseException:
            lock.release()
            raise
        try:
            case = read_case_doc(self.files, case_id, key)
        except FileNotFoundError:
            key.wipe()
            lock.release()
            raise TamperedFile(case_rel(case_id), Damage.MISSING) from None
        except BaseException:
            key.wipe()
            lock.release()
            raise
        self.audit.record(self.who, "case-opened", case.code)
        return CaseHandle(self.files, case, key, lock, self._case_changed)

    def _case_changed(self, case: Case, action: str) -> None:
        self.index.update(case)
        self.audit.record(self.who, action, case.code)

    def erase_case(self, case_id: str) -> str:
        """Crypto-shred a case: destroy its key, then remove its files. Returns its code."""
        _check_case_id(case_id)
        try:
            code = self.read_case(case_id).code
        except (VaultError, FileNotFoundError):  # a damaged case can be erased too
            code = f"?{case_id[:8]}"
        folder = self.files.path(case_rel(case_id, ""))
        if not folder.is_dir():
            raise NoSuchCase(case_id)
        lock = CaseLock(folder, self.files.modes.file)
        if not lock.acquire():
            raise CaseBusy(code)
        try:
            shred(folder / KEY_FILE)
            shutil.rmtree(folder)
        finally:
            lock.release()
        self.index.remove(case_id)
        self.index.flush()
        self.audit.record(self.who, "case-erased", code)
        return code
