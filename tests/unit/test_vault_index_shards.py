"""Issue 17: the index in shards. One change rewrites one shard; an erased case's code is in
no index file afterwards; a kill during a shard's write leaves the old or the new row; the
schema-4 index (one file) is split once and removed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desistkit_tui.core.errors import RolledBack
from desistkit_tui.core.model import CaseStatus, SessionKind
from desistkit_tui.core.vault import admin, envelope
from desistkit_tui.core.vault import index_files as parts
from desistkit_tui.core.vault.envelope import open_sealed
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.index import read_index
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "index shard test passphrase"
CASES = 40  # more cases than shards: most shards hold one or more


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Vault:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for n in range(CASES):
        vault.create_case(f"SH-{n:03d}")
    vault.summaries()  # the index written
    return vault


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every index file written through the file layer (the real write still happens)."""
    writes: list[str] = []
    write_raw = VaultFiles.write_raw

    def recording(files: VaultFiles, rel: str, data: bytes) -> None:
        if rel.startswith(f"{parts.FOLDER}/") or rel == parts.LEGACY:
            writes.append(rel)
        write_raw(files, rel, data)

    monkeypatch.setattr(VaultFiles, "write_raw", recording)
    return writes


def _plaintexts(vault: Vault) -> dict[str, bytes]:
    """Every index file decrypted with the vault's data key (the test looks inside)."""
    files = vault.files
    found = {}
    for path in sorted(vault.root.rglob("*")):
        rel = path.relative_to(vault.root).as_posix()
        if path.is_file() and (rel.startswith(f"{parts.FOLDER}/") or rel == parts.LEGACY):
            found[rel] = open_sealed(path.read_bytes(), files.ring.data, files.vault_id, rel)
    return found


def test_the_rows_are_spread_over_shards(vault: Vault) -> None:
    shards = {parts.shard_of(s.id) for s in vault.summaries()}
    assert len(shards) > 10
    assert sorted(p.name for p in (vault.root / parts.FOLDER).iterdir()) == sorted(
        [*(parts.shard_rel(n).split("/")[1] for n in shards), "head.json.enc"]
    )
    assert parts.read_head(vault.files) == shards
    assert len(read_index(vault.files)["cases"]) == CASES


