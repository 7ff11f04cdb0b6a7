"""How long the UI thread was blocked: gaps between ticks on the app's event loop, the part of
them the thread waited for a CPU other processes had (garbage collections are logged by
:class:`benchmarks.common.GcLog`).

:class:`LoopWatch` runs a task on the app's own loop that wakes every :data:`TICK` seconds and
notes the time; the gap between two ticks is the longest the loop could not run anything then
(a key pressed in it would have waited that long). Nothing of the app is patched for it.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time

#: The loop watch's period (s): a gap much longer than this is time the loop was blocked.
TICK = 0.002


class LoopWatch:
    """Ticks of a task on the app's event loop; a long gap is a blocked UI thread.

    Each tick also notes how long the UI thread has waited, runnable, for a CPU
    (``/proc/thread-self/schedstat``): on a machine shared with other work, a gap can be time
    the operating system gave to other processes, not time the app was busy. Waiting for the
    GIL is not such a wait (the thread sleeps): a worker holding it counts as the app's own.
    """

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.waited: list[float] = []  # ms, cumulative, at each tick
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        try:
            fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            fd = -1
        try:
            while True:
                self.ticks.append(time.perf_counter())
                self.waited.append(_run_delay_ms(fd))
                await asyncio.sleep(TICK)
        finally:
            if fd >= 0:
                os.close(fd)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def longest(self, start: float, end: float) -> tuple[float, float]:
        """The longest gap overlapping [start, end]: its first and last tick."""
        pairs = [(a, b) for a, b in itertools.pairwise(self.ticks) if b > start and a < end]
        return max(pairs, key=lambda p: p[1] - p[0], default=(start, start))

    def gaps(self, start: float, end: float, *, own: bool = False) -> list[float]:
        """Gaps (ms) between consecutive ticks that overlap [start, end], longest first; with
        ``own``, less the time the UI thread waited for a CPU within each gap."""
        found = [
            (b - a) * 1000 - ((wb - wa) if own else 0.0)
            for (a, wa), (b, wb) in itertools.pairwise(zip(self.ticks, self.waited, strict=True))
            if b > start and a < end
        ]
        return sorted(found, reverse=True)


def _run_delay_ms(fd: int) -> float:
    """This thread's total wait for a CPU so far (ms; 0 where /proc does not say)."""
    if fd < 0:
        return 0.0
    try:
        return int(os.pread(fd, 128, 0).split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0
