"""Figure 4: save one session (encrypt + atomic write + fsync).

Measured in a scratch vault (``benchmarks/.work/scratch``, made afresh each run, small KDF) so
the cached 1,000-case vault is never changed. The cost of one save does not depend on how many
cases a vault holds: it writes the session file, rewrites this case's ``case.toml.enc``, updates
the in-memory index (written only at lock) and appends one audit entry.

* ``save_session``: ``CaseHandle.save_session`` — the full call as the app makes it.
* ``create_doc``: ``VaultFiles.create_doc`` of one session document alone (seal + temp file +
  fsync + read back + link + fsync of the folder + unlink of the temp file).
* break-down, from separate calls of the same steps: the case document rewrite
  (``write_doc``: atomic write with fsync), one audit entry, sealing alone (no I/O), and a bare
  512-byte write + fsync (what this disk charges for durability).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import time
from typing import Any

import tomli_w

from benchmarks.common import SCRATCH, emit, summary
from benchmarks.gen_vault import session_body

N = 50
WARMUP = 5


def main() -> None:
    from desistkit_tui.core.model import SessionKind, new_record_id
    from desistkit_tui.core.schema import CURRENT
    from desistkit_tui.core.vault.cases import read_case_key
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    if SCRATCH.exists():
        shutil.rmtree(SCRATCH)
    SCRATCH.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(4)
    vault, _ = Vault.create(SCRATCH, Secret.from_text("scratch"), "bench", kdf=KdfParams(1, 1, 64))
    case = vault.create_case("S-0001")
    results: dict[str, list[float]] = {
        "save_session": [],
        "create_doc": [],
        "case_doc_rewrite": [],
        "audit_entry": [],
        "seal_only": [],
        "fsync_only": [],
    }
    try:
        with vault.open_case(case.id) as handle:
            bodies = [session_body(rng, "reflection") for _ in range(N + WARMUP)]
            for i, body in enumerate(bodies):
                start = time.perf_counter()
                handle.save_session(SessionKind.REFLECTION, body)
                if i >= WARMUP:
                    results["save_session"].append((time.perf_counter() - start) * 1000)
            key = read_case_key(vault.files, case.id)
            probe = SCRATCH / "fsync-probe"
            try:
                for i, body in enumerate(bodies):
                    sid = new_record_id()
                    doc = {
                        "schema": CURRENT["session"],
                        "kind": "session",
                        "id": sid,
                        "type": "reflection",
                        "saved": handle.case.last_activity,
                        "body": body,
                    }
                    rel = f"cases/{case.id}/sessions/{sid}.toml.enc"
                    start = time.perf_counter()
                    vault.files.create_doc(rel, doc, key)
                    elapsed = (time.perf_counter() - start) * 1000
                    start = time.perf_counter()
                    vault.files.seal_doc(rel, doc, key)
                    sealed = (time.perf_counter() - start) * 1000
                    start = time.perf_counter()
                    vault.files.write_doc(
                        f"cases/{case.id}/case.toml.enc", handle.case.to_doc(), key
                    )
                    rewrite = (time.perf_counter() - start) * 1000
                    start = time.perf_counter()
                    vault.audit.record(vault.who, "session-saved", handle.case.code)
                    audit = (time.perf_counter() - start) * 1000
                    start = time.perf_counter()
                    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    try:
                        os.write(fd, b"x" * 512)
                        os.fsync(fd)
                    finally:
                        os.close(fd)
                    fsync = (time.perf_counter() - start) * 1000
                    if i >= WARMUP:
                        results["fsync_only"].append(fsync)
                        results["create_doc"].append(elapsed)
                        results["seal_only"].append(sealed)
                        results["case_doc_rewrite"].append(rewrite)
                        results["audit_entry"].append(audit)
            finally:
                key.wipe()
    finally:
        vault.lock()
        shutil.rmtree(SCRATCH, ignore_errors=True)
    out: dict[str, Any] = {name: summary(values) for name, values in results.items()}
    out["session_doc_bytes"] = len(tomli_w.dumps(doc).encode("utf-8"))
    out["median_sum_parts_ms"] = sum(
        statistics.median(results[k]) for k in ("create_doc", "case_doc_rewrite", "audit_entry")
    )
    emit(out)


if __name__ == "__main__":
    main()
