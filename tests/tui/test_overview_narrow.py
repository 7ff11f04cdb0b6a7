"""The case overview in a small terminal: the profile's two columns (``widgets/plain.py``
``two_columns``, ``ColumnsLabel``) keep a value that wraps in its column, at 60 columns as at 80,
instead of running on under the labels; and the session list, which has the focus, is on the
screen when the case opens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desistkit_tui.app import create_app
from desistkit_tui.core.model import BasisKind, LegalBasis, Scope
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.widgets.plain import MIN_VALUE_WIDTH, ColumnsLabel, two_columns
from tests.tui.helpers import PASSPHRASE, config, screen_text, settle, unlock
from tests.tui.reflection_helpers import add_history, flow_app, make_case_vault

ROWS = [("Status", "active"), ("Consent covers", "counselling records, card sessions, handover")]


def test_a_long_value_wraps_under_its_own_start() -> None:
    assert two_columns(ROWS, 40).splitlines() == [
        "Status          active",
        "Consent covers  counselling records,",
        "                card sessions, handover",
    ]


def test_without_a_width_each_row_is_one_line() -> None:
    assert two_columns(ROWS).splitlines() == [
        "Status          active",
        "Consent covers  counselling records, card sessions, handover",
    ]


def test_too_narrow_for_two_columns_each_value_goes_under_its_label() -> None:
    width = len("Consent covers  ") + MIN_VALUE_WIDTH - 1
    lines = two_columns(ROWS, width).splitlines()
    assert lines[:3] == ["Status", "  active", "Consent covers"]
    assert all(line.startswith("  ") and len(line) <= width for line in lines[3:])
    assert " ".join(line.strip() for line in lines[3:]) == ROWS[1][1]


async def test_the_profile_keeps_its_columns_at_60_columns(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.open_case(vault.summaries()[0].id) as handle:
        scope = frozenset({Scope.COUNSELLING_RECORDS, Scope.CARD_SESSIONS, Scope.HANDOVER})
        legal = LegalBasis(BasisKind.CONSENT, given=date(2026, 1, 10), scope=scope)
        handle.save_profile(replace(handle.case, legal=legal))
    vault.lock()
    app = flow_app(path)
    async with app.run_test(size=(60, 20)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        profile = app.screen.query_one("#profile-text", ColumnsLabel)
        lines = str(profile.render()).splitlines()
        column = lines[0].index("Informal")  # the first row's value: where values start
        assert len(lines) > 9, lines  # the consent's scope wrapped
        for line in lines:
            assert len(line) <= profile.content_size.width
            if not line[:column].strip():  # a continuation line: in the value column
                assert line[column] != " ", lines
        await pilot.resize_terminal(120, 30)
        await settle(pilot)
        assert len(str(profile.render()).splitlines()) == 9  # one line per row again


async def _opened_at(path: Path, size: tuple[int, int], lang: str = "en") -> tuple[str, int]:
    """The screen's text and the body's scroll once the case is open at ``size``."""
    app = create_app(replace(config(path), ui_language=lang))
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(0.2)  # the profile re-wraps for its width after the first layout
        assert isinstance(app.screen, CaseScreen)
        assert app.focused is app.screen.query_one("#sessions")
        return screen_text(app), int(app.screen.query_one("#case-body").scroll_y)


def _long_profile(tmp_path: Path) -> Path:
    """A case with sessions whose profile is long: a consent covering every purpose."""
    path = make_case_vault(tmp_path / "vault")
    add_history(path)
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.open_case(vault.summaries()[0].id) as handle:
        legal = LegalBasis(BasisKind.CONSENT, given=date(2026, 1, 10), scope=frozenset(Scope))
        handle.save_profile(replace(handle.case, legal=legal))
    vault.lock()
    return path


@pytest.mark.parametrize("lang", ["en", "de", "pl", "mk", "sk", "ro"])
@pytest.mark.parametrize("size", [(60, 20), (64, 21), (80, 24)])
async def test_the_focused_session_list_is_on_screen_when_the_case_opens(
    tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    """Down and Enter act on the session list from the start: at 60x20 the profile filled the
    screen and the list, with its highlighted row, was below it (keys acted on what no one
    could see). Checking only the first layout was not enough: the profile wraps its values
    after it and grows (Polish at 64x21, Macedonian at 80x24 ended with the list below)."""
    text, _ = await _opened_at(_long_profile(tmp_path), size, lang)
    assert "·" in text, text  # a session line: nothing else on the screen has one


async def test_nothing_scrolls_when_everything_fits(tmp_path: Path) -> None:
    text, scrolled = await _opened_at(_long_profile(tmp_path), (120, 40))
    assert "· reflection ·" in text and "Address form" in text and scrolled == 0
