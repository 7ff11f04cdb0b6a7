"""The case overview drawn from the per-case summary cache looks exactly as when every session
file is read: the session list and the development view, with no cache, with it, and with a
damaged one (core/history_cache.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import OptionList

from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault.cases import HISTORY_CACHE
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.widgets.plain import PlainLabel
from tests.tui.helpers import PASSPHRASE, settle, unlock
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault


def _overview(app: App[Any]) -> tuple[list[str], str]:
    screen = app.screen
    assert isinstance(screen, CaseScreen)
    sessions = screen.query_one("#sessions", OptionList)
    items = [str(sessions.get_option_at_index(i).prompt) for i in range(sessions.option_count)]
    return items, str(screen.query_one("#development", PlainLabel).content)


async def test_the_overview_is_the_same_with_and_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_case_vault(tmp_path / "vault")
    add_history(path)  # three reflections, saved without a cache
    vault = Vault.unlock(path, PASSPHRASE)
    case_id = vault.summaries()[0].id
    with vault.open_case(case_id) as handle:
        body = {"type": "cards", "format": 1, "held_on": date(2026, 3, 10), "cards": []}
        handle.save_session(SessionKind.CARDS, body, "1773000000000-cards000")
    vault.lock()
    cache_file = path / case_rel(case_id, HISTORY_CACHE)
    reads: list[str] = []
    read = VaultFiles.read_bytes

    def counted(self: VaultFiles, rel: str) -> bytes:
        reads.append(rel)
        return read(self, rel)

    monkeypatch.setattr(VaultFiles, "read_bytes", counted)
    app = flow_app(path)
    seen = []
    async with app.run_test(size=(100, 80)) as pilot:
        await unlock(pilot)
        for which in ("no cache", "cache", "damaged cache"):
            if which == "damaged cache":
                data = bytearray(cache_file.read_bytes())
                data[len(data) // 2] ^= 0x04
                cache_file.write_bytes(bytes(data))
            reads.clear()
            await pilot.press("enter")  # the only case
            await settle(pilot)
            seen.append(_overview(app))
            read_sessions = [rel for rel in reads if "/sessions/" in rel]
            assert len(read_sessions) == (0 if which == "cache" else 4), which
            assert cache_file.is_file()
            await pilot.press("escape")
            await settle(pilot)
    items, development = seen[0]
    assert len(items) == 4 and "Mar 10, 2026 · card session" in items[0]
    assert "Mar 2, 2026 · reflection" in items[1]
    assert development.count("\n") >= 3  # a legend and a line per factor
    assert seen[1] == seen[0] and seen[2] == seen[0]
