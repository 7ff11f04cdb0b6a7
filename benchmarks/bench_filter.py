"""Figure 3: filter the case list, per keystroke.

The real app under Pilot at 80x24, unlocked, the case list showing 1,000 rows and the filter
field focused (as after unlock). Each key is pressed with ``pilot.press``; its latency is from
just before the press to the last frame painted for it (the list updated: its row count is
checked against the rows' own matching for the same text). Then, separately, the synchronous
cost of ``CasesScreen.apply_filter(text)`` called directly after an empty filter, so
nothing earlier texts found is reused (rows matched and handed to the list; no paint), and the pure matching (``CaseRow.matches`` over the 1,000 rows) alone.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from benchmarks.common import CASES, PASSPHRASE, emit

#: Typed into the filter: narrowing, widening back to all 1,000, and a status word.
KEYS = [
    *"b-004",
    *["backspace"] * 5,
    *"clo",
    *["backspace"] * 3,
    *"b-12",
    *["backspace"] * 4,
    *"paus",
    *["backspace"] * 4,
    *"9",
    "backspace",
]
#: For the direct apply_filter calls: all rows, most rows, a few rows, none.
NEEDLES = ["", "b-0", "closed", "b-004", "zzz"]
DIRECT_REPEATS = 7


def _text_after(text: str, key: str) -> str:
    return text[:-1] if key == "backspace" else text + key


def _count(rows: list[Any], text: str) -> int:
    """How many rows the filter ``text`` should leave (the rows' own matching)."""
    words = text.casefold().split()
    return sum(1 for r in rows if r.matches(words)) if words else len(rows)


async def _run() -> dict[str, Any]:
    from textual.widgets import Input

    from benchmarks.tui import Frames, case_list, make_app, probes, settle, unlock_in_pilot

    probe = probes()  # a handful of wrapped calls per keystroke: negligible overhead
    app = make_app()
    frames = Frames(app)
    keys: list[dict[str, Any]] = []
    direct: dict[str, list[float]] = {}
    pure: dict[str, list[float]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock_in_pilot(app, pilot, frames, PASSPHRASE, CASES)
        from desistkit_tui.screens.cases import CasesScreen  # loaded by the unlock

        screen = app.screen
        assert isinstance(screen, CasesScreen), "the case list should follow the unlock"
        field = screen.query_one("#filter", Input)
        assert app.focused is field, "the filter field should have the focus after unlock"
        rows = list(screen.rows)
        text = ""
        for key in KEYS:
            text = _text_after(text, key)
            expected = _count(rows, text)
            probe.reset()
            start = time.perf_counter()
            await pilot.press(key)

            def filtered(text: str = text, expected: int = expected) -> bool:
                widget = case_list(app)
                return field.value == text and widget is not None and widget.row_count == expected

            await settle(pilot, filtered)
            painted = frames.last_after(start)
            keys.append(
                {
                    "key": key,
                    "text": text,
                    "rows": expected,
                    "ms": ((painted or time.perf_counter()) - start) * 1000,
                    "painted": painted is not None,
                    "probes_ms": dict(probe.ms),
                }
            )
        for needle in NEEDLES:
            for _ in range(DIRECT_REPEATS):
                screen.apply_filter("")  # forgets what earlier texts found: a first search
                start = time.perf_counter()
                screen.apply_filter(needle)
                direct.setdefault(needle, []).append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                words = needle.casefold().split()
                shown = [r for r in rows if r.matches(words)] if words else rows
                pure.setdefault(needle, []).append((time.perf_counter() - start) * 1000)
            await pilot.pause()
            del shown
        await pilot.press("ctrl+q")
    return {
        "keys": keys,
        "direct_ms": {k: statistics.median(v) for k, v in direct.items()},
        "direct_all_ms": direct,
        "pure_ms": {k: statistics.median(v) for k, v in pure.items()},
        "rows": {n: _count(rows, n) for n in NEEDLES},
    }


def main() -> None:
    emit(asyncio.run(_run()))


if __name__ == "__main__":
    main()
