"""The reliability suite's fast subset (``python -m reliability --quick``), one test per target.

Each test runs its target's quick subset against the real product and asserts that no try
failed. Targets that find failures today (issue 13) are marked ``xfail(strict=True)`` with the
issue's item: CI stays green, and when the product is fixed the test passes, strict xfail
turns that into a failure, and the mark is removed. The full counted run is ``make
reliability``; docs/reliability.md has its table.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from reliability.__main__ import _work_folder, run_target, table
from reliability.harness import Context, isolate_environment

_ENVIRONMENT = (
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "DESISTKIT_CONFIG_DIR",
    "TMPDIR",
)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> Iterator[Context]:
    """A quick run's context in a private work folder (tmpfs when there is one)."""
    for name in _ENVIRONMENT:
        monkeypatch.setenv(name, "")  # remembered, so the folders below are undone afterwards
    monkeypatch.delenv("DESISTKIT_VAULT", raising=False)
    work = _work_folder()
    isolate_environment(work)
    try:
        yield Context("quick", 13, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _held(name: str, ctx: Context) -> None:
    result = run_target(name, ctx)
    assert result.tries > 0, f"{name}: nothing was tried"
    assert result.failed == 0, "\n" + table([result])


def test_tampering_is_refused(quick: Context) -> None:
    _held("tamper", quick)


def test_crafted_headers_are_refused_before_deriving(quick: Context) -> None:
    _held("headers", quick)


def test_kill_and_power_loss_leave_the_old_or_the_new(quick: Context) -> None:
    _held("kill", quick)


def test_io_errors_are_typed_and_leave_nothing_half_written(quick: Context) -> None:
    _held("ioerrors", quick)


def test_concurrent_edits_lose_nothing(quick: Context) -> None:
    _held("concurrency", quick)


def test_hostile_text_never_reaches_the_terminal(quick: Context) -> None:
    _held("render", quick)


def test_parsers_raise_only_typed_errors(quick: Context) -> None:
    _held("fuzz", quick)


def test_no_plaintext_on_disk_and_no_core_dumps(quick: Context) -> None:
    _held("plaintext", quick)


def test_the_table_names_every_target() -> None:
    from reliability.__main__ import TARGETS
    from reliability.harness import TargetResult

    results = [TargetResult(name, tries=2, held=1, failed=1) for name in TARGETS]
    results[0].fail("a class", "why", "how")
    text = table(results)
    assert all(name in text for name in TARGETS)
    assert "a class" in text and "repro: how" in text
