"""A crafted ``vault.toml`` is refused before any key is derived (issue 13, item 2).

Its checksum needs no key, so whoever can write the vault folder can put any number in it.
Every Argon2id parameter, the number of slots and the sizes of the binary fields are held to
bounds (``core/vault/kdf.py``, docs/vault-format.md "Key slots") and checked while the file is
parsed; nesting that exhausts the TOML parser is a typed error too.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli
import tomli_w

from desistkit_tui.core.errors import (
    Damage,
    HeaderMissing,
    NoVault,
    Schema,
    SchemaError,
    TamperedFile,
)
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault import kdf
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
Doc = dict[str, Any]


@pytest.fixture
def vault_toml(vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    vault.create_case("K-1")
    vault.lock()

    def no_derivation(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
        raise AssertionError(f"derived with {self} before the header was refused")

    monkeypatch.setattr(KdfParams, "derive", no_derivation)
    return vault_path / vault_header.FILENAME


def _craft(path: Path, edit: Callable[[Doc], None] | None = None, extra: bytes = b"") -> None:
    """Edit the header as a document and fix its checksum (what needs no key)."""
    data = path.read_bytes()
    start = data.rindex(b"\nchecksum = ") + 1
    body, mac_line = data[:start], data[data.index(b"mac = ", start) :]
    if edit is not None:
        doc = tomli.loads(body.decode())
        edit(doc)
        body = tomli_w.dumps(doc).encode()
    body += extra
    path.write_bytes(
        body + f'checksum = "{hashlib.sha256(body).hexdigest()}"\n'.encode() + mac_line
    )


def _slots(**values: Any) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        for slot in doc["slot"]:
            slot.update(values)

    return edit


def _refused(path: Path) -> SchemaError:
    with pytest.raises(SchemaError) as caught:
        Vault.unlock(path.parent, PASS)
    return caught.value


GIB = 1024 * 1024  # in KiB


@pytest.mark.parametrize(
    ("values", "key", "low", "high"),
    [
        ({"memory_kib": 2 * GIB}, "memory_kib", 8, GIB),  # allocated 2.1 GB before
        ({"memory_kib": 2**63 - 1}, "memory_kib", 8, GIB),  # an OverflowError before
        ({"memory_kib": 10**40}, "memory_kib", 8, GIB),
        ({"memory_kib": 31, "lanes": 4}, "memory_kib", 32, GIB),  # Argon2id: 8 KiB per lane
        ({"iterations": 2**32 - 1}, "iterations", 1, 1000),  # ran past 30 s before
        ({"iterations": 0}, "iterations", 1, 1000),
        ({"lanes": 1000, "memory_kib": 64 * 1024}, "lanes", 1, 64),
        ({"lanes": 0}, "lanes", 1, 64),
        ({"memory_kib": GIB, "iterations": 65}, "memory_kib × iterations", 8, 64 * GIB),
    ],
)
def test_kdf_parameters_beyond_the_bounds_are_refused_before_deriving(
    vault_toml: Path, values: dict[str, int], key: str, low: int, high: int
) -> None:
    _craft(vault_toml, _slots(**values))
    error = _refused(vault_toml)
    assert (error.key, error.problem) == (f"slot[0].{key}", Schema.OUT_OF_RANGE)
    assert (error.msg_args["low"], error.msg_args["high"]) == (low, high)


def test_the_largest_settings_within_the_bounds_are_read(vault_toml: Path) -> None:
    """What `init --kdf-memory-mib 1024 --kdf-iterations 64 --kdf-lanes 64` would write."""
    _craft(vault_toml, _slots(memory_kib=kdf.MAX_MEMORY_KIB, iterations=64, lanes=kdf.MAX_LANES))
    raw = vault_header.parse(vault_toml.read_bytes())
    assert raw.header.slots[0].kdf == KdfParams(64, 64, GIB)
    _craft(vault_toml, _slots(memory_kib=8, iterations=kdf.MAX_ITERATIONS, lanes=1))
    assert vault_header.parse(vault_toml.read_bytes()).header.slots[0].kdf.iterations == 1000


def _many(count: int, fresh_salts: bool) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        first = doc["slot"][0]
        doc["slot"] = [
            first
            | {"id": f"{n:08x}", "label": f"s{n}"}
            | ({"salt": base64.b64encode(secrets.token_bytes(16)).decode()} if fresh_salts else {})
            for n in range(count)
        ]

    return edit


def test_more_slots_than_the_bound_are_refused(vault_toml: Path) -> None:
    _craft(vault_toml, _many(kdf.MAX_SLOTS + 1, fresh_salts=True))
    error = _refused(vault_toml)
    assert (error.key, error.problem) == ("slot", Schema.OUT_OF_RANGE)


def test_copied_slots_are_refused(vault_toml: Path) -> None:
    """Each slot has a random salt of its own: twenty copies of one are crafted, not made."""
    _craft(vault_toml, _many(20, fresh_salts=False))
    error = _refused(vault_toml)
    assert (error.key, error.problem) == ("slot[1].salt", Schema.REPEATED)
    _craft(vault_toml, lambda doc: doc["slot"][1].update(id=doc["slot"][0]["id"]))
    error = _refused(vault_toml)
    assert (error.key, error.problem) == ("slot[1].id", Schema.REPEATED)


def _b64(size: int) -> str:
    return base64.b64encode(bytes(size)).decode()


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (_slots(salt=_b64(4)), "slot[0].salt"),
        (_slots(salt=_b64(65)), "slot[0].salt"),
        (_slots(salt="QUFB" * (1 << 16)), "slot[0].salt"),  # 192 KiB of base64
        (_slots(nonce=_b64(11)), "slot[0].nonce"),
        (_slots(nonce=_b64(13)), "slot[0].nonce"),
        (_slots(wrapped=_b64(47)), "slot[0].wrapped"),
        (_slots(wrapped=_b64(4096)), "slot[0].wrapped"),
        (_slots(id="x" * 65), "slot[0].id"),
        (lambda doc: doc.update(retired=_b64(69)), "retired"),
        (lambda doc: doc.update(vault_id="ab" * 17), "vault_id"),
        (lambda doc: doc.update(vault_id="ab" * 40_000), "vault_id"),
        (lambda doc: doc.update(team="yes"), "team"),
    ],
)
def test_fields_of_the_wrong_size_are_refused(
    vault_toml: Path, edit: Callable[[Doc], None], key: str
) -> None:
    _craft(vault_toml, edit)
    assert _refused(vault_toml).key == key


@pytest.mark.parametrize(
    "extra",
    [
        b"\n[deep]\nx = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        b"\n[deep]\nx = " + b"[" * 3_000 + b"]" * 3_000 + b"\n",
        b"\n[deep]\nx = " + b"{a = " * 100_000 + b"1" + b"}" * 100_000 + b"\n",
    ],
)
def test_deep_nesting_is_a_typed_error(vault_toml: Path, extra: bytes) -> None:
    _craft(vault_toml, extra=extra)
    with pytest.raises(TamperedFile) as caught:
        Vault.unlock(vault_toml.parent, PASS)
    assert caught.value.damage is Damage.NOT_TOML
    assert "not a valid TOML document" in str(caught.value)


def test_a_huge_header_is_not_read_whole(vault_toml: Path) -> None:
    _craft(vault_toml, extra=b"# " + b"x" * vault_header.MAX_BYTES + b"\n")
    with pytest.raises(TamperedFile) as caught:
        Vault.unlock(vault_toml.parent, PASS)
    assert caught.value.damage is Damage.TOO_LARGE


def test_a_lost_header_is_told_apart_from_no_vault(vault_toml: Path, tmp_path: Path) -> None:
    """Issue 13, item 9: a deleted vault.toml suggested `desistkit init`."""
    vault_toml.unlink()
    with pytest.raises(HeaderMissing) as caught:
        Vault.unlock(vault_toml.parent, PASS)
    assert isinstance(caught.value, NoVault)  # still "no vault to open"
    assert "restore vault.toml from a backup" in str(caught.value)
    assert "do not run `desistkit init`" in str(caught.value)
    for empty in (tmp_path / "nothing-here", tmp_path / "empty"):
        (tmp_path / "empty").mkdir(exist_ok=True)
        with pytest.raises(NoVault) as plain:
            Vault.unlock(empty, PASS)
        assert type(plain.value) is NoVault and "desistkit init" in str(plain.value)
