"""The case documents (core/export/case_report.py, case_pages.py, subject_access.py) built
from a real vault: what each contains and, above all, what each must leave out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from desistkit_tui.core.content import ContentSet
from desistkit_tui.core.export.case_data import CaseData, read_case_data
from desistkit_tui.core.export.case_pages import FREE_TEXT_FIELDS, conference_summary, handout
from desistkit_tui.core.export.case_report import ReportOptions, case_report
from desistkit_tui.core.export.markdown import render_markdown
from desistkit_tui.core.export.pdf import render_pdf
from desistkit_tui.core.export.subject_access import SCHEMA, subject_access_files
from desistkit_tui.core.i18n import Localizer, Wording
from desistkit_tui.core.vault.keys import KdfParams
from tests.export_case import CODE, WHEN, build_case_vault

CASEWORKER_ONLY = ("CWVIEW", "CWNOTE", "CARDNOTE")


@pytest.fixture
def case(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[tuple[CaseData, ContentSet]]:
    vault, content = build_case_vault(tmp_path / "vault", fast_kdf)
    try:
        yield read_case_data(vault, CODE, content.decks, drafts_and_audit=True), content
    finally:
        vault.lock()


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_report_has_every_part(case: tuple[CaseData, ContentSet]) -> None:
    data, content = case
    loc = Localizer.create("en", content)
    doc = case_report(loc, data, ReportOptions(), WHEN)
    md = render_markdown(doc)
    for marker in ("OWNWORDS", "CWVIEW", "CWNOTE", "CARDNOTE", "GOALTEXT", "GOALOWN"):
        assert marker in md, marker
    assert "STEPTEXT" in md and "STEPROLE" in md
    assert "Development over time" in md and "| 11/16/26 | high | high |" in md
    assert "new resource" in md and "need eased" in md
    assert "OLDVERSION" not in md  # the corrected version is replaced in the report
    assert "DRAFTTEXT" not in md  # drafts are not finished work
    text = _pdf_text(render_pdf(doc))
    assert "Case report: K-2026-014" in text and "CWVIEW" in text


@pytest.mark.parametrize(
    ("opts", "gone", "kept"),
    [
        (ReportOptions(own_words=False), ("OWNWORDS", "GOALOWN"), ("CWVIEW", "CWNOTE")),
        (ReportOptions(caseworker_view=False), CASEWORKER_ONLY, ("OWNWORDS", "GOALOWN")),
        (
            ReportOptions(own_words=False, caseworker_view=False),
            ("OWNWORDS", "GOALOWN", *CASEWORKER_ONLY),
            ("HELPS",),
        ),
    ],
)
def test_report_leaves_out_what_was_asked(
    case: tuple[CaseData, ContentSet],
    opts: ReportOptions,
    gone: tuple[str, ...],
    kept: tuple[str, ...],
) -> None:
    data, content = case
    doc = case_report(Localizer.create("en", content), data, opts, WHEN)
    for text in (render_markdown(doc), _pdf_text(render_pdf(doc))):
        for marker in gone:
            assert marker not in text, marker
        for marker in kept:
            assert marker in text, marker
    if not opts.caseworker_view:
        assert "caseworker's view" not in render_markdown(doc).split("Left out")[0]


def test_handout_is_the_persons_own_page(case: tuple[CaseData, ContentSet]) -> None:
    data, content = case
    c = data.case  # Polish, formal, feminine
    loc = Localizer.create(c.language, content).with_case(c.language, Wording(c.address, c.gender))
    doc = handout(loc, data, WHEN, date(2026, 12, 14))
    text = _pdf_text(render_pdf(doc))
    assert "Co ustaliliśmy" in text and "Cele Pani" in text and "Co Pani pomaga" in text
    assert "GOALOWN" in text and "STEPTEXT" in text and "HELPS scene-ties 2" in text
    assert "14 grudnia 2026" in text
    for marker in (*CASEWORKER_ONLY, "HARD", "DRAFTTEXT", "OLDVERSION", "GOALTEXT"):
        assert marker not in text, marker
    assert len(PdfReader(BytesIO(render_pdf(doc))).pages) == 1
    informal = loc.with_case(c.language, Wording("informal", "feminine"))
    assert "Twoje cele" in render_markdown(handout(informal, data, WHEN))


def test_summary_has_no_free_text_unless_ticked(case: tuple[CaseData, ContentSet]) -> None:
    data, content = case
    loc = Localizer.create("en", content)
    bare = render_markdown(conference_summary(loc, data, WHEN))
    markers = ("OWNWORDS", "CWVIEW", "CWNOTE", "GOALTEXT", "GOALOWN", "STEPTEXT", "STEPROLE")
    for marker in (*markers, "HELPS", "HARD", "CARDNOTE", "DRAFTTEXT"):
        assert marker not in bare, marker
    assert "Goal 1" in bare and "Step 1" in bare and "No free text is included" in bare
    assert len(PdfReader(BytesIO(render_pdf(conference_summary(loc, data, WHEN)))).pages) <= 2
    ticks = {
        "resources": "HELPS",
        "needs": "HARD",
        "goals": "GOALTEXT",
        "goal-own-words": "GOALOWN",
        "steps": "STEPTEXT",
        "roles": "STEPROLE",
        "own-words": "OWNWORDS",
        "view": "CWVIEW",
    }
    assert set(ticks) == set(FREE_TEXT_FIELDS)
    for field, marker in ticks.items():
        one = render_markdown(conference_summary(loc, data, WHEN, [field]))
        assert marker in one, field
        others = [m for f, m in ticks.items() if f != field and m != marker]
        assert not [m for m in others if m in one], field
    with pytest.raises(ValueError):
        conference_summary(loc, data, WHEN, ["names"])


def test_subject_access_has_everything(case: tuple[CaseData, ContentSet]) -> None:
    data, content = case
    files = subject_access_files(Localizer.create("de", content), data, WHEN)
    assert sorted(files) == ["README.md", "case.json", "case.md"]
    md = files["case.md"].decode("utf-8")
    for marker in ("OWNWORDS", "CWVIEW", "CWNOTE", "CARDNOTE", "GOALOWN", "STEPROLE"):
        assert marker in md, marker
    assert "OLDVERSION" in md and "OWNWORDS corrected" in md  # both versions
    assert "DRAFTTEXT" in md and "Offene Entwürfe" in md
    assert "case-created" in md and "cw-1" in md  # the audit entries about the case
    doc = json.loads(files["case.json"])
    assert doc["schema"] == SCHEMA and doc["version"] == 1
    assert doc["case"]["code"] == CODE and doc["case"]["goals"][0]["own_words"].startswith(
        "GOALOWN"
    )
    kinds = [s["type"] for s in doc["sessions"]]
    assert kinds.count("reflection") == 4 and kinds.count("cards") == 1
    replaced = [s for s in doc["sessions"] if s["type"] == "reflection" and s["body"]["replaces"]]
    assert len(replaced) == 1
    assert doc["drafts"][0]["body"]["entries"][0]["own_words"] == "DRAFTTEXT not finished"
    actions = {e["action"] for e in doc["audit"]}
    assert {"case-created", "session-saved"} <= actions
    assert all(e["case"] == CODE for e in doc["audit"])
    again = subject_access_files(Localizer.create("de", content), data, WHEN)
    assert again == files  # reproducible
