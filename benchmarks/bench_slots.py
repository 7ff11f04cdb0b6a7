"""Scale figure (``bench_scale.py``): unlocking a team vault with 8 passphrase slots.

``gen``
    ``.work/team-8`` (described by ``team-8.json``): ``Vault.create(team=True)`` with the
    **default** Argon2id parameters, then ``admin.add_passphrase`` up to 8 passphrase slots
    (``cw1`` ... ``cw8``, passphrase ``benchteam<N>2026``) and the recovery slot. No cases.
``unlock``
    In this process, one measurement each (wall seconds and CPU seconds of the whole process,
    every thread, from ``resource.getrusage``), each with the remembered-slot file of this OS user
    removed first unless said otherwise:

    * ``one_derivation``: ``KdfParams().derive`` once (the reference);
    * ``wrong``: a wrong passphrase;
    * ``wrong_with_slot``: a wrong passphrase with ``slot_label="cw5"`` (``--slot cw5``);
    * ``last_slot_cold``: ``cw8``'s passphrase, nothing remembered;
    * ``last_slot_warm``: ``cw8``'s passphrase again (the slot remembered from the run before).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.common import WORK, emit

TEAM = WORK / "team-8"
TEAM_STAMP = WORK / "team-8.json"
SLOTS = 8
VERSION = 1


def passphrase(n: int) -> str:
    return f"benchteam{n}2026"


def gen() -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads(TEAM_STAMP.read_text())
        if meta.get("version") == VERSION and (TEAM / "vault.toml").is_file():
            return {**meta, "fresh": False}
    except (OSError, ValueError):
        pass
    from desistkit_tui.core.vault.admin import add_passphrase
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    TEAM_STAMP.unlink(missing_ok=True)
    if TEAM.exists():
        shutil.rmtree(TEAM)
    WORK.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    vault, _ = Vault.create(TEAM, Secret.from_text(passphrase(1)), "cw1", team=True)
    try:
        for n in range(2, SLOTS + 1):
            add_passphrase(vault, f"cw{n}", Secret.from_text(passphrase(n)), KdfParams())
    finally:
        vault.lock()
    meta = {
        "version": VERSION,
        "slots": SLOTS,
        "kdf": repr(KdfParams()),
        "seconds": round(time.perf_counter() - start, 1),
    }
    TEAM_STAMP.write_text(json.dumps(meta))
    return {**meta, "fresh": True}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _measure(action: Callable[[], object]) -> dict[str, Any]:
    wall, cpu = time.perf_counter(), _cpu()
    outcome = "ok"
    try:
        action()
    except Exception as exc:  # noqa: BLE001 (the outcome is the measurement: named below)
        outcome = type(exc).__name__
    return {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": _cpu() - cpu,
        "outcome": outcome,
    }


def unlock() -> dict[str, Any]:
    import importlib

    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault, read_header

    # The remembered slot (issue 17), kept in .work/state, not in this user's state folder.
    os.environ["DESISTKIT_STATE_DIR"] = str(WORK / "state")
    try:
        memory: Any = importlib.import_module("desistkit_tui.core.slot_memory").SlotMemory.default()
    except ImportError:  # before issue 17: every slot in turn, nothing remembered
        memory = None
    vault_id = read_header(TEAM).header.vault_id

    def forget() -> None:
        if memory is not None:
            memory.forget(vault_id)

    def attempt(text: str, label: str | None = None) -> Callable[[], object]:
        def run() -> None:
            extra = {"memory": memory} if memory is not None else {}
            Vault.unlock(TEAM, text, slot_label=label, **extra).lock()

        return run

    results: dict[str, Any] = {}
    results["one_derivation"] = _measure(
        lambda: KdfParams().derive(Secret.from_text("x"), b"0123456789abcdef")
    )
    forget()
    results["wrong"] = _measure(attempt("not the passphrase"))
    forget()
    results["wrong_with_slot"] = _measure(attempt("not the passphrase", "cw5"))
    forget()
    results["last_slot_cold"] = _measure(attempt(passphrase(SLOTS)))
    results["wrong_after_remembered"] = _measure(attempt("not the passphrase"))
    results["last_slot_warm"] = _measure(attempt(passphrase(SLOTS)))
    forget()
    return results


def main() -> None:
    what = sys.argv[1]
    if what == "gen":
        emit(gen())
    elif what == "unlock":
        emit(unlock())
    else:
        raise SystemExit("what: gen | unlock")


if __name__ == "__main__":
    main()
