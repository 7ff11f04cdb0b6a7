"""Where the case keys live (vault format 3): key shards that the header authenticates.

Format 2 kept every case key in one TOML document (:mod:`.keystore`), rewritten whole by
every case created or erased and parsed whole at every unlock: O(n) at 10,000 cases. Format 3
spreads the keys over :data:`SHARDS` sealed JSON documents, ``keys/shard-<s>-<gen>.json.enc``;
a case's shard is a hash of its id (:func:`shard_of`). Each shard has a key of its own. The
**shard table** (each shard's generation and key, :data:`_ENTRY` bytes per shard) is sealed
with the data key into ``vault.toml`` (``keystore_key``), beside the vault's key-store
generation (``keystore``, bumped by every change); the header's MAC covers both.

- **Creating a case** writes its shard again (a new generation, the same shard key), commits
  the header naming it, and removes the previous generation of that shard only.
- **Erasing a case** writes its shard again without the key and with a tombstone, under a
  **new** shard key, commits the header (whose table no longer holds the old shard key), and
  shreds the previous generation. So a copy of the erased case's files, or of its shard taken
  before, opens with no key the vault holds any more, as in format 2; the other shards are not
  touched (their keys are unrelated to the erased case).
- **Rotating a case key** writes its shard again and shreds the previous generation.

A shard is written once (exclusive create) before the header that names it; a crash before
the header leaves an unnamed file, shredded by :func:`clean_up` at the next unlock; the
header still names the previous generation, which holds every key it held. Shards are read
when a case key is first needed (unlock reads the table only). Format 2 is migrated at unlock
(:func:`migrate`); its reader stays for a vault that cannot be written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
from datetime import datetime
from typing import Any, TypeAlias

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import Damage, Schema, SchemaError, TamperedFile, VaultError
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.atomic import ensure_folder, exclusive_write, shred
from desistkit_tui.core.vault.files import VaultFiles, padded_length
from desistkit_tui.core.vault.header import Header
from desistkit_tui.core.vault.keys import KEY_SIZE
from desistkit_tui.core.vault.keystore import (
    FOLDER,
    SEALED_REL,
    Commit,
    KeyStore,
    key_missing,
    named_in_header,
    remove_file,
)
from desistkit_tui.core.vault.secret import Secret

#: The vault format whose case keys live here.
FORMAT = 3
#: Shards of a new vault: about 160 keys each at 10,000 cases (a 16 KiB file).
SHARDS = 64
SCHEMA = 1
#: One shard in the table: its generation (0: never written, empty) and its key.
_ENTRY = struct.Struct(">Q32s")
_SUFFIX = ".json.enc"
_Loaded: TypeAlias = tuple[int, dict[str, Secret], dict[str, datetime]]


def shard_of(case_id: str, count: int = SHARDS) -> int:
    """The shard a case's key lives in (a hash of its id)."""
    digest = hashlib.blake2b(case_id.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big") % count


def rel(shard: int, generation: int) -> str:
    return f"{FOLDER}/shard-{shard:03d}-{generation:010d}{_SUFFIX}"


class ShardedKeyStore:
    """The case keys and tombstones of an unlocked format-3 vault (wiped at lock)."""

    FORMAT = FORMAT

    def __init__(self, files: VaultFiles) -> None:
        self.files = files
        self.generation = 0
        #: Per shard: the generation of its file (0: none yet) and its key.
        self._table: list[tuple[int, Secret]] = []
        self._loaded: dict[int, _Loaded] = {}

    # -- reading ---------------------------------------------------------------------------

    def load(self, header: Header) -> None:
        """Read the shard table ``header`` holds (its MAC was checked); shards are read when
        first needed."""
        if header.keystore is None or header.keystore_key is None:
            raise SchemaError(vault_header.FILENAME, "keystore", Schema.MISSING)
        sealed = header.keystore_key
        size = len(sealed) - envelope.HEADER_SIZE - envelope.TAG_SIZE
        if size <= 0 or size % _ENTRY.size:
            raise SchemaError(vault_header.FILENAME, "keystore_key", Schema.INVALID)
        plain = Secret.zeroed(size)
        try:
            envelope.open_sealed_into(
                sealed, self.files.ring.data, self.files.vault_id, SEALED_REL, plain
            )
            table = []
            for generation, key in _ENTRY.iter_unpack(plain.buffer):
                table.append((generation, Secret(bytearray(key))))
        finally:
            plain.wipe()
        self.wipe()
        self.generation, self._table = header.keystore, table

    def refresh(self) -> None:
        """Read the header on disk again and, if another session changed the key store,
        its table (the shards are read again when needed)."""
        raw = vault_header.read(self.files.root)
        raw.verify_mac(self.files.ring)
        if raw.header.keystore != self.generation:
            self.load(raw.header)

    def _shard(self, shard: int) -> _Loaded:
        generation = self._table[shard][0]
        loaded = self._loaded.get(shard)
        if loaded is not None and loaded[0] == generation:
            return loaded
        if generation == 0:
            loaded = (0, {}, {})
        else:
            try:
                loaded = _read(self.files, shard, generation, self._table[shard][1])
            except (TamperedFile, SchemaError):
                # Another session may have written this shard again since this one read the
                # table (and removed the generation named here): read the header again.
                before = self.generation
                with contextlib.suppress(VaultError):
                    self.refresh()
                if self.generation == before:
                    raise
                return self._shard(shard)
        self._loaded[shard] = loaded
        return loaded

    def _keys_of(self, case_id: str) -> _Loaded:
        return self._shard(shard_of(case_id, len(self._table)))

    def holds(self, case_id: str) -> bool:
        """Whether the key store (as this session last read it) holds the case's key."""
        return case_id in self._keys_of(case_id)[1]

    def case_key(self, case_id: str) -> Secret:
        """A copy of the case's key (the caller wipes it). A case this session does not know
        is looked up again on disk; an erased one is :class:`TamperedFile` (``erased``)."""
        _, cases, erased = self._keys_of(case_id)
        key = cases.get(case_id)
        if key is None:
            # The header could not be read again: the case is reported as below.
            with contextlib.suppress(VaultError):
                self.refresh()
            _, cases, erased = self._keys_of(case_id)
            key = cases.get(case_id)
        if key is None:
            from desistkit_tui.core.vault.names import case_rel

            damage = Damage.ERASED if case_id in erased else Damage.MISSING
            raise TamperedFile(case_rel(case_id, "key.enc" if key_missing(damage) else ""), damage)
        return Secret(bytearray(key.buffer))

    def held_keys(self) -> dict[str, Secret]:
        """Case id -> key, every key this session holds (the live ones: wiped at lock, never
        kept by the caller), for many lookups in a row: the index's helper processes get
        10,000 of them (issue 17). Reads every shard."""
        held: dict[str, Secret] = {}
        for shard in range(len(self._table)):
            held.update(self._shard(shard)[1])
        return held

    def case_ids(self) -> list[str]:
        """Every case with a key (reads every shard)."""
        return sorted(c for s in range(len(self._table)) for c in self._shard(s)[1])

    @property
    def erased(self) -> dict[str, datetime]:
        """Erased case ids and when they were erased (reads every shard)."""
        out: dict[str, datetime] = {}
        for shard in range(len(self._table)):
            out.update(self._shard(shard)[2])
        return out

    def file_names(self) -> set[str]:
        """The shard files the table names (relative to the vault)."""
        return {rel(s, g) for s, (g, _) in enumerate(self._table) if g}

    def shard_file(self, case_id: str) -> tuple[str, Secret]:
        """The file a case's key is kept in and its shard key (for tests and tampering)."""
        shard = shard_of(case_id, len(self._table))
        generation, key = self._table[shard]
        return rel(shard, generation), key

    def sealed_key(self, data: Secret) -> bytes:
        """The shard table sealed with the data key ``data`` (a rekey's new one)."""
        return _seal_table(self._table, self.files, data)

    # -- changing (the caller holds the vault's lock) ----------------------------------------

    def add(self, case_id: str, key: Secret, commit: Commit) -> None:
        """Keep a new case's key: its shard again, under the same shard key."""
        self._put(case_id, key, commit, shred_old=False)

    def replace(self, case_id: str, key: Secret, commit: Commit) -> None:
        """Give a case a new key (a rotation); its shard's previous generation, which held
        the old key, is shredded."""
        self._put(case_id, key, commit, shred_old=True)

    def _put(self, case_id: str, key: Secret, commit: Commit, *, shred_old: bool) -> None:
        self.refresh()
        shard = shard_of(case_id, len(self._table))
        _, cases, erased = self._shard(shard)
        generation, shard_key = self._table[shard]
        if generation == 0:
            shard_key = Secret.random()
        cases = {**cases, case_id: Secret(bytearray(key.buffer))}
        self._publish({shard: (shard_key, cases, erased)}, commit, shred_old=shred_old)

    def erase(self, case_id: str, commit: Commit) -> None:
        """Drop a case's key and keep its tombstone: its shard again under a new shard key
        (the previous generation is shredded)."""
        self.refresh()
        shard = shard_of(case_id, len(self._table))
        _, old_cases, erased = self._shard(shard)
        cases = {k: v for k, v in old_cases.items() if k != case_id}
        erased = {**erased, case_id: utcnow().replace(microsecond=0)}
        self._publish({shard: (Secret.random(), cases, erased)}, commit, shred_old=True)
        gone = old_cases.get(case_id)
        if gone is not None:
            gone.wipe()

    def _publish(
        self,
        changes: dict[int, tuple[Secret, dict[str, Secret], dict[str, datetime]]],
        commit: Commit,
        *,
        shred_old: bool,
    ) -> None:
        generation = self.generation + 1
        table = list(self._table)
        written = []
        try:
            for shard, (key, cases, erased) in sorted(changes.items()):
                written.append(_write(self.files, shard, generation, key, cases, erased))
                table[shard] = (generation, key)
            commit(generation, _seal_table(table, self.files))
        except BaseException:
            if not named_in_header(self.files, generation):
                for path in written:  # not named: as if never written
                    with contextlib.suppress(VaultError):
                        shred(self.files.path(path))
            raise
        old = [(s, *self._table[s]) for s in changes]
        self.generation, self._table = generation, table
        for shard, (_, cases, erased) in changes.items():
            self._loaded[shard] = (generation, cases, erased)
        for shard, was, key in old:
            if key is not table[shard][1]:
                key.wipe()
            if was:
                # Not named by the header any more; if this fails, clean_up shreds it later.
                with contextlib.suppress(VaultError):
                    (shred if shred_old else remove_file)(self.files.path(rel(shard, was)))

    def wipe(self) -> None:
        for _, key in self._table:
            key.wipe()
        for _, cases, _ in self._loaded.values():
            for secret in cases.values():
                secret.wipe()
        self._table, self._loaded = [], {}


#: The key store of an unlocked vault: format 2 (read, migrated when writable) or 3.
CaseKeys: TypeAlias = KeyStore | ShardedKeyStore


def open_store(files: VaultFiles, header: Header) -> CaseKeys:
    """The key store ``header`` names (format 2 or 3), its table or generation read."""
    store: CaseKeys = ShardedKeyStore(files) if header.version >= FORMAT else KeyStore(files)
    store.load(header)
    return store


def _read(files: VaultFiles, shard: int, generation: int, key: Secret) -> _Loaded:
    where = rel(shard, generation)
    try:
        plain = files.open_bytes(where, key)
    except FileNotFoundError:
        raise TamperedFile(where, Damage.MISSING) from None
    try:
        doc = json.loads(plain)
    except (ValueError, RecursionError):
        raise TamperedFile(where, Damage.NOT_DOCUMENT) from None
    if not isinstance(doc, dict) or doc.get("kind") != "keyshard":
        raise TamperedFile(where, Damage.WRONG_RECORD)
    if doc.get("shard") != shard or doc.get("generation") != generation:
        raise TamperedFile(where, Damage.WRONG_RECORD)
    if doc.get("schema") != SCHEMA:
        raise SchemaError(where, "schema", Schema.UNKNOWN_VALUE, value=str(doc.get("schema")))
    raw_cases, raw_erased = doc.get("cases"), doc.get("erased")
    if not isinstance(raw_cases, dict) or not isinstance(raw_erased, dict):
        raise SchemaError(where, "cases", Schema.INVALID)
    cases: dict[str, Secret] = {}
    for case_id, value in raw_cases.items():
        try:
            raw = bytes.fromhex(value) if isinstance(value, str) else b""
        except ValueError:
            raw = b""
        if len(raw) != KEY_SIZE:
            raise SchemaError(where, f"cases.{case_id}", Schema.INVALID)
        cases[case_id] = Secret(bytearray(raw))
    erased: dict[str, datetime] = {}
    for case_id, when in raw_erased.items():
        try:
            erased[case_id] = datetime.fromisoformat(str(when))
        except ValueError:
            raise SchemaError(where, f"erased.{case_id}", Schema.INVALID) from None
    return generation, cases, erased


def _write(
    files: VaultFiles,
    shard: int,
    generation: int,
    key: Secret,
    cases: dict[str, Secret],
    erased: dict[str, datetime],
) -> str:
    """Seal and write one shard (exclusive create); its path relative to the vault."""
    where = rel(shard, generation)
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "kind": "keyshard",
        "shard": shard,
        "generation": generation,
        "cases": {k: v.buffer.hex() for k, v in cases.items()},
        "erased": {k: v.isoformat() for k, v in erased.items()},
    }
    plain = bytearray(json.dumps(doc, separators=(",", ":")).encode("ascii"))
    plain += b" " * (padded_length(len(plain)) - len(plain))
    try:
        sealed = envelope.seal(plain, key, files.vault_id, where)
    finally:
        plain[:] = bytes(len(plain))
    path = files.path(where)
    ensure_folder(path.parent, files.modes)
    if path.exists():  # an unnamed shard a crash left (we hold the vault's lock)
        shred(path)
    if not exclusive_write(path, sealed, files.modes, files.tmp):
        raise TamperedFile(where, Damage.WRONG_RECORD)
    return where


