"""Everything the case documents are built from, read once through the public vault API.

:func:`read_case_data` opens the case read-only (``Vault.open_case(write=False)``), reads its
profile, every finished session (reflections with their corrections, card sessions), its open
drafts and the audit entries that name it, and closes the case again. The documents are then
built from this :class:`CaseData` without touching the vault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desistkit_tui.core.cards import CardSession, from_body
from desistkit_tui.core.development import current
from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.history import CardRecord, History, load_history, session_body
from desistkit_tui.core.model import Case, Reflection

if TYPE_CHECKING:
    from desistkit_tui.core.content.model import Deck
    from desistkit_tui.core.vault.cases import CaseHandle
    from desistkit_tui.core.vault.store import Vault


@dataclass(slots=True)
class CaseData:
    """One case as the exports see it (decrypted; keep it no longer than needed)."""

    case: Case
    history: History[Reflection] = field(default_factory=History[Reflection])
    #: Card sessions read back in full, by id (those whose deck is installed).
    card_sessions: dict[str, CardSession] = field(default_factory=dict)
    #: The raw body of every finished session, by id (the subject-access export's JSON).
    session_bodies: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Open drafts, by id (raw bodies).
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The audit entries that name the case (who, action, when; never content).
    audit: list[dict[str, Any]] = field(default_factory=list)
    #: Problems met while reading (a damaged session is listed, never hides the others).
    problems: list[str] = field(default_factory=list)

    @property
    def reflections(self) -> list[Reflection]:
        """The current reflections (corrections replace what they correct), oldest first."""
        return current(self.history.reflections)

    @property
    def latest(self) -> Reflection | None:
        found = self.reflections
        return found[-1] if found else None

    @property
    def card_records(self) -> list[CardRecord]:
        return self.history.card_sessions


def read_handle(handle: CaseHandle, decks: Mapping[str, Deck], *, drafts: bool = False) -> CaseData:
    """Read one open case for an export (``drafts``: its open drafts too)."""
    data = CaseData(handle.case, load_history(handle))
    data.problems += [str(p) for p in data.history.problems]
    for session_id in handle.session_ids():
        try:
            doc, body = session_body(handle, session_id)
        except VaultError as exc:
            data.problems.append(str(exc))
            continue
        data.session_bodies[session_id] = body
        if doc.get("type") == "cards":
            try:
                data.card_sessions[session_id] = from_body(body, f"sessions/{session_id}", decks)
            except VaultError as exc:
                data.problems.append(str(exc))
    if drafts:
        for draft_id in handle.draft_ids():
            try:
                draft = handle.load_draft(draft_id)["body"]
            except VaultError as exc:
                data.problems.append(str(exc))
                continue
            if isinstance(draft, dict):
                data.drafts[draft_id] = draft
    return data


def audit_about(vault: Vault, code: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The audit entries that name the case ``code`` (and any problem reading them)."""
    try:
        entries = vault.audit.entries()
    except VaultError as exc:
        return [], [str(exc)]
    wanted = code.casefold()
    return [dict(e) for e in entries if str(e.get("case", "")).casefold() == wanted], []


def read_case_data(
    vault: Vault, code: str, decks: Mapping[str, Deck], *, drafts_and_audit: bool = False
) -> CaseData:
    """Read one case (by its code) for an export; ``drafts_and_audit`` adds its open drafts and
    the audit entries about it (the subject-access export)."""
    summary = vault.find(code)
    handle = vault.open_case(summary.id, write=False)
    try:
        data = read_handle(handle, decks, drafts=drafts_and_audit)
    finally:
        handle.close()
    if drafts_and_audit:
        data.audit, problems = audit_about(vault, data.case.code)
        data.problems += problems
    return data
