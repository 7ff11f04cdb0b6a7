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

import contextlib
import os
import weakref
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import (
    AuditNotWritten,
    Damage,
    DuplicateCase,
    NoSuchCase,
    StorageError,
    TamperedFile,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultReadOnly,
    WrongPassphrase,
)
from desistkit_tui.core.model import (
    TO_BE_RECORDED,
    AddressForm,
    Case,
    CaseSummary,
    GenderForm,
    LegalBasis,
    check_code,
    new_case_id,
)
from desistkit_tui.core.model.case_head import CaseHead
from desistkit_tui.core.slot_memory import SlotMemory
from desistkit_tui.core.vault import at_unlock, erasure, keyshards, recovery, staging
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.atomic import (
    Modes,
    atomic_write,
    ensure_folder,
)
from desistkit_tui.core.vault.audit import BASIS_ACTIONS, AuditLog
from desistkit_tui.core.vault.case_codes import CaseCodes
from desistkit_tui.core.vault.cases import (
    KEY_FILE,
    CaseHandle,
    read_case_doc,
    read_case_head,
    read_case_key,
)
from desistkit_tui.core.vault.files import TMP, VaultFiles
from desistkit_tui.core.vault.head_pool import give_back, helpers_ahead
from desistkit_tui.core.vault.header import Header, KeySlot, RawHeader
from desistkit_tui.core.vault.index import CaseIndex
from desistkit_tui.core.vault.keys import KdfParams, KeyRing
from desistkit_tui.core.vault.keystore import KeyStore
from desistkit_tui.core.vault.locks import CaseLock, VaultLock
from desistkit_tui.core.vault.names import CASES, case_rel, vault_exists
from desistkit_tui.core.vault.secret import Secret


def read_header(path: Path) -> RawHeader:
    """Read, checksum and bound-check ``vault.toml`` (no secret needed; see ``header.read``)."""
    return vault_header.read(path)


def _missing_case_file(problem: object) -> bool:
    return isinstance(problem, TamperedFile) and problem.damage is Damage.MISSING


def _check_case_id(case_id: str) -> None:
    """A case id names one folder under ``cases/``: never a path (``..``, ``a/b``) or hidden."""
    if not case_id or case_id.startswith(".") or any(c in case_id for c in "/\\\0"):
        raise NoSuchCase(case_id)


T = TypeVar("T")


