"""Where the case keys lived in vault format 2: one key store the header authenticates.

Format 3 (:mod:`.keyshards`) spreads them over shards; a format-2 vault is migrated at
unlock, and read with this module when it cannot be written.

Every case key is kept in one sealed document, ``keys/<generation>.toml.enc``, together with
the tombstones of erased cases (their ids and when, nothing else). The document is sealed with
a *key-store key*: 32 random bytes kept in ``vault.toml`` (``keystore_key``, sealed with the
data key), beside the generation number (``keystore``); the header's MAC covers both. So:

- **Erasing a case** writes a new generation without that case's key and with its tombstone,
  under a **new** key-store key, commits the header that names it, and shreds the previous
  generation. No case file is re-encrypted (the other cases keep their keys), yet a copy of
  the erased case's folder taken before (its files are sealed with its case key) no longer
  opens with any key the vault holds: its case key was only ever in key stores sealed with
  key-store keys the vault no longer has (docs/data-protection.md says what remains: backups,
  an older ``vault.toml`` with a passphrase valid then).
- **A tombstone** makes an erased case's folder copied back into the vault visible: the case
  list and ``vault verify`` report it (``TamperedFile``, ``Damage.ERASED``).
- **Creating a case** writes a new generation with the case's key under the same key-store key
  and commits the header; the previous generation is removed.

A generation is written once (exclusive create) before the header that names it; a crash
before the header leaves an unnamed generation, shredded when the vault is migrated
(:func:`migrate`) at the next unlock. Every change is made under the vault's lock, from the header and generation on disk
(another session may have changed them since this one unlocked).
"""

from __future__ import annotations

import base64
import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import Damage, Schema, SchemaError, TamperedFile, VaultError
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.atomic import shred
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.header import Header
from desistkit_tui.core.vault.keys import KEY_SIZE
from desistkit_tui.core.vault.secret import Secret

if TYPE_CHECKING:
    from desistkit_tui.core.vault.keyshards import ShardedKeyStore

FOLDER = "keys"
SCHEMA = 1
#: The relpath the key-store key is sealed for in ``vault.toml`` (docs/vault-format.md §7).
SEALED_REL = "vault.toml#keystore"
#: Called with a new generation and its sealed key-store key: makes the header name them.
Commit = Callable[[int, bytes], None]


def rel(generation: int) -> str:
    return f"{FOLDER}/gen-{generation:010d}.toml.enc"


def seal_key(key: Secret, files: VaultFiles, data: Secret | None = None) -> bytes:
    """The key-store key sealed for ``vault.toml`` (with the data key, or ``data``)."""
    return envelope.seal(key.buffer, data or files.ring.data, files.vault_id, SEALED_REL)


