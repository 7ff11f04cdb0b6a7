"""Figure 11: printing and exporting (issue 15: each under 2 s on this machine).

11a: the whole DesistCards deck (86 cards) as an 8-up PDF with cover, fronts and mirrored
backs; 11b: the case report of a case with 50 reflections (8 factors each, the development
chart of every factor) as PDF; 11c: the same as Markdown. Each is timed in this process from
the data in memory to the bytes (rendering and font subsetting; writing the file is the
sink's few milliseconds), median of several rounds after one warm-up.

    python -m benchmarks.bench_export [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from benchmarks.common import summary
from benchmarks.report import Row, log
from desistkit_tui.core.compat import UTC

GOAL_MS = 2000.0
WHEN = datetime(2026, 12, 7, tzinfo=UTC)


def _rounds(work: Callable[[], object], count: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each round (CPU: this process's own time, which
    the other helpers' load on the 2 shared cores inflates far less than the wall clock)."""
    work()  # warm-up: imports, the font's first parse
    wall, cpu = [], []
    for _ in range(count):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def _case_data(reflections: int) -> Any:
    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.export.case_data import CaseData
    from desistkit_tui.core.history import History
    from desistkit_tui.core.model import Case, FactorEntry, Goal, Reflection, Relevance

    factors = [f.id for f in load_content(user_decks=False).catalogue().factors][:8]
    levels = (Relevance.HIGH, Relevance.SOME, Relevance.NONE)
    made = []
    for n in range(reflections):
        entries = [
            FactorEntry(
                factor,
                levels[(n + k) % 3],
                levels[(n + 2 * k) % 3],
                [f"resource {k}.{i}" for i in range(n % 4 + 1)],
                [f"need {k}.{i}" for i in range(3 - n % 4 if n % 4 < 3 else 0)],
                own_words=f"In my words, reflection {n}, factor {k}.",
                view=f"The caseworker's view on {factor} in reflection {n}.",
            )
            for k, factor in enumerate(factors)
        ]
        day = date(2026, 12, 7) - timedelta(days=7 * (reflections - n))
        made.append(Reflection(f"r{n:03d}", day, entries, created=WHEN - timedelta(days=n)))
    case = Case("0" * 16, "K-BENCH-50", language="pl")
    case = case.with_goal(Goal("g1", "A goal", "In my words", created=date(2026, 1, 1)))
    return CaseData(case, History(reflections=made))


def figure(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.export.cards import PrintOptions, print_deck
    from desistkit_tui.core.export.case_report import ReportOptions, case_report
    from desistkit_tui.core.export.markdown import render_markdown
    from desistkit_tui.core.export.pdf import render_pdf
    from desistkit_tui.core.i18n import Localizer

    rounds = 3 if getattr(args, "quick", False) else 7
    content = load_content(user_decks=False)
    deck = content.deck()
    loc = Localizer.create("en", content)
    log(f"11a the whole deck ({len(deck.cards)} cards), 8-up, {rounds} rounds")
    deck_ms = _rounds(lambda: print_deck(loc, deck, PrintOptions("en"), WHEN), rounds)
    data = _case_data(50)
    log(f"11b/c a case report, 50 reflections, {rounds} rounds")
    report_pdf = _rounds(lambda: render_pdf(case_report(loc, data, ReportOptions(), WHEN)), rounds)
    report_md = _rounds(
        lambda: render_markdown(case_report(loc, data, ReportOptions(), WHEN)), rounds
    )
    raw["11"] = {"deck": deck_ms, "report_pdf": report_pdf, "report_md": report_md}
    rows = []
    for key, label, (wall, cpu) in (
        ("11a", f"print the deck, {len(deck.cards)} cards 8-up → PDF", deck_ms),
        ("11b", "case report, 50 reflections → PDF", report_pdf),
        ("11c", "case report, 50 reflections → Markdown", report_md),
    ):
        stats = summary(wall)
        rows.append(Row(key, label, stats, "ms", "< 2 s", stats["median"] < GOAL_MS))
        cpu_stats = summary(cpu)
        rows.append(
            Row(
                f"{key}'",
                "  the same, CPU time",
                cpu_stats,
                "ms",
                "< 2 s",
                cpu_stats["median"] < GOAL_MS,
            )
        )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return rows, [f"11 in-process, {rounds} rounds after a warm-up; load average {load}"]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_export")
    parser.add_argument("--quick", action="store_true")
    rows, lines = figure(parser.parse_args(argv), {})
    for row in rows:
        print(" | ".join(row.cells()))
    for line in lines:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
