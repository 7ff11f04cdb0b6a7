"""The test vectors in docs/vault-format.md, read from the document itself."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desistkit_tui.core.errors import TamperedFile
from desistkit_tui.core.vault import envelope, recovery
from desistkit_tui.core.vault.header import KeySlot
from desistkit_tui.core.vault.keys import KdfParams, KeyRing
from desistkit_tui.core.vault.secret import Secret

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"
_BLOCK = re.compile(r"<!-- vector: ([\w-]+) -->\s*```\w*\n(.*?)```", re.DOTALL)


def _blocks() -> dict[str, str]:
    return dict(_BLOCK.findall(DOC.read_text(encoding="utf-8")))


def _values(name: str) -> dict[str, str]:
    """``key = value`` lines; indented lines continue the value before them."""
    values: dict[str, str] = {}
    last = ""
    for line in _blocks()[name].splitlines():
        if line.startswith((" ", "\t")) and last:
            values[last] += line.strip()
        elif line.strip():
            key, _, value = line.partition("=")
            last = key.strip()
            values[last] = value.strip()
    return values


def _hex(values: dict[str, str], key: str) -> bytes:
    return bytes.fromhex(values[key])


def test_the_document_has_every_vector() -> None:
    assert set(_blocks()) == {"keys", "envelope-plaintext", "envelope", "slot", "recovery"}


def test_key_derivation_and_header_mac() -> None:
    v = _values("keys")
    ring = KeyRing(Secret(_hex(v, "master_key")))
    assert ring.data.reveal() == _hex(v, "data_key")
    assert ring.header.reveal() == _hex(v, "header_key")
    assert ring.data_id == _hex(v, "data_key_id") == envelope.key_id(ring.data)
    body = v["body_text"].encode() + b"\n"
    assert envelope.digest(body) == v["checksum"]
    assert ring.header_mac(body) == v["mac"]


def test_envelope() -> None:
    v = _values("envelope")
    plaintext = _blocks()["envelope-plaintext"].encode("utf-8")
    assert plaintext.endswith(b"rev = 0\n")
    key = Secret(_hex(v, "key"))
    vault_id, relpath, nonce = _hex(v, "vault_id"), v["relpath_text"], _hex(v, "nonce")
    expected = _hex(v, "envelope")

    sealed = envelope.seal(plaintext, key, vault_id, relpath, nonce=nonce)
    assert sealed.hex() == expected.hex()
    assert envelope.key_id(key) == _hex(v, "key_id") == sealed[6:10]
    assert envelope.open_sealed(expected, key, vault_id, relpath) == plaintext

    # The layout and AAD as the document states them, built independently of the module:
    header = b"DKV\x1a" + bytes([1, 1]) + _hex(v, "key_id") + nonce
    path = relpath.encode()
    aad = (
        b"desistkit/v1/envelope"
        + struct.pack(">H", len(vault_id))
        + vault_id
        + struct.pack(">H", len(path))
        + path
        + header
    )
    assert aad == _hex(v, "aad")
    assert header + AESGCM(key.reveal()).encrypt(nonce, plaintext, aad) == expected
    assert len(expected) == 22 + len(plaintext) + 16

    with pytest.raises(TamperedFile):  # the path is bound in
        envelope.open_sealed(expected, key, vault_id, relpath.replace("0123", "0124"))
    with pytest.raises(ValueError):
        envelope.seal(plaintext, key, vault_id, relpath, nonce=b"short")


def test_fresh_nonces_without_the_test_parameter() -> None:
    key = Secret(bytes(32))
    one = envelope.seal(b"x", key, bytes(16), "a")
    two = envelope.seal(b"x", key, bytes(16), "a")
    assert one[10:22] != two[10:22] and one != two


def test_key_slot() -> None:
    v = _values("slot")
    kdf = KdfParams(
        iterations=int(v["iterations_int"]),
        lanes=int(v["lanes_int"]),
        memory_kib=int(v["memory_kib_int"]),
    )
    passphrase = Secret.from_text(v["passphrase_text"])
    salt, vault_id, nonce = _hex(v, "salt"), _hex(v, "vault_id"), _hex(v, "nonce")
    slot_key = kdf.derive(passphrase, salt)
    assert slot_key.reveal() == _hex(v, "slot_key")
    slot_id = v["slot_id_text"]
    aad = b"desistkit/v1/slot\x00" + vault_id + b"\x00" + slot_id.encode("ascii")
    assert aad == _hex(v, "slot_aad")
    wrapped = AESGCM(slot_key.reveal()).encrypt(nonce, _hex(v, "master_key"), aad)
    assert wrapped == _hex(v, "wrapped")
    assert base64.b64encode(wrapped).decode() == v["wrapped_text"]

    slot = KeySlot(
        slot_id, "anna", "passphrase", "2026-01-15T09:30:00+00:00", kdf, salt, nonce, wrapped
    )
    master = slot.unwrap(vault_id, passphrase)
    assert master is not None and master.reveal() == _hex(v, "master_key")
    assert slot.unwrap(vault_id, Secret.from_text("wrong")) is None
    assert slot.unwrap(bytes(16), passphrase) is None  # the vault id is bound in


def test_recovery_key() -> None:
    v = _values("recovery")
    expected = v["secret_text"].encode("ascii")
    assert recovery.parse(v["printed_text"]).reveal() == expected
    assert recovery.parse(v["typed_text"]).reveal() == expected
    assert recovery.looks_like_recovery_key(v["typed_text"])


def test_recovery_check_characters_follow_the_document() -> None:
    """check = (g+1) xor 16*v1 xor 8*v2 xor 4*v3 xor 2*v4 in GF(2)[x]/(x^5+x^2+1)."""

    def gf_mul(a: int, b: int) -> int:
        result = 0
        for bit in range(5):
            if b >> bit & 1:
                result ^= a << bit
        for bit in range(9, 4, -1):  # reduce modulo x^5 + x^2 + 1 (0b100101)
            if result >> bit & 1:
                result ^= 0b100101 << (bit - 5)
        return result

    printed = _values("recovery")["printed_text"]
    for _ in range(20):
        for code in (printed, recovery.generate()):
            for g, group in enumerate(code.split("-")):
                v = [recovery.ALPHABET.index(c) for c in group]
                check = (
                    (g + 1) ^ gf_mul(16, v[0]) ^ gf_mul(8, v[1]) ^ gf_mul(4, v[2]) ^ gf_mul(2, v[3])
                )
                assert v[4] == check, code


def test_audit_chain_hash_is_sha256_of_the_plaintext() -> None:
    """§10: documented as SHA-256 of the decrypted bytes; the module uses exactly that."""
    plain = b'schema = 1\nkind = "audit"\n'
    assert envelope.digest(plain) == hashlib.sha256(plain).hexdigest()
    assert hmac.compare_digest(envelope.digest(plain), hashlib.sha256(plain).hexdigest())
