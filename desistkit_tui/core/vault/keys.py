"""Key derivation and the keys an unlocked vault holds.

A slot's passphrase (or recovery key) goes through Argon2id (:class:`~.kdf.KdfParams`, defined
in :mod:`.kdf` and re-exported here) to a 32-byte slot key that unwraps the vault's master key.
The master key itself never encrypts data: HKDF derives from it the *data key* (seals the index,
the audit log and the per-case keys) and the *header key* (the MAC over ``vault.toml``).
"""

from __future__ import annotations

import hmac
import os
import time

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desistkit_tui.core.vault import envelope, kdf
from desistkit_tui.core.vault.kdf import (
    DEFAULT_MEMORY_KIB,
    KEY_SIZE,
    SALT_SIZE,
    WEAK_MEMORY_KIB,
    KdfParams,
)
from desistkit_tui.core.vault.secret import Secret

__all__ = [
    "DEFAULT_MEMORY_KIB",
    "KEY_SIZE",
    "SALT_SIZE",
    "WEAK_MEMORY_KIB",
    "KdfParams",
    "KeyRing",
    "propose_params",
]


def _hkdf(master: Secret, info: bytes) -> Secret:
    out = Secret.zeroed(KEY_SIZE)
    HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=info).derive_into(
        master.buffer, out.buffer
    )
    return out


class KeyRing:
    """The keys of an unlocked vault. :meth:`wipe` overwrites all of them."""

    def __init__(self, master: Secret) -> None:
        self.master = master
        self.data = _hkdf(master, b"desistkit/v1/data")
        self.header = _hkdf(master, b"desistkit/v1/header")
        self.data_id = envelope.key_id(self.data)
        #: Data keys of a master key being replaced by an interrupted rekey, by key id.
        self.retired: dict[bytes, Secret] = {}

    def data_key_for(self, key_id: bytes) -> Secret:
        """The data key that sealed a file with this key id (current or retired)."""
        if hmac.compare_digest(key_id, self.data_id):
            return self.data
        return self.retired.get(key_id, self.data)

    def header_mac(self, body: bytes) -> str:
        """The MAC over ``vault.toml``'s body."""
        return hmac.digest(self.header.reveal(), body, "sha256").hex()

    def wipe(self) -> None:
        """Overwrite every key this ring holds."""
        for secret in (self.master, self.data, self.header, *self.retired.values()):
            secret.wipe()
        self.retired.clear()

    def __repr__(self) -> str:
        return "<KeyRing: redacted>"


def propose_params(
    target_seconds: float = 0.5, memory_kib: int = DEFAULT_MEMORY_KIB
) -> tuple[KdfParams, float]:
    """Parameters that take about ``target_seconds`` here: fixed memory, more passes (never
    beyond the bounds every slot is held to, :mod:`.kdf`)."""
    lanes = min(4, max(1, os.cpu_count() or 1))
    most = min(256, kdf.MAX_ITERATIONS, kdf.MAX_COST // memory_kib)
    iterations, seconds = 1, 0.0
    for _ in range(12):
        seconds = KdfParams(iterations, lanes, memory_kib).seconds()
        if seconds >= target_seconds * 0.9 or iterations >= most:
            break
        wanted = round(iterations * target_seconds / max(seconds, 1e-4))
        iterations = min(most, max(iterations + 1, wanted))
    return KdfParams(iterations, lanes, memory_kib), seconds


#: OWASP's minimum Argon2id setting (Password Storage Cheat Sheet: 19 MiB, 2 passes, 1 lane):
#: the yardstick ``vault tune`` measures a slot's strength against.
OWASP_MINIMUM = KdfParams(iterations=2, lanes=1, memory_kib=19 * 1024)


def strength(params: KdfParams) -> float:
    """How many times OWASP's minimum work (memory x passes) one derivation costs a guesser."""
    return params.cost / OWASP_MINIMUM.cost


def cpu_seconds(params: KdfParams) -> float:
    """CPU-seconds one derivation costs this machine (all its lanes' threads): the server's
    cost of one unlock (issue 17)."""
    start = time.process_time()
    params.derive(Secret.from_text("desistkit vault tune"), b"desistkit-tune-0").wipe()
    return time.process_time() - start
