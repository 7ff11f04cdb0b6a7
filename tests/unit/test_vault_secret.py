"""Secrets: never printed, never pickled, wiped to zeros; locking wipes every key."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from desistkit_tui.core.vault.keys import KdfParams, KeyRing
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

RAW = bytes(range(0x41, 0x61))  # printable, so a leak would show in str()


class _SpyBuffer(bytearray):
    """Records what the buffer held at the moment it was emptied."""

    at_clear: bytes | None = None

    def clear(self) -> None:
        self.at_clear = bytes(self)
        super().clear()


def _spy(secret: Secret) -> _SpyBuffer:
    spy = _SpyBuffer(secret.buffer)
    secret._buf = spy
    return spy


def test_repr_and_str_never_show_the_bytes() -> None:
    secret = Secret(RAW)
    for text in (
        repr(secret),
        str(secret),
        f"{secret}",
        f"{secret!r}",
        repr([secret]),
        repr({"k": secret}),
    ):
        assert RAW.decode() not in text
        assert RAW.hex() not in text
        assert "ABCD" not in text
        assert "redacted" in text
    ring = KeyRing(Secret(RAW))
    assert RAW.hex() not in repr(ring) and "redacted" in repr(ring)


def test_wipe_overwrites_with_zeros_then_empties() -> None:
    secret = Secret(RAW)
    spy = _spy(secret)
    secret.wipe()
    assert spy.at_clear == bytes(len(RAW))
    assert spy == bytearray()
    assert len(secret) == 0 and not secret


def test_pickling_and_copying_are_refused() -> None:
    secret = Secret(RAW)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(TypeError):
            pickle.dumps(secret, protocol=protocol)
    with pytest.raises(TypeError):
        copy.copy(secret)
    with pytest.raises(TypeError):
        copy.deepcopy(secret)


def test_equality_and_hashing() -> None:
    assert Secret(RAW) == Secret(bytearray(RAW))
    assert Secret(RAW) != Secret(RAW[:-1] + b"x")
    assert Secret(RAW) != RAW  # never equal to plain bytes
    with pytest.raises(TypeError):
        hash(Secret(RAW))


def test_text_is_nfc_normalised() -> None:
    assert Secret.from_text("Cafe\u0301") == Secret.from_text("Caf\u00e9")
    assert Secret.from_text("Caf\u00e9").reveal() == "Café".encode()


def test_lock_wipes_the_keyring(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text("pw"), "anna", kdf=fast_kdf)
    vault.lock()

    # the live buffers, kept from before the lock: empty afterwards
    vault = Vault.unlock(vault_path, "pw")
    ring = vault.files.ring
    buffers = [ring.master.buffer, ring.data.buffer, ring.header.buffer]
    assert all(len(b) == 32 and any(b) for b in buffers)
    vault.lock()
    assert vault.locked
    assert buffers == [bytearray(), bytearray(), bytearray()]

    # and zeroed before they were emptied
    vault = Vault.unlock(vault_path, "pw")
    ring = vault.files.ring
    spies = [_spy(s) for s in (ring.master, ring.data, ring.header)]
    vault.lock()
    assert [spy.at_clear for spy in spies] == [bytes(32)] * 3


def test_unlock_wipes_the_secrets_it_made(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passphrase or recovery key given as text becomes a Secret inside unlock: wiped after."""
    _, code = Vault.create(vault_path, Secret.from_text("pw"), "anna", kdf=fast_kdf)
    made: list[Secret] = []
    real_derive = KdfParams.derive

    def spy(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
        made.append(secret)
        return real_derive(self, secret, salt)

    monkeypatch.setattr(KdfParams, "derive", spy)
    Vault.unlock(vault_path, "pw").lock()
    Vault.unlock(vault_path, code).lock()
    assert len(made) == 2
    assert all(len(s) == 0 for s in made)
    caller_owned = Secret.from_text("pw")
    Vault.unlock(vault_path, caller_owned).lock()
    assert caller_owned.reveal() == b"pw"  # the caller's Secret is the caller's to wipe
