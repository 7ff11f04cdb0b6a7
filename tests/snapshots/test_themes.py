"""Snapshots of each theme (issue 16) on the case list and on a card, at 80x24.

Update with ``pytest tests/snapshots/test_themes.py --snapshot-update``, then look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from desistkit_tui import themes
from desistkit_tui.app import create_app
from tests.snapshots.compare import SnapCompare
from tests.snapshots.test_cards import STATEMENT, _table
from tests.snapshots.test_screens import CODES
from tests.tui.helpers import config, make_vault, unlock
from tests.tui.test_cards_helpers import card_vault

THEMES = [pytest.param(name, id=name) for name in themes.THEME_NAMES]


@pytest.mark.parametrize("theme", THEMES)
def test_case_list_in_theme(snap_compare: SnapCompare, tmp_path: Path, theme: str) -> None:
    app = create_app(config(make_vault(tmp_path / "vault", CODES)), theme=theme)

    async def open_list(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("down")

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_list)


@pytest.mark.parametrize("theme", THEMES)
def test_card_in_theme(snap_compare: SnapCompare, tmp_path: Path, theme: str) -> None:
    path = card_vault(tmp_path / "vault")
    app = create_app(config(path), theme=theme)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_table(app, path, STATEMENT))