def _seal_table(
    table: list[tuple[int, Secret]], files: VaultFiles, data: Secret | None = None
) -> bytes:
    plain = bytearray(b"".join(_ENTRY.pack(g, bytes(k.buffer)) for g, k in table))
    try:
        return envelope.seal(plain, data or files.ring.data, files.vault_id, SEALED_REL)
    finally:
        plain[:] = bytes(len(plain))


def create(
    files: VaultFiles,
    cases: dict[str, Secret],
    commit: Commit,
    erased: dict[str, datetime] | None = None,
    *,
    after: int = 0,
) -> ShardedKeyStore:
    """A new (or migrated) vault's key store: every non-empty shard written, then ``commit``
    names them (generation ``after + 1``)."""
    store = ShardedKeyStore(files)
    store.generation = after
    store._table = [(0, Secret.zeroed(KEY_SIZE)) for _ in range(SHARDS)]
    grouped: dict[int, tuple[Secret, dict[str, Secret], dict[str, datetime]]] = {}

    def group(case_id: str) -> tuple[Secret, dict[str, Secret], dict[str, datetime]]:
        shard = shard_of(case_id)
        if shard not in grouped:
            grouped[shard] = (Secret.random(), {}, {})
        return grouped[shard]

    for case_id, key in cases.items():
        group(case_id)[1][case_id] = Secret(bytearray(key.buffer))
    for case_id, when in (erased or {}).items():
        group(case_id)[2][case_id] = when
    store._publish(grouped, commit, shred_old=False)
    return store


def clean_up(files: VaultFiles, store: ShardedKeyStore) -> None:
    """Shred every file in ``keys/`` the table does not name: shards a crash left unnamed or
    not yet removed, and the format-2 generation of a migration; the caller holds the lock."""
    folder = files.path(FOLDER)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    keep = {name.split("/")[1] for name in store.file_names()}
    for name in names:
        if name.endswith((_SUFFIX, ".toml.enc")) and name not in keep:
            try:
                shred(folder / name)
            except VaultError:
                continue
