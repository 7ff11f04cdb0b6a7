"""An open case as the screens use it: profile, goals and plans, history, drafts, sessions.

The service layer between the screens and the vault (with :mod:`.vault_session` for the case
list). A screen calls the methods that read or write files from a worker thread; on the UI
thread it only reads what the workspace holds in memory: :attr:`CaseWorkspace.case`,
:attr:`CaseWorkspace.history` and :meth:`CaseWorkspace.draft`. Those are replaced, never
changed in place, so a read on the UI thread never sees half an update.

The workspace keeps what it has read: the history is read once, when the case is opened, as
summaries from the case's summary cache (:mod:`.history_cache`: one document, not one per
session), and every session finished here is added to it (:meth:`History.with_reflection`) and
to the cache; a full reflection is read when it is opened or compared
(:meth:`CaseWorkspace.reflection`), everything when the case is exported; drafts are read
once too and kept up to date as they are saved and discarded. So the overview never reads the
history again when a screen on top of it closes; :attr:`CaseWorkspace.changes` tells it whether
anything changed at all.

One vault operation runs at a time: a workspace shares the lock of the
:class:`~desistkit_tui.core.vault_session.VaultSession` that opened it, and :meth:`close` waits
for the operation that is running (a lock, idle lock or hang-up never wipes a key a worker is
still writing with). After :meth:`close`, every method raises :class:`VaultLocked`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.errors import VaultError, VaultLocked
from desistkit_tui.core.history import (
    History,
    Overview,
    card_record,
    saved_reflection,
    session_body,
)
from desistkit_tui.core.history_cache import HistoryCache, card_row, reflection_row
from desistkit_tui.core.model import (
    Case,
    Goal,
    Intervention,
    Reflection,
    ReflectionSummary,
    SessionKind,
)
from desistkit_tui.core.vault.cases import CaseHandle

if TYPE_CHECKING:
    from desistkit_tui.core.cards import CardSession
    from desistkit_tui.core.content.model import Deck
    from desistkit_tui.core.export.case_data import CaseData
    from desistkit_tui.core.vault.store import Vault

Body = dict[str, Any]


def _save_once(
    handle: CaseHandle, kind: SessionKind, body: Body, session_id: str, held_on: date | None = None
) -> None:
    """Save a finished session under its draft's id. A retry after an attempt that saved it
    (its reply was lost, or it stopped before counting it or removing the draft) finishes that
    attempt instead of saving twice; any error means it is not saved (``CaseHandle.save_session``),
    so it is never taken for success."""
    handle.save_session(kind, body, session_id, held_on=held_on)


class CaseWorkspace:
    """One open case: holds its handle (the case lock and key) until :meth:`close`."""

    def __init__(self, handle: CaseHandle, lock: threading.RLock, who: str = "") -> None:
        self._handle = handle
        #: The label of the key slot that unlocked the vault (who extends a retention date).
        self.who = who
        self._lock = lock
        self._closed = False
        #: The finished sessions' summaries, oldest first (replaced as sessions are finished).
        self.history: Overview = History[ReflectionSummary]()
        self._cache: HistoryCache | None = None
        #: Full reflections read (or finished) here, by id: a second look reads nothing.
        self._full: dict[str, Reflection] = {}
        self._drafts: dict[str, Body] = {}
        #: How many changes were saved through this workspace (profile, sessions, drafts).
        self.changes = 0

    @classmethod
    def open(
        cls, vault: Vault, case_id: str, lock: threading.RLock, *, audit_later: bool = False
    ) -> CaseWorkspace:
        """Open the case (read-only when another session holds it) and read its history and
        drafts. Blocking: call it from a worker thread. ``audit_later``: the ``case-opened``
        audit entry waits for ``Vault.write_pending_audit`` (``Vault.open_case``). A case
        older than the index's ledger says raises :class:`RolledBack`, before that entry."""
        with lock:
            handle = vault.open_case(case_id, audit_later=audit_later, refuse_rolled_back=True)
            workspace = cls(handle, lock, vault.who)
            try:
                workspace._read()
            except BaseException:
                workspace._handle.close()
                raise
            return workspace

    def _read(self) -> None:
        handle = self._handle
        self._cache, self.history = HistoryCache.open(handle)
        drafts: dict[str, Body] = {}
        for draft_id in handle.draft_ids():
            try:
                body = handle.load_draft(draft_id)["body"]
            except VaultError:
                continue  # unreadable: offered by no one, as history.draft_of_type does
            if isinstance(body, dict):
                drafts[draft_id] = body
        self._drafts = drafts

    @contextmanager
    def _using(self) -> Iterator[CaseHandle]:
        with self._lock:
            if self._closed:
                raise VaultLocked()  # the case was closed
            yield self._handle

    # -- in memory (any thread) --------------------------------------------------------------

    @property
    def case(self) -> Case:
        """The case profile as last read or saved."""
        return self._handle.case

    @property
    def read_only(self) -> bool:
        """True when another session holds this case for writing."""
        return self._handle.read_only

    @property
    def closed(self) -> bool:
        return self._closed

    def draft(self, kind: str) -> tuple[str, Body] | None:
        """The newest readable draft whose body has ``type == kind`` (its id and body)."""
        drafts = self._drafts
        for draft_id in sorted(drafts, reverse=True):
            if drafts[draft_id].get("type") == kind:
                return draft_id, drafts[draft_id]
        return None

    # -- profile, goals, plans (blocking) ----------------------------------------------------

    def save_profile(self, case: Case) -> Case:
        """Write a changed profile; :class:`Conflict` if it changed elsewhere since read."""
        with self._using() as handle:
            saved = handle.save_profile(case)
            self.changes += 1
            return saved

    def save_goal(self, goal: Goal) -> Case:
        """Add or replace a goal (in the profile as it is now) and save the profile."""
        with self._using() as handle:
            return self.save_profile(handle.case.with_goal(goal))

    def save_intervention(self, item: Intervention) -> Case:
        """Add or replace an intervention and save the profile."""
        with self._using() as handle:
            return self.save_profile(handle.case.with_intervention(item))

    def retain(self, until: date, reason: str, today: date) -> Case:
        """Keep the case until ``until`` (after ``today``) for ``reason`` and save it: the
        change joins the case's retention history (reason included, encrypted there) and the
        audit log records ``retention-extended`` with the two dates only. ValueError for a
        date not after today or an empty reason (nothing saved)."""
        with self._using() as handle:
            return self.save_profile(handle.case.retained(until, reason, today, self.who))

    # -- drafts (blocking) -------------------------------------------------------------------

    def save_draft(self, draft_id: str, body: Body) -> None:
        """Autosave: replace the draft ``draft_id`` (crash-safe)."""
        with self._using() as handle:
            handle.save_draft(draft_id, body)
            self._drafts = {**self._drafts, draft_id: body}
            self.changes += 1

    def discard_draft(self, draft_id: str) -> None:
        """Delete a draft (finished or thrown away)."""
        with self._using() as handle:
            handle.discard_draft(draft_id)
            self._drafts = {k: v for k, v in self._drafts.items() if k != draft_id}
            self.changes += 1

    # -- finished sessions (blocking) --------------------------------------------------------

    def finish_reflection(self, reflection: Reflection) -> None:
        """Save a finished reflection (once: a retry after a lost reply saves nothing twice)
        and add it to the history."""
        with self._using() as handle:
            body = reflection.to_body()
            _save_once(handle, SessionKind.REFLECTION, body, reflection.id, reflection.held_on)
            self.history = self.history.with_reflection(reflection.summary())
            self._full = {**self._full, reflection.id: reflection.copy()}
            self.changes += 1
            if self._cache is not None:
                self._cache.add(handle, reflection.id, reflection_row(reflection, (0, 0, 0)))

    def finish_card_session(self, session_id: str, body: Body) -> None:
        """Save a finished card session (once, like :meth:`finish_reflection`) and add it to
        the history."""
        with self._using() as handle:
            saved = utcnow()  # within a moment of the time the session document records
            _save_once(handle, SessionKind.CARDS, body, session_id)
            record = card_record(session_id, body, saved.date(), f"sessions/{session_id}")
            self.history = self.history.with_card_session(record)
            self.changes += 1
            if self._cache is not None:
                self._cache.add(handle, session_id, card_row(record, saved, (0, 0, 0)))

    def reflection(self, reflection_id: str) -> Reflection:
        """A finished reflection in full (read once; blocking): :class:`VaultError` if its
        file cannot be read, :class:`SchemaError` if it holds no reflection."""
        with self._using() as handle:
            found = self._full.get(reflection_id)
            if found is None:
                _, body = session_body(handle, reflection_id)
                found = saved_reflection(body, reflection_id)
                self._full = {**self._full, reflection_id: found}
            return found

    def card_session(self, session_id: str, decks: Mapping[str, Deck]) -> CardSession:
        """A finished card session read back (:class:`DeckNotInstalled` if its deck is gone)."""
        from desistkit_tui.core.cards import from_body

        with self._using() as handle:
            _, body = session_body(handle, session_id)
        return from_body(body, session_id, decks)

    def export_data(self, decks: Mapping[str, Deck], *, drafts: bool = False) -> CaseData:
        """Everything an export of this case needs, read now (blocking)."""
        from desistkit_tui.core.export.case_data import read_handle

        with self._using() as handle:
            return read_handle(handle, decks, drafts=drafts)

    # -- closing -----------------------------------------------------------------------------

    def close(self) -> None:
        """Release the case lock and wipe the case key, once the running operation is done.

        What was decrypted is let go too (the history, the drafts, the profile: :attr:`case`
        keeps only the case's id), so it can be collected (docs/architecture.md,
        Secrets in memory)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._handle.close()
                self.history = History[ReflectionSummary]()
                self._cache, self._full = None, {}
                self._drafts = {}
                self._handle.case = Case(self._handle.case.id, "")
