"""``vault.toml``: any change is refused with a typed error, never accepted, never a crash."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desistkit_tui.core.errors import (
    SchemaError,
    TamperedFile,
    UnsupportedVersion,
    WrongPassphrase,
)
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
TYPED = (TamperedFile, SchemaError, UnsupportedVersion)


@pytest.fixture
def vault_toml(vault_path: Path, fast_kdf: KdfParams) -> Path:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    vault.create_case("K-1")
    vault.lock()
    return vault_path / vault_header.FILENAME


def _split(data: bytes) -> tuple[bytes, bytes]:
    """(body, mac line) of a well-formed vault.toml."""
    start = data.rindex(b"\nchecksum = ") + 1
    mac_line = data[data.index(b"mac = ", start) :]
    return data[:start], mac_line


def _with_checksum(body: bytes, mac_line: bytes) -> bytes:
    """What someone who edits the header and fixes the checksum (but has no key) writes."""
    checksum = hashlib.sha256(body).hexdigest()
    return body + f'checksum = "{checksum}"\n'.encode() + mac_line


def _rewrite(path: Path, edit: Callable[[str], str]) -> None:
    body, mac_line = _split(path.read_bytes())
    path.write_bytes(_with_checksum(edit(body.decode()).encode(), mac_line))


def test_every_byte_flip_is_refused(vault_toml: Path) -> None:
    original = vault_toml.read_bytes()
    seen: set[type] = set()
    for offset in range(len(original)):
        for mask in (0x01, 0xFF):
            damaged = bytearray(original)
            damaged[offset] ^= mask
            vault_toml.write_bytes(bytes(damaged))
            with pytest.raises(TYPED) as caught:
                Vault.unlock(vault_toml.parent, PASS)
            seen.add(type(caught.value))
    assert seen == {TamperedFile}  # the checksum (or, for the mac line, the MAC) catches all
    vault_toml.write_bytes(original)
    Vault.unlock(vault_toml.parent, PASS).lock()


def test_every_flip_with_the_checksum_fixed_is_still_refused(vault_toml: Path) -> None:
    """An edit that passes the checksum must still fail: on the MAC, the schema or the slot."""
    original = vault_toml.read_bytes()
    body, mac_line = _split(original)
    for offset in range(len(body)):
        for mask in (0x01, 0xFF):
            damaged = bytearray(body)
            damaged[offset] ^= mask
            vault_toml.write_bytes(_with_checksum(bytes(damaged), mac_line))
            # A changed salt, nonce, wrapped key, vault id or KDF cost means no slot opens:
            # indistinguishable from a wrong passphrase without the key, so that is allowed.
            with pytest.raises((*TYPED, WrongPassphrase)):
                Vault.unlock(vault_toml.parent, Secret.from_text(PASS))
    vault_toml.write_bytes(original)


@pytest.mark.parametrize(
    ("edit", "error", "key"),
    [
        (lambda t: t.replace('label = "anna"', 'label = "mallory"'), TamperedFile, None),
        (lambda t: t.replace("team = false", "team = true"), TamperedFile, None),
        (lambda t: t.replace("version = 3", "version = 4"), UnsupportedVersion, None),
        (lambda t: t.replace("version = 3", 'version = "3"'), SchemaError, "version"),
        (lambda t: t.replace('format = "desistkit-vault"', 'format = "x"'), SchemaError, "format"),
        (lambda t: t.replace("team = false", "team = false\nextra = 1"), SchemaError, "extra"),
        (lambda t: t.replace('kdf = "argon2id"', 'kdf = "scrypt"', 1), SchemaError, "slot[0].kdf"),
        (lambda t: t.replace('kind = "passphrase"', 'kind = "pin"'), SchemaError, "slot[0].kind"),
        (
            lambda t: t.replace("iterations = 1", "iterations = 0", 1),
            SchemaError,
            "slot[0].iterations",
        ),
        (lambda t: t.replace("lanes = 1", "lanes = true", 1), SchemaError, "slot[0].lanes"),
        (
            lambda t: re.sub(r'salt = "[^"]*"', 'salt = "c2FsdA=="', t, count=1),
            SchemaError,
            "slot[0].salt",
        ),
        (
            lambda t: re.sub(r'salt = "[^"]*"', 'salt = "not base64!"', t, count=1),
            SchemaError,
            "slot[0].salt",
        ),
        (
            lambda t: re.sub(r'\nid = "[^"]*"', '\nid = "sl\u00f8t"', t, count=1),
            SchemaError,
            "slot[0].id",
        ),
        (
            lambda t: re.sub(r"\nlabel = ", "\nwho = 1\nlabel = ", t, count=1),
            SchemaError,
            "slot[0].who",
        ),
        (lambda t: re.sub(r'\nnonce = "[^"]*"\n', "\n", t, count=1), SchemaError, "slot[0].nonce"),
        (lambda t: re.sub(r'vault_id = "[^"]*"', 'vault_id = "xyz"', t), SchemaError, "vault_id"),
        (lambda t: t.split("[[slot]]")[0], SchemaError, "slot"),
        (lambda t: t + "retired = 1\n", SchemaError, "slot[1].retired"),  # in the last table
        (lambda t: t + "[[slot]\n", TamperedFile, None),  # not TOML
    ],
)
def test_edited_headers_are_refused(
    vault_toml: Path,
    edit: Callable[[str], str],
    error: type[Exception],
    key: str | None,
) -> None:
    before = vault_toml.read_text()
    _rewrite(vault_toml, edit)
    assert vault_toml.read_text() != before
    with pytest.raises(error) as caught:
        Vault.unlock(vault_toml.parent, PASS)
    if key is not None:
        assert isinstance(caught.value, SchemaError)
        assert caught.value.key == key


def test_a_slot_from_another_vault_does_not_open(
    vault_toml: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    other, _ = Vault.create(tmp_path / "other", Secret.from_text(PASS), "anna", kdf=fast_kdf)
    other.lock()
    foreign = (tmp_path / "other" / vault_header.FILENAME).read_text()
    foreign_slots = "[[slot]]" + foreign.split("[[slot]]", 1)[1].split("checksum = ")[0]
    _rewrite(vault_toml, lambda t: t.split("[[slot]]")[0] + foreign_slots)
    with pytest.raises(WrongPassphrase):  # the slot's AAD binds the other vault's id
        Vault.unlock(vault_toml.parent, PASS)


def test_mac_edit_is_refused_after_the_passphrase(vault_toml: Path) -> None:
    data = vault_toml.read_text()
    mac = re.search(r'mac = "([0-9a-f]{64})"', data)
    assert mac is not None
    flipped = ("1" if mac.group(1)[0] != "1" else "2") + mac.group(1)[1:]
    vault_toml.write_text(data.replace(mac.group(1), flipped))
    with pytest.raises(TamperedFile, match="MAC"):
        Vault.unlock(vault_toml.parent, PASS)
    with pytest.raises(WrongPassphrase):  # a wrong passphrase never gets as far as the MAC
        Vault.unlock(vault_toml.parent, "not it")


def test_missing_trailer_is_refused(vault_toml: Path) -> None:
    body, _ = _split(vault_toml.read_bytes())
    vault_toml.write_bytes(body)
    with pytest.raises(TamperedFile):
        Vault.unlock(vault_toml.parent, PASS)
    vault_toml.write_bytes(b"")
    with pytest.raises(TamperedFile):
        Vault.unlock(vault_toml.parent, PASS)


def test_header_round_trip(vault_toml: Path) -> None:
    raw = vault_header.parse(vault_toml.read_bytes())
    assert len(raw.header.vault_id) == 16
    assert [s.kind for s in raw.header.slots] == ["passphrase", "recovery"]
    assert raw.header.retired is None
    assert raw.body == _split(vault_toml.read_bytes())[0]
