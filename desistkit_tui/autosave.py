"""Autosave of one draft: at most ``delay`` seconds after a change, written off the UI thread.

A screen that edits something worth keeping (a reflection, a card session) owns a
:class:`DraftSaver`. It calls :meth:`DraftSaver.changed` on every edit; the first change
starts a timer (it is *not* restarted by later changes, so steady typing still saves every
``delay`` seconds). When it fires, the body is taken on the UI thread — a snapshot, cheap — and
encrypted and written in a worker thread, so no keystroke waits for the disk.
:meth:`DraftSaver.flush` saves synchronously; screens call it when they are left, and from
``release_case()``, which the app calls on lock, idle lock and hang-up (SIGHUP).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from textual.screen import Screen
from textual.timer import Timer

from desistkit_tui.core.errors import VaultError
from desistkit_tui.core.vault.cases import CaseHandle

Body = dict[str, Any]


class DraftSaver:
    """Keeps the draft ``draft_id`` of ``handle`` up to date with ``body()``."""

    def __init__(
        self,
        owner: Screen[Any],
        handle: CaseHandle,
        draft_id: str,
        body: Callable[[], Body],
        *,
        delay: float = 1.0,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self.owner = owner
        self.handle = handle
        self.draft_id = draft_id
        self._body = body
        self.delay = delay
        self._on_error = on_error
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
        if self._closed or self.handle.read_only:
            return
        self._changes += 1
        if self._timer is None:
            self._timer = self.owner.set_timer(self.delay, self._due, name="autosave")

    def _due(self) -> None:
        self._timer = None
        if self._closed or not self.dirty:
            return
        generation, body = self._changes, self._body()
        self.owner.run_worker(
            partial(self._write_reporting, generation, body),
            thread=True,
            group="autosave",
            exit_on_error=False,
        )

    def _write(self, generation: int, body: Body) -> None:
        with self._lock:
            if self._closed or generation <= self._saved:
                return  # discarded, or a newer save has landed already
            self.handle.save_draft(self.draft_id, body)
            self._saved = generation
            self.writes += 1

    def _write_reporting(self, generation: int, body: Body) -> None:
        try:
            self._write(generation, body)
        except (VaultError, OSError) as exc:
            if self._on_error is not None:
                self.owner.app.call_from_thread(self._on_error, exc)

    def flush(self) -> bool:
        """Save now if anything is unsaved; False (and ``on_error``) if that failed."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._closed or not self.dirty or self.handle.read_only:
            return True
        try:
            self._write(self._changes, self._body())
        except (VaultError, OSError) as exc:
            if self._on_error is not None:
                self._on_error(exc)
            return False
        return True

    def discard(self) -> None:
        """Delete the draft and stop saving (the work was finished or thrown away)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        with self._lock:
            self._closed = True
            self._saved = self._changes
            if not self.handle.read_only:
                self.handle.discard_draft(self.draft_id)

    def close(self) -> None:
        """Stop saving without deleting (after a final flush)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        with self._lock:
            self._closed = True
