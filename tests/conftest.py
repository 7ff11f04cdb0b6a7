"""Fixtures shared by every test. Small and generic on purpose.

The autouse fixture keeps every test (and every subprocess a test starts, which inherits the
environment) away from the developer's real folders.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desistkit_tui.core.vault.keys import KdfParams


def pytest_configure(config: pytest.Config) -> None:
    """Pilot's pace. After every key it presses, Pilot waits until the app is idle, sampling
    the process's CPU time in sleeps of ``textual._wait.SLEEP_GRANULARITY`` (20 ms, twice per
    key): most of the suite's wall time was those sleeps. A 10 ms sample still tells "idle"
    from "working" (idle means under 5 % CPU in the sample, the same ratio), and cut the suite
    from 7 min to 5.4 min with no change in what any test checks. (At 2.5 ms, tests that wait
    for a worker through Pilot's idle check alone failed: this is as far as it goes.)
    The names are Textual's, not public API: if an upgrade renames them, this fails loudly."""
    from textual import _wait

    assert hasattr(_wait, "SLEEP_GRANULARITY") and hasattr(_wait, "SLEEP_IDLE"), (
        "textual._wait changed: see tests/conftest.py pytest_configure"
    )
    _wait.SLEEP_GRANULARITY = 1 / 100
    _wait.SLEEP_IDLE = _wait.SLEEP_GRANULARITY / 20


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that take longest first (those marked ``slow``, then the reliability suite's
    fast subset, each 5-60 s): with ``-n 2`` a long test handed out last kept one worker busy
    while the other had nothing left. The order of the rest is kept."""

    def first(item: pytest.Item) -> int:
        if item.get_closest_marker("slow") is not None:
            return 0
        return 1 if item.nodeid.startswith("tests/reliability/") else 2

    items.sort(key=first)


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
