"""Figure 6: on a real pty, through ttyprobe (as a caseworker over SSH would see it).

``start``: time to first paint of the unlock screen (spawn → "Passphrase" on screen) against the
minimal Textual app (Header, Footer, 1,000-row DataTable; spawn → "item-0001"), launched
alternately, one run each per round, so drift on the shared machine hits both alike.

``keys``: bytes written to the terminal per cursor move (``down``) in our case list against
the baseline's DataTable. Ours first types the passphrase and Enter on the unlock screen;
only the ``down`` keys count.

ttyprobe is referenced where it lives (``DESISTKIT_TTYPROBE`` overrides the path) and run with
the project venv's Python; it is never copied into the project.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

from benchmarks.common import (
    PASSPHRASE,
    REAL_KDF_PASSPHRASE,
    REAL_SLOT_LABEL,
    REPO,
    VAULT,
    baseline_app_path,
    python,
    ttyprobe_path,
    venv_bin,
)

BASE_MARKER = "item-0001"
OUR_MARKER = "Passphrase"
SETTLE_MS = "300"


def available() -> str | None:
    """Why the pty figures cannot run (None if they can)."""
    if not ttyprobe_path().is_file():
        return f"ttyprobe not found at {ttyprobe_path()} (set DESISTKIT_TTYPROBE)"
    if not baseline_app_path().is_file():
        return f"baseline app not found at {baseline_app_path()} (set DESISTKIT_BASELINE_APP)"
    return None


def baseline_cmd() -> list[str]:
    return [python(), str(baseline_app_path())]


def our_cmd() -> list[str]:
    return [str(venv_bin("desistkit")), "--vault", str(VAULT)]


def probe(mode: str, marker: str, cmd: list[str], *extra: str, runs: int = 1) -> dict[str, Any]:
    args = [python(), str(ttyprobe_path()), mode, "--json", "--runs", str(runs)]
    args += ["--marker", marker, "--settle", SETTLE_MS, *extra, "--", *cmd]
    proc = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=300)
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except ValueError:
        raise RuntimeError(f"ttyprobe failed ({proc.returncode}): {proc.stderr[-800:]}") from None
    if result.get("ok_runs") != result.get("runs"):
        raise RuntimeError(f"ttyprobe: marker {marker!r} not seen: {proc.stderr[-800:]}")
    return result


def start(rounds: int) -> dict[str, Any]:
    base: list[dict[str, Any]] = []
    ours: list[dict[str, Any]] = []
    for i in range(rounds):
        # alternate who goes first, so neither always runs right after the other
        order = [("base", BASE_MARKER, baseline_cmd()), ("ours", OUR_MARKER, our_cmd())]
        for name, marker, cmd in order if i % 2 == 0 else order[::-1]:
            run = probe("start", marker, cmd)["results"][0]
            (base if name == "base" else ours).append(run)
    fields = ("time_s", "first_byte_s", "bytes", "settled_bytes", "peak_rss_kib")
    out: dict[str, Any] = {
        "base": {f: [r[f] for r in base] for f in fields},
        "ours": {f: [r[f] for r in ours] for f in fields},
    }
    out["ratios"] = [o["time_s"] / b["time_s"] for o, b in zip(ours, base, strict=True)]
    out["ratio_of_medians"] = statistics.median(out["ours"]["time_s"]) / statistics.median(
        out["base"]["time_s"]
    )
    return out


def keys(rounds: int, moves: int) -> dict[str, Any]:
    base_down: list[int] = []
    ours_down: list[int] = []
    ours_peak: list[int] = []
    real_peak: list[int] = []
    base_latency: list[float] = []
    ours_latency: list[float] = []
    enter_ms: list[float] = []
    for _ in range(rounds):
        b = probe("keys", BASE_MARKER, baseline_cmd(), "--keys", f"down*{moves}")["results"][0]
        o = probe("keys", OUR_MARKER, our_cmd(), "--keys", f"{PASSPHRASE},enter,down*{moves}")[
            "results"
        ][0]
        for run, sink, lat in ((b, base_down, base_latency), (o, ours_down, ours_latency)):
            downs = [k for k in run["keys"] if k["key"] == "down"]
            sink.extend(k["bytes"] for k in downs)
            lat.extend(k["latency_ms"] for k in downs if k["latency_ms"] is not None)
        ours_peak.append(o["peak_rss_kib"])
        # The same on the slot with the default Argon2id parameters: the whole-process peak
        # (VmHWM is a high-water mark, so the derivation is in it) as a caseworker's unlock.
        # The slot is named: the one this account used last would be tried alone (issue 17)
        real_cmd = [*our_cmd(), "--slot", REAL_SLOT_LABEL]
        real = probe("keys", OUR_MARKER, real_cmd, "--keys", f"{REAL_KDF_PASSPHRASE},enter,down*2")
        real_peak.append(real["results"][0]["peak_rss_kib"])
        enter_ms.extend(k["latency_ms"] for k in o["keys"] if k["key"] == "enter")
    return {
        "base_bytes": base_down,
        "ours_bytes": ours_down,
        "base_latency_ms": base_latency,
        "ours_latency_ms": ours_latency,
        "ours_peak_rss_kib": ours_peak,
        "ours_real_kdf_peak_rss_kib": real_peak,
        "ours_enter_ms": enter_ms,
    }


def main() -> None:
    from benchmarks.common import emit

    why = available()
    if why:
        emit({"skipped": why})
        return
    what = sys.argv[1]
    if what == "start":
        emit(start(int(sys.argv[2]) if len(sys.argv) > 2 else 7))
    elif what == "keys":
        rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
        emit(keys(rounds, 10))
    else:
        raise SystemExit("what: start [rounds] | keys [rounds]")


if __name__ == "__main__":
    main()
