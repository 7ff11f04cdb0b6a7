"""Data protection in the TUI: erasing a case from its overview (F8, the code typed), and a
vault on a full disk opening read-only with a warning."""

from __future__ import annotations

from pathlib import Path

from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.erase_case import EraseCaseScreen
from desistkit_tui.widgets.case_list import CaseList
from tests.tui.helpers import PASSPHRASE, make_app, make_vault, screen_text, settle, type_text
from tests.tui.helpers import unlock as unlock_app


async def test_erase_from_the_overview_after_typing_the_code(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-ERASE",))
    case_id = Vault.unlock(path, PASSPHRASE).find("K-ERASE").id
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock_app(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert "Erase" in screen_text(app)  # in the footer
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, EraseCaseScreen)
        await type_text(pilot, "K-ERAS")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EraseCaseScreen)
        assert "does not match" in screen_text(app)
        assert (path / case_rel(case_id, "")).is_dir()
        await type_text(pilot, "E")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert app.screen.query_one(CaseList).row_count == 0
    assert not (path / case_rel(case_id, "")).exists()
    vault = Vault.unlock(path, PASSPHRASE)
    assert vault.summaries() == []
    assert [e["case"] for e in vault.audit.entries() if e["action"] == "case-erased"] == ["K-ERASE"]


async def test_escape_keeps_the_case(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-KEEP",))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock_app(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f9")
        await pilot.pause()
        await type_text(pilot, "K-KEEP")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
    assert [s.code for s in Vault.unlock(path, PASSPHRASE).summaries()] == ["K-KEEP"]


async def test_a_full_disk_unlocks_read_only_with_a_warning(tmp_path: Path) -> None:
    """Reading never depends on writing: the unlock's own writes fail, the list still shows."""
    import errno
    import os

    from desistkit_tui.core.vault import atomic

    path = make_vault(tmp_path / "vault", ("K-READ",))

    def full(step: str) -> None:
        if step == "write":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = make_app(path)
    atomic.fault_hook = full
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await unlock_app(pilot)
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            assert app.screen.query_one(CaseList).row_count == 1
            shown = [n.message for n in app._notifications]
            assert any("opened read-only" in m and "no space left" in m for m in shown), shown
    finally:
        atomic.fault_hook = None
