"""``admin.verify``: a healthy vault is ok; each kind of damage is named with its path."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desistkit_tui.core.errors import RolledBack
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.index_files import HEAD as INDEX_HEAD
from desistkit_tui.core.vault.index_files import shard_of
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.keyshards import ShardedKeyStore
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@dataclass
class Filled:
    vault: Vault
    case_id: str
    other_id: str
    session: str

    @property
    def root(self) -> Path:
        return self.vault.root


@pytest.fixture
def filled(vault_path: Path, fast_kdf: KdfParams) -> Iterator[Filled]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    ids = []
    session = ""
    for code in ("K-1", "K-2"):
        case = vault.create_case(code)
        ids.append(case.id)
        with vault.open_case(case.id) as handle:
            session = handle.save_session(SessionKind.CARDS, {"n": 1})
            handle.save_draft("d", {"n": 2})
    vault.summaries()
    yield Filled(vault, ids[1], ids[0], session)
    vault.lock()


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.name != ".lock"]


def test_healthy_vault(filled: Filled) -> None:
    report = admin.verify(filled.vault)
    assert report.ok, report.problems
    # vault.toml, the key shards, the index (its head and a shard per case here, or one shard
    # for both), and per case case.toml.enc, a session and a draft, the audit
    key_shards = len(list((filled.root / "keys").iterdir()))
    assert 1 <= key_shards <= 2  # the two cases' keys: one shard or two
    assert report.files_checked == len(_all_files(filled.root))
    index_shards = {shard_of(filled.case_id), shard_of(filled.other_id)}
    audit = len(list((filled.root / "audit").iterdir()))
    assert report.files_checked == 1 + key_shards + (1 + len(index_shards)) + 2 * 3 + audit


def _flip(path: Path, offset: int = -1) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _edit_header(root: Path) -> None:
    """Change a label and fix the checksum (someone without the key)."""
    path = root / "vault.toml"
    data = path.read_bytes()
    start = data.rindex(b"\nchecksum = ") + 1
    body = data[:start].replace(b'label = "anna"', b'label = "eve"')
    mac_line = data[data.index(b"mac = ", start) :]
    path.write_bytes(
        body + f'checksum = "{hashlib.sha256(body).hexdigest()}"\n'.encode() + mac_line
    )


Damage = Callable[[Filled], str]
DAMAGE: dict[str, Damage] = {}


def damage(name: str) -> Callable[[Damage], Damage]:
    """Register a way to damage the vault; it returns the path that verify must name."""

    def register(fn: Damage) -> Damage:
        DAMAGE[name] = fn
        return fn

    return register


def _session_rel(f: Filled, session: str | None = None) -> str:
    return case_rel(f.case_id, f"sessions/{session or f.session}.toml.enc")


@damage("case file flipped")
def _(f: Filled) -> str:
    _flip(f.root / case_rel(f.case_id))
    return case_rel(f.case_id)


@damage("case file missing")
def _(f: Filled) -> str:
    (f.root / case_rel(f.case_id)).unlink()
    return case_rel(f.case_id)


def _key_store_rel(f: Filled) -> str:
    store = f.vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)
    return store.shard_file(f.case_id)[0]


@damage("key store flipped")
def _(f: Filled) -> str:
    _flip(f.root / _key_store_rel(f), 8)
    return _key_store_rel(f)


@damage("key store missing")
def _(f: Filled) -> str:
    (f.root / _key_store_rel(f)).unlink()
    return _key_store_rel(f)


@damage("session flipped")
def _(f: Filled) -> str:
    _flip(f.root / _session_rel(f))
    return _session_rel(f)


@damage("session renamed")
def _(f: Filled) -> str:
    renamed = _session_rel(f, "0000000000000-00000000")
    (f.root / _session_rel(f)).rename(f.root / renamed)
    return renamed


@damage("session from another case")
def _(f: Filled) -> str:
    other = next((f.root / case_rel(f.other_id, "sessions")).iterdir())
    shutil.copy(other, f.root / _session_rel(f))
    return _session_rel(f)


@damage("draft flipped")
def _(f: Filled) -> str:
    _flip(f.root / case_rel(f.case_id, "drafts/d.toml.enc"), 0)
    return case_rel(f.case_id, "drafts/d.toml.enc")


@damage("audit entry deleted")
def _(f: Filled) -> str:
    (f.root / "audit/0000000003.toml.enc").unlink()
    return "audit/0000000003.toml.enc"


@damage("audit entry flipped")
def _(f: Filled) -> str:
    _flip(f.root / "audit/0000000003.toml.enc")
    return "audit/0000000003.toml.enc"


@damage("index flipped")
def _(f: Filled) -> str:
    _flip(f.root / INDEX_HEAD)
    return INDEX_HEAD


@damage("header edited")
def _(f: Filled) -> str:
    _edit_header(f.root)
    return "vault.toml"


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_is_named(filled: Filled, kind: str) -> None:
    rel = DAMAGE[kind](filled)
    report = admin.verify(filled.vault)
    assert not report.ok
    paths = [getattr(p, "path", "") for p in report.problems]
    assert rel in paths, report.problems
    # one damaged case never hides the other
    assert not any(filled.other_id in p for p in paths), report.problems


def test_rebuild_index_on_request(filled: Filled) -> None:
    _flip(filled.root / INDEX_HEAD)
    report = admin.verify(filled.vault, rebuild_index=True)
    # the damaged index held the ledger too: that it was lost is reported as well
    assert sorted(getattr(p, "path", "") for p in report.problems) == ["", INDEX_HEAD]
    assert [p.variant for p in report.problems if isinstance(p, RolledBack)] == ["index-lost"]
    assert admin.verify(filled.vault, repair=True).ok  # accepted as the new reference
    assert admin.verify(filled.vault).ok


def test_a_correction_is_a_new_version_not_an_uncounted_session(filled: Filled) -> None:
    """The case counts current reflections (a correction replaces one); verify counted every
    reflection file and reported the correction as a session the case does not count."""
    with filled.vault.open_case(filled.case_id) as handle:
        first = handle.save_session(SessionKind.REFLECTION, {"held_on": "2026-11-02"})
        handle.save_session(SessionKind.REFLECTION, {"held_on": "2026-11-02", "replaces": first})
        assert handle.case.reflections == 1
    report = admin.verify(filled.vault)
    assert report.ok, report.problems
