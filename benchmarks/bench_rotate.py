"""Figure 13: `vault rekey --rotate-case-keys` on the benchmark vault (1,000 cases, 20,000
sessions): every case gets a new key and every file of every case is re-encrypted
(desistkit_tui/core/vault/rotate.py), one case at a time, each with its key store commit.

The benchmark vault (``benchmarks/gen_vault.py``) is copied to a scratch folder first (the
rotation rewrites it), unlocked (a format-1 copy is upgraded to the key store then), and the
master-key rekey and the case-key rotation are timed apart. One run: it takes minutes.

    python -m benchmarks.bench_rotate
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from typing import Any

from benchmarks.common import PASSPHRASE, SCRATCH, VAULT, summary
from benchmarks.report import Row, log


def _rotate() -> dict[str, Any]:
    from desistkit_tui.core.vault import admin, rotate
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    folder = SCRATCH / "rotate"
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(VAULT, folder)
    vault = Vault.unlock(folder, PASSPHRASE, slot_label=None)
    try:
        started = time.perf_counter()
        admin.rekey(vault, Secret.from_text(PASSPHRASE))
        rekeyed = time.perf_counter()
        done = rotate.rotate_case_keys(vault)
        rotated = time.perf_counter()
        files = sum(1 for _ in folder.glob("cases/*/sessions/*.toml.enc"))
    finally:
        vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "rekey_s": rekeyed - started,
        "rotate_s": rotated - rekeyed,
        "cases": len(done.rotated),
        "sessions": files,
    }


def figure(args: argparse.Namespace, raw: dict[str, Any]) -> tuple[list[Row], list[str]]:
    from benchmarks import gen_vault

    if not gen_vault.is_current():
        gen_vault.generate()
    log("13 rekey --rotate-case-keys on the benchmark vault (one run)")
    result = _rotate()
    raw["13"] = result
    rows = [
        Row("13a", "rekey (master key only)", summary([result["rekey_s"]]), "s", "(info)"),
        Row(
            "13b",
            f"rotate {result['cases']} case keys, re-encrypt every file",
            summary([result["rotate_s"]]),
            "s",
            "(info)",
        ),
    ]
    return rows, [f"13 one run on a copy of the benchmark vault ({result['sessions']} sessions)"]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_rotate")
    parser.add_argument("--quick", action="store_true")
    rows, lines = figure(parser.parse_args(argv), {})
    for row in rows:
        print(" | ".join(row.cells()))
    for line in lines:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
