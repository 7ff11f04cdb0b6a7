"""Opening a case in the app (issue 17, figure 12i): ``case-opened`` is recorded in the audit
log by the opening worker once the overview has what it shows
(``Vault.open_case(audit_later=True)``), so the caseworker does not wait for its two fsynced
writes, and all the same when the case is left at once; the garbage collector waits while the
case opens and is drawn (screens/collector.py), and runs again however the opening ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.collector import CollectorPause
from tests.tui.helpers import PASSPHRASE, settle, unlock
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault


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


async def test_the_collector_waits_while_the_case_opens_and_is_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_case_vault(tmp_path / "vault")
    collecting: list[bool] = []
    show = CaseScreen._show

    def drawing(screen: CaseScreen) -> None:
        collecting.append(gc.isenabled())
        show(screen)

    monkeypatch.setattr(CaseScreen, "_show", drawing)
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert gc.isenabled()
        await pilot.press("enter")
        await settle(pilot)
        assert collecting == [False]  # paused while it opened and was drawn
        assert gc.isenabled()  # and running again once it was painted
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter", "escape")  # left before it had opened
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert gc.isenabled()


async def test_the_collector_runs_again_only_after_the_overview_was_painted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not when the screen first goes idle after drawing: its widgets' layout may not have been
    asked for yet, and the collection would come before the paint (issue 17, figure 12i)."""
    path = make_case_vault(tmp_path / "vault")
    add_history(path)
    placed: list[bool] = []
    resume = CollectorPause.resume

    def resumed(pause: CollectorPause) -> None:
        if pause.paused and isinstance(app.screen, CaseScreen):
            placed.append(bool(app.screen.query_one("#case-body").size))
        resume(pause)

    monkeypatch.setattr(CollectorPause, "resume", resumed)
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        for _ in range(5):
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CaseScreen)
            await pilot.press("escape")
            await settle(pilot)
    assert placed == [True] * 5


async def test_the_collector_runs_again_when_the_case_does_not_open(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    vault = Vault.unlock(path, PASSPHRASE)
    case_file = path / case_rel(vault.summaries()[0].id)
    vault.lock()
    app = flow_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        data = bytearray(case_file.read_bytes())
        data[len(data) // 2] ^= 0x04  # damaged after the list was shown
        case_file.write_bytes(bytes(data))
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, CaseScreen)  # refused, with a notice
        assert gc.isenabled()
