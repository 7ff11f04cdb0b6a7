"""Reading never depends on writing: a vault on a full disk or a read-only folder unlocks
read-only, with a warning, and every case can still be read."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desistkit_tui.core.errors import DiskFull, ReadOnlyCase, StorageError, VaultReadOnly
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import atomic
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@pytest.fixture
def filled(vault_path: Path, fast_kdf: KdfParams) -> Iterator[tuple[Path, str, str]]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-READ")
    with vault.open_case(case.id) as handle:
        session = handle.save_session(SessionKind.REFLECTION, {"text": "still readable"})
    vault.lock()
    yield vault_path, case.id, session
    atomic.fault_hook = None


def _full_disk(step: str) -> None:
    if step == "write":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _reads_everything(vault: Vault, case_id: str, session: str) -> None:
    assert vault.read_only
    (warning,) = [w for w in vault.warnings if isinstance(w, VaultReadOnly)]
    assert "opened read-only" in str(warning)
    (summary,) = vault.summaries()
    assert summary.code == "K-READ" and not summary.problem
    with vault.open_case(case_id) as handle:
        assert handle.read_only
        assert handle.load_session(session)["body"] == {"text": "still readable"}
        with pytest.raises(ReadOnlyCase):
            handle.save_draft("d", {"text": "x"})
    vault.lock()


def test_a_full_disk_opens_read_only(filled: tuple[Path, str, str]) -> None:
    path, case_id, session = filled
    atomic.fault_hook = _full_disk  # every write fails as on a full disk (ENOSPC)
    vault = Vault.unlock(path, PASS)
    (warning,) = [w for w in vault.warnings if isinstance(w, VaultReadOnly)]
    assert isinstance(warning.cause, DiskFull)
    _reads_everything(vault, case_id, session)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_opens_read_only(filled: tuple[Path, str, str]) -> None:
    path, case_id, session = filled
    modes = {}
    for here, folders, names in os.walk(path):
        for name in [*folders, *names]:
            item = Path(here) / name
            modes[item] = item.stat().st_mode
    try:
        for item in modes:
            os.chmod(item, 0o500 if item.is_dir() else 0o400)
        os.chmod(path, 0o500)
        vault = Vault.unlock(path, PASS)
        (warning,) = [w for w in vault.warnings if isinstance(w, VaultReadOnly)]
        assert isinstance(warning.cause, StorageError)
        _reads_everything(vault, case_id, session)
    finally:
        os.chmod(path, 0o700)
        for item, mode in modes.items():
            os.chmod(item, mode)


def _read_only_file_system(step: str) -> None:
    """Every step of a write fails as on a file system mounted read-only (EROFS)."""
    raise OSError(errno.EROFS, os.strerror(errno.EROFS))


def test_a_read_only_file_system_opens_read_only(filled: tuple[Path, str, str]) -> None:
    """The read-only folder above is skipped under root (root writes into it; CI runs as
    root): a read-only mount refuses root too, which this simulates at every write step."""
    path, case_id, session = filled
    atomic.fault_hook = _read_only_file_system
    vault = Vault.unlock(path, PASS)
    (warning,) = [w for w in vault.warnings if isinstance(w, VaultReadOnly)]
    assert isinstance(warning.cause, StorageError) and not isinstance(warning.cause, DiskFull)
    assert "read-only" in str(warning.cause)
    _reads_everything(vault, case_id, session)
