"""Figure 5: peak memory (RSS) of a process that unlocks the 1,000-case vault and shows the list.

Modes (one per process; the orchestrator reads the child's ``ru_maxrss`` from ``wait4`` and
the child also reports its own ``VmHWM``):

``tui small``
    The real app under Pilot, headless, 80x24: passphrase typed, Enter, the list of 1,000 rows
    painted. The slot it opens has the small test KDF (``KdfParams(1, 1, 64)``).
``tui real``
    The same, opening the vault's second slot, which has the *default* Argon2id parameters
    (``KdfParams()``: 19 MiB, 64 passes, 4 lanes): what a caseworker's unlock costs. The
    whole-process peak, the derivation included, is figure 5b. Argon2id's memory lives only
    while the key is derived, so the peak *outside* the derivation is reported as well (5d):
    VmHWM just before the first derivation, and VmHWM again from the end of the last one
    (reset by writing 5 to ``/proc/self/clear_refs``, which resets ``ru_maxrss`` too: the
    whole-process peak is therefore taken from the child's own readings) to the painted list.
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

from benchmarks.common import (
    CASES,
    PASSPHRASE,
    REAL_KDF_PASSPHRASE,
    REAL_SLOT_LABEL,
    SLOT_LABEL,
    emit,
    instrument,
    peak_rss_kib,
)


def current_rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def reset_peak() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux); False if that is not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return False
    return True


class KdfPeaks:
    """Wraps ``KdfParams.derive``: VmHWM before the first derivation, the highest VmHWM at the
    end of one, and the VmHWM reset after each (so a later reading excludes the derivation)."""

    def __init__(self) -> None:
        from desistkit_tui.core.vault.kdf import KdfParams
        from desistkit_tui.core.vault.secret import Secret

        self.before_kib: int | None = None
        self.during_kib = 0
        self.resets_ok = True
        original = KdfParams.derive
        peaks = self

        def derive(params: KdfParams, secret: Secret, salt: bytes) -> Secret:
            if peaks.before_kib is None:
                peaks.before_kib = peak_rss_kib()
            try:
                return original(params, secret, salt)
            finally:
                peaks.during_kib = max(peaks.during_kib, peak_rss_kib())
                peaks.resets_ok = reset_peak() and peaks.resets_ok

        instrument(KdfParams, "derive", derive)


async def _tui(which: str) -> dict[str, Any]:
    from benchmarks.tui import Frames, make_app, unlock_in_pilot

    passphrase = REAL_KDF_PASSPHRASE if which == "real" else PASSPHRASE
    peaks = KdfPeaks() if which == "real" else None
    # The slot is named: the one this account used last would be tried alone (issue 17)
    app = make_app(unlock_slot=REAL_SLOT_LABEL if which == "real" else SLOT_LABEL)
    frames = Frames(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before_unlock = peak_rss_kib()
        start = time.perf_counter()
        await unlock_in_pilot(app, pilot, frames, passphrase, CASES)
        unlocked_s = time.perf_counter() - start
        result: dict[str, Any] = {
            "hwm_kib": peak_rss_kib(),
            "rss_after_kib": current_rss_kib(),
            "hwm_unlock_screen_kib": before_unlock,
            "unlock_to_list_s": unlocked_s,
            "slot": app.vault.slot.label if app.vault else None,
        }
        if peaks is not None:
            after = peak_rss_kib()  # since the reset at the end of the last derivation
            before = peaks.before_kib or 0
            result.update(
                {
                    "hwm_before_kdf_kib": before,
                    "hwm_during_kdf_kib": peaks.during_kib,
                    "hwm_after_kdf_kib": after,
                    "peak_outside_kdf_kib": max(before, after),
                    "peak_whole_kib": max(before, peaks.during_kib, after),
                    "reset_ok": peaks.resets_ok,
                }
            )
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
