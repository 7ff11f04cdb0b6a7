"""Argon2id parameters: what a key slot stores, and the derivation itself.

Kept apart from :mod:`.keys` so that settings (:mod:`desistkit_tui.core.config`) can name KDF
parameters without importing the crypto library: ``cryptography`` is imported when a key is
first derived, not when the app starts.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from desistkit_tui.core.errors import KdfBounds
from desistkit_tui.core.vault.secret import Secret

KEY_SIZE = 32
SALT_SIZE = 16
#: Below this memory cost Argon2id gives little protection (OWASP's minimum is 19 MiB).
WEAK_MEMORY_KIB = 19 * 1024


#: The default memory cost: OWASP's 19 MiB. With Python and Textual at ~54 MiB on the unlock
#: screen, this keeps the whole process under the 80 MiB of docs/architecture.md, Budgets, while a key is derived (64 MiB
#: took it to 123 MiB). Strength comes from the passes instead: per guess, a GPU pays memory ×
#: passes (19 × 64 against 64 × 4 before, 4.75×) and custom hardware about memory² × passes
#: (23,104 against 16,384, only 1.4×). The price is the server's: ~0.7 CPU-seconds per unlock
#: (0.4 s of wall time on two cores) against ~0.15 before, paid again after every idle lock.
DEFAULT_MEMORY_KIB = 19 * 1024


#: The bounds on every Argon2id parameter DesistKit writes or reads (docs/vault-format.md, "Key
#: slots"). ``vault.toml``'s checksum needs no key, so whoever can write the vault folder can
#: put any number there: a slot outside these bounds is refused before anything is derived.
#: They admit every setting ``vault tune`` proposes and far more (the defaults: 64 passes over
#: 19 MiB with 4 lanes); what they keep out is what a server cannot afford per unlock.
MIN_ITERATIONS, MAX_ITERATIONS = 1, 1000
MIN_LANES, MAX_LANES = 1, 64
#: Argon2id needs 8 KiB per lane at least; at most 1 GiB is held while a key is derived.
KIB_PER_LANE, MAX_MEMORY_KIB = 8, 1024 * 1024
#: Memory × passes, the work of one derivation: at most 1 GiB × 64 passes (54 times the
#: default's 19 MiB × 64, some 20 s on a quiet two-core server).
MAX_COST = MAX_MEMORY_KIB * 64
#: Key slots in one vault (a passphrase unlock tries each passphrase slot in turn).
MAX_SLOTS = 64


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
        """Refuse anything outside the bounds (:class:`KdfBounds`, also a ``ValueError``)."""
        for name, low, high in (
            ("iterations", MIN_ITERATIONS, MAX_ITERATIONS),
            ("lanes", MIN_LANES, MAX_LANES),
        ):
            value = getattr(self, name)
            if not low <= value <= high:
                raise KdfBounds(name, value=value, low=low, high=high)
        low_memory = KIB_PER_LANE * self.lanes
        if not low_memory <= self.memory_kib <= MAX_MEMORY_KIB:
            raise KdfBounds("memory", value=self.memory_kib, low=low_memory, high=MAX_MEMORY_KIB)
        if self.cost > MAX_COST:
            raise KdfBounds("cost", value=self.cost, low=low_memory, high=MAX_COST)

    @property
    def cost(self) -> int:
        """The work of one derivation: memory (KiB) × passes."""
        return self.memory_kib * self.iterations

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
