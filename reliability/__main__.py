"""``python -m reliability [--quick | --full] [--only NAME,...] [--seed N] [--json FILE]``.

Runs the targets in a private temp folder (on tmpfs when there is one: the suite fsyncs tens
of thousands of times, and durability is modelled, not measured), prints one table and the
failure classes with a reproduction each. Exit status 1 when any try failed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from reliability.harness import Context, Level, TargetResult, isolate_environment

#: Target modules in the order of the table (the names ``--only`` takes).
TARGETS = {
    "tamper": "reliability.tamper",
    "headers": "reliability.headers",
    "kill": "reliability.kill",
    "ioerrors": "reliability.ioerrors",
    "concurrency": "reliability.concurrency",
    "render": "reliability.render",
    "fuzz": "reliability.fuzz",
    "plaintext": "reliability.plaintext",
}


def run_target(name: str, ctx: Context) -> TargetResult:
    """Run one target (by its ``--only`` name) and time it."""
    module = importlib.import_module(TARGETS[name])
    started = time.monotonic()
    result: TargetResult = module.run(ctx)
    result.seconds = time.monotonic() - started
    return result


def table(results: list[TargetResult]) -> str:
    """The one table, then each failure class with its reason and a reproduction."""
    rows = [("target", "tries", "held", "failed", "seconds")]
    rows += [
        (r.name, str(r.tries), str(r.held), str(r.failed), f"{r.seconds:.0f}") for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append(" | ".join(cells))
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    for r in results:
        if r.failures:
            lines.append("")
            lines.append(f"{r.name}: failure classes")
        for f in sorted(r.failures.values(), key=lambda f: -f.count):
            lines.append(f"  [{f.count}] {f.key}: {f.reason}")
            lines.append(f"      repro: {f.repro}")
    for r in results:
        for note in r.notes:
            lines.append(f"note ({r.name}): {note}")
    return "\n".join(lines)


def _work_folder() -> Path:
    shm = Path("/dev/shm")
    base = shm if shm.is_dir() and shutil.disk_usage(shm).free > 2 << 30 else None
    return Path(tempfile.mkdtemp(prefix="desistkit-reliability-", dir=base))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability", description=__doc__)
    level = parser.add_mutually_exclusive_group()
    level.add_argument("--quick", action="store_true", help="the fast subset (CI)")
    level.add_argument("--full", action="store_true", help="every bit of every file, more tries")
    parser.add_argument("--only", default="", help=f"comma-separated: {','.join(TARGETS)}")
    parser.add_argument("--seed", type=int, default=13, help="seed of every random choice")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        parser.error(f"unknown target(s): {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    chosen: Level = "quick" if args.quick else "full" if args.full else "default"
    work = _work_folder()
    isolate_environment(work)
    ctx = Context(chosen, args.seed, work)
    results: list[TargetResult] = []
    try:
        for name in names:
            print(f"… {name}", file=sys.stderr, flush=True)
            results.append(run_target(name, ctx))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results))
    if args.json:
        report = {"level": chosen, "seed": args.seed, "targets": [r.to_json() for r in results]}
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    return 1 if any(r.failed for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
