"""Autosave of one draft: at most ``delay`` seconds after a change, written off the UI thread.

A screen that edits something worth keeping (a reflection, a card session) owns a
:class:`DraftSaver`. It calls :meth:`DraftSaver.changed` on every edit; the first change
starts a timer (it is *not* restarted by later changes, so steady typing still saves every
``delay`` seconds). When it fires, the body is taken on the UI thread — a snapshot, cheap — and
encrypted and written in a worker thread, so no keystroke waits for the disk.

``on_saved`` is called on the UI thread when an autosave (or :meth:`DraftSaver.flush`) has
written the draft: the moment a status line can say so, without a timer of its own.

Leaving a screen saves what is left in a worker too (:meth:`DraftSaver.pending`, then
:meth:`DraftSaver.write` there), and finishing deletes the draft there
(:meth:`DraftSaver.discard`). Only :meth:`DraftSaver.flush` writes on the UI thread: screens
call it from ``release_case()``, which the app calls on lock, idle lock and hang-up (SIGHUP),
where the draft must be on disk before the case and the vault close.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from textual.screen import Screen
from textual.timer import Timer

from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.workspace import CaseWorkspace

Body = dict[str, Any]


class DraftSaver:
    """Keeps the draft ``draft_id`` of ``workspace`` up to date with ``body()``."""

    def __init__(
        self,
        owner: Screen[Any],
        workspace: CaseWorkspace,
        draft_id: str,
        body: Callable[[], Body],
        *,
        delay: float = 1.0,
        on_error: Callable[[Exception], None] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        self.owner = owner
        self.workspace = workspace
        self.draft_id = draft_id
        self._body = body
        self.delay = delay
        self._on_error = on_error
        self._on_saved = on_saved
        # Re-entrant: a hang-up handler may flush while the main thread is inside a flush.
        self._lock = threading.RLock()
        self._changes = 0
        self._saved = 0
        self._timer: Timer | None = None
        self._closed = False
        #: How many drafts were written (tests and the status line read it).
        self.writes = 0

    @property
    def dirty(self) -> bool:
        """True when a change has not reached the disk yet."""
        return self._changes != self._saved

    def changed(self) -> None:
        """Something changed: save within ``delay`` seconds."""
        if self._closed or self.workspace.read_only:
            return
        self._changes += 1
        if self._timer is None:
            self._timer = self.owner.set_timer(self.delay, self._due, name="autosave")

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _due(self) -> None:
        self._timer = None
        if self._closed or not self.dirty:
            return
        # Handed over in a list the worker empties: a finished Worker object (which Textual
        # may keep a while) then holds no case text; and a description of our own, as
        # Textual's default is repr() of the arguments.
        job: list[tuple[int, Body]] = [(self._changes, self._body())]
        self.owner.run_worker(
            partial(self._write_reporting, job),
            thread=True,
            group="autosave",
            description="autosave",
            exit_on_error=False,
        )

    def write(self, generation: int, body: Body) -> None:
        """Write ``body`` as the state of change ``generation`` (any thread; blocking)."""
        self._write(generation, body)

    def _write(self, generation: int, body: Body) -> bool:
        """:meth:`write`; False when there was nothing to write (discarded, or a newer save
        has landed already)."""
        with self._lock:
            if self._closed or generation <= self._saved:
                return False
            self.workspace.save_draft(self.draft_id, body)
            self._saved = generation
            self.writes += 1
            return True

    def _write_reporting(self, job: list[tuple[int, Body]]) -> None:
        generation, body = job.pop()
        try:
            wrote = self._write(generation, body)
        except (VaultError, OSError) as exc:
            if self._on_error is not None:
                self.owner.app.call_from_thread(self._on_error, exc)
            return
        if wrote and self._on_saved is not None:
            self.owner.app.call_from_thread(self._on_saved)

    def pending(self) -> tuple[int, Body] | None:
        """What is not saved yet, for :meth:`write` in a worker (UI thread; stops the timer)."""
        self._stop_timer()
        if self._closed or not self.dirty or self.workspace.read_only:
            return None
        return self._changes, self._body()

    def flush(self) -> bool:
        """Save now, on this thread, if anything is unsaved; False (and ``on_error``) if that
        failed. For lock and hang-up only: everywhere else the saving is done in workers."""
        unsaved = self.pending()
        if unsaved is None:
            return True
        try:
            wrote = self._write(*unsaved)
        except (VaultError, OSError) as exc:
            if self._on_error is not None:
                self._on_error(exc)
            return False
        if wrote and self._on_saved is not None:
            self._on_saved()
        return True

    def discard(self) -> None:
        """Delete the draft and stop saving: the work was finished or thrown away (any thread;
        blocking). A save in progress finishes first; none starts after."""
        with self._lock:
            self._closed = True
            self._saved = self._changes
            if not self.workspace.read_only:
                self.workspace.discard_draft(self.draft_id)

    def close(self) -> None:
        """Stop saving without deleting (after a final save). Does not wait for a save that
        is running: that one writes an older state or the same, never a newer one."""
        self._stop_timer()
        self._closed = True