class Vault:
    """An unlocked vault. Everything that reads or writes case data goes through here."""

    def __init__(self, root: Path, header: Header, keys: KeyRing, slot: KeySlot) -> None:
        self.header = header
        self.files = VaultFiles(root, header.vault_id, Modes(header.team), keys)
        self.slot = slot
        self.audit = AuditLog(self.files, lambda: self.header.audit_head, self._audit_appended)
        self.index = CaseIndex(self.files, self.read_case_head)
        #: The codes a new case must not take (:mod:`.case_codes`).
        self.case_codes = CaseCodes()
        #: True when the vault could not be written at unlock: cases open read-only.
        self.read_only = False
        #: What went wrong after a change was made (an audit entry not written, a rekey to be
        #: finished at the next unlock): warnings, not failures; the CLI prints them.
        self.warnings: list[VaultError] = []
        self._handles: weakref.WeakSet[CaseHandle] = weakref.WeakSet()
        #: Audit entries of cases opened with ``audit_later`` (action, case code, when), not
        #: yet written: :meth:`write_pending_audit`, the next :meth:`record`, or :meth:`lock`.
        self._pending_audit: list[tuple[str, str, datetime]] = []

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
        ensure_folder(path / TMP, modes)
        vault = cls(path, header, keys, header.slots[0])

        def first_header(generation: int, sealed: bytes) -> None:
            vault.header = replace(header, keystore=generation, keystore_key=sealed)
            atomic_write(
                path / vault_header.FILENAME, vault.header.serialise(keys), modes, path / TMP
            )

        vault.files.case_keys = keyshards.create(vault.files, {}, first_header)
        ensure_folder(path / CASES, modes)
        vault.index.rebuild()  # an empty ledger from the start (a missing index is then news)
        vault.audit.record(vault.who, "vault-created")
        return vault, code

    @classmethod
    def unlock(
        cls,
        path: Path,
        secret: Secret | str,
        *,
        slot_label: str | None = None,
        memory: SlotMemory | None = None,
    ) -> Vault:
        """Open with a passphrase or a recovery key; :class:`WrongPassphrase` if none fits.

        ``slot_label`` tries that slot only (a one-off: it is not remembered). Otherwise, with a
        ``memory`` that knows the slot this user opened the vault with last, that slot alone is
        tried (one derivation, right or wrong, whatever the number of slots); the passphrase
        slot that opens the vault is remembered. A remembered slot that was removed is ignored.
        """
        raw = read_header(path)
        helpers = helpers_ahead(path)  # an index to rebuild: they start while the key is derived
        try:
            if isinstance(secret, str):
                if recovery.looks_like_recovery_key(secret):
                    owned, kinds = recovery.parse(secret), {"recovery"}
                else:
                    owned, kinds = Secret.from_text(secret), {"passphrase"}
                try:
                    vault = cls._unlock(path, raw, owned, kinds, slot_label, memory)
                finally:
                    owned.wipe()  # made here from the text: wipe it (the caller's is theirs)
            else:
                vault = cls._unlock(
                    path, raw, secret, {"passphrase", "recovery"}, slot_label, memory
                )
        except BaseException:
            give_back(path, helpers)  # for the next attempt (they hold no key)
            raise
        vault.index.adopt(helpers)
        return vault

    @classmethod
    def _unlock(
        cls,
        path: Path,
        raw: RawHeader,
        secret: Secret,
        kinds: set[str],
        slot_label: str | None,
        memory: SlotMemory | None,
    ) -> Vault:
        header = raw.header
        slots = [
            slot
            for slot in header.slots
            if slot.kind in kinds and (slot_label is None or slot.label == slot_label)
        ]
        if slot_label is None and memory is not None:
            last = memory.recall(header.vault_id)
            slots = [slot for slot in slots if slot.id == last] or slots
        for slot in slots:
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
                    if header.keystore is not None:
                        vault.files.case_keys = keyshards.open_store(vault.files, header)
                    vault._open_for_writing()
                except BaseException:
                    keys.wipe()  # a failed unlock leaves no key material behind
                    raise
                if memory is not None and slot_label is None and slot.kind == "passphrase":
                    memory.remember(header.vault_id, slot.id)
                return vault
        raise WrongPassphrase()

    def _open_for_writing(self) -> None:
        """At unlock: finish interrupted writes and record the unlock. Reading never depends
        on writing: if the vault cannot be written (a read-only folder or disk, a full disk),
        this session is read-only, with a warning (:class:`VaultReadOnly`)."""
        try:
            at_unlock.recover(self)
            self.audit.record(self.who, "unlocked")
        except VaultError as exc:
            self.read_only = True
            self.warnings.append(VaultReadOnly(exc))

    def change_header(self, change: Callable[[Header], Header]) -> Header:
        """Apply ``change`` to the header on disk (another session may have changed it since
        this one unlocked) under the vault's lock, write it, and keep it as this session's."""
        with VaultLock(self.root, self.files.modes.file, share=True) as lock:
            lock.wait()
            raw = read_header(self.root)
            raw.verify_mac(self.files.ring)
            header = change(raw.header)
            self.files.write_bytes(
                self.root / vault_header.FILENAME, header.serialise(self.files.ring)
            )
            self.header = header
        return header

    def _audit_appended(self, seq: int, digest: str) -> None:
        """Keep the audit chain's head in the MAC'd header (format 2; docs/vault-format.md)."""
        if self.header.keystore is None:
            return  # format 1 (not upgraded): its readers do not know the field
        try:
            self._move_audit_head(seq, digest)
        except VaultError as exc:
            # The entry is written; the head lags one entry, as after a crash between the two
            # writes (not reported). The next append moves it.
            self.warnings.append(exc)

    def _move_audit_head(self, seq: int, digest: str) -> None:
        self.change_header(
            lambda h: (
                h
                if h.audit_head and h.audit_head[0] > seq
                else replace(h, audit_head=(seq, digest))
            )
        )

    def commit_keystore(self, generation: int, sealed: bytes) -> None:
        """Name a new key-store generation in ``vault.toml`` (format 3; format 2 while a
        vault that could not be migrated is read)."""
        version = 2 if isinstance(self.files.case_keys, KeyStore) else keyshards.FORMAT
        self.change_header(
            lambda h: replace(h, version=version, keystore=generation, keystore_key=sealed)
        )

    def record(
        self,
        action: str,
        case: str = "",
        basis: str = "",
        detail: Mapping[str, str] | None = None,
    ) -> None:
        """Append an audit entry for a change that is made already: a failure is a warning
        (:class:`AuditNotWritten` in :attr:`warnings`), never an error for work that was done.
        ``basis``: the case's kind of legal basis, where it matters; ``detail``: what an export
        was (see ``AuditLog.record``). Entries still pending (``open_case(audit_later=True)``)
        are written first, so the log keeps the order things happened in."""
        self.write_pending_audit()
        self._write_entry(action, case, basis, detail)

    def write_pending_audit(self) -> None:
        """Write the audit entries kept by ``open_case(audit_later=True)`` (each failure a
        warning, as in :meth:`record`)."""
        pending, self._pending_audit = self._pending_audit, []
        for action, case, at in pending:
            self._write_entry(action, case, at=at)

    def _write_entry(
        self,
        action: str,
        case: str,
        basis: str = "",
        detail: Mapping[str, str] | None = None,
        at: datetime | None = None,
    ) -> None:
        try:
            self.audit.record(self.who, action, case, basis, detail, at)
        except VaultError as exc:
            self.warnings.append(AuditNotWritten(action, exc))

    def lock(self) -> None:
        """Write what is pending and wipe every key; the object is useless afterwards.

        Open case handles are closed (their keys wiped, their locks released): they refuse
        everything from now on (:class:`VaultLocked`). The index is a cache: if it cannot be
        written, that is a warning, and the next unlock refreshes it.
        """
        if self.files.keys is None:
            return
        try:
            for handle in list(self._handles):
                handle.close()
            self.write_pending_audit()  # a case opened a moment ago is in the log all the same
            try:
                if not self.read_only:
                    self.index.flush()
            except VaultError as exc:
                self.warnings.append(exc)
        finally:
            self.files.keys.wipe()
            self.files.keys = None
            if self.files.case_keys is not None:
                self.files.case_keys.wipe()
                self.files.case_keys = None
            # The case list it decrypted (codes, dates) is let go with the keys.
            self.index.close()
            self.index = CaseIndex(self.files, self.read_case_head)
            self.case_codes = CaseCodes()

    @property
    def locked(self) -> bool:
        return self.files.keys is None

    # -- cases -----------------------------------------------------------------------------

    def read_case(self, case_id: str) -> Case:
        """A case's profile, read whole (does not take the lock)."""
        return self._with_case_key(case_id, read_case_doc)

    def read_case_head(self, case_id: str) -> CaseHead:
        """What the case list needs of a case (the index rebuilds from it; no lock taken)."""
        return self._with_case_key(case_id, read_case_head)

    def _with_case_key(self, case_id: str, read: Callable[[VaultFiles, str, Secret], T]) -> T:
        """``read`` of a case with its key, which is wiped afterwards."""
        _check_case_id(case_id)
        key = read_case_key(self.files, case_id)
        try:
            return read(self.files, case_id, key)
        finally:
            key.wipe()

    def summaries(self, *, write_index: bool = True, refresh: bool = True) -> list[CaseSummary]:
        """Every case for the case list (damaged cases included, with their problem).

        With ``write_index=False`` an index that had to be refreshed or rebuilt is written
        later, by :meth:`write_index` or when the vault locks (it is a cache: if the process
        dies first, the next unlock refreshes it again). With ``refresh=False``, the index's
        summaries without checking them against the case files
        (:meth:`.CaseIndex.summaries`): follow with a refreshing call.
        """
        if self.locked:
            raise VaultLocked()
        flush = write_index and not self.read_only
        summaries = self.index.summaries(flush=flush, refresh=refresh)
        if any(_missing_case_file(s.problem) for s in summaries):
            summaries = self._drop_incomplete(summaries)
        return summaries

    def summaries_at_hand(self) -> list[CaseSummary] | None:
        """``summaries(write_index=False, refresh=False)`` if that reads no file (the index is
        loaded and whole, no case is listed as missing its file); else ``None``."""
        if self.locked:
            return None
        summaries = self.index.at_hand()
        if summaries is None:
            return None
        problems = set(map(attrgetter("problem"), summaries))  # in C: 10,000 cases, few problems
        return None if any(map(_missing_case_file, problems)) else summaries

    def _drop_incomplete(self, summaries: list[CaseSummary]) -> list[CaseSummary]:
        """Leave out (and remove) case folders an older version began to create and never
        finished: they never held anything (:func:`staging.is_incomplete`)."""
        kept = []
        for summary in summaries:
            if _missing_case_file(summary.problem) and staging.remove_incomplete(
                self.files, summary.id
            ):
                self.index.remove(summary.id)
            else:
                kept.append(summary)
        return kept

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
        legal: LegalBasis = TO_BE_RECORDED,
    ) -> Case:
        """A new case with its own data key (its legal basis may be left to be recorded)."""
        code = check_code(code)
        if self.locked:
            raise VaultLocked()
        # The vault's lock makes the check that the code is new and the writes one step for
        # every session (two `case add` at once cannot both pass the check).
        with VaultLock(self.root, self.files.modes.file) as lock:
            lock.wait()
            # Checked against the index and one listing of the case folders (cases created
            # by other sessions are read), or the codes kept since, if no session has created
            # or erased a case meanwhile (.case_codes); the index is not rewritten for every
            # new case: it is written with the next summaries() or at lock.
            if code.casefold() in self.case_codes.taken(
                self.files, self.index, self.keys_generation()
            ):
                raise DuplicateCase(code)
            case = Case(
                id=new_case_id(),
                code=code,
                address=address,
                gender=gender,
                language=language,
                retention=retention,
                legal=legal,
            )
            key = Secret.random()
            try:
                staging.create_folder(self.files, case, key, self.commit_keystore)
            except BaseException:
                self.case_codes.forget()
                raise
            finally:
                key.wipe()
            self.case_codes.created(case.id, case.code, self.keys_generation(refresh=False))
        self.index.update(case)
        self.record("case-created", case.code)
        return case

    def open_case(
        self,
        case_id: str,
        *,
        write: bool = True,
        audit_later: bool = False,
        refuse_rolled_back: bool = False,
    ) -> CaseHandle:
        """Open a case; read-only when another session holds it (see ``read_only``).

        Its ``case-opened`` audit entry is written now, or with ``audit_later`` kept (with
        the time of this opening) until :meth:`write_pending_audit`, the next entry or
        :meth:`lock`, whichever comes first: the app shows the case before its two fsynced
        writes (docs/vault-format.md, "The audit log"). ``refuse_rolled_back``: a document
        older than the index's ledger says raises its :class:`RolledBack` before that entry
        (the case was not opened, so the log does not say it was)."""
        _check_case_id(case_id)
        folder = self.files.path(case_rel(case_id, ""))
        if not folder.is_dir():
            raise NoSuchCase(case_id)
        lock = CaseLock(folder, self.files.modes.file)
        if write and not self.read_only:
            # Cannot even take the lock (a read-only disk): the case opens read-only.
            with contextlib.suppress(StorageError):
                lock.acquire()
        key: Secret | None = None
        try:
            try:
                key = read_case_key(self.files, case_id)
            except FileNotFoundError:
                raise TamperedFile(case_rel(case_id, KEY_FILE), Damage.MISSING) from None
            try:
                case = read_case_doc(self.files, case_id, key)
            except FileNotFoundError:
                raise TamperedFile(case_rel(case_id), Damage.MISSING) from None
            if refuse_rolled_back and (problem := self.index.rolled_back(case)) is not None:
                raise problem
            if not self.read_only:  # reading never depends on writing: a failure is a warning
                if audit_later:
                    self._pending_audit.append(("case-opened", case.code, utcnow()))
                else:
                    self.record("case-opened", case.code)
            handle = CaseHandle(self.files, case, key, lock, self._case_changed)
        except BaseException:
            if key is not None:
                key.wipe()
            lock.release()
            raise
        self._handles.add(handle)
        return handle

    def _case_changed(self, case: Case, action: str) -> None:
        self.index.update(case)
        self.case_codes.changed(case.id, case.code)
        basis = case.legal.kind.value if action in BASIS_ACTIONS else ""
        detail: dict[str, str] | None = None
        if action == "retention-extended":  # the dates only: the reason stays in the case
            change = case.retention_history[-1]
            previous = change.previous.isoformat() if change.previous else "none"
            detail = {"previous": previous, "until": change.until.isoformat()}
        self.record(action, case.code, basis, detail)

    def keys_generation(self, *, refresh: bool = True) -> int | None:
        """The key store's generation (vault format 3; None before): with ``refresh``, as the
        header on disk names it now (another session's creation or erasure moves it)."""
        store = self.files.case_keys
        if not isinstance(store, keyshards.ShardedKeyStore):
            return None
        if refresh:
            store.refresh()
        return store.generation

    def erase_case(self, case_id: str) -> str:
        """Crypto-shred a case: destroy its key, then remove its files. Returns its code
        (:mod:`.erasure`)."""
        _check_case_id(case_id)
        return erasure.erase_case(self, case_id)