def test_create_save_and_erase_each_rewrite_one_shard(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = _writes(monkeypatch)
    listed = {s.code: s.id for s in vault.summaries()}
    case = vault.create_case("SH-NEW")
    vault.write_index()
    shard = parts.shard_rel(parts.shard_of(case.id))
    new_shard = shard not in {parts.shard_rel(parts.shard_of(i)) for i in listed.values()}
    assert writes == [shard, parts.HEAD] if new_shard else writes == [shard]
    writes.clear()

    with vault.open_case(listed["SH-007"]) as handle:
        handle.save_session(SessionKind.CARDS, {"deck": "x", "cards": []})
    vault.write_index()
    assert writes == [parts.shard_rel(parts.shard_of(listed["SH-007"]))]
    writes.clear()

    vault.erase_case(listed["SH-011"])
    assert writes == [parts.shard_rel(parts.shard_of(listed["SH-011"]))]
    vault.write_index()
    assert len(writes) == 1  # nothing else was pending
    assert {s.code for s in vault.summaries()} == {*listed, "SH-NEW"} - {"SH-011"}


def test_an_erased_code_is_in_no_index_file(vault: Vault) -> None:
    listed = {s.code: s.id for s in vault.summaries()}
    with vault.open_case(listed["SH-023"]) as handle:  # the ledger has a later mark too
        handle.save_session(SessionKind.REFLECTION, {"x": 1})
    vault.write_index()
    assert any(b"SH-023" in plain for plain in _plaintexts(vault).values())
    vault.erase_case(listed["SH-023"])
    # right after the erasure, before any other write, and after the next list and lock
    assert not [rel for rel, plain in _plaintexts(vault).items() if b"SH-023" in plain]
    vault.summaries()
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    assert "SH-023" not in {s.code for s in again.summaries()}
    assert not [rel for rel, plain in _plaintexts(again).items() if b"SH-023" in plain]
    assert sum(b"SH-0" in plain for plain in _plaintexts(again).values()) > 10


def test_a_missing_shard_is_rebuilt_and_its_ledger_reported_lost(vault: Vault) -> None:
    """A shard the head lists is gone: its cases are read again, and the ledger part it held
    is reported lost (a case deleted with it would otherwise go unnoticed)."""
    listed = {s.code: s.id for s in vault.summaries()}
    doomed = listed["SH-005"]
    vault.lock()
    (vault.root / parts.shard_rel(parts.shard_of(doomed))).unlink()
    again = Vault.unlock(vault.root, PASS)
    assert {s.code for s in again.summaries()} == set(listed)
    assert again.index.rebuilt and again.index.lost
    problems = admin.verify(again).problems
    assert [p.variant for p in problems if isinstance(p, RolledBack)] == ["index-lost"]
    assert admin.verify(again, repair=True).repaired  # accepted ...
    assert admin.verify(again).ok  # ... as the new reference


def test_a_case_deleted_with_its_shard_is_still_noticed(vault: Vault) -> None:
    import shutil

    listed = {s.code: s.id for s in vault.summaries()}
    doomed = listed["SH-031"]
    vault.lock()
    shutil.rmtree(vault.root / case_rel(doomed, ""))
    (vault.root / parts.shard_rel(parts.shard_of(doomed))).unlink()
    again = Vault.unlock(vault.root, PASS)
    again.summaries()
    assert [p.variant for p in admin.verify(again).problems if isinstance(p, RolledBack)] == [
        "index-lost"
    ]


def test_a_schema_4_index_is_split_into_shards_without_reading_a_case(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows of schema 4 are the rows of schema 5: the first list after the update reads
    no case file, writes every shard that holds a case, then removes the old file."""
    listed = sorted((s.id, s.code, s.status) for s in vault.summaries())
    doc = read_index(vault.files)
    ledger = sorted(doc["ledger"])
    parts.write_doc(vault.files, parts.LEGACY, {**doc, "schema": 4})
    for path in (vault.root / parts.FOLDER).iterdir():
        path.unlink()
    vault.lock()
    again = Vault.unlock(vault.root, PASS)

    def no_reads(case_id: str) -> None:
        raise AssertionError(f"read case {case_id}: the schema-4 rows are kept")

    monkeypatch.setattr(again.index, "read_case", no_reads)
    assert sorted((s.id, s.code, s.status) for s in again.summaries()) == listed
    assert not (vault.root / parts.LEGACY).exists()
    assert sorted(read_index(again.files)["ledger"]) == ledger
    assert not again.index.lost


_KILL_DURING_FLUSH = textwrap.dedent(
    """
    import os, signal, sys
    from dataclasses import replace
    from pathlib import Path
    from desistkit_tui.core.model import CaseStatus
    from desistkit_tui.core.vault import atomic
    from desistkit_tui.core.vault.store import Vault

    path, passphrase, case_id, step = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    vault = Vault.unlock(path, passphrase)
    vault.summaries()
    with vault.open_case(case_id) as handle:
        handle.save_profile(replace(handle.case, status=CaseStatus.PAUSED))

    def hook(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    atomic.fault_hook = hook
    vault.write_index()
    sys.exit(3)
    """
)


@pytest.mark.parametrize("step", ["write", "fsync", "replace", "fsync-dir"])
def test_a_kill_during_a_shard_write_leaves_the_old_or_the_new_row(vault: Vault, step: str) -> None:
    listed = {s.code: s.id for s in vault.summaries()}
    target = listed["SH-017"]
    shard = parts.shard_rel(parts.shard_of(target))
    vault.lock()
    before = (vault.root / shard).read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", _KILL_DURING_FLUSH, str(vault.root), PASS, target, step],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
    )
    assert done.returncode == -9, done.stderr
    after = (vault.root / shard).read_bytes()
    assert (after == before) == (step != "fsync-dir")  # the old file, or the new one whole
    again = Vault.unlock(vault.root, PASS)
    summaries = {s.code: s for s in again.summaries()}
    assert set(summaries) == set(listed)
    assert summaries["SH-017"].status is CaseStatus.PAUSED and not summaries["SH-017"].problem
    assert not again.index.lost
    assert admin.verify(again).ok


def test_a_rekey_reseals_every_index_file(vault: Vault) -> None:
    names = sorted(p.name for p in (vault.root / parts.FOLDER).iterdir())
    admin.rekey(vault, Secret.from_text(PASS))
    ring = vault.files.ring
    for path in sorted((vault.root / parts.FOLDER).iterdir()):
        rel = path.relative_to(vault.root).as_posix()
        assert envelope.sealed_key_id(path.read_bytes(), rel) == ring.data_id, rel
    assert sorted(p.name for p in (vault.root / parts.FOLDER).iterdir()) == names
    vault.lock()
    again = Vault.unlock(vault.root, PASS)
    assert len(again.summaries()) == CASES and not again.index.rebuilt


def test_a_backup_holds_and_checks_every_index_file(vault: Vault, tmp_path: Path) -> None:
    from desistkit_tui.core.vault import backup

    archive = tmp_path / "backup.tar"
    assert backup.backup(vault, archive).ok
    restored = tmp_path / "restored"
    backup.unpack(archive, restored)
    assert sorted(p.name for p in (restored / parts.FOLDER).iterdir()) == sorted(
        p.name for p in (vault.root / parts.FOLDER).iterdir()
    )
    (restored / parts.shard_rel(parts.shard_of(vault.summaries()[0].id))).unlink()
    problems = backup._verify_copy(vault, restored).problems
    assert [p.variant for p in problems if isinstance(p, RolledBack)] == ["index-lost"]
