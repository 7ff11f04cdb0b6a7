"""Opening a case in the app records ``case-opened`` in the audit log: written by the opening
worker once the overview has what it shows (``Vault.open_case(audit_later=True)``), so the
caseworker does not wait for its two fsynced writes, and written all the same when the case is
left or the vault locked at once."""

from __future__ import annotations

from pathlib import Path

from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from tests.tui.helpers import PASSPHRASE, settle, unlock
from tests.tui.reflection_helpers import flow_app, make_case_vault


def _opened(path: Path) -> list[str]:
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        return [e["case"] for e in vault.audit.entries() if e["action"] == "case-opened"]
    finally:
        vault.lock()


async def test_each_opening_is_recorded_once(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    before = _opened(path)
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")  # the only case
        await settle(pilot)  # opened, drawn, and its entry written by the same worker
        assert isinstance(app.screen, CaseScreen)
        session = app.session
        assert session is not None
        entries = session.vault.audit.entries()
        assert (entries[-1]["action"], entries[-1]["case"]) == ("case-opened", "K-2026-014")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.press("escape")  # left before the case had opened
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
    assert _opened(path) == [*before, "K-2026-014", "K-2026-014"]
