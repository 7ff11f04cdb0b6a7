"""Pilot tests: create → unlock → add case → filter → open, on a real vault with real crypto."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from desistkit_tui.core.model import AddressForm, GenderForm
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.create_vault import CreateVaultScreen, RecoveryKeyScreen
from desistkit_tui.screens.unlock import UnlockScreen
from desistkit_tui.widgets.secret_input import SecretInput
from tests.tui.helpers import PASSPHRASE, make_app, make_vault, screen_text, type_text, unlock


async def test_first_run_creates_vault_and_shows_recovery_key_once(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, CreateVaultScreen)
        await type_text(pilot, "short")
        assert "Too short" in screen_text(app)
        await pilot.press("enter")
        await type_text(pilot, "mismatch!!")
        await pilot.press("enter")
        assert isinstance(app.screen, CreateVaultScreen)
        assert "at least 10" in screen_text(app)
        field = app.screen.query_one("#first", SecretInput)
        field.value = ""
        field.focus()
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, RecoveryKeyScreen)
        code = app.screen.code
        assert code in screen_text(app)
        await pilot.press("ctrl+s")  # not ticked yet: stays
        assert isinstance(app.screen, RecoveryKeyScreen)
        await pilot.press("space", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CasesScreen)
        assert code not in screen_text(app)
    # The recovery key shown really opens the vault.
    assert Vault.unlock(path, code).who == "recovery"


async def test_wrong_passphrase_then_retry(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        await unlock(pilot, "not the passphrase")
        assert isinstance(app.screen, UnlockScreen)
        assert "did not unlock" in screen_text(app)
        assert app.screen.query_one(SecretInput).value == ""  # the secret is not kept
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)


async def test_add_filter_open_case(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-2026-001", "K-2026-002", "B-77"))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, CasesScreen)
        assert screen.query_one(DataTable).row_count == 3
        await pilot.press("f2")
        await type_text(pilot, "K-2026-014")
        await pilot.press("tab", "enter", "down", "enter")  # address: formal -> informal
        await pilot.press("tab", "enter", "up", "enter")  # gender: unspecified -> neutral
        await pilot.press("tab", "tab")
        await type_text(pilot, "2031-12-31")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one(DataTable).row_count == 4
        await type_text(pilot, "k-2026-0")
        assert screen.query_one(DataTable).row_count == 3
        await type_text(pilot, "14")
        assert [s.code for s in screen.shown] == ["K-2026-014"]
        assert "1 of 4 cases" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        text = screen_text(app)
        assert "Case K-2026-014" in text and "Informal" in text and "2031-12-31" in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
    # What the TUI wrote is really in the vault.
    vault = Vault.unlock(path, PASSPHRASE)
    case = vault.read_case(vault.find("K-2026-014").id)
    assert case.address is AddressForm.INFORMAL
    assert case.gender is GenderForm.NEUTRAL
    assert str(case.retention) == "2031-12-31"


async def test_new_case_rejects_bad_code_and_date(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-1",))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f2")
        await type_text(pilot, "Max Mustermann")
        await pilot.press("ctrl+s")
        assert "A case code is 1–32" in screen_text(app)
        code = app.screen.query_one("#code", Input)
        code.value = "K-1"
        await pilot.press("ctrl+s")
        assert "exists already" in screen_text(app)
        code.value = "K-2"
        app.screen.query_one("#retention", Input).value = "31.12.2030"
        await pilot.press("ctrl+s")
        assert "YYYY-MM-DD" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CasesScreen)
        assert app.screen.query_one(DataTable).row_count == 1


async def test_second_session_opens_case_read_only(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-9",))
    other = Vault.unlock(path, PASSPHRASE)
    held = other.open_case(other.find("K-9").id)
    try:
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, CaseScreen)
            assert app.screen.handle is not None and app.screen.handle.read_only
            assert "Read-only" in screen_text(app)
    finally:
        held.close()


async def test_lock_drops_keys_and_returns_to_unlock(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-5",))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        vault = app.vault
        assert vault is not None
        keys = vault.files.keys
        assert keys is not None
        master = keys.master.buffer
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        assert app.vault is None and vault.locked
        assert not any(master)  # overwritten
        # The case lock was released: another session can now write.
        other = Vault.unlock(path, PASSPHRASE)
        with other.open_case(other.find("K-5").id) as handle:
            assert not handle.read_only
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)
