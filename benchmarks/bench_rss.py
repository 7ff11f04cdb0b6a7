"""Figure 5: peak memory (RSS) of a process that unlocks the 1,000-case vault and shows the list.

Modes (one per process; the orchestrator reads the child's ``ru_maxrss`` from ``wait4`` and
the child also reports its own ``VmHWM``):

``tui small``
    The real app under Pilot, headless, 80x24: passphrase typed, Enter, the list of 1,000 rows
    painted. The slot it opens has the small test KDF (``KdfParams(1, 1, 64)``).
``tui real``
    The same, opening the vault's second slot, which has the *default* Argon2id parameters
    (``KdfParams()``: 64 MiB, 4 passes, 4 lanes): what a caseworker's unlock costs.
``kdf``
    A bare process: VmHWM before and after one ``KdfParams().derive`` (the extra RSS of the
    default Argon2id parameters on their own).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from benchmarks.common import CASES, PASSPHRASE, REAL_KDF_PASSPHRASE, emit, peak_rss_kib


def current_rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def _tui(which: str) -> dict[str, Any]:
    from benchmarks.tui import Frames, make_app, unlock_in_pilot

    passphrase = REAL_KDF_PASSPHRASE if which == "real" else PASSPHRASE
    app = make_app()
    frames = Frames(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before_unlock = peak_rss_kib()
        start = time.perf_counter()
        await unlock_in_pilot(app, pilot, frames, passphrase, CASES)
        unlocked_s = time.perf_counter() - start
        result = {
            "hwm_kib": peak_rss_kib(),
            "rss_after_kib": current_rss_kib(),
            "hwm_unlock_screen_kib": before_unlock,
            "unlock_to_list_s": unlocked_s,
            "slot": app.vault.slot.label if app.vault else None,
        }
        await pilot.press("ctrl+q")
    return result


def _kdf() -> dict[str, Any]:
    from desistkit_tui.core.vault.keys import SALT_SIZE, KdfParams
    from desistkit_tui.core.vault.secret import Secret

    params = KdfParams()
    KdfParams(1, 1, 64).derive(Secret(b"warm"), os.urandom(SALT_SIZE)).wipe()
    before = peak_rss_kib()
    start = time.perf_counter()
    params.derive(Secret(b"probe"), os.urandom(SALT_SIZE)).wipe()
    seconds = time.perf_counter() - start
    after = peak_rss_kib()
    return {
        "hwm_before_kib": before,
        "hwm_after_kib": after,
        "extra_kib": after - before,
        "rss_after_kib": current_rss_kib(),
        "derive_s": seconds,
        "params": {
            "iterations": params.iterations,
            "lanes": params.lanes,
            "memory_kib": params.memory_kib,
        },
    }


def main() -> None:
    what = sys.argv[1]
    if what == "tui":
        emit(asyncio.run(_tui(sys.argv[2])))
    elif what == "kdf":
        emit(_kdf())
    else:
        raise SystemExit("what: tui small|real, or kdf")


if __name__ == "__main__":
    main()