class KeyStore:
    """The case keys and tombstones of an unlocked format-2 vault (wiped at lock)."""

    FORMAT = 2

    def __init__(self, files: VaultFiles) -> None:
        self.files = files
        self.generation = 0
        self._key = Secret.zeroed(KEY_SIZE)
        self._cases: dict[str, Secret] = {}
        #: Erased case ids and when they were erased (the tombstones).
        self.erased: dict[str, datetime] = {}

    # -- reading ---------------------------------------------------------------------------

    def load(self, header: Header) -> None:
        """Read the generation ``header`` names (its MAC was checked)."""
        if header.keystore is None or header.keystore_key is None:
            raise SchemaError(vault_header.FILENAME, "keystore", Schema.MISSING)
        key = Secret.zeroed(KEY_SIZE)
        try:
            envelope.open_sealed_into(
                header.keystore_key, self.files.ring.data, self.files.vault_id, SEALED_REL, key
            )
            cases, erased = self._read(header.keystore, key)
        except BaseException:
            key.wipe()
            raise
        self.wipe()
        self.generation, self._key, self._cases, self.erased = header.keystore, key, cases, erased

    def _read(self, generation: int, key: Secret) -> tuple[dict[str, Secret], dict[str, datetime]]:
        where = rel(generation)
        try:
            doc = self.files.read_doc(where, key)
        except FileNotFoundError:
            raise TamperedFile(where, Damage.MISSING) from None
        if doc.get("kind") != "keystore" or doc.get("generation") != generation:
            raise TamperedFile(where, Damage.WRONG_RECORD)
        if doc.get("schema") != SCHEMA:
            raise SchemaError(where, "schema", Schema.UNKNOWN_VALUE, value=str(doc.get("schema")))
        raw_cases, raw_erased = doc.get("cases", {}), doc.get("erased", {})
        if not isinstance(raw_cases, dict) or not isinstance(raw_erased, dict):
            raise SchemaError(where, "cases", Schema.INVALID)
        cases: dict[str, Secret] = {}
        for case_id, value in raw_cases.items():
            try:
                raw = base64.b64decode(str(value), validate=True)
            except ValueError:
                raw = b""
            if len(raw) != KEY_SIZE:
                raise SchemaError(where, f"cases.{case_id}", Schema.INVALID)
            cases[case_id] = Secret(bytearray(raw))
        erased = {k: v for k, v in raw_erased.items() if isinstance(v, datetime)}
        return cases, erased

    def refresh(self) -> None:
        """Read the header on disk again and, if another session changed the key store,
        its generation (a case created or erased meanwhile)."""
        raw = vault_header.read(self.files.root)
        raw.verify_mac(self.files.ring)
        if raw.header.keystore != self.generation:
            self.load(raw.header)

    def case_key(self, case_id: str) -> Secret:
        """A copy of the case's key (the caller wipes it). A case this session does not know
        is looked up again on disk; an erased one is :class:`TamperedFile` (``erased``)."""
        key = self._cases.get(case_id)
        if key is None:
            # The header could not be read again: the case is reported as below.
            with contextlib.suppress(VaultError):
                self.refresh()
            key = self._cases.get(case_id)
        if key is None:
            from desistkit_tui.core.vault.names import case_rel

            damage = Damage.ERASED if case_id in self.erased else Damage.MISSING
            raise TamperedFile(case_rel(case_id, "key.enc" if key_missing(damage) else ""), damage)
        return Secret(bytearray(key.buffer))

    def held_keys(self) -> dict[str, Secret]:
        """As :meth:`.ShardedKeyStore.held_keys`."""
        return dict(self._cases)

    def file_names(self) -> set[str]:
        """The generation the header names (relative to the vault)."""
        return {rel(self.generation)}

    def holds(self, case_id: str) -> bool:
        """Whether the key store (as this session last read it) holds the case's key."""
        return case_id in self._cases

    def case_ids(self) -> list[str]:
        return sorted(self._cases)

    def sealed_key(self, data: Secret) -> bytes:
        """The key-store key sealed with the data key ``data`` (a rekey's new one)."""
        return seal_key(self._key, self.files, data)

    # -- changing (the caller holds the vault's lock) ----------------------------------------

    def add(self, case_id: str, key: Secret, commit: Commit) -> None:
        """Keep a new case's key: a new generation under the same key-store key."""
        self.refresh()
        cases = {**self._cases, case_id: Secret(bytearray(key.buffer))}
        self._publish(self._key, cases, self.erased, commit, shred_old=False)

    def replace(self, case_id: str, key: Secret, commit: Commit) -> None:
        """Give a case a new key (a rotation); the previous generation, which held the old
        key, is shredded."""
        self.refresh()
        cases = {**self._cases, case_id: Secret(bytearray(key.buffer))}
        self._publish(self._key, cases, self.erased, commit, shred_old=True)

    def erase(self, case_id: str, commit: Commit) -> None:
        """Drop a case's key, keep its tombstone, and move every other key to a new key-store
        key (the previous generation is shredded)."""
        self.refresh()
        cases = {k: v for k, v in self._cases.items() if k != case_id}
        erased = {**self.erased, case_id: utcnow().replace(microsecond=0)}
        self._publish(Secret.random(), cases, erased, commit, shred_old=True)
        gone = self._cases.get(case_id)
        if gone is not None:
            gone.wipe()
        self._cases = cases

    def _publish(
        self,
        key: Secret,
        cases: dict[str, Secret],
        erased: dict[str, datetime],
        commit: Commit,
        *,
        shred_old: bool,
    ) -> None:
        old, generation = self.generation, self.generation + 1
        where = rel(generation)
        doc = {
            "schema": SCHEMA,
            "kind": "keystore",
            "generation": generation,
            "cases": {k: base64.b64encode(v.buffer).decode("ascii") for k, v in cases.items()},
            "erased": erased,
        }
        path = self.files.path(where)
        if path.exists():  # an unnamed generation a crash left (we hold the vault's lock)
            shred(path)
        if not self.files.create_doc(where, doc, key):
            raise TamperedFile(where, Damage.WRONG_RECORD)
        try:
            commit(generation, seal_key(key, self.files))
        except BaseException:
            if not named_in_header(self.files, generation):
                shred(path)  # not named: as if never written
            raise
        if key is not self._key:
            self._key.wipe()
        self.generation, self._key, self._cases, self.erased = generation, key, cases, erased
        remove = shred if shred_old else remove_file
        # Not named by the header any more; if this fails, the migration shreds it.
        with contextlib.suppress(VaultError):
            remove(self.files.path(rel(old)))

    def wipe(self) -> None:
        self._key.wipe()
        for key in self._cases.values():
            key.wipe()
        self._cases.clear()


