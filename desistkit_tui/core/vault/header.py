"""``vault.toml``: the plaintext header with the vault id and the key slots.

The file is TOML followed by two trailer lines::

    checksum = "<SHA-256 of everything above>"
    mac = "<HMAC-SHA256 of everything above, keyed from the master key>"

The checksum catches accidental damage before any slow key derivation runs (so a damaged slot is
reported as damage, not as a wrong passphrase); the MAC, checked once a slot has opened the master
key, catches deliberate edits.
"""

from __future__ import annotations

import base64
import hmac
import re
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import tomli
import tomli_w
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import (
    Damage,
    HeaderMissing,
    KdfBounds,
    NoVault,
    Schema,
    SchemaError,
    StorageError,
    TamperedFile,
    UnsupportedVersion,
)
from desistkit_tui.core.vault.envelope import HEADER_SIZE, TAG_SIZE, digest
from desistkit_tui.core.vault.kdf import MAX_SLOTS
from desistkit_tui.core.vault.keys import KEY_SIZE, SALT_SIZE, KdfParams, KeyRing
from desistkit_tui.core.vault.names import FILENAME as FILENAME
from desistkit_tui.core.vault.names import vault_remains
from desistkit_tui.core.vault.secret import Secret

FORMAT = "desistkit-vault"
VERSION = 3
#: Versions this reader opens: 1 (case keys in ``cases/<id>/key.enc``) and 2 (one key store,
#: :mod:`.keystore`) are upgraded to 3 (key shards, :mod:`.keyshards`) at unlock.
READABLE = (1, 2, 3)
SlotKind = Literal["passphrase", "recovery"]
_TRAILER = re.compile(rb'checksum = "([0-9a-f]{64})"\nmac = "([0-9a-f]{64})"\n\Z')
_SLOT_KEYS = {"id", "label", "kind", "created", "kdf", "iterations", "lanes", "memory_kib"} | {
    "salt",
    "nonce",
    "wrapped",
}
_TOP_KEYS = {"format", "version", "vault_id", "created", "team", "slot", "retired"} | {
    "keystore",
    "keystore_key",
    "audit_head",
}
#: Sizes of a slot's binary fields, checked before any key is derived (docs/vault-format.md,
#: "Key slots"): Argon2id refuses salts under 8 bytes (we write SALT_SIZE = 16); the nonce is
#: AES-GCM's; the wrapped master key is the key and its tag.
_SALT_SIZES = (8, 64)
_NONCE_SIZE = 12
_WRAPPED_SIZE = KEY_SIZE + TAG_SIZE
#: During a rekey, the sealed previous data key (an envelope around a key).
_RETIRED_SIZE = HEADER_SIZE + KEY_SIZE + TAG_SIZE
#: The key-store key (format 2), sealed the same way.
_KEYSTORE_KEY_SIZE = HEADER_SIZE + KEY_SIZE + TAG_SIZE
#: Format 3: the sealed shard table, 40 bytes per shard (:mod:`.keyshards`), 1 to 4,096 shards.
_SHARD_ENTRY = 40
_TABLE_SIZES = (HEADER_SIZE + TAG_SIZE + _SHARD_ENTRY, HEADER_SIZE + TAG_SIZE + 4096 * _SHARD_ENTRY)
_VAULT_ID_SIZE = 16
_MAX_SLOT_ID = 64
#: No header DesistKit writes comes near this (64 slots take ~30 KiB); read no more.
MAX_BYTES = 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, key: str, sizes: tuple[int, int]) -> bytes:
    """Base64 of ``sizes[0]`` to ``sizes[1]`` bytes (the length is checked before decoding)."""
    if not isinstance(value, str):
        raise SchemaError.wrong_type(FILENAME, key, "base64", value)
    low, high = sizes
    if len(value) > 4 * (high // 3 + 1):
        raise SchemaError(FILENAME, key, Schema.INVALID)  # far too long to be one
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError:
        raise SchemaError(FILENAME, key, Schema.INVALID) from None
    if not low <= len(data) <= high:
        raise SchemaError(FILENAME, key, Schema.INVALID)
    return data


def _slot_aad(vault_id: bytes, slot_id: str) -> bytes:
    return b"desistkit/v1/slot\x00" + vault_id + b"\x00" + slot_id.encode("ascii")


@dataclass(frozen=True, slots=True)
class KeySlot:
    """One way in: a passphrase or the recovery key, wrapping the master key."""

    id: str
    label: str
    kind: SlotKind
    created: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    @classmethod
    def make(
        cls,
        vault_id: bytes,
        master: Secret,
        secret: Secret,
        label: str,
        kind: SlotKind,
        kdf: KdfParams,
    ) -> KeySlot:
        """A new slot that opens ``master`` with ``secret``."""
        slot_id = secrets.token_hex(4)
        salt, nonce = secrets.token_bytes(SALT_SIZE), secrets.token_bytes(12)
        slot_key = kdf.derive(secret, salt)
        try:
            wrapped = AESGCM(slot_key.buffer).encrypt(
                nonce, master.reveal(), _slot_aad(vault_id, slot_id)
            )
        finally:
            slot_key.wipe()
        return cls(slot_id, label, kind, utcnow().isoformat(), kdf, salt, nonce, wrapped)

    def unwrap(self, vault_id: bytes, secret: Secret) -> Secret | None:
        """The master key if ``secret`` opens this slot, else ``None`` (runs the KDF)."""
        slot_key = self.kdf.derive(secret, self.salt)
        master = Secret.zeroed(KEY_SIZE)
        try:
            AESGCM(slot_key.buffer).decrypt_into(
                self.nonce, self.wrapped, _slot_aad(vault_id, self.id), master.buffer
            )
        except (InvalidTag, ValueError):
            master.wipe()
            return None
        finally:
            slot_key.wipe()
        return master

    def to_toml(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "created": self.created,
            "kdf": "argon2id",
            "iterations": self.kdf.iterations,
            "lanes": self.kdf.lanes,
            "memory_kib": self.kdf.memory_kib,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_toml(cls, raw: object, n: int) -> KeySlot:
        where = f"slot[{n}]"
        if not isinstance(raw, dict):
            raise SchemaError.wrong_type(FILENAME, where, "table", raw)
        for key in raw.keys() - _SLOT_KEYS:
            raise SchemaError(FILENAME, f"{where}.{key}", Schema.UNKNOWN_KEY)
        for key in _SLOT_KEYS - raw.keys():
            raise SchemaError(FILENAME, f"{where}.{key}", Schema.MISSING)
        if raw["kdf"] != "argon2id":
            raise SchemaError(FILENAME, f"{where}.kdf", Schema.UNKNOWN_VALUE, value=str(raw["kdf"]))
        if raw["kind"] not in ("passphrase", "recovery"):
            raise SchemaError(
                FILENAME, f"{where}.kind", Schema.UNKNOWN_VALUE, value=str(raw["kind"])
            )
        ints = {k: raw[k] for k in ("iterations", "lanes", "memory_kib")}
        for key, value in ints.items():  # KDF parameters are whole numbers
            if not isinstance(value, int) or isinstance(value, bool):
                raise SchemaError.wrong_type(FILENAME, f"{where}.{key}", "int", value)
        for key in ("id", "label", "created"):
            if not isinstance(raw[key], str):
                raise SchemaError.wrong_type(FILENAME, f"{where}.{key}", "str", raw[key])
        slot_id = raw["id"]
        if not (0 < len(slot_id) <= _MAX_SLOT_ID and slot_id.isascii() and slot_id.isprintable()):
            raise SchemaError(FILENAME, f"{where}.id", Schema.INVALID)  # printable ASCII
        try:  # the bounds (kdf.py), before anything is derived with these numbers
            kdf = KdfParams(**ints)
        except KdfBounds as exc:
            key = "memory_kib" if exc.parameter == "memory" else exc.parameter
            if exc.parameter == "cost":
                key = "memory_kib × iterations"
            raise SchemaError(
                FILENAME, f"{where}.{key}", Schema.OUT_OF_RANGE, low=exc.low, high=exc.high
            ) from None
        return cls(
            slot_id,
            raw["label"],
            raw["kind"],
            raw["created"],
            kdf,
            _unb64(raw["salt"], f"{where}.salt", _SALT_SIZES),
            _unb64(raw["nonce"], f"{where}.nonce", (_NONCE_SIZE, _NONCE_SIZE)),
            _unb64(raw["wrapped"], f"{where}.wrapped", (_WRAPPED_SIZE, _WRAPPED_SIZE)),
        )


@dataclass(slots=True)
class Header:
    """The parsed ``vault.toml``."""

    vault_id: bytes
    created: str
    team: bool
    slots: list[KeySlot] = field(default_factory=list)
    #: During a rekey: the previous data key, sealed under the new master's data key.
    retired: bytes | None = None
    #: Format 2: the key store's generation and its key sealed with the data key
    #: (:mod:`.keystore`); format 3: the key store's generation and its shard table sealed
    #: with the data key (:mod:`.keyshards`). None in a format-1 header (upgraded at unlock).
    keystore: int | None = None
    keystore_key: bytes | None = None
    #: The audit log's newest entry as ``(seq, SHA-256 hex)`` (:mod:`.audit`), so that
    #: removing the newest entries is noticed; None before the first entry of format 2.
    audit_head: tuple[int, str] | None = None
    #: The format version written (1 when there is no key store).
    version: int = VERSION

    @classmethod
    def new(cls, team: bool) -> Header:
        return cls(secrets.token_bytes(16), utcnow().isoformat(), team)

    def body(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version if self.keystore is not None else 1,
            "vault_id": self.vault_id.hex(),
            "created": self.created,
            "team": self.team,
        }
        if self.retired is not None:
            doc["retired"] = _b64(self.retired)
        if self.keystore is not None and self.keystore_key is not None:
            doc["keystore"] = self.keystore
            doc["keystore_key"] = _b64(self.keystore_key)
        if self.audit_head is not None:
            doc["audit_head"] = f"{self.audit_head[0]}:{self.audit_head[1]}"
        doc["slot"] = [slot.to_toml() for slot in self.slots]
        return tomli_w.dumps(doc).encode("utf-8")

    def serialise(self, keys: KeyRing) -> bytes:
        """The whole file: body, checksum and MAC."""
        body = self.body()
        checksum = digest(body)
        trailer = f'checksum = "{checksum}"\nmac = "{keys.header_mac(body)}"\n'
        return body + trailer.encode("ascii")

    def without_slot(self, slot_id: str) -> Header:
        return replace(self, slots=[s for s in self.slots if s.id != slot_id])


@dataclass(frozen=True, slots=True)
class RawHeader:
    """A header read from disk whose checksum held; its MAC is checked after unlocking."""

    header: Header
    body: bytes
    mac: str

    def verify_mac(self, keys: KeyRing) -> None:
        if not hmac.compare_digest(self.mac, keys.header_mac(self.body)):
            raise TamperedFile(FILENAME, Damage.CHANGED_OUTSIDE)


def read(path: Path) -> RawHeader:
    """Read, checksum and check ``vault.toml`` in the vault folder ``path`` (no secret needed).

    :class:`NoVault` when there is no vault; :class:`HeaderMissing` when the folder holds a
    vault's files but the header is gone (never a reason to create a vault there).
    """
    file = path / FILENAME
    try:
        with open(file, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise (HeaderMissing if vault_remains(path) else NoVault)(str(path)) from None
    except OSError as exc:
        raise StorageError("read", str(file), exc) from exc
    return parse(data)


def parse(data: bytes) -> RawHeader:
    """Check the checksum and parse ``vault.toml``; nothing secret is needed yet.

    Every slot's Argon2id parameters and sizes are checked against their bounds here, before
    any key is derived: the checksum needs no key, so the numbers may be anyone's.
    """
    if len(data) > MAX_BYTES:
        raise TamperedFile(FILENAME, Damage.TOO_LARGE)
    start = data.rfind(b"\nchecksum = ")
    match = _TRAILER.match(data, start + 1) if start >= 0 else None
    if match is None:
        raise TamperedFile(FILENAME, Damage.CHECKSUM)
    body = data[: start + 1]
    if not hmac.compare_digest(digest(body), match.group(1).decode("ascii")):
        raise TamperedFile(FILENAME, Damage.CHECKSUM)
    try:
        doc = tomli.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        # RecursionError: values nested thousands deep (tomli parses them recursively).
        raise TamperedFile(FILENAME, Damage.NOT_TOML) from None
    return RawHeader(_header_from(doc), body, match.group(2).decode("ascii"))


def _header_from(doc: dict[str, Any]) -> Header:
    if doc.get("format") != FORMAT:
        raise SchemaError(FILENAME, "format", Schema.UNKNOWN_VALUE, value=str(doc.get("format")))
    version = doc.get("version")
    if version is None:
        raise SchemaError(FILENAME, "version", Schema.MISSING)
    if not isinstance(version, int) or isinstance(version, bool):
        raise SchemaError.wrong_type(FILENAME, "version", "int", version)
    if version not in READABLE:
        raise UnsupportedVersion(FILENAME, version)
    for key in doc.keys() - _TOP_KEYS:
        raise SchemaError(FILENAME, key, Schema.UNKNOWN_KEY)
    if "vault_id" not in doc:
        raise SchemaError(FILENAME, "vault_id", Schema.MISSING)
    raw_id = doc["vault_id"]
    if not isinstance(raw_id, str):
        raise SchemaError.wrong_type(FILENAME, "vault_id", "hex", raw_id)
    try:
        vault_id = bytes.fromhex(raw_id) if len(raw_id) == 2 * _VAULT_ID_SIZE else b""
    except ValueError:
        vault_id = b""
    if len(vault_id) != _VAULT_ID_SIZE:
        raise SchemaError(FILENAME, "vault_id", Schema.INVALID)  # 16 bytes in hex
    team = doc.get("team", False)
    if not isinstance(team, bool):
        raise SchemaError.wrong_type(FILENAME, "team", "bool", team)
    raw_slots = doc.get("slot", [])
    if not isinstance(raw_slots, list) or not raw_slots:
        raise SchemaError(FILENAME, "slot", Schema.INVALID)  # needs one key slot at least
    if len(raw_slots) > MAX_SLOTS:
        raise SchemaError(FILENAME, "slot", Schema.OUT_OF_RANGE, low=1, high=MAX_SLOTS)
    retired = None
    if "retired" in doc:
        retired = _unb64(doc["retired"], "retired", (_RETIRED_SIZE, _RETIRED_SIZE))
    slots = [KeySlot.from_toml(raw, n) for n, raw in enumerate(raw_slots)]
    _unique(slots)
    keystore, keystore_key = _keystore(doc, version)
    return Header(
        vault_id=vault_id,
        created=str(doc.get("created", "")),
        team=team,
        slots=slots,
        retired=retired,
        keystore=keystore,
        keystore_key=keystore_key,
        audit_head=_audit_head(doc),
        version=version,
    )


def _keystore(doc: dict[str, Any], version: int) -> tuple[int | None, bytes | None]:
    """Format 2 names its key store (a generation and its sealed key); format 1 has none."""
    if version == 1:
        for key in ("keystore", "keystore_key"):
            if key in doc:
                raise SchemaError(FILENAME, key, Schema.UNKNOWN_KEY)
        return None, None
    for key in ("keystore", "keystore_key"):
        if key not in doc:
            raise SchemaError(FILENAME, key, Schema.MISSING)
    generation = doc["keystore"]
    if not isinstance(generation, int) or isinstance(generation, bool) or generation < 1:
        raise SchemaError(FILENAME, "keystore", Schema.INVALID)
    sizes = (_KEYSTORE_KEY_SIZE, _KEYSTORE_KEY_SIZE) if version == 2 else _TABLE_SIZES
    sealed = _unb64(doc["keystore_key"], "keystore_key", sizes)
    if version > 2 and (len(sealed) - _TABLE_SIZES[0]) % _SHARD_ENTRY:
        raise SchemaError(FILENAME, "keystore_key", Schema.INVALID)
    return generation, sealed


def _audit_head(doc: dict[str, Any]) -> tuple[int, str] | None:
    raw = doc.get("audit_head")
    if raw is None:
        return None
    seq, _, digest_hex = str(raw).partition(":")
    if not seq.isdigit() or len(digest_hex) != 64 or not _is_hex(digest_hex):
        raise SchemaError(FILENAME, "audit_head", Schema.INVALID)
    return int(seq), digest_hex


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def _unique(slots: list[KeySlot]) -> None:
    """Each slot has an id and a random salt of its own: a repeat is a copied (crafted) slot,
    refused before its Argon2id runs once more for nothing."""
    ids: set[str] = set()
    salts: set[bytes] = set()
    for n, slot in enumerate(slots):
        if slot.id in ids:
            raise SchemaError(FILENAME, f"slot[{n}].id", Schema.REPEATED)
        if slot.salt in salts:
            raise SchemaError(FILENAME, f"slot[{n}].salt", Schema.REPEATED)
        ids.add(slot.id)
        salts.add(slot.salt)
