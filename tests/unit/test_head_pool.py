"""The index rebuilt by two helper processes (issue 17): the same result as one process, and
whatever the helpers do (die, lie, never start), still the same result."""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from desistkit_tui.core.errors import Damage, TamperedFile
from desistkit_tui.core.model import CaseSummary, SessionKind
from desistkit_tui.core.vault import head_pool
from desistkit_tui.core.vault.files import Stamp
from desistkit_tui.core.vault.head_worker import records
from desistkit_tui.core.vault.index import REL as INDEX_REL
from desistkit_tui.core.vault.index import CaseIndex
from desistkit_tui.core.vault.kdf import KEY_SIZE
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
CASES = 24
#: A helper that says it started, answers its first case with another case's row, then
#: sends garbage and dies: the caller must read every case itself, and right.
LIAR = """
import json, os, sys
print("[]", flush=True)
fd = sys.stdin.fileno()
def length():
    data = os.read(fd, 4)
    return int.from_bytes(data, "big") if len(data) == 4 else 0
os.read(fd, length())
size = length()
batch = b""
while len(batch) < size:
    batch += os.read(fd, size - len(batch))
first = int.from_bytes(batch[:4], "big")
row = ["someone-else", "X-1", "active", "2026-01-01T00:00:00+00:00", 0, 0, None, None, 0, None,
       "to-be-recorded", 1, 1, 1, 1, True]
sys.stdout.write(json.dumps([[first, row]]) + "\\n")
sys.stdout.write("[[not json\\n")
sys.stdout.flush()
"""


def _listing(summaries: Sequence[CaseSummary]) -> list[tuple[object, ...]]:
    """Every field (and the problem's kind and file), in the list's order."""
    return [
        (*s._replace(problem=None), type(s.problem).__name__, getattr(s.problem, "rel", None))
        for s in summaries
    ]


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Vault:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for n in range(CASES):
        case = vault.create_case(f"P-{n:02d}")
        if n % 3 == 0:
            with vault.open_case(case.id) as handle:
                handle.save_session(SessionKind.CARDS, {"n": n})
    vault.summaries()
    vault.lock()
    return Vault.unlock(vault_path, Secret.from_text(PASS))


def _rebuilt(
    root: Path, *, parallel: bool, command: Sequence[str] = (), ready: bool = False
) -> list[CaseSummary]:
    """The case list of the vault at ``root`` with its index deleted first (the ledger's loss
    is the same both ways). ``ready``: the helpers are started at the unlock, as the app does,
    and the list is read once they have started (else the caller may read every case of so
    small a vault while they start)."""
    shutil.rmtree(root / INDEX_REL, ignore_errors=True)
    vault = Vault.unlock(root, Secret.from_text(PASS))
    vault.index.parallel_from = 4 if parallel else 10**9
    vault.index.helper_command = command
    try:
        if ready:
            vault.index.preload()
            helpers = vault.index._helpers
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not all(h.started or h.finished for h in helpers):
                time.sleep(0.01)
        return vault.summaries(write_index=False)
    finally:
        vault.lock()


def _spawned(
    monkeypatch: pytest.MonkeyPatch, log: list[str] | None = None
) -> list[head_pool.HeadHelper]:
    """Every helper started from now on (each also noted in ``log``)."""
    spawned: list[head_pool.HeadHelper] = []
    spawn = head_pool.HeadHelper.spawn.__func__  # type: ignore[attr-defined]

    def counting(cls: type[head_pool.HeadHelper], command: Sequence[str] = ()) -> object:
        helper = spawn(cls, command)
        if helper is not None:
            spawned.append(helper)
            if log is not None:
                log.append("helper")
        return helper

    monkeypatch.setattr(head_pool.HeadHelper, "spawn", classmethod(counting))
    return spawned


