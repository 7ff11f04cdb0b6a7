"""Figure 7: ``desistkit --help`` against the ``--help`` of a minimal two-command Typer app.

Wall time of whole processes (interpreter start included), both in the project venv, run
alternately (ours, reference, ours, …) after two untimed warm-up runs each, so the page cache
and ``.pyc`` files are warm for both. Also: which modules ``import desistkit_tui.cli`` pulls in,
from ``python -X importtime`` (Textual must not be among them).
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

from benchmarks.common import HERE, REPO, emit, python, venv_bin

WATCH = ("textual", "cryptography", "desistkit_tui.core.i18n", "fluent", "babel", "rich")


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited {proc.returncode}: {proc.stderr[-400:]!r}")
    return elapsed


def imported_modules(statement: str) -> tuple[list[str], int]:
    """Modules imported by ``statement`` and its cumulative import time (µs, top level)."""
    proc = subprocess.run(
        [python(), "-X", "importtime", "-c", statement],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    names: list[str] = []
    top = 0
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _self, cumulative, name = (part.strip() for part in line[12:].split("|"))
        if not cumulative.isdigit():
            continue  # the header line
        names.append(name)
        if not line.split("|")[2].startswith("  "):  # a top-level import of the statement
            top += int(cumulative)
    return names, top


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    ours = [str(venv_bin("desistkit")), "--help"]
    ref = [python(), str(HERE / "ref_typer_app.py"), "--help"]
    for _ in range(2):
        _wall(ours)
        _wall(ref)
    ours_ms: list[float] = []
    ref_ms: list[float] = []
    for i in range(runs):
        pair = [(ours, ours_ms), (ref, ref_ms)]
        for cmd, sink in pair if i % 2 == 0 else pair[::-1]:
            sink.append(_wall(cmd))
    names, cli_us = imported_modules("import desistkit_tui.cli")
    _, typer_us = imported_modules("import typer")
    result: dict[str, Any] = {
        "ours_ms": ours_ms,
        "ref_ms": ref_ms,
        "imports_textual": any(n == "textual" or n.startswith("textual.") for n in names),
        "watched": {w: any(n == w or n.startswith(w + ".") for n in names) for w in WATCH},
        "modules": len(names),
        "cli_import_ms": cli_us / 1000,
        "typer_import_ms": typer_us / 1000,
    }
    emit(result)


if __name__ == "__main__":
    main()
