"""Argon2id parameters live apart from the crypto stack: settings name them without importing it."""

from __future__ import annotations

import textwrap

import pytest

from desistkit_tui.core.errors import KdfBounds
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


# -- the bounds every key slot is held to (issue 13, item 2) ---------------------------------

GIB = 1024 * 1024  # in KiB


@pytest.mark.parametrize(
    ("values", "parameter"),
    [
        ({"iterations": 0}, "iterations"),
        ({"iterations": 1001}, "iterations"),
        ({"lanes": 0}, "lanes"),
        ({"lanes": 65, "memory_kib": 65 * 8}, "lanes"),
        ({"lanes": 2, "memory_kib": 15}, "memory"),
        ({"memory_kib": GIB + 1}, "memory"),
        ({"memory_kib": GIB, "iterations": 65}, "cost"),
        ({"memory_kib": 512 * 1024, "iterations": 129}, "cost"),
    ],
)
def test_settings_beyond_the_bounds_are_refused(values: dict[str, int], parameter: str) -> None:
    with pytest.raises(KdfBounds) as caught:
        kdf.KdfParams(**({"iterations": 1, "lanes": 1, "memory_kib": 64} | values))
    assert caught.value.parameter == parameter
    assert isinstance(caught.value, ValueError)  # as before there were bounds
    assert "vault tune" in str(caught.value)


def test_the_bounds_admit_the_defaults_and_the_extremes() -> None:
    for params in (
        kdf.KdfParams(),
        kdf.KdfParams(1, 1, 8),
        kdf.KdfParams(kdf.MAX_ITERATIONS, kdf.MAX_LANES, kdf.MAX_COST // kdf.MAX_ITERATIONS),
        kdf.KdfParams(64, kdf.MAX_LANES, kdf.MAX_MEMORY_KIB),
    ):
        assert params.cost <= kdf.MAX_COST


@pytest.mark.parametrize("memory_kib", [1024, 19 * 1024, GIB])
def test_tune_proposes_only_settings_within_the_bounds(
    monkeypatch: pytest.MonkeyPatch, memory_kib: int
) -> None:
    """On a machine far faster than any today, tune once proposed 50,000 passes."""
    monkeypatch.setattr(kdf.KdfParams, "seconds", lambda self: 1e-6)
    params, _ = keys.propose_params(5.0, memory_kib)
    assert params.iterations <= 256 and params.cost <= kdf.MAX_COST
    assert params.memory_kib == memory_kib


def test_tune_shows_strength_against_owasp_and_the_server_cost() -> None:
    """Issue 17: the default costs a guesser 32x OWASP's minimum work (19 MiB x 64 passes over
    19 MiB x 2), and the server CPU-seconds per unlock (for unlocks per minute)."""
    assert keys.strength(keys.KdfParams()) == 32
    assert keys.strength(keys.OWASP_MINIMUM) == 1
    assert keys.cpu_seconds(keys.KdfParams(1, 1, 64)) > 0
