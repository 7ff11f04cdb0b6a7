"""The garbage collector held back while a screen waits for a worker and draws what it brought.

Opening a long case makes tens of thousands of objects (500 reflections: ~15,000 in the worker,
more in the widgets), and the collector ran ~35 times meanwhile, now and then a full collection
of 70 ms, all between the key press and the overview painted (issue 17, figure 12i). Paused, it
collects the same objects once it resumes, after the paint: later, not less. A pause ends at
the latest when the screen goes; it is never taken when the collector was off already (the
start-up keeps it off while the app is built: ``cli.start_up``).
"""

from __future__ import annotations

import gc


class CollectorPause:
    """One screen's pause of the garbage collector (at most one at a time)."""

    def __init__(self) -> None:
        self._paused = False

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        """Stop automatic collections, if they run (a second pause does nothing)."""
        if gc.isenabled() and not self._paused:
            gc.disable()
            self._paused = True

    def resume(self) -> None:
        """Collect automatically again, if this pause stopped it (more calls do nothing)."""
        if self._paused:
            self._paused = False
            gc.enable()
