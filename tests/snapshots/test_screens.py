"""Snapshot tests of the screens at 80x24 (update with `pytest --snapshot-update`, then look)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from desistkit_tui.widgets.plain import PlainLabel
from tests.snapshots.compare import SnapCompare
from tests.tui.helpers import make_app, make_vault, unlock
from tests.tui.planning import planning_vault

CODES = ("K-2026-001", "K-2026-002", "K-2026-003", "B-17", "B-18", "L/2025/7", "X.9")


async def _fixed_path(pilot: Pilot[Any]) -> None:
    for label in pilot.app.screen.query("#vault-path").results(PlainLabel):
        label.set_text("/srv/desistkit/vault")
    await pilot.pause()


def test_unlock_screen(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_fixed_path)


def test_unlock_wrong_passphrase(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault"))

    async def wrong(pilot: Pilot[Any]) -> None:
        await unlock(pilot, "not it at all")
        await _fixed_path(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=wrong)


def test_case_list(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault", CODES))

    async def open_list(pilot: Pilot[Any]) -> None:
        await unlock(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_list)


def test_case_list_filtered(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault", CODES))

    async def filtered(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("k", "-", "2", "0", "2", "6")

    assert snap_compare(app, terminal_size=(80, 24), run_before=filtered)


def test_case_list_hints(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Last reflection and hints; the cursor moved down two rows (onto a case never reflected)."""
    app = make_app(planning_vault(tmp_path / "vault"))

    async def moved(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("down", "down")

    assert snap_compare(app, terminal_size=(80, 24), run_before=moved)


def test_case_list_narrow(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """At 60x20 (a projector) the counts make way; both hints stay, in their short forms."""
    app = make_app(planning_vault(tmp_path / "vault"))

    async def open_list(pilot: Pilot[Any]) -> None:
        await unlock(pilot)

    assert snap_compare(app, terminal_size=(60, 20), run_before=open_list)


def test_new_case_dialog(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault", CODES[:2]))

    async def dialog(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("f2")

    assert snap_compare(app, terminal_size=(80, 24), run_before=dialog)


def test_unlock_team_vault_slot_small_monochrome(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """A team vault (issue 17): the slot to be tried, named under the field; F2 for another.
    60x20 in the monochrome theme (what NO_COLOR picks)."""
    from desistkit_tui import themes
    from desistkit_tui.app import create_app
    from desistkit_tui.core.slot_memory import SlotMemory
    from desistkit_tui.core.vault.admin import add_passphrase
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault
    from tests.tui.helpers import FAST_KDF, PASSPHRASE, config

    path = make_vault(tmp_path / "vault")
    vault = Vault.unlock(path, PASSPHRASE, memory=SlotMemory.default())
    add_passphrase(vault, "ben", Secret.from_text("ben's own passphrase 2026"), FAST_KDF)
    vault.lock()
    app = create_app(config(path), theme=themes.MONOCHROME)

    async def shown(pilot: Pilot[Any]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await _fixed_path(pilot)

    assert snap_compare(app, terminal_size=(60, 20), run_before=shown)
