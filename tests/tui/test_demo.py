"""`desistkit demo`: fictional cases, no lock, and nothing left behind."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from desistkit_tui.app import create_app
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.demo import DemoVault
from desistkit_tui.core.history import load_history
from desistkit_tui.screens.cases import CasesScreen
from tests.tui.helpers import screen_text, settle
from tests.tui.terminal import real_cli


async def test_demo_opens_unlocked_on_fictional_cases_and_is_removed() -> None:
    demo = DemoVault(date(2026, 3, 14))
    folder = demo.folder
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    try:
        app = create_app(
            AppConfig(vault=demo.vault.root, idle_lock_minutes=0, cursor_blink=False),
            demo=demo,
        )
        async with app.run_test(size=(100, 50)) as pilot:
            await settle(pilot)  # the list is read in a worker
            assert isinstance(app.screen, CasesScreen)
            text = screen_text(app)
            assert "DEMO" in text.splitlines()[0]
            assert all(code in text for code in ("DEMO-01", "DEMO-02", "DEMO-03"))
            await pilot.press("ctrl+l")  # no lock in a demo: the passphrase is random
            await pilot.pause()
            assert isinstance(app.screen, CasesScreen) and app.vault is demo.vault
            await pilot.press("enter")  # DEMO-01 has reflections, goals and a development
            await settle(pilot)
            assert "Finish the bakery internship" in screen_text(app)
        with demo.vault.open_case(demo.vault.find("DEMO-01").id) as handle:
            assert len(load_history(handle).reflections) == 3
        due = [s.code for s in demo.vault.summaries() if s.retention_due(date(2026, 3, 14))]
        assert due == ["DEMO-02"]  # a trainer can show the retention dialog
    finally:
        demo.close()
    assert not folder.exists()


def test_a_dropped_ssh_link_still_removes_the_demo_vault() -> None:
    """SIGHUP ends the app with os._exit, past every `finally`: the demo cleans up first."""
    temp = Path(tempfile.gettempdir())
    with real_cli(None, "demo") as term:
        assert b"DEMO-01" in term.read_until(b"DEMO-01")
        assert list(temp.glob("desistkit-demo-*"))  # the demo's vault exists while it runs
        assert term.hang_up() == 129
    assert not list(temp.glob("desistkit-demo-*"))
