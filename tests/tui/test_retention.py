"""Retention in the TUI (issue 14): opening a case whose retention date has passed offers to
erase it, keep it longer (a date after today and a reason) or decide later; a case open in
another session offers only "later". The test clock's today is 2026-03-14."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.erase_case import EraseCaseScreen
from desistkit_tui.screens.retention import RetentionDueScreen
from tests.tui.helpers import PASSPHRASE, make_app, make_vault, screen_text, settle, type_text
from tests.tui.helpers import unlock as unlock_app

CODE = "K-DUE"
PASSED = date(2026, 3, 1)  # before the test clock's today


def due_vault(tmp_path: Path) -> Path:
    """A vault with one case whose retention date has passed."""
    path = make_vault(tmp_path / "vault", (CODE,))
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.open_case(vault.find(CODE).id) as handle:
        handle.save_profile(replace(handle.case, retention=PASSED))
    vault.lock()
    return path


async def open_the_case(pilot: Pilot[Any]) -> None:
    await unlock_app(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_keeping_longer_saves_the_date_and_reason_and_audits_the_dates(
    tmp_path: Path,
) -> None:
    path = due_vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_the_case(pilot)
        assert isinstance(app.screen, RetentionDueScreen)
        assert "has passed" in screen_text(app)
        app.screen.query_one("#until", Input).value = "2027-03-31"
        await pilot.press("tab")
        await type_text(pilot, "court proceedings pending")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert "kept until" in " ".join(n.message for n in app._notifications)
        assert "retention date has come" not in screen_text(app)  # the hint is gone
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # the next opening: no dialog
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
    vault = Vault.unlock(path, PASSPHRASE)
    case = vault.read_case(vault.find(CODE).id)  # decrypted back from the vault
    assert case.retention == date(2027, 3, 31)
    [change] = case.retention_history
    assert (change.on, change.previous, change.until) == (date(2026, 3, 14), PASSED, case.retention)
    assert change.reason == "court proceedings pending" and change.by == "anna"
    [entry] = [e for e in vault.audit.listing() if e.action == "retention-extended"]
    assert entry.case == CODE
    assert dict(entry.detail or {}) == {"previous": "2026-03-01", "until": "2027-03-31"}
    assert "court" not in repr(vault.audit.entries())  # the reason never goes into the audit
    assert [s.code for s in vault.summaries() if s.retention_due(date(2026, 3, 14))] == []


@pytest.mark.parametrize(
    ("typed", "reason", "message"),
    [
        ("2026-03-14", "pending", "must be after today"),  # today
        ("2025-12-31", "pending", "must be after today"),
        ("31.12.2027", "pending", "Write the date as"),
        ("", "pending", "Write the date as"),
        ("2027-03-31", "   ", "Give the reason"),
    ],
)
async def test_a_bad_date_or_no_reason_is_said_and_nothing_is_saved(
    tmp_path: Path, typed: str, reason: str, message: str
) -> None:
    path = due_vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_the_case(pilot)
        app.screen.query_one("#until", Input).value = typed
        app.screen.query_one("#reason", Input).value = reason
        await pilot.click("#keep")
        await settle(pilot)
        assert isinstance(app.screen, RetentionDueScreen)
        assert message in screen_text(app)
        await pilot.press("escape")  # not now: the hint stays on the overview
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert "retention date has come" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # the next opening asks again
        await settle(pilot)
        assert isinstance(app.screen, RetentionDueScreen)
    vault = Vault.unlock(path, PASSPHRASE)
    case = vault.read_case(vault.find(CODE).id)
    assert case.retention == PASSED and case.retention_history == ()
    assert not [e for e in vault.audit.listing() if e.action == "retention-extended"]


async def test_erase_now_asks_for_the_code_and_erases(tmp_path: Path) -> None:
    path = due_vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_the_case(pilot)
        await pilot.click("#erase")
        await pilot.pause()
        assert isinstance(app.screen, EraseCaseScreen)
        await type_text(pilot, CODE)
        await pilot.press("enter")
        await settle(pilot)
    vault = Vault.unlock(path, PASSPHRASE)
    assert vault.summaries() == []
    assert [e.case for e in vault.audit.listing() if e.action == "case-erased"] == [CODE]


async def test_a_read_only_case_offers_only_later_and_says_why(tmp_path: Path) -> None:
    path = due_vault(tmp_path)
    other = Vault.unlock(path, PASSPHRASE)
    holder = other.open_case(other.find(CODE).id)  # another session holds the case
    try:
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_the_case(pilot)
            dialog = app.screen
            assert isinstance(dialog, RetentionDueScreen)
            assert "open in another session" in screen_text(app)
            assert "Not now" in screen_text(app) and "retention-later" not in screen_text(app)
            assert not dialog.query("#keep") and not dialog.query("#erase")
            assert not dialog.query("#until") and not dialog.query("#reason")
            await pilot.press("enter")  # "Not now" has the focus
            await settle(pilot)
            assert isinstance(app.screen, CaseScreen)
    finally:
        holder.close()
        other.lock()


async def test_a_vault_opened_read_only_offers_only_later_and_says_why(tmp_path: Path) -> None:
    import errno
    import os

    from desistkit_tui.core.vault import atomic

    def full(step: str) -> None:
        if step == "write":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    path = due_vault(tmp_path)
    app = make_app(path)
    atomic.fault_hook = full
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_the_case(pilot)
            dialog = app.screen
            assert isinstance(dialog, RetentionDueScreen)
            assert "vault opened read-only" in screen_text(app)
            assert "another session" not in screen_text(app)
            assert not dialog.query("#keep") and not dialog.query("#erase")
    finally:
        atomic.fault_hook = None
