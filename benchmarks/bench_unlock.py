"""Figure 2: unlock → case list ready, the key derivation excluded.

One measurement per process (the orchestrator repeats the process):

``core warm|rebuild``
    ``Vault.unlock`` (minus the time inside Argon2id) + ``vault.summaries()`` + sorting and
    building the 1,000 list rows with ``desistkit_tui.screens.cases.build_rows``, the function
    ``CasesScreen.reload`` uses (without the widget; since the rows are made as they are
    drawn, that is the hint pass and the column widths the list asks for). ``rebuild`` deletes the index first
    (``index/``, and ``index.toml.enc`` of schema 4), so it is rebuilt from the 1,000 case files
    (and written again, as the app does). From 2,000 cases two helper processes read most of
    them (``core/vault/head_pool.py``): the figure is the wall time; their CPU is not this
    process's (``/usr/bin/time`` on the whole run counts it).
``tui warm|rebuild``
    The real app under Pilot at 80x24: the passphrase is typed on the unlock screen, then from
    Enter to the last frame painted with all 1,000 rows in the case list, minus the Argon2id
    time.
    Also reported: from ``vault_opened`` (CasesScreen pushed) to that frame.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import CASES, PASSPHRASE, VAULT, KdfClock, emit, ms_since

INDEX = VAULT / "index"
LEGACY_INDEX = VAULT / "index.toml.enc"


def _drop_index(mode: str) -> None:
    if mode == "rebuild":
        shutil.rmtree(INDEX, ignore_errors=True)
        LEGACY_INDEX.unlink(missing_ok=True)


def build_rows(t: Any, summaries: list[Any]) -> Sequence[Any]:
    """The case list's rows, made by the function CasesScreen.reload uses (each row is made
    when it is first drawn: this is the hint pass, and the column widths the list asks for)."""
    from desistkit_tui.core.clock import utcnow
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.screens.cases import build_rows as rows_of

    rows = rows_of(summaries, t, utcnow().date(), AppConfig(vault=VAULT).review_after_days)
    rows.cell_widths()
    return rows


def core(mode: str) -> dict[str, Any]:
    from desistkit_tui.core.i18n import Localizer
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.screens.cases import CasesScreen  # noqa: F401 (imports Textual)

    # the app has imported Textual and the case list before any unlock; keep that out
    t = Localizer.create("en")
    t("app-title")  # the catalogue is loaded by the unlock screen before any unlock
    kdf = KdfClock()
    _drop_index(mode)
    secret = Secret.from_text(PASSPHRASE)
    start = time.perf_counter()
    vault = Vault.unlock(VAULT, secret)
    unlock_ms = ms_since(start)
    start = time.perf_counter()
    summaries = vault.summaries()
    summaries_ms = ms_since(start)
    rebuilt = getattr(vault.index, "rebuilt", None)
    start = time.perf_counter()
    ordered = sorted(summaries, key=lambda s: s.last_activity, reverse=True)
    rows = build_rows(t, ordered)
    rows_ms = ms_since(start)
    vault.lock()
    assert len(rows) == CASES, len(rows)
    return {
        "total_ms": unlock_ms - kdf.total_ms + summaries_ms + rows_ms,
        "unlock_ms": unlock_ms - kdf.total_ms,
        "kdf_ms": kdf.total_ms,
        "summaries_ms": summaries_ms,
        "rows_ms": rows_ms,
        "rebuilt": rebuilt,
    }


async def _tui(mode: str) -> dict[str, Any]:
    from benchmarks.tui import Frames, make_app, probes, unlock_in_pilot

    kdf = KdfClock()
    probe = probes()  # a few dozen wrapped calls: negligible overhead
    _drop_index(mode)
    app = make_app()
    frames = Frames(app)
    async with app.run_test(size=(80, 24)) as pilot:
        kdf.reset()
        probe.reset()
        marks = await unlock_in_pilot(app, pilot, frames, PASSPHRASE, CASES)
        vault = app.vault
        rebuilt = getattr(getattr(vault, "index", None), "rebuilt", None)
        total = (marks["painted"] - marks["enter"]) * 1000 - kdf.total_ms
        result = {
            "total_ms": total,
            "shown_ms": (marks["shown"] - marks["enter"]) * 1000 - kdf.total_ms,
            "screen_ms": (marks["painted"] - marks["pushed"]) * 1000,
            "kdf_ms": kdf.total_ms,
            "before_push_ms": (marks["pushed"] - marks["enter"]) * 1000 - kdf.total_ms,
            "switch_call_ms": (marks["switched"] - marks["pushed"]) * 1000,
            "frames": frames.count_after(marks["pushed"]),
            "rebuilt": rebuilt,
        }
        result["probes_ms"] = dict(probe.ms)
        await pilot.press("ctrl+q")
    return result


def main() -> None:
    what, mode = sys.argv[1], sys.argv[2]
    if mode not in ("warm", "rebuild"):
        raise SystemExit("mode: warm or rebuild")
    if what == "core":
        emit(core(mode))
    elif what == "tui":
        emit(asyncio.run(_tui(mode)))
    else:
        raise SystemExit("what: core or tui")


if __name__ == "__main__":
    main()
