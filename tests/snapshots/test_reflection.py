"""Snapshots of the CaseReflector at 80x24 and 120x40: a flow step, the progress list, the
summary, and the case overview with its development view (update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Select

from desistkit_tui.app import DesistKitApp
from tests.snapshots.compare import SnapCompare
from tests.tui.helpers import settle, unlock
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault
from tests.tui.test_reflection_flow import type_into

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def _app(tmp_path: Path) -> DesistKitApp:
    path = make_case_vault(tmp_path / "vault")
    add_history(path)
    return flow_app(path, autosave=600)


async def _open(pilot: Pilot[Any]) -> None:
    await unlock(pilot)
    await pilot.press("enter")
    await settle(pilot)  # the case opens in a worker


async def _flow(pilot: Pilot[Any]) -> None:
    await _open(pilot)
    await pilot.press("f5")
    await pilot.pause()
    pilot.app.screen.query_one("#mode", Select).value = "area:everyday-life"
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_case_overview_with_development(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    async def scrolled(pilot: Pilot[Any]) -> None:
        await _open(pilot)
        body = pilot.app.screen.query_one("#case-body")
        body.focus()  # as a caseworker would: Tab to the page, then End
        await pilot.press("end")
        await pilot.pause(0.3)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=scrolled)


@pytest.mark.parametrize("size", SIZES)
def test_flow_step(snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]) -> None:
    async def step(pilot: Pilot[Any]) -> None:
        await _flow(pilot)
        await type_into(pilot, "resources", "Evening class")

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=step)


@pytest.mark.parametrize("size", SIZES)
def test_progress_list(snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]) -> None:
    async def steps(pilot: Pilot[Any]) -> None:
        await _flow(pilot)
        await type_into(pilot, "needs", "Debts")
        await pilot.press("f3", "f4", "f5")
        await pilot.pause()

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=steps)


@pytest.mark.parametrize("size", SIZES)
def test_summary(snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]) -> None:
    async def summary(pilot: Pilot[Any]) -> None:
        await _flow(pilot)
        pilot.app.screen.query_one("#person", Select).value = "high"
        await type_into(pilot, "resources", "Evening class\nA bike")
        await type_into(pilot, "needs", "Debts")
        await pilot.press("f3", "f4", "f10")
        await pilot.pause()

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=summary)
