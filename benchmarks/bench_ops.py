"""Scale figure (``bench_scale.py``): the writes whose cost used to grow with the caseload.

``ops ROUNDS``
    In the benchmark vault of ``DESISTKIT_BENCH_CASES`` cases (``common.VAULT``), after
    ``Vault.unlock`` and ``summaries()`` (warm index), ``ROUNDS`` times: ``Vault.create_case``
    of a new case, the index write that follows it (``Vault.write_index``, what the case list's
    worker does a second after a change), ``CaseHandle.save_session`` of one card session in that
    case, the index write after it, and ``Vault.erase_case``. The vault ends as it began (the
    cases made here are erased; the audit log grows by a few entries).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from benchmarks.common import PASSPHRASE, VAULT, emit, ms_since, summary


def ops(rounds: int) -> dict[str, Any]:
    from desistkit_tui.core.model import SessionKind
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    vault = Vault.unlock(VAULT, Secret.from_text(PASSPHRASE))
    times: dict[str, list[float]] = {}

    def timed(name: str, start: float) -> None:
        times.setdefault(name, []).append(ms_since(start))

    try:
        vault.summaries()
        for n in range(rounds):
            start = time.perf_counter()
            case = vault.create_case(f"Z-{os.getpid()}-{n}")
            timed("create_case", start)
            start = time.perf_counter()
            vault.write_index()
            timed("index_write_after_create", start)
            with vault.open_case(case.id) as handle:
                start = time.perf_counter()
                handle.save_session(SessionKind.CARDS, {"deck": "desistcards", "cards": []})
                timed("save_session", start)
            start = time.perf_counter()
            vault.write_index()
            timed("index_write_after_save", start)
            start = time.perf_counter()
            vault.erase_case(case.id)
            timed("erase_case", start)
            start = time.perf_counter()
            vault.write_index()
            timed("index_write_after_erase", start)
    finally:
        vault.lock()
    sizes = [p.stat().st_size for p in VAULT.glob("index*") if p.is_file()]
    sizes += [p.stat().st_size for p in VAULT.glob("index/*.enc")]
    return {
        **{name: summary(values) for name, values in times.items()},
        "index_bytes": sum(sizes),
        "index_largest_file_bytes": max(sizes, default=0),
    }


def main() -> None:
    what = sys.argv[1]
    if what == "ops":
        emit(ops(int(sys.argv[2]) if len(sys.argv) > 2 else 5))
    else:
        raise SystemExit("what: ops [rounds]")


if __name__ == "__main__":
    main()
