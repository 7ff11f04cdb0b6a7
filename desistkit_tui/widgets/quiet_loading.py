"""The loading indicator every busy part of a screen shows (``widget.loading = True``).

Textual's :class:`LoadingIndicator`, drawn four times a second instead of sixteen: each frame
repaints its region, which costs the process CPU that the work it waits for could use (a case
index rebuilt at 10,000 cases keeps both cores busy for about a second; issue 17) and sends
bytes down a slow SSH link. Four frames a second still show that something is moving.
"""

from __future__ import annotations

from textual.widgets import LoadingIndicator

#: Frames per second of the animation.
FRAMES_PER_SECOND = 4


class QuietLoading(LoadingIndicator):
    """A :class:`LoadingIndicator` that repaints :data:`FRAMES_PER_SECOND` times a second."""

    def on_mount(self) -> None:
        # Later: LoadingIndicator's own mount handler, which sets 1/16, runs after this one.
        self.call_later(self._slow_down)

    def _slow_down(self) -> None:
        self.auto_refresh = 1 / FRAMES_PER_SECOND
