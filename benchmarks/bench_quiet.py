"""Scale figure (``bench_scale.py``): bytes on the link, on a pty as an SSH client sees them.

Measured with ttyprobe (``/work/shared/tools/ttyprobe.py``, run, never copied; see
``common.ttyprobe_path``) on the benchmark vault of ``DESISTKIT_BENCH_CASES`` cases:

``idle``
    **Idle bytes per second**: ttyprobe ``keys`` with ``--settle IDLE_SETTLE_MS``; after the
    screen is reached, ``f11`` (bound to nothing) is sent and every byte until the output has
    been quiet for the settle time, or ``IDLE_LIMIT_S`` is over, is counted. A quiet app sends
    0 bytes in that window; a blinking cursor keeps it open to the limit. Per second: the bytes
    over the window (the limit, or last byte + settle time). On the unlock screen, on the case
    list (after the passphrase and Enter), and for the reference app (``baseline_app.py``).
``letters``
    **Bytes per letter typed** in a reflection field: passphrase, Enter, Enter (the newest case
    opens), F5, Ctrl+S (a reflection starts), Tab x3 (the first text field of the first factor),
    then ``LETTERS`` letters, each read until quiet (``--settle 300``), in a copy of figure 8's
    one-case vault (``reflection_vault.scratch_vault``: the typing autosaves a draft). Reference: one cursor
    move (``down``) in ``baseline_app.py``'s DataTable, the same way.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import (
    PASSPHRASE,
    REPO,
    VAULT,
    baseline_app_path,
    emit,
    python,
    ttyprobe_path,
    venv_bin,
)

IDLE_SETTLE_MS = 2500
IDLE_LIMIT_S = 8.0
LETTERS = "reflection"
OUR_MARKER = "Passphrase"
BASE_MARKER = "item-0001"


def _probe(marker: str, cmd: list[str], keys: str, settle_ms: int, limit_s: float) -> Any:
    args = [python(), str(ttyprobe_path()), "keys", "--json", "--runs", "1", "--marker", marker]
    args += ["--settle", str(settle_ms), "--timeout", str(limit_s), "--keys", keys, "--", *cmd]
    proc = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=600)
    try:
        result = json.loads(proc.stdout)
    except ValueError:
        raise RuntimeError(f"ttyprobe failed ({proc.returncode}): {proc.stderr[-800:]}") from None
    run = result["results"][0]
    if not run.get("ok"):
        raise RuntimeError(f"ttyprobe: marker {marker!r} not seen or keys failed")
    return run["keys"]


def _ours(vault: Path = VAULT) -> list[str]:
    return [str(venv_bin("desistkit")), "--vault", str(vault)]


def _base() -> list[str]:
    return [python(), str(baseline_app_path())]


def _rate(key: dict[str, Any]) -> float:
    """Bytes per second over the idle window of one key."""
    if not key["bytes"]:
        return 0.0
    last = (key["latency_ms"] or 0.0) / 1000
    window = min(IDLE_LIMIT_S, last + IDLE_SETTLE_MS / 1000)
    return float(key["bytes"]) / window


def idle() -> dict[str, Any]:
    unlock = _probe(OUR_MARKER, _ours(), "f11", IDLE_SETTLE_MS, IDLE_LIMIT_S)
    cases = _probe(OUR_MARKER, _ours(), f"{PASSPHRASE},enter,f11", IDLE_SETTLE_MS, IDLE_LIMIT_S)
    base = _probe(BASE_MARKER, _base(), "f11", IDLE_SETTLE_MS, IDLE_LIMIT_S)
    return {
        "unlock_bps": _rate(unlock[-1]),
        "cases_bps": _rate(cases[-1]),
        "base_bps": _rate(base[-1]),
        "raw": {"unlock": unlock[-1], "cases": cases[-1], "base": base[-1]},
    }


def letters() -> dict[str, Any]:
    from benchmarks.reflection_vault import scratch_vault

    # f11 is bound to nothing: each one waits until the screen is quiet (the next step's
    # screen has loaded) before the next key goes out.
    keys = f"{PASSPHRASE},enter,f11*8,enter,f11*8,f5,f11*6,ctrl+s,f11*8,tab*3,f11*2," + ",".join(
        LETTERS
    )
    with scratch_vault() as vault:  # the typing leaves a draft: in a copy, every time
        ours = _probe(OUR_MARKER, _ours(vault), keys, 300, 8.0)
    typed = [k for k in ours[-len(LETTERS) :]]
    base = _probe(BASE_MARKER, _base(), "down*10", 300, 8.0)
    return {
        "letter_bytes": [k["bytes"] for k in typed],
        "letter_latency_ms": [k["latency_ms"] for k in typed],
        "base_move_bytes": [k["bytes"] for k in base],
        "letter_median": statistics.median(k["bytes"] for k in typed),
        "letter_mean": statistics.fmean(k["bytes"] for k in typed),
    }


def main() -> None:
    if not ttyprobe_path().is_file():
        emit({"skipped": f"no ttyprobe at {ttyprobe_path()}"})
        return
    what = sys.argv[1]
    if what == "idle":
        emit(idle())
    elif what == "letters":
        emit(letters())
    else:
        raise SystemExit("what: idle | letters")


if __name__ == "__main__":
    main()
