"""One open case: its key, its lock, its profile, sessions and drafts.

Folder of a case (``<id>`` is random and says nothing about the case)::

    cases/<id>/key.enc                 the case's data key, sealed with the vault's data key
    cases/<id>/case.toml.enc           profile and running totals, sealed with the case key
    cases/<id>/sessions/<rid>.toml.enc finished sessions, written once, never changed
    cases/<id>/drafts/<rid>.toml.enc   autosaved work in progress
    cases/<id>/.lock                   empty; flock'ed by the session that may write
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import (
    Conflict,
    Damage,
    ReadOnlyCase,
    Schema,
    SchemaError,
    TamperedFile,
)
from desistkit_tui.core.model import Case, SessionKind, new_record_id
from desistkit_tui.core.schema import CURRENT, Doc, upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.atomic import sweep_temp_files
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.index import case_rel
from desistkit_tui.core.vault.locks import CaseLock
from desistkit_tui.core.vault.secret import Secret

KEY_FILE = "key.enc"
SESSIONS = "sessions"
DRAFTS = "drafts"
SUFFIX = ".toml.enc"


def read_case_key(files: VaultFiles, case_id: str) -> Secret:
    """Unseal a case's data key."""
    rel = case_rel(case_id, KEY_FILE)
    data = files.read_bytes(rel)
    key = Secret.zeroed(32)
    wrapping = files.ring.data_key_for(envelope.sealed_key_id(data, rel))
    envelope.open_sealed_into(data, wrapping, files.vault_id, rel, key)
    return key


def read_case_doc(files: VaultFiles, case_id: str, key: Secret) -> Case:
    rel = case_rel(case_id)
    case = Case.from_doc(upgrade(files.read_doc(rel, key), "case", rel), rel)
    if case.id != case_id:
        raise TamperedFile(rel, Damage.OTHER_CASE)
    return case


def record_ids(files: VaultFiles, case_id: str, folder: str) -> list[str]:
    path = files.path(case_rel(case_id, folder))
    if not path.is_dir():
        return []
    return sorted(p.name.removesuffix(SUFFIX) for p in path.iterdir() if p.name.endswith(SUFFIX))


class CaseHandle:
    """An open case. Writes need the lock; a read-only handle refuses them."""

    def __init__(
        self,
        files: VaultFiles,
        case: Case,
        key: Secret,
        lock: CaseLock,
        on_change: Callable[[Case, str], None],
    ) -> None:
        self.files = files
        self.case = case
        self._key = key
        self._lock = lock
        self._on_change = on_change
        if lock.held:
            sweep_temp_files(files.path(case_rel(case.id, "")))

    @property
    def read_only(self) -> bool:
        """True when another session holds this case for writing."""
        return not self._lock.held

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyCase(self.case.code)

    def _rel(self, folder: str, record_id: str) -> str:
        return case_rel(self.case.id, f"{folder}/{record_id}{SUFFIX}")

    # -- profile ---------------------------------------------------------------------------

    def save_profile(self, case: Case) -> Case:
        """Write a changed profile; :class:`Conflict` if the file changed since it was read."""
        return self._write_profile(case, "case-changed")

    def _write_profile(self, case: Case, action: str) -> Case:
        self._writable()
        rel = case_rel(self.case.id)
        on_disk = read_case_doc(self.files, self.case.id, self._key)
        if on_disk.rev != self.case.rev:
            raise Conflict("case-changed", code=self.case.code)
        case.rev = self.case.rev + 1
        self.files.write_doc(rel, case.to_doc(), self._key)
        self.case = case
        self._on_change(case, action)
        return case

    # -- sessions --------------------------------------------------------------------------

    def session_ids(self) -> list[str]:
        """Saved sessions, oldest first."""
        return record_ids(self.files, self.case.id, SESSIONS)

    def load_session(self, session_id: str) -> Doc:
        rel = self._rel(SESSIONS, session_id)
        doc = upgrade(self.files.read_doc(rel, self._key), "session", rel)
        if doc.get("id") != session_id:
            raise TamperedFile(rel, Damage.WRONG_RECORD)
        return doc

    def save_session(
        self,
        kind: SessionKind,
        body: dict[str, Any],
        session_id: str = "",
        *,
        held_on: date | None = None,
    ) -> str:
        """Save a finished session (never overwritten) and count it on the case.

        ``held_on`` is the day a reflection was held (it moves the case's last reflection).
        """
        self._writable()
        session_id = session_id or new_record_id()
        doc: Doc = {
            "schema": CURRENT["session"],
            "kind": "session",
            "id": session_id,
            "type": kind.value,
            "saved": utcnow(),
            "body": body,
        }
        if not self.files.create_doc(self._rel(SESSIONS, session_id), doc, self._key):
            raise Conflict("session-exists", session=session_id)
        self._write_profile(self.case.touched(kind, held_on=held_on), "session-saved")
        return session_id

    # -- drafts ----------------------------------------------------------------------------

    def draft_ids(self) -> list[str]:
        return record_ids(self.files, self.case.id, DRAFTS)

    def save_draft(self, draft_id: str, body: dict[str, Any]) -> None:
        """Autosave: replace the draft ``draft_id`` (crash-safe)."""
        self._writable()
        doc: Doc = {
            "schema": CURRENT["draft"],
            "kind": "draft",
            "id": draft_id,
            "saved": utcnow(),
            "body": body,
        }
        self.files.write_doc(self._rel(DRAFTS, draft_id), doc, self._key)

    def load_draft(self, draft_id: str) -> Doc:
        rel = self._rel(DRAFTS, draft_id)
        doc = upgrade(self.files.read_doc(rel, self._key), "draft", rel)
        if doc.get("id") != draft_id:
            raise TamperedFile(rel, Damage.WRONG_RECORD)
        if not isinstance(doc.get("body"), dict):
            raise SchemaError(rel, "body", Schema.MISSING)
        return doc

    def discard_draft(self, draft_id: str) -> None:
        self._writable()
        self.files.path(self._rel(DRAFTS, draft_id)).unlink(missing_ok=True)

    def close(self) -> None:
        """Release the lock and wipe the case key."""
        self._lock.release()
        self._key.wipe()

    def __enter__(self) -> CaseHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
