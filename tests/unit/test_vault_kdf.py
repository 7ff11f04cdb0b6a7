"""Argon2id parameters live apart from the crypto stack: settings name them without importing it."""

from __future__ import annotations

import textwrap

from desistkit_tui.core.vault import kdf, keys
from desistkit_tui.core.vault.secret import Secret
from tests.scripts import run_json

_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.core.vault.kdf import KdfParams

    assert AppConfig.__dataclass_fields__["kdf"].default_factory is KdfParams
    crypto = sorted(m for m in sys.modules if m.split(".")[0] == "cryptography")
    print(json.dumps(crypto))
    """
)


def test_settings_do_not_import_the_crypto_stack() -> None:
    assert run_json(_SCRIPT) == []


def test_keys_still_offers_the_same_parameters() -> None:
    assert keys.KdfParams is kdf.KdfParams
    assert (keys.KEY_SIZE, keys.SALT_SIZE, keys.WEAK_MEMORY_KIB) == (32, 16, 19 * 1024)
    assert kdf.KdfParams() == kdf.KdfParams(iterations=64, lanes=4, memory_kib=19 * 1024)
    assert not kdf.KdfParams().weak


def test_derivation_is_argon2id_and_deterministic() -> None:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params = kdf.KdfParams(iterations=1, lanes=1, memory_kib=64)
    salt = bytes(range(16))
    first = params.derive(Secret(b"passphrase"), salt)
    again = params.derive(Secret(b"passphrase"), salt)
    other = params.derive(Secret(b"passphrase!"), salt)
    expected = Argon2id(salt=salt, length=32, iterations=1, lanes=1, memory_cost=64).derive(
        b"passphrase"
    )
    assert first.reveal() == again.reveal() == expected != other.reveal()
