"""The benchmark table: one row per figure, printed the same way by every figure module."""

from __future__ import annotations

import sys
import time
from typing import Any


class Row:
    """One line of the table."""

    def __init__(
        self,
        key: str,
        label: str,
        stats: dict[str, float] | None,
        unit: str,
        goal: str = "",
        ok: bool | None = None,
        note: str = "",
    ) -> None:
        self.key, self.label, self.stats, self.unit = key, label, stats or {}, unit
        self.goal, self.ok, self.note = goal, ok, note

    def cells(self) -> list[str]:
        s = self.stats

        def fmt(v: float | None) -> str:
            if v is None:
                return "-"
            if self.unit == "x":
                return f"{v:.2f}x"
            if self.unit == "ms":
                return f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"
            if self.unit == "MiB":
                return f"{v:.1f} MiB"
            if self.unit == "s":
                return f"{v:.1f} s"
            if self.unit == "B":
                return f"{v:.0f} B"
            return f"{v:g}"

        verdict = "" if self.ok is None else ("PASS" if self.ok else "OVER")
        if self.note and not s:
            return [self.key, self.label, self.note, "", "", "", self.goal, verdict or "SKIP"]
        n = s.get("n")
        return [
            self.key,
            self.label,
            fmt(s.get("median")),
            fmt(s.get("min")),
            fmt(s.get("max")),
            "" if n is None else str(int(n)),
            self.goal,
            verdict,
        ]


def log(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def table(rows: list[Any]) -> str:
    head = ["#", "figure", "median", "min", "max", "n", "goal", "result"]
    cells = [head] + [r.cells() for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    right = {2, 3, 4, 5}

    def line(c: list[str]) -> str:
        return "  ".join(
            (v.rjust(w) if i in right else v.ljust(w))
            for i, (v, w) in enumerate(zip(c, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(head), rule, *(line(c) for c in cells[1:])])
