"""Subject access (GDPR art. 15 and 20): everything stored about one case, decrypted.

A folder (or a zip of it) with three files:

- ``case.md`` — readable: the profile, goals and interventions, every reflection (corrections
  as versions, each marked), card sessions, open drafts and the audit entries about the case;
  labels in the caseworker's UI language, the person's text as written;
- ``case.json`` — the same data, machine-readable (schema: ``docs/subject-access.md``);
- ``README.md`` — what the export is and what it contains.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from desistkit_tui.core.errors import DesistKitError
from desistkit_tui.core.export.case_data import CaseData
from desistkit_tui.core.export.case_report import (
    ReportOptions,
    card_blocks,
    goal_blocks,
    profile_table,
    reflection_blocks,
)
from desistkit_tui.core.export.document import Block, Document, Heading, Paragraph, Table
from desistkit_tui.core.export.markdown import render_markdown
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Reflection, is_reflection

SCHEMA = "desistkit-subject-access"
SCHEMA_VERSION = 1
_ALL = ReportOptions()


def _plain(value: Any) -> Any:
    """A document's values as JSON values (dates and times as ISO 8601 text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def case_json(data: CaseData, created: datetime) -> dict[str, Any]:
    """The machine-readable export (``docs/subject-access.md`` describes every key)."""
    sessions = []
    for session_id in sorted(data.session_bodies):
        body = data.session_bodies[session_id]
        kind = "reflection" if is_reflection(body) else str(body.get("type", "cards"))
        sessions.append({"id": session_id, "type": kind, "body": _plain(body)})
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "exported": created.isoformat(),
        "case": _plain(data.case.to_doc()),
        "sessions": sessions,
        "drafts": [
            {"id": draft_id, "body": _plain(data.drafts[draft_id])}
            for draft_id in sorted(data.drafts)
        ],
        "audit": [_plain(entry) for entry in data.audit],
        "problems": list(data.problems),
    }


def _versions(loc: Localizer, data: CaseData) -> list[Block]:
    """Every reflection, corrections included (marked), oldest first."""
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-reflections"))]
    found = sorted(data.history.reflections, key=lambda r: (r.held_on, r.created))
    if not found:
        return [*blocks, Paragraph(t("export-no-reflections"))]
    replaced = {r.replaces for r in found if r.replaces}
    for reflection in found:
        blocks += reflection_blocks(loc, reflection, data.case, _ALL)
        if reflection.id in replaced:
            blocks.append(Paragraph(t("export-replaced"), small=True))
    return blocks


def _drafts(loc: Localizer, data: CaseData) -> list[Block]:
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-drafts"))]
    if not data.drafts:
        return [*blocks, Paragraph(t("export-no-drafts"))]
    for draft_id in sorted(data.drafts):
        body = data.drafts[draft_id]
        if is_reflection(body):
            try:
                draft = Reflection.from_body(body, f"drafts/{draft_id}", frozenset(body))
            except DesistKitError:
                draft = None
            if draft is not None:
                blocks.append(Paragraph(t("export-draft-reflection"), small=True))
                blocks += reflection_blocks(loc, draft, data.case, _ALL)
                continue
        blocks.append(Paragraph(t("export-draft-other", id=draft_id), small=True))
    return blocks


def _audit(loc: Localizer, data: CaseData) -> list[Block]:
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-audit"))]
    rows = tuple(
        (
            str(_plain(entry.get("at", ""))),
            str(entry.get("who", "")),
            str(entry.get("action", "")),
        )
        for entry in data.audit
    )
    if not rows:
        return [*blocks, Paragraph(t("export-no-audit"))]
    header = (t("export-col-when"), t("export-col-who"), t("export-col-action"))
    return [*blocks, Table(header, rows)]


def subject_access_document(loc: Localizer, data: CaseData, created: datetime) -> Document:
    """The readable part of the export."""
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-profile")), profile_table(loc, data.case)]
    blocks += goal_blocks(loc, data.case, _ALL)
    blocks += _versions(loc, data)
    blocks += card_blocks(loc, data, _ALL)
    blocks += _drafts(loc, data)
    blocks += _audit(loc, data)
    if data.problems:
        blocks += [Heading(t("export-problems"))]
        blocks += [Paragraph(problem) for problem in data.problems]
    return Document(
        title=t("export-access-title", code=data.case.code),
        lang=loc.ui_lang,
        created=created,
        blocks=tuple(blocks),
        subtitle=t("export-access-subtitle", date=loc.format_date(created)),
        footer=t("export-footer", code=data.case.code),
    )


def subject_access_files(loc: Localizer, data: CaseData, created: datetime) -> dict[str, bytes]:
    """The export's files: ``README.md``, ``case.md``, ``case.json``."""
    readme = render_markdown(
        Document(
            title=loc.ui("export-access-title", code=data.case.code),
            lang=loc.ui_lang,
            created=created,
            blocks=(Paragraph(loc.ui("export-access-readme")),),
        )
    )
    document = render_markdown(subject_access_document(loc, data, created))
    payload = json.dumps(case_json(data, created), ensure_ascii=False, indent=1, sort_keys=True)
    return {
        "README.md": readme.encode("utf-8"),
        "case.md": document.encode("utf-8"),
        "case.json": (payload + "\n").encode("utf-8"),
    }
