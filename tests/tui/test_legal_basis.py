"""Pilot tests: the legal basis of a case (issue 18) recorded, shown and withdrawn from the TUI,
on a real vault with real crypto; what the TUI wrote is read back from the files."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from textual.pilot import Pilot
from textual.widgets import Input

from desistkit_tui.core.errors import ExportRefused
from desistkit_tui.core.legal import check_export
from desistkit_tui.core.model import BasisKind, LegalBasis, Scope
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.export import ExportScreen
from desistkit_tui.screens.legal_basis import LegalBasisScreen
from desistkit_tui.widgets.case_list import CaseList
from tests.tui.helpers import (
    FIXED,
    PASSPHRASE,
    make_app,
    make_vault,
    screen_text,
    settle,
    top_screen,
    type_text,
)

CONSENT = LegalBasis(
    BasisKind.CONSENT,
    note="NoteMarker8181",
    given=date(2026, 1, 10),
    scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.HANDOVER}),
    recipients=("probation service",),
    language="de",
)


def _vault(tmp_path: Path) -> Path:
    """A-0: statutory task; A-1: to be recorded; C-1: consent (hand-over to probation)."""
    path = make_vault(tmp_path / "vault", ("A-0", "A-1"))
    vault = Vault.unlock(path, PASSPHRASE)
    vault.create_case("C-1", legal=CONSENT)
    vault.lock()
    return path


async def _open(pilot: Pilot[Any], code: str) -> CaseScreen:
    await type_text(pilot, PASSPHRASE)
    await pilot.press("enter")
    await settle(pilot)
    await type_text(pilot, code.lower())
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CaseScreen)
    return screen


async def test_the_case_list_hints_at_a_basis_still_to_record(tmp_path: Path) -> None:
    app = make_app(_vault(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await settle(pilot)
        case_list = top_screen(app, CasesScreen).query_one(CaseList)
        hints = {row.summary.code: row.cells[-1] for row in case_list.shown}
        assert hints["A-1"].endswith("§ basis to record")  # a symbol and words, not colour
        assert "§" not in hints["A-0"] and "§" not in hints["C-1"]
        await type_text(pilot, "basis")  # the filter finds it too
        assert [s.code for s in top_screen(app, CasesScreen).shown] == ["A-1"]


async def test_a_new_case_records_consent_given_today(tmp_path: Path) -> None:
    path = _vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f2")
        await type_text(pilot, "N-1")
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # to the legal basis
        await pilot.press("enter", "down", "enter")  # to be recorded -> consent
        await pilot.press("ctrl+s")
        await settle(pilot)
    vault = Vault.unlock(path, PASSPHRASE)
    legal = vault.read_case(vault.find("N-1").id).legal
    assert (legal.kind, legal.given, legal.scope) == (BasisKind.CONSENT, FIXED.date(), frozenset())
    vault.lock()


async def test_f3_records_a_statutory_task_and_the_profile_shows_it(tmp_path: Path) -> None:
    path = _vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, "A-1")
        assert "§ no legal basis recorded yet" in screen_text(app)
        assert "f3 Basis" in screen_text(app)  # the key, in the footer
        assert "Legal basis (F3)" in screen_text(app)  # and beside the basis
        await pilot.press("f3")
        await pilot.pause()
        assert type(app.screen).__name__ == "LegalBasisScreen"
        await pilot.press("enter", "down", "down", "enter")  # -> statutory task
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # to the note
        await type_text(pilot, "youth welfare act")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        text = screen_text(app)
        assert "Legal basis" in text and "statutory task" in text
        assert "§ no legal basis" not in text
    vault = Vault.unlock(path, PASSPHRASE)
    legal = vault.read_case(vault.find("A-1").id).legal
    assert (legal.kind, legal.note) == (BasisKind.STATUTORY_TASK, "youth welfare act")
    recorded = [e for e in vault.audit.entries() if e["action"] == "basis-recorded"]
    assert recorded[-1]["case"] == "A-1" and recorded[-1]["basis"] == "statutory-task"
    vault.lock()


async def test_other_without_a_note_is_not_saved(tmp_path: Path) -> None:
    path = _vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "A-1")
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("enter", "down", "down", "down", "enter")  # -> other
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LegalBasisScreen)
        assert '"Other" needs a note' in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_withdrawal_shows_what_follows_and_blocks_hand_overs(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    path = _vault(tmp_path)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await _open(pilot, "C-1")
        assert "consent, given Jan 10, 2026" in screen_text(app)
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LegalBasisScreen)
        steps = str(dialog.query_one("#next-steps").render())
        assert "stop at once" in steps and "desistkit case erase C-1" in steps
        assert "never its content" in steps
        text = screen_text(app)
        assert "What follows from the withdrawal:" in text  # in view, in the same dialog
        assert "desistkit case erase C-1" in text
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        profile = " ".join(str(app.screen.query_one("#profile-text").render()).split())
        assert "consent, withdrawn on Mar 14, 2026" in profile  # wrapped in its column at 60
    vault = Vault.unlock(path, PASSPHRASE)
    legal = vault.read_case(vault.find("C-1").id).legal
    assert legal.withdrawn_on == FIXED.date()
    assert replace(legal, withdrawals=()) == CONSENT  # nothing else changed
    with pytest.raises(ExportRefused) as caught:
        check_export(legal, "handover", "probation service")
    assert caught.value.variant == "withdrawn"
    last = vault.audit.entries()[-2]  # then this unlock's own entry
    assert (last["action"], last["case"], last["basis"]) == ("consent-withdrawn", "C-1", "consent")
    assert not any("NoteMarker8181" in str(e) for e in vault.audit.entries())
    vault.lock()


async def test_only_a_consent_that_holds_can_be_withdrawn(tmp_path: Path) -> None:
    app = make_app(_vault(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "A-0")
        await pilot.press("f3", "f8")
        await pilot.pause()
        assert "Only a consent that holds can be withdrawn." in screen_text(app)
        assert not app.screen.query_one("#withdrawal").display


async def test_f10_prints_the_consent_page_for_this_basis(tmp_path: Path) -> None:
    """F10 in the dialog: the consent page in the consent text's language (German here, the UI
    English), listing the scope and the agencies the fields say, written 0600 and audited."""
    path = _vault(tmp_path)
    out = tmp_path / "consent.pdf"
    app = make_app(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(pilot, "C-1")
        await pilot.press("f3")
        await pilot.pause()
        dialog = top_screen(app, LegalBasisScreen)
        assert "Consent page" in screen_text(app)  # the key, in the dialog's footer
        await pilot.press("f10")
        await pilot.pause()
        export = top_screen(app, ExportScreen)
        assert export.spec.title == "The consent page (in the consent text's language)"
        export.query_one("#path", Input).value = str(out)
        await pilot.click("#yes")
        await settle(pilot)
        assert app.screen is dialog  # back in the dialog, nothing saved meanwhile
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1
    assert "Einwilligung" in text and "probation service" in text and "C-1" in text
    assert "Notizen aus unseren Gesprächen" in text and "Übergabe" in text  # the scope given
    assert "die Karten, die" not in text  # card sessions: not in this consent's scope
    vault = Vault.unlock(path, PASSPHRASE)
    exported = [e for e in vault.audit.entries() if e["action"] == "case-exported"]
    assert [e["case"] for e in exported] == ["C-1"]
    vault.lock()
