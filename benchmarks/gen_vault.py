"""Generate the benchmark vault: 1,000 cases, 20,000 sessions of fictional data.

Everything goes through the real API, nothing is written around it:

* ``Vault.create`` with small KDF parameters (``KdfParams(1, 1, 64)``: test-only, fast);
* ``admin.add_passphrase`` adds a second slot with the *default* Argon2id parameters (for the
  peak-memory figure of a real unlock);
* ``Vault.create_case`` for each case (codes ``B-0001`` … ``B-1000``);
* ``CaseHandle.save_session`` for every session (encrypt, atomic write, fsync, and the case
  document rewritten with the new counts), so the case documents and the index carry the
  right counts by construction;
* ``CaseHandle.save_profile`` once per case to spread status and last activity, and to give
  about half of the cases one to three goals agreed with the person (some past their target
  date, so the case list's hints have something to show).

Run: ``python -m benchmarks.gen_vault [--force]``. The vault lands in ``benchmarks/.work/vault``
and ``benchmarks/.work/vault.json`` records what was generated (written last, so an interrupted
generation is detected and redone).
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from benchmarks.common import (
    CASES,
    GENERATOR_VERSION,
    PASSPHRASE,
    REAL_KDF_PASSPHRASE,
    REAL_SLOT_LABEL,
    SCALED,
    SESSIONS_PER_CASE,
    SLOT_LABEL,
    STAMP,
    VAULT,
    WORK,
)
from desistkit_tui.core.compat import UTC

if TYPE_CHECKING:
    from desistkit_tui.core.vault.store import Vault

WORDS = [
    "Gespräch",
    "Woche",
    "Arbeit",
    "Familie",
    "Schule",
    "Freunde",
    "Ziel",
    "Plan",
    "Schritt",
    "Vertrauen",
    "Ärger",
    "Ruhe",
    "talked",
    "week",
    "work",
    "family",
    "school",
    "friends",
    "goal",
    "plan",
    "step",
    "trust",
    "anger",
    "calm",
    "future",
    "doubt",
    "music",
    "football",
    "training",
    "cousin",
    "mother",
    "apprenticeship",
    "online",
    "forum",
    "video",
    "group",
    "chat",
    "rozmowa",
    "tydzień",
    "praca",
    "rodzina",
    "cel",
    "plan",
    "krok",
    "zaufanie",
    "spokój",
    "przyszłość",
    "distance",
    "pressure",
    "choice",
    "support",
    "boundary",
    "letter",
    "visit",
    "court",
    "probation",
    "hobby",
    "sleep",
]
FACTORS = [f"{area}{n}" for area in "ABCDE" for n in range(1, 6)]


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def session_body(rng: random.Random, kind: str) -> dict[str, Any]:
    """A few hundred bytes of made-up text (no real person, no real case)."""
    if kind == "reflection":
        return {
            "factor": rng.choice(FACTORS),
            "answers": {f"q{i}": _sentence(rng, rng.randint(4, 9)) for i in range(1, 4)},
            "notes": _sentence(rng, rng.randint(12, 24)),
        }
    return {
        "deck": "desistcards",
        "cards": [f"card-{rng.randint(1, 86):02d}" for _ in range(rng.randint(2, 5))],
        "notes": _sentence(rng, rng.randint(14, 28)),
    }


def is_current() -> bool:
    """True if a complete vault of this generator version is cached."""
    try:
        meta = json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return False
    return (
        meta.get("version") == GENERATOR_VERSION
        and (VAULT / "vault.toml").is_file()
        and meta.get("cases") == CASES
    )


def _fresh_vault() -> Vault:
    """An empty benchmark vault in place of the old one (its stamp gone first): the fast test
    slot and the real-KDF slot."""
    from desistkit_tui.core.vault.admin import add_passphrase
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    STAMP.unlink(missing_ok=True)
    if VAULT.exists():
        shutil.rmtree(VAULT)
    WORK.mkdir(parents=True, exist_ok=True)
    vault, _recovery = Vault.create(
        VAULT, Secret.from_text(PASSPHRASE), SLOT_LABEL, kdf=KdfParams(1, 1, 64)
    )
    add_passphrase(vault, REAL_SLOT_LABEL, Secret.from_text(REAL_KDF_PASSPHRASE), KdfParams())
    return vault


def generate(log: bool = True) -> dict[str, Any]:
    from desistkit_tui.core import languages
    from desistkit_tui.core.model import (
        AddressForm,
        CaseStatus,
        GenderForm,
        Goal,
        GoalStatus,
        SessionKind,
        new_plan_id,
        new_record_id,
    )
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    def say(text: str) -> None:
        if log:
            print(f"  [gen] {text}", file=sys.stderr, flush=True)

    rng = random.Random(20261124)
    started = time.perf_counter()
    vault = _fresh_vault()

    t_cases = time.perf_counter()
    ids: list[str] = []
    for i in range(1, CASES + 1):
        retention = date(2027, 1, 1) + timedelta(days=rng.randint(0, 1500))
        case = vault.create_case(
            f"B-{i:04d}",
            address=rng.choice(list(AddressForm)),
            gender=rng.choice(list(GenderForm)),
            language=rng.choice(languages.codes()),
            retention=retention if rng.random() < 0.7 else None,
        )
        ids.append(case.id)
        if i % 250 == 0:
            say(f"{i} cases ({time.perf_counter() - t_cases:.1f} s)")
    cases_s = time.perf_counter() - t_cases

    t_sessions = time.perf_counter()
    now = datetime.now(UTC).replace(microsecond=0)
    statuses = [CaseStatus.ACTIVE] * 8 + [CaseStatus.PAUSED, CaseStatus.CLOSED]
    sessions = 0
    for n, case_id in enumerate(ids, 1):
        with vault.open_case(case_id) as handle:
            at = now - timedelta(days=rng.randint(150, 900), minutes=rng.randint(0, 1440))
            for _ in range(SESSIONS_PER_CASE):
                at += timedelta(days=rng.randint(1, 7), minutes=rng.randint(0, 600))
                kind = SessionKind.REFLECTION if rng.random() < 0.6 else SessionKind.CARDS
                body = session_body(rng, kind.value)
                handle.save_session(kind, body, new_record_id(at), held_on=at.date())
                sessions += 1
            goals = tuple(
                Goal(
                    id=new_plan_id(),
                    text=_sentence(rng, rng.randint(4, 8)),
                    target=now.date() + timedelta(days=rng.randint(-120, 180)),
                    status=GoalStatus.OPEN if rng.random() < 0.8 else GoalStatus.ACHIEVED,
                    created=at.date(),
                )
                for _ in range(rng.choice((0, 0, 0, 1, 2, 3)))
            )
            handle.save_profile(
                replace(handle.case, status=rng.choice(statuses), last_activity=at, goals=goals)
            )
        if n % 100 == 0:
            say(f"{sessions} sessions ({time.perf_counter() - t_sessions:.1f} s)")
    sessions_s = time.perf_counter() - t_sessions
    vault.lock()

    totals = {"reflections": 0, "card_sessions": 0}
    hinted: dict[str, int] = {"goal-overdue": 0, "review-due": 0}
    check = Vault.unlock(VAULT, Secret.from_text(PASSPHRASE))
    try:
        for s in check.summaries():
            totals["reflections"] += s.reflections
            totals["card_sessions"] += s.card_sessions
            for hint in s.hints(now.date(), 90):
                hinted[hint] = hinted.get(hint, 0) + 1  # basis-missing, retention-due…
    finally:
        check.lock()
    meta = {
        "version": GENERATOR_VERSION,
        "cases": CASES,
        "sessions": sessions,
        "counted_in_case_docs": totals["reflections"] + totals["card_sessions"],
        "hints": hinted,
        "seconds": round(time.perf_counter() - started, 1),
        "create_case_seconds": round(cases_s, 1),
        "save_session_seconds": round(sessions_s, 1),
        "method": "Vault.create_case + CaseHandle.save_session + save_profile (real API, "
        "fsync per file)",
        "generated": now.isoformat(),
    }
    STAMP.write_text(json.dumps(meta, indent=1))
    return meta


def generate_fast(log: bool = True) -> dict[str, Any]:
    """The scale figure's vaults (``DESISTKIT_BENCH_CASES``: 1,000 or 10,000 cases, 20 sessions
    each), generated quickly: **no fsync** (``os.fsync`` is a no-op in this process), **no index
    refresh** per new case, no audit entry per write. Every file is still sealed by the real
    code for its real path: ``staging.create_folder`` writes each case's key and its final
    document (status, goals, counts and session list by construction), ``VaultFiles.create_doc``
    each session; the index is then built once, by the unlock that checks the counts."""
    import os

    from desistkit_tui.core import languages
    from desistkit_tui.core.model import (
        AddressForm,
        Case,
        CaseStatus,
        GenderForm,
        Goal,
        GoalStatus,
        SessionKind,
        new_case_id,
        new_plan_id,
        new_record_id,
    )
    from desistkit_tui.core.schema import CURRENT
    from desistkit_tui.core.vault import keystore, staging
    from desistkit_tui.core.vault.cases import SESSIONS, SUFFIX
    from desistkit_tui.core.vault.names import case_rel
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    def say(text: str) -> None:
        if log:
            print(f"  [gen-fast] {text}", file=sys.stderr, flush=True)

    os.fsync = lambda fd: None  # generation only: this process writes nothing else
    rng = random.Random(20261207)
    started = time.perf_counter()
    vault = _fresh_vault()
    now = datetime.now(UTC).replace(microsecond=0)
    statuses = [CaseStatus.ACTIVE] * 8 + [CaseStatus.PAUSED, CaseStatus.CLOSED]
    sessions = 0
    # The key store is rewritten whole at each new case (quadratic over 10,000): the keys go
    # into key.enc files as in a format-1 vault, then into one key-store generation at the end
    # (keystore.upgrade, the path an older vault takes).
    vault.files.case_keys = None
    for i in range(1, CASES + 1):
        at = now - timedelta(days=rng.randint(150, 900), minutes=rng.randint(0, 1440))
        docs: list[dict[str, Any]] = []
        reflections = cards = 0
        last_reflection: date | None = None
        for _ in range(SESSIONS_PER_CASE):
            at += timedelta(days=rng.randint(1, 7), minutes=rng.randint(0, 600))
            kind = SessionKind.REFLECTION if rng.random() < 0.6 else SessionKind.CARDS
            body = session_body(rng, kind.value)
            if kind is SessionKind.REFLECTION:
                reflections += 1
                last_reflection = at.date()
            else:
                cards += 1
            docs.append(
                {
                    "schema": CURRENT["session"],
                    "kind": "session",
                    "id": new_record_id(at),
                    "type": kind.value,
                    "saved": at,
                    "body": body,
                }
            )
        goals = tuple(
            Goal(
                id=new_plan_id(),
                text=_sentence(rng, rng.randint(4, 8)),
                target=now.date() + timedelta(days=rng.randint(-120, 180)),
                status=GoalStatus.OPEN if rng.random() < 0.8 else GoalStatus.ACHIEVED,
                created=at.date(),
            )
            for _ in range(rng.choice((0, 0, 0, 1, 2, 3)))
        )
        retention = date(2027, 1, 1) + timedelta(days=rng.randint(0, 1500))
        case = Case(
            id=new_case_id(),
            code=f"B-{i:05d}" if CASES > 9999 else f"B-{i:04d}",
            address=rng.choice(list(AddressForm)),
            gender=rng.choice(list(GenderForm)),
            language=rng.choice(languages.codes()),
            status=rng.choice(statuses),
            retention=retention if rng.random() < 0.7 else None,
            last_activity=at,
            reflections=reflections,
            card_sessions=cards,
            rev=SESSIONS_PER_CASE + 1,
            last_reflection=last_reflection,
            goals=goals,
            sessions=tuple(d["id"] for d in docs),
        )
        key = Secret.random()
        try:
            staging.create_folder(vault.files, case, key, vault.commit_keystore)
            for doc in docs:
                vault.files.create_doc(
                    case_rel(case.id, f"{SESSIONS}/{doc['id']}{SUFFIX}"), doc, key
                )
        finally:
            key.wipe()
        sessions += len(docs)
        if i % 1000 == 0:
            say(f"{i} cases, {sessions} sessions ({time.perf_counter() - started:.1f} s)")
    vault.files.case_keys = keystore.upgrade(vault.files, vault.commit_keystore)
    write_s = time.perf_counter() - started
    vault.lock()

    totals = {"reflections": 0, "card_sessions": 0}
    t_index = time.perf_counter()
    check = Vault.unlock(VAULT, Secret.from_text(PASSPHRASE))
    try:
        for s in check.summaries():
            totals["reflections"] += s.reflections
            totals["card_sessions"] += s.card_sessions
    finally:
        check.lock()
    meta = {
        "version": GENERATOR_VERSION,
        "cases": CASES,
        "sessions": sessions,
        "counted_in_case_docs": totals["reflections"] + totals["card_sessions"],
        "seconds": round(time.perf_counter() - started, 1),
        "create_case_seconds": round(write_s, 1),
        "save_session_seconds": 0.0,
        "index_seconds": round(time.perf_counter() - t_index, 1),
        "method": "fast: staging.create_folder (final case document) + VaultFiles.create_doc "
        "per session; no fsync, no index refresh per case, no audit entry per write; index "
        "built once at the end",
        "generated": now.isoformat(),
    }
    STAMP.write_text(json.dumps(meta, indent=1))
    return meta


def main() -> None:
    from benchmarks.common import emit

    force = "--force" in sys.argv[1:]
    if force or not is_current():
        meta = generate_fast() if SCALED else generate()
        meta["fresh"] = True
    else:
        meta = json.loads(STAMP.read_text())
        meta["fresh"] = False
    emit(meta)


if __name__ == "__main__":
    main()
