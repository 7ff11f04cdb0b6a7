"""Exports from the case overview, driven by keys: the conference summary's preview follows
each tick and writes only what was ticked; a report asks before it replaces a file; the
subject-access export writes a private folder; the person's page is in their language."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, RadioButton

from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.confirm import ConfirmScreen
from desistkit_tui.screens.export import ExportScreen
from desistkit_tui.widgets.plain import PlainLabel
from tests.export_case import PASSPHRASE, build_case_vault
from tests.tui.helpers import FAST_KDF, make_app, screen_text, settle, top_screen


async def _open_case(pilot: Pilot[Any]) -> None:
    pilot.app.screen.query_one("#passphrase", Input).value = PASSPHRASE
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("enter")  # the only case
    await settle(pilot)


async def _dialog(pilot: Pilot[Any], document: str, path: Path) -> ExportScreen:
    """F8 on the overview, then ``document`` (report, summary, handout, access) from the list."""
    from desistkit_tui.screens.export_menu import CHOICES, ExportMenuScreen

    await pilot.press("f8")
    await pilot.pause()
    top_screen(pilot.app, ExportMenuScreen)
    await pilot.press(*["down"] * CHOICES.index(f"export_{document}"), "enter")
    await settle(pilot)  # the case's data is read in a worker
    dialog = top_screen(pilot.app, ExportScreen)
    dialog.query_one("#path", Input).value = str(path)
    return dialog


def _vault(tmp_path: Path) -> Path:
    vault, _ = build_case_vault(tmp_path / "vault", FAST_KDF)
    vault.lock()
    return tmp_path / "vault"


async def test_summary_preview_follows_the_ticks(tmp_path: Path) -> None:
    app = make_app(_vault(tmp_path))
    out = tmp_path / "summary.md"
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_case(pilot)
        dialog = await _dialog(pilot, "summary", out)
        dialog.query_one("#format-md", RadioButton).value = True
        preview = dialog.spec.preview
        assert preview is not None
        assert "STEPROLE" not in preview(dialog.ticked())
        shown = dialog.query_one("#preview-text", PlainLabel)
        assert "No free text is included" in str(shown.render())
        assert "Preview of what will be written" in screen_text(app)
        dialog.query_one("#opt-roles", Checkbox).value = True
        await pilot.pause()
        assert dialog.ticked() == ("roles",)
        assert "STEPROLE" in str(shown.render())  # the preview follows the tick
        await pilot.press("enter")  # in the path field: write
        await settle(pilot)
    text = out.read_text(encoding="utf-8")
    assert "STEPROLE" in text
    for marker in ("HELPS", "HARD", "OWNWORDS", "CWVIEW", "GOALTEXT", "STEPTEXT"):
        assert marker not in text, marker
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    opened = Vault.unlock(tmp_path / "vault", Secret.from_text(PASSPHRASE))
    try:
        entries = opened.audit.entries()
        assert opened.audit.verify(opened.header.audit_head) == []
    finally:
        opened.lock()
    exported = [e for e in entries if e["action"] == "case-exported"]
    assert [(e["basis"], e["detail"]) for e in exported] == [
        (
            "consent",
            {"purpose": "summary", "kind": "md", "options": "include=roles", "encryption": "none"},
        )
    ]
    for entry in entries:
        assert not any(m in str(entry) for m in ("STEPROLE", "HELPS", "OWNWORDS")), entry


async def test_report_asks_before_replacing(tmp_path: Path) -> None:
    app = make_app(_vault(tmp_path))
    out = tmp_path / "report.pdf"
    out.write_bytes(b"an older report")
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_case(pilot)
        dialog = await _dialog(pilot, "report", out)
        dialog.query_one("#opt-caseworker-view", Checkbox).value = False
        await pilot.click("#yes")
        await settle(pilot)
        top_screen(app, ConfirmScreen)
        assert out.read_bytes() == b"an older report"  # nothing replaced before the answer
        await pilot.click("#yes")  # replace
        await settle(pilot)
        said = " ".join(n.message for n in app._notifications)
        assert f"Written to {out}. It is NOT encrypted" in said
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Case report: K-2026-014" in text and "OWNWORDS" in text and "CWVIEW" not in text
    opened = Vault.unlock(tmp_path / "vault", Secret.from_text(PASSPHRASE))
    try:
        (entry,) = [e for e in opened.audit.entries() if e["action"] == "case-exported"]
    finally:
        opened.lock()
    assert entry["detail"]["options"] == "no-caseworker-view"  # the CLI's words for the ticks


async def test_subject_access_and_the_persons_page(tmp_path: Path) -> None:
    app = make_app(_vault(tmp_path))
    folder, page = tmp_path / "access", tmp_path / "page.pdf"
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_case(pilot)
        await _dialog(pilot, "access", folder)
        await pilot.click("#yes")
        await settle(pilot)
        await _dialog(pilot, "handout", page)
        await pilot.click("#yes")
        await settle(pilot)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "DRAFTTEXT" in (folder / "case.md").read_text(encoding="utf-8")
    assert '"action": "case-created"' in (folder / "case.json").read_text(encoding="utf-8")
    text = PdfReader(page).pages[0].extract_text()
    assert "Co ustaliliśmy" in text and "CWVIEW" not in text


async def test_cards_print_from_the_card_mode(tmp_path: Path) -> None:
    from tests.tui.test_cards_helpers import card_app, open_setup

    app = card_app(tmp_path)
    out = tmp_path / "cards.pdf"
    async with app.run_test(size=(100, 40)) as pilot:
        await open_setup(pilot)
        await pilot.press("f9")
        await pilot.pause()
        dialog = top_screen(app, ExportScreen)
        dialog.query_one("#path", Input).value = str(out)
        dialog.query_one("#format-4-up", RadioButton).value = True
        await pilot.pause()
        await pilot.click("#yes")
        await settle(pilot)
    reader = PdfReader(out)
    assert len(reader.pages) == 2 + 2 * 22  # 86 cards, 4-up, double-sided
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


async def test_the_persons_page_at_the_end_of_a_card_session(tmp_path: Path) -> None:
    from desistkit_tui.screens.cards.summary import SummaryScreen
    from tests.tui.test_cards_helpers import card_app, start_cards

    app = card_app(tmp_path, language="de")  # informal, feminine
    page = tmp_path / "seite.pdf"
    async with app.run_test(size=(100, 40)) as pilot:
        await start_cards(pilot)
        await pilot.press("f10")  # the summary
        await pilot.pause()
        top_screen(app, SummaryScreen)
        await pilot.press("f9")
        await settle(pilot)
        dialog = top_screen(app, ExportScreen)
        dialog.query_one("#path", Input).value = str(page)
        await pilot.click("#yes")
        await settle(pilot)
        top_screen(app, SummaryScreen)  # back where it was, the session not saved yet
    text = PdfReader(page).pages[0].extract_text()
    assert "Was wir vereinbart haben" in text and "Deine Ziele" in text


async def test_an_export_without_a_basis_is_refused_before_the_dialog(tmp_path: Path) -> None:
    from desistkit_tui.core.model import TO_BE_RECORDED
    from desistkit_tui.screens.case import CaseScreen
    from desistkit_tui.screens.export_menu import CHOICES

    vault, _ = build_case_vault(tmp_path / "vault", FAST_KDF, legal=TO_BE_RECORDED)
    vault.lock()
    app = make_app(tmp_path / "vault")
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_case(pilot)
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press(*["down"] * CHOICES.index("export_report"), "enter")
        await settle(pilot)
        top_screen(app, CaseScreen)  # no dialog: nothing to write
        said = " ".join(n.message for n in app._notifications)
        assert "legal basis" in said.lower(), said
        dialog = await _dialog(pilot, "handout", tmp_path / "page.pdf")  # exempt
        assert "Legal basis: to be recorded" in screen_text(app)
        dialog.dismiss(None)


async def test_the_persons_page_takes_the_next_meeting_typed_in_the_dialog(
    tmp_path: Path,
) -> None:
    """The dialog of the person's page has a date field for the next meeting (the CLI's
    --next-meeting): a date that is not one keeps the dialog open and writes nothing; a date
    is printed in the person's language and recorded in the audit entry as the CLI does."""
    from tests.tui.helpers import type_text

    app = make_app(_vault(tmp_path))
    page = tmp_path / "page.pdf"
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_case(pilot)
        dialog = await _dialog(pilot, "handout", page)
        dialog.query_one("#day", Input).focus()
        await type_text(pilot, "14.01.2027")
        await pilot.press("enter")
        await settle(pilot)
        assert top_screen(app, ExportScreen) is dialog and not page.exists()
        said = " ".join(n.message for n in app._notifications)
        assert "Write the date as YYYY-MM-DD, or leave the field empty." in said
        await pilot.press(*["backspace"] * 10)
        await type_text(pilot, "2027-01-14")
        await pilot.press("enter")
        await settle(pilot)
    text = PdfReader(page).pages[0].extract_text()
    assert "Nasze następne spotkanie" in text and "14 stycznia 2027" in text
    opened = Vault.unlock(tmp_path / "vault", Secret.from_text(PASSPHRASE))
    try:
        (entry,) = [e for e in opened.audit.entries() if e["action"] == "case-exported"]
    finally:
        opened.lock()
    assert entry["detail"]["options"] == "next-meeting=2027-01-14"


async def test_the_chosen_format_reads_without_colour(tmp_path: Path) -> None:
    """Which format is chosen is a mark, not a colour: ● only in the chosen one (Textual draws
    ● in both and tells them apart by colour, lost on a monochrome terminal)."""
    app = make_app(_vault(tmp_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_case(pilot)
        dialog = await _dialog(pilot, "handout", tmp_path / "page.pdf")
        assert "▐●▌ pdf" in screen_text(app) and "▐ ▌ md" in screen_text(app)
        dialog.query_one("#format-md", RadioButton).value = True
        await pilot.pause()
        assert "▐ ▌ pdf" in screen_text(app) and "▐●▌ md" in screen_text(app)