def _counted_rereads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cases the caller reads itself (the others' answers came from the helpers; with so
    few cases, one helper may be done before the other has started, and the caller then
    reads the other's part)."""
    read: list[str] = []
    reread = CaseIndex._reread

    def counting(self: CaseIndex, case_id: str, stamp: Stamp | None) -> None:
        read.append(case_id)
        reread(self, case_id, stamp)

    monkeypatch.setattr(CaseIndex, "_reread", counting)
    return read


def _both_ways(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[CaseSummary], list[CaseSummary]]:
    """The list rebuilt by one process, then with two helpers (that read some of it)."""
    root = vault.root
    vault.lock()
    alone = _rebuilt(root, parallel=False)
    spawned = _spawned(monkeypatch)
    read_here = _counted_rereads(monkeypatch)
    helped = _rebuilt(root, parallel=True, ready=True)
    assert len(spawned) == 2
    assert len(read_here) < len(alone)  # the rest came from the helpers
    return alone, helped


def test_two_helpers_give_the_one_process_list(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone, helped = _both_ways(vault, monkeypatch)
    assert _listing(helped) == _listing(alone)
    assert len(helped) == CASES


def test_what_a_helper_cannot_read_is_read_and_reported_by_the_caller(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tampered case document and a case folder without a key: the helpers answer nothing
    for them, the caller reads them and reports the same damage as one process does."""
    ids = sorted(s.id for s in vault.summaries())
    tampered = vault.root / case_rel(ids[0])
    data = bytearray(tampered.read_bytes())
    data[-1] ^= 1
    tampered.write_bytes(bytes(data))
    stray = vault.root / "cases" / "0000000000000000"
    stray.mkdir(mode=0o700)
    shutil.copy(vault.root / case_rel(ids[1]), stray / "case.toml.enc")
    alone, helped = _both_ways(vault, monkeypatch)
    assert _listing(helped) == _listing(alone)
    problems = {s.id: s.problem for s in helped if s.problem is not None}
    assert isinstance(problems[ids[0]], TamperedFile)
    stray_problem = problems[stray.name]
    assert isinstance(stray_problem, TamperedFile)
    assert stray_problem.damage in {Damage.MISSING, Damage.ERASED}
    assert len(problems) == 2


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["/nonexistent/python"], id="cannot-start"),
        pytest.param([sys.executable, "-c", "import sys; sys.exit(3)"], id="dies-at-once"),
        pytest.param([sys.executable, "-c", LIAR], id="lies-then-dies"),
    ],
)
def test_helpers_that_fail_change_nothing(vault: Vault, command: list[str]) -> None:
    root = vault.root
    vault.lock()
    alone = _rebuilt(root, parallel=False)
    helped = _rebuilt(root, parallel=True, command=command, ready=True)
    assert _listing(helped) == _listing(alone)


def test_helpers_started_for_a_rebuild_stop_when_the_vault_locks(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unlock starts them as soon as it finds the index gone (``preload``); locking before
    the list is read leaves no process behind."""
    root = vault.root
    vault.lock()
    shutil.rmtree(root / INDEX_REL)
    spawned = _spawned(monkeypatch)
    again = Vault.unlock(root, Secret.from_text(PASS))
    again.index.parallel_from = 4
    again.index.preload()
    assert len(spawned) == 2
    processes = [helper._process for helper in spawned]
    assert all(p.poll() is None for p in processes)
    again.lock()
    assert all(p.poll() is not None for p in processes)


def test_a_small_folder_starts_no_helper_at_unlock(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = vault.root
    vault.lock()
    shutil.rmtree(root / INDEX_REL)
    spawned = _spawned(monkeypatch)
    again = Vault.unlock(root, Secret.from_text(PASS))
    again.index.parallel_from = CASES + 1  # the folder's link count says fewer
    again.index.preload()
    again.summaries()
    again.lock()
    assert spawned == []


def test_the_helpers_write_nothing(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """The case folders are untouched, no file appears in the vault but the index (sealed,
    written by the caller) and the unlock's audit entry, and none in the working folder."""
    root = vault.root
    vault.lock()

    def files() -> set[Path]:
        return {p for p in root.rglob("*") if not {INDEX_REL, "audit"} & set(p.parts)}

    before = {p: p.stat().st_mtime_ns for p in (root / "cases").rglob("*")}
    listed, here = files(), set(Path.cwd().iterdir())
    spawned = _spawned(monkeypatch)
    read_here = _counted_rereads(monkeypatch)
    _rebuilt(root, parallel=True, ready=True)
    assert len(spawned) == 2 and len(read_here) < CASES
    assert {p: p.stat().st_mtime_ns for p in (root / "cases").rglob("*")} == before
    assert files() == listed
    assert set(Path.cwd().iterdir()) == here


def test_records_stop_at_a_cut_one() -> None:
    key = os.urandom(KEY_SIZE)
    one = (7).to_bytes(4, "big") + bytes([3]) + b"abc" + key
    two = (9).to_bytes(4, "big") + bytes([2]) + b"de" + key
    got = [(p, c, bytes(k)) for p, c, k in records(memoryview(one + two[:-1]))]
    assert got == [(7, "abc", key)]


def test_helpers_start_before_the_key_is_derived_when_the_index_is_gone(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They start while the unlock derives its key (the other core is idle meanwhile), are
    kept for the next attempt when the passphrase is wrong, and used by the rebuild."""
    import desistkit_tui.core.vault.store as store_module
    from desistkit_tui.core.errors import WrongPassphrase

    root = vault.root
    vault.lock()
    shutil.rmtree(root / INDEX_REL)
    monkeypatch.setattr(head_pool, "PARALLEL_FROM", 4)
    order: list[str] = []
    ring = store_module.KeyRing  # type: ignore[attr-defined]

    def keys(master: Secret) -> object:
        order.append("key derived")
        return ring(master)

    monkeypatch.setattr(store_module, "KeyRing", keys)
    spawned = _spawned(monkeypatch, order)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(root, Secret.from_text("not the passphrase"))
    assert order == ["helper", "helper"]
    assert all(h._process.poll() is None for h in spawned)  # kept, with no key
    order.clear()
    again = Vault.unlock(root, Secret.from_text(PASS))
    assert order == ["key derived"]  # the same two, no new ones
    assert again.index._helpers == spawned
    again.index.parallel_from = 4
    again.index.preload()
    assert len(spawned) == 2  # the preload started none of its own
    assert len(again.summaries()) == CASES
    again.lock()
    assert all(h._process.poll() is not None for h in spawned)


def test_the_unlock_screen_starts_them_before_the_passphrase_is_in(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``start_ahead`` (the unlock screen, while the passphrase is typed) starts them with no
    key; the unlock then takes those very ones."""
    root = vault.root
    vault.lock()
    shutil.rmtree(root / INDEX_REL)
    monkeypatch.setattr(head_pool, "PARALLEL_FROM", 4)
    spawned = _spawned(monkeypatch)
    head_pool.start_ahead(root)
    assert len(spawned) == 2
    again = Vault.unlock(root, Secret.from_text(PASS))
    assert again.index._helpers == spawned and len(spawned) == 2
    again.index.parallel_from = 4
    assert len(again.summaries()) == CASES  # rebuilt, and written
    again.lock()
    assert all(h._process.poll() is not None for h in spawned)
    head_pool.start_ahead(root)  # the index is there now: nothing to start
    assert len(spawned) == 2
