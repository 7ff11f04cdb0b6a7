"""The envelope: how every encrypted file in a vault is laid out (docs/vault-format.md).

    offset  size  field
    0       4     magic  b"DKV\\x1a"
    4       1     format version (1)
    5       1     algorithm (1 = AES-256-GCM)
    6       4     key id: first 4 bytes of HMAC-SHA256(key, "desistkit/v1/key-id")
    10      12    nonce (random)
    22      n+16  AES-256-GCM ciphertext and tag

The associated data binds the vault id and the file's path inside the vault, together with the
22 header bytes, so a file copied to another path, another case or another vault fails to
decrypt, as does any change to the header.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desistkit_tui.core.errors import Damage, TamperedFile, UnsupportedVersion
from desistkit_tui.core.vault.secret import Secret

MAGIC = b"DKV\x1a"
VERSION = 1
ALG_AES256GCM = 1
HEADER_SIZE = 22
TAG_SIZE = 16
_AAD_LABEL = b"desistkit/v1/envelope"


def key_id(key: Secret) -> bytes:
    """A short, non-secret fingerprint that tells which key sealed a file."""
    # The live buffer, not reveal(): no immutable copy of the key is left behind.
    return hmac.digest(key.buffer, b"desistkit/v1/key-id", "sha256")[:4]


def _aad(vault_id: bytes, relpath: str, header: bytes) -> bytes:
    path = relpath.encode("utf-8")
    return b"".join(
        (
            _AAD_LABEL,
            struct.pack(">H", len(vault_id)),
            vault_id,
            struct.pack(">H", len(path)),
            path,
            header,
        )
    )


def seal(
    plaintext: bytes | bytearray,
    key: Secret,
    vault_id: bytes,
    relpath: str,
    *,
    nonce: bytes | None = None,
) -> bytes:
    """Encrypt ``plaintext`` for the file at ``relpath`` (POSIX path relative to the vault).

    ``nonce`` exists for the format's test vector only (``docs/vault-format.md``); real callers
    never pass it, so every file gets a fresh random nonce.
    """
    if nonce is None:
        nonce = secrets.token_bytes(12)
    elif len(nonce) != 12:
        raise ValueError("the nonce is 12 bytes")
    header = MAGIC + bytes((VERSION, ALG_AES256GCM)) + key_id(key) + nonce
    # ``plaintext`` is passed as is (a bytearray stays a bytearray): no copy of key material.
    body = AESGCM(key.buffer).encrypt(header[10:22], plaintext, _aad(vault_id, relpath, header))
    return header + body


def _split(data: bytes, relpath: str) -> tuple[bytes, bytes]:
    if len(data) < HEADER_SIZE + TAG_SIZE:
        raise TamperedFile(relpath, Damage.TRUNCATED)
    if data[:4] != MAGIC:
        raise TamperedFile(relpath, Damage.NOT_VAULT_FILE)
    version, alg = data[4], data[5]
    if version > VERSION:
        raise UnsupportedVersion(relpath, version)
    if version != VERSION or alg != ALG_AES256GCM:
        raise TamperedFile(relpath, Damage.BAD_HEADER)
    return data[:HEADER_SIZE], data[HEADER_SIZE:]


def sealed_key_id(data: bytes, relpath: str) -> bytes:
    """The key id in a sealed file's header (after checking the header's shape)."""
    header, _ = _split(data, relpath)
    return header[6:10]


def open_sealed(data: bytes, key: Secret, vault_id: bytes, relpath: str) -> bytes:
    """Decrypt a file sealed by :func:`seal`; :class:`TamperedFile` if anything is off."""
    header, body = _split(data, relpath)
    try:
        return AESGCM(key.buffer).decrypt(header[10:22], body, _aad(vault_id, relpath, header))
    except InvalidTag:
        raise _refusal(header, key, relpath) from None


def _refusal(header: bytes, key: Secret, relpath: str) -> TamperedFile:
    """Why a file did not open: sealed with another key (its key id says so), or changed.

    The key id is compared only after the decryption failed (it is in the associated data, so
    a file that opens was sealed with this very key): the same answers as comparing it first,
    without an HMAC per file opened (the index is rebuilt from 10,000 files; issue 17)."""
    if not hmac.compare_digest(header[6:10], key_id(key)):
        return TamperedFile(relpath, Damage.OTHER_KEY)
    return TamperedFile(relpath)


def open_sealed_into(data: bytes, key: Secret, vault_id: bytes, relpath: str, out: Secret) -> None:
    """Like :func:`open_sealed` for key material: the plaintext goes straight into ``out``."""
    header, body = _split(data, relpath)
    if len(body) - TAG_SIZE != len(out):
        raise TamperedFile(relpath, Damage.KEY_LENGTH)
    if not hmac.compare_digest(header[6:10], key_id(key)):
        raise TamperedFile(relpath, Damage.OTHER_KEY)
    try:
        AESGCM(key.buffer).decrypt_into(
            header[10:22], body, _aad(vault_id, relpath, header), out.buffer
        )
    except InvalidTag:
        raise TamperedFile(relpath) from None


def digest(data: bytes) -> str:
    """Hex SHA-256, for checksums and the audit chain."""
    return hashlib.sha256(data).hexdigest()