def named_in_header(files: VaultFiles, generation: int) -> bool:
    """Whether ``vault.toml`` names key-store ``generation``, after its commit failed: a
    generation it names is in use (the commit landed before the error); one it does not is
    removed as if never written (an unreadable header names none)."""
    try:
        return vault_header.read(files.root).header.keystore == generation
    except VaultError:
        return False


def key_missing(damage: Damage) -> bool:
    return damage is Damage.MISSING


def remove_file(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        from desistkit_tui.core.vault.atomic import oserror

        raise oserror(exc, path) from exc


def upgrade(files: VaultFiles, commit: Commit) -> ShardedKeyStore:
    """Format 1 to 3 (the caller holds the vault's lock): every ``cases/<id>/key.enc`` goes
    into the first key shards, ``commit`` writes vault.toml as version 3 naming them, then
    the ``key.enc`` files are shredded (one left by a crash is never read again)."""
    from desistkit_tui.core.vault.cases import read_case_key
    from desistkit_tui.core.vault.keyshards import create
    from desistkit_tui.core.vault.names import CASES, case_rel

    keys: dict[str, Secret] = {}
    folder = files.path(CASES)
    try:
        for name in sorted(os.listdir(folder)) if folder.is_dir() else []:
            if name.startswith(".") or not files.path(case_rel(name, "key.enc")).is_file():
                continue  # a creation or erasure under way (.new-, .gone-) or no key
            try:
                keys[name] = read_case_key(files, name)
            except (VaultError, FileNotFoundError):
                continue  # unreadable already: listed as damaged, as before
        store = create(files, keys, commit)
    finally:
        for key in keys.values():
            key.wipe()
    for case_id in store.case_ids():
        with contextlib.suppress(VaultError):  # the store holds it now; key.enc is not read
            shred(files.path(case_rel(case_id, "key.enc")))
    return store


def migrate(files: VaultFiles, old: KeyStore, commit: Commit) -> ShardedKeyStore:
    """Format 2 to 3 (the caller holds the vault's lock): every key and tombstone of the
    format-2 generation goes into shards, ``commit`` writes vault.toml as version 3 naming
    them, then the format-2 generation is shredded (if that fails, the next unlock's
    :func:`.keyshards.clean_up` does it)."""
    from desistkit_tui.core.vault.keyshards import clean_up, create

    old.refresh()
    keys = {case_id: old.case_key(case_id) for case_id in old.case_ids()}
    try:
        store = create(files, keys, commit, old.erased, after=old.generation)
    finally:
        for key in keys.values():
            key.wipe()
    old.wipe()
    clean_up(files, store)
    return store
