"""Argon2id parameters: what a key slot stores, and the derivation itself.

Kept apart from :mod:`.keys` so that settings (:mod:`desistkit_tui.core.config`) can name KDF
parameters without importing the crypto library: ``cryptography`` is imported when a key is
first derived, not when the app starts.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from desistkit_tui.core.vault.secret import Secret

KEY_SIZE = 32
SALT_SIZE = 16
#: Below this memory cost Argon2id gives little protection (OWASP's minimum is 19 MiB).
WEAK_MEMORY_KIB = 19 * 1024


#: The default memory cost: OWASP's 19 MiB. With Python and Textual at ~54 MiB on the unlock
#: screen, this keeps the whole process under DESIGN §7's 80 MiB while a key is derived (64 MiB
#: took it to 123 MiB). Strength comes from the passes instead: per guess, a GPU pays memory ×
#: passes (19 × 64 against 64 × 4 before, 4.75×) and custom hardware about memory² × passes
#: (23,104 against 16,384, only 1.4×). The price is the server's: ~0.7 CPU-seconds per unlock
#: (0.4 s of wall time on two cores) against ~0.15 before, paid again after every idle lock.
DEFAULT_MEMORY_KIB = 19 * 1024


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored per key slot so they can change over time.

    The defaults take about 0.35 s on a 2-core server (``desistkit vault tune`` measures the
    real one); a server with memory to spare may use more with ``--kdf-memory-mib``.
    """

    iterations: int = 64
    lanes: int = 4
    memory_kib: int = DEFAULT_MEMORY_KIB

    def __post_init__(self) -> None:
        if self.iterations < 1 or self.lanes < 1 or self.memory_kib < 8 * self.lanes:
            raise ValueError("Argon2id needs iterations ≥ 1, lanes ≥ 1, memory ≥ 8 KiB per lane")

    @property
    def weak(self) -> bool:
        """True for parameters only fit for tests and demos."""
        return self.memory_kib < WEAK_MEMORY_KIB

    def derive(self, secret: Secret, salt: bytes) -> Secret:
        """The 32-byte slot key for ``secret`` (written straight into a wipeable buffer)."""
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        out = Secret.zeroed(KEY_SIZE)
        kdf = Argon2id(
            salt=salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        # The stubs say bytes; any buffer works, and a bytearray can be wiped afterwards.
        kdf.derive_into(secret.buffer, out.buffer)  # type: ignore[arg-type]
        return out

    def seconds(self) -> float:
        """How long one derivation takes on this machine."""
        probe = Secret(b"tune")
        start = time.perf_counter()
        self.derive(probe, os.urandom(SALT_SIZE)).wipe()
        return time.perf_counter() - start
