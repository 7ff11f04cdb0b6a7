"""One open case: its key, its lock, its profile, sessions and drafts.

Folder of a case (``<id>`` is random and says nothing about the case)::

    cases/<id>/key.enc                 the case's data key, sealed with the vault's data key
    cases/<id>/case.toml.enc           profile and running totals, sealed with the case key
    cases/<id>/sessions/<rid>.toml.enc finished sessions, written once, never changed
    cases/<id>/drafts/<rid>.toml.enc   autosaved work in progress
    cases/<id>/history.json.enc        summary cache of the sessions (core/history_cache.py)
    cases/<id>/.lock                   empty; flock'ed by the session that may write

Saving a session is a sequence a kill or a full disk can interrupt: the session file (created
once), then the case document that counts it, then the removal of the draft it was made from
(same id). Each step is finished later if the one before it happened: opening a case counts
sessions its document does not count yet and removes drafts whose session is saved
(:meth:`CaseHandle.recover`), and saving again under the same id finishes the case update
instead of failing. A save that reports an error has left nothing behind: if the case document
could not be written, the session file is taken back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import (
    Conflict,
    Damage,
    ReadOnlyCase,
    Schema,
    SchemaError,
    TamperedFile,
    VaultError,
    VaultLocked,
)
from desistkit_tui.core.model import Case, SessionKind, new_record_id
from desistkit_tui.core.model.case_head import CaseHead
from desistkit_tui.core.schema import CURRENT, Doc, upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.atomic import fsync_folder, sweep_temp_files
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.locks import CaseLock
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret

KEY_FILE = "key.enc"
SESSIONS = "sessions"
DRAFTS = "drafts"
SUFFIX = ".toml.enc"
#: The per-case summary cache, sealed with the case key; rebuilt whenever it does not fit.
HISTORY_CACHE = "history.json.enc"


def read_case_key(files: VaultFiles, case_id: str) -> Secret:
    """A case's data key (a copy: the caller wipes it): from the key store (format 2), or
    unsealed from ``key.enc`` in a format-1 vault not upgraded yet."""
    if files.case_keys is not None:
        return files.case_keys.case_key(case_id)
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


def read_case_head(files: VaultFiles, case_id: str, key: Secret) -> CaseHead:
    """What the case list and the ledger need of a case document (the index rebuilds from
    it): parsed by the compiled parser, the summary fields checked as :func:`read_case_doc`
    checks them (:meth:`CaseHead.from_doc`)."""
    rel = case_rel(case_id)
    head = CaseHead.from_doc(upgrade(files.read_doc_raw(rel, key), "case", rel), rel)
    if head.id != case_id:
        raise TamperedFile(rel, Damage.OTHER_CASE)
    return head


def record_ids(files: VaultFiles, case_id: str, folder: str) -> list[str]:
    """The ids of the records in a case's ``folder``, sorted (names only: a case of 500
    sessions is listed in a tenth of the time ``Path`` objects took)."""
    try:
        names = os.listdir(files.path(case_rel(case_id, folder)))
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(name.removesuffix(SUFFIX) for name in names if name.endswith(SUFFIX))


def _day(value: object) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _later(a: datetime, b: object) -> datetime:
    if isinstance(b, datetime) and b.tzinfo is not None and a.tzinfo is not None:
        return max(a, b)
    return a


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
            sweep_temp_files(files.path(case_rel(case.id, "")))  # older versions' temp files
        self.recover()

    @property
    def read_only(self) -> bool:
        """True when another session holds this case for writing."""
        return not self._lock.held

    def _live(self) -> None:
        """Refuse everything once the vault is locked (the case key is wiped then)."""
        if self.files.keys is None:
            raise VaultLocked()

    def _writable(self) -> None:
        self._live()
        if self.read_only:
            raise ReadOnlyCase(self.case.code)

    # -- finishing interrupted saves -------------------------------------------------------

    def recover(self) -> None:
        """Finish what an interrupted save left: count saved sessions the case document does
        not count yet, and remove drafts whose session is saved. Read-only, the counts are
        corrected in memory only; a failed write is left for the next open."""
        fixed = self.uncounted()
        if fixed is not None:
            if self.read_only:
                self.case = fixed
            else:
                try:
                    self._write_profile(fixed, "session-saved")
                except VaultError:
                    self.case = fixed  # the next save writes these counts too
        if not self.read_only:
            for draft_id in self.finished_drafts():
                self._drop_draft(draft_id)

    def uncounted(self) -> Case | None:
        """The case with counts and a session list that include every saved session file, or
        None if it has them.

        Cheap when nothing is missing (one folder listing); otherwise every session is read.
        A case document written before schema 3 has no session list: the files present now
        are adopted as its list. Counts and the list only grow: a session file that cannot be
        read, or is missing, is damage that ``vault verify`` reports, not a reason to count
        less (docs/vault-format.md, Rollbacks and deletions).
        """
        ids = self.session_ids()
        case = self.case
        listed = set(case.sessions or ())
        unlisted = [i for i in ids if i not in listed]
        # With a session list, what is listed is counted (a correction is listed, not counted).
        counted = (
            not unlisted
            if case.sessions is not None
            else len(ids) <= case.reflections + case.card_sessions
        )
        if counted and case.sessions is not None and not unlisted:
            return None
        sessions = (*(case.sessions or ()), *unlisted)
        if counted:
            return replace(case, sessions=sessions)
        reflections = cards = 0
        last_day, last_at = case.last_reflection, case.last_activity
        for session_id in ids:
            try:
                doc = self.load_session(session_id)
            except VaultError:
                continue
            body = doc.get("body")
            if doc.get("type") == SessionKind.REFLECTION.value:
                reflections += not is_correction(SessionKind.REFLECTION, body)
                held = _day(body.get("held_on")) if isinstance(body, dict) else None
                if held is not None:
                    last_day = held if last_day is None else max(last_day, held)
            elif doc.get("type") == SessionKind.CARDS.value:
                cards += 1
            last_at = _later(last_at, doc.get("saved"))
        reflections = max(reflections, case.reflections)
        cards = max(cards, case.card_sessions)
        if (reflections, cards) == (case.reflections, case.card_sessions) and not (
            unlisted or case.sessions is None
        ):
            return None
        return replace(
            case,
            reflections=reflections,
            card_sessions=cards,
            last_reflection=last_day,
            last_activity=last_at,
            sessions=sessions,
        )

    def finished_drafts(self) -> list[str]:
        """Drafts whose session was saved already (a flow saves under its draft's id)."""
        drafts = record_ids(self.files, self.case.id, DRAFTS)
        if not drafts:
            return []
        saved = set(self.session_ids())
        return [draft_id for draft_id in drafts if draft_id in saved]

    def _drop_draft(self, draft_id: str) -> None:
        """Remove the draft of a saved session; if that fails, the next open does it."""
        path = self.files.path(self._rel(DRAFTS, draft_id))
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return  # hidden already (draft_ids() leaves it out); removed at the next open

    def _rel(self, folder: str, record_id: str) -> str:
        return case_rel(self.case.id, f"{folder}/{record_id}{SUFFIX}")

    # -- profile ---------------------------------------------------------------------------

    def save_profile(self, case: Case) -> Case:
        """Write a changed profile; :class:`Conflict` if the file changed since it was read.

        The audit entry says what changed: ``consent-withdrawn`` when a withdrawal was added,
        ``basis-recorded`` when the legal basis changed otherwise (both with the basis kind),
        ``retention-extended`` when the retention date was extended (a change added to its
        history), ``case-changed`` for anything else."""
        before, after = self.case.legal, case.legal
        action = "case-changed"
        if len(case.retention_history) > len(self.case.retention_history):
            action = "retention-extended"
        elif len(after.withdrawals) > len(before.withdrawals):
            action = "consent-withdrawn"
        elif after != before:
            action = "basis-recorded"
        return self._write_profile(case, action)

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

    def _profile_unchanged(self) -> bool:
        """True when the case document on disk is still the one this handle read (so a write
        that failed did not land); False when it changed or cannot be read."""
        try:
            return read_case_doc(self.files, self.case.id, self._key).rev == self.case.rev
        except (VaultError, OSError):
            return False

    # -- sessions --------------------------------------------------------------------------

    def session_ids(self) -> list[str]:
        """Saved sessions, oldest first."""
        self._live()
        return record_ids(self.files, self.case.id, SESSIONS)

    def load_session(self, session_id: str) -> Doc:
        self._live()
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
        A draft with the same id (the flow's own) is removed once the session is counted.
        Saving again under an id that is saved already finishes what the first save did not
        (counting, removing the draft) and returns; :class:`Conflict` only if that id holds a
        session of another kind. A reflection is saved under its own id (its body's ``id``,
        which the overview opens it by); another ``session_id`` for it is a :class:`ValueError`.
        """
        self._writable()
        own = body.get("id") if kind is SessionKind.REFLECTION else None
        if isinstance(own, str) and own:
            if session_id and session_id != own:
                raise ValueError(f"a reflection is saved under its own id {own}, not {session_id}")
            session_id = own
        session_id = session_id or new_record_id()
        rel = self._rel(SESSIONS, session_id)
        doc: Doc = {
            "schema": CURRENT["session"],
            "kind": "session",
            "id": session_id,
            "type": kind.value,
            "saved": utcnow(),
            "body": body,
        }
        if not self.files.create_doc(rel, doc, self._key):
            self._finish_saved(kind, session_id)
            return session_id
        try:
            self._write_profile(
                self.case.touched(
                    kind,
                    held_on=held_on,
                    session_id=session_id,
                    correction=is_correction(kind, body),
                ),
                "session-saved",
            )
        except VaultError as exc:
            if isinstance(exc, Conflict) or self._profile_unchanged():
                self._take_back(rel)  # not counted: the error must mean "not saved"
            raise
        self._drop_draft(session_id)
        return session_id

    def _finish_saved(self, kind: SessionKind, session_id: str) -> None:
        """A second save of a session that exists: finish the first one's case update."""
        if self.load_session(session_id).get("type") != kind.value:
            raise Conflict("session-exists", session=session_id)
        fixed = self.uncounted()
        if fixed is not None:
            self._write_profile(fixed, "session-saved")
        self._drop_draft(session_id)

    def _take_back(self, rel: str) -> None:
        """Remove a session file whose case update failed (best effort: if this fails too,
        the next open counts the session, which is then saved after all)."""
        path = self.files.path(rel)
        try:
            path.unlink()
            fsync_folder(path.parent)
        except OSError:
            return

    def sessions_folder(self) -> str:
        """The path of the case's ``sessions/`` folder (it may not exist yet)."""
        return str(self.files.path(case_rel(self.case.id, SESSIONS)))

    # -- the summary cache (core/history_cache.py) -----------------------------------------

    def read_cache(self) -> bytes:
        """The summary cache decrypted: FileNotFoundError if there is none,
        :class:`TamperedFile` if it does not open with this case's key at its path."""
        self._live()
        return self.files.open_bytes(case_rel(self.case.id, HISTORY_CACHE), self._key)

    def write_cache(self, plain: bytes) -> None:
        """Seal ``plain`` with the case key and replace the summary cache (crash-safe)."""
        self._writable()
        rel = case_rel(self.case.id, HISTORY_CACHE)
        self.files.write_raw(rel, envelope.seal(plain, self._key, self.files.vault_id, rel))

    # -- drafts ----------------------------------------------------------------------------

    def draft_ids(self) -> list[str]:
        """Drafts in progress (not those whose session is saved: they are left-overs)."""
        self._live()
        drafts = record_ids(self.files, self.case.id, DRAFTS)
        if not drafts:
            return []
        saved = set(self.session_ids())
        return [draft_id for draft_id in drafts if draft_id not in saved]

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
        self._live()
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
        """Release the lock and wipe the case key (again: harmless)."""
        self._lock.release()
        self._key.wipe()

    def __enter__(self) -> CaseHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_correction(kind: SessionKind, body: object) -> bool:
    """A reflection that replaces another: a new version, not one more reflection."""
    return kind is SessionKind.REFLECTION and isinstance(body, dict) and bool(body.get("replaces"))
