"""Fixtures shared by every test. Small and generic on purpose.

The autouse fixture keeps every test (and every subprocess a test starts, which inherits the
environment) away from the developer's real folders.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desistkit_tui.core.vault.keys import KdfParams


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """XDG folders, the config folder and TMPDIR in a fresh tmp folder; no DESISTKIT_VAULT;
    English as the interface language."""
    base = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("DESISTKIT_CONFIG_DIR", "config/desistkit"),
        ("TMPDIR", "tmp"),
    ):
        folder = base / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("DESISTKIT_VAULT", raising=False)
    # The interface language (the TUI's, and the CLI's for typed errors) comes from these:
    # English, whatever the machine running the tests has; a test that wants another sets it.
    for name in ("DESISTKIT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # tempfile caches its folder: make it look again (and again after the test).
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    yield


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Argon2id parameters for tests only (about a millisecond)."""
    return KdfParams(iterations=1, lanes=1, memory_kib=64)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's vault goes (not created yet)."""
    return tmp_path / "vault"
