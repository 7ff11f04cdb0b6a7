"""vault rekey --rotate-case-keys: a case key copied before opens nothing written afterwards."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desistkit_tui.core.errors import TamperedFile
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin, envelope, rotate
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


def _filled(path: Path, kdf: KdfParams) -> tuple[Vault, list[str]]:
    vault, _ = Vault.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    ids = []
    for n in range(3):
        case = vault.create_case(f"K-{n}")
        with vault.open_case(case.id) as handle:
            handle.save_session(SessionKind.REFLECTION, {"text": f"before {n}"})
            handle.save_draft("d", {"text": f"draft {n}"})
        ids.append(case.id)
    return vault, ids


def test_an_old_case_key_does_not_open_a_session_written_after_rotation(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, ids = _filled(vault_path, fast_kdf)
    store = vault.files.case_keys
    assert store is not None
    copied = {i: store.case_key(i) for i in ids}  # what a colleague kept (vault.toml + store)
    admin.rekey(vault, Secret.from_text(PASS))
    done = rotate.rotate_case_keys(vault)
    assert sorted(done.rotated) == sorted(ids) and not done.busy
    for case_id in ids:
        with vault.open_case(case_id) as handle:
            assert [handle.load_session(s)["body"]["text"] for s in handle.session_ids()] == [
                f"before {ids.index(case_id)}"
            ]
            new = handle.save_session(SessionKind.REFLECTION, {"text": "after"})
        rel = case_rel(case_id, f"sessions/{new}.toml.enc")
        with pytest.raises(TamperedFile):
            envelope.open_sealed(
                vault.files.read_bytes(rel), copied[case_id], vault.files.vault_id, rel
            )
    assert admin.verify(vault).ok
    vault.lock()
    assert admin.verify(Vault.unlock(vault_path, PASS)).ok


def test_a_rotation_interrupted_after_its_commit_is_finished_at_unlock(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = _filled(vault_path, fast_kdf)

    def crash(files: object, case_id: str) -> None:
        raise KeyboardInterrupt  # killed between the key store's commit and the folder swap

    monkeypatch.setattr(rotate, "_swap", crash)
    with pytest.raises(KeyboardInterrupt):
        rotate.rotate_case_keys(vault)
    vault.lock()
    monkeypatch.undo()
    assert len(list((vault_path / "cases").glob(".rot-*"))) == 1
    again = Vault.unlock(vault_path, PASS)
    assert not list((vault_path / "cases").glob(".rot-*"))
    assert all(not s.problem for s in again.summaries())
    assert admin.verify(again).ok


def test_a_rotation_interrupted_before_its_commit_is_undone_at_unlock(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, ids = _filled(vault_path, fast_kdf)
    folder = vault_path / "cases" / ids[0]
    shutil.copytree(folder, vault_path / "cases" / f".rot-{ids[0]}")  # staged, never committed
    (vault_path / "cases" / f".rot-{ids[0]}" / "case.toml.enc").write_bytes(b"half written")
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    assert not list((vault_path / "cases").glob(".rot-*"))
    assert admin.verify(again).ok


def test_the_old_folder_a_finished_swap_left_is_removed_at_unlock(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """Cut after the swap's renames, before the old folder was removed: the next unlock removes
    ``.old-<id>`` (the unlock lists ``cases/`` once for this and the staging clean-up) and
    keeps the case."""
    vault, ids = _filled(vault_path, fast_kdf)
    shutil.copytree(vault_path / "cases" / ids[0], vault_path / "cases" / f".old-{ids[0]}")
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    assert not list((vault_path / "cases").glob(".old-*"))
    assert (vault_path / "cases" / ids[0]).is_dir()
    assert admin.verify(again).ok


def test_the_staged_folder_is_durable_before_the_commit_point(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A power cut keeps a folder's entries as of its last fsync. When the key store names a
    case's new key, its ``.rot-`` folder must already be there after such a cut (its entry in
    ``cases/``, and its sub-folders' entries in it), or the case opens with nothing."""
    vault, ids = _filled(vault_path, fast_kdf)
    durable: dict[str, list[str]] = {}  # a folder -> its entries as of its last fsync
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        path = os.readlink(f"/proc/self/fd/{fd}")
        if os.path.isdir(path):
            durable[os.path.relpath(path, vault_path)] = sorted(os.listdir(path))

    committed: list[str] = []
    real_commit = vault.commit_keystore

    def commit(generation: int, sealed: bytes) -> None:
        staged = next(
            p.name for p in (vault_path / "cases").iterdir() if p.name.startswith(".rot-")
        )
        assert staged in durable.get("cases", []), "cases/ not fsynced since the mkdir"
        assert {"sessions", "drafts"} <= set(durable.get(f"cases/{staged}", []))
        committed.append(staged)
        real_commit(generation, sealed)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(vault, "commit_keystore", commit)
    rotate.rotate_case_keys(vault)
    assert sorted(committed) == sorted(f".rot-{i}" for i in ids)
