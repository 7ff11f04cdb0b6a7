"""kill -9 at every step of every file write of a save: the old or the new version, never a mix.

A subprocess unlocks a prepared vault, opens a case, sets ``atomic.fault_hook`` to SIGKILL
itself at the nth time a step is reached, and saves. Then this process unlocks and checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from desistkit_tui.core.model import CaseStatus, SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.atomic import TMP_SUFFIX
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
STEPS = ("open", "write", "fsync", "verify", "replace", "fsync-dir")
SESSION_ID = "1768469400000-abcdef01"

_SAVE_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from dataclasses import replace
    from pathlib import Path
    from desistkit_tui.core.model import CaseStatus, SessionKind
    from desistkit_tui.core.vault import atomic
    from desistkit_tui.core.vault.store import Vault

    path, passphrase, case_id, op, step, nth = sys.argv[1:7]
    vault = Vault.unlock(Path(path), passphrase)
    handle = vault.open_case(case_id)
    calls = 0

    def hook(name):
        global calls
        if name == step:
            calls += 1
            if calls == int(nth):
                os.kill(os.getpid(), signal.SIGKILL)

    atomic.fault_hook = hook
    if op == "profile":
        handle.save_profile(replace(handle.case, status=CaseStatus.CLOSED))
    elif op == "draft":
        handle.save_draft("d1", {"text": "NEW"})
    elif op == "new-draft":
        handle.save_draft("d2", {"text": "NEW"})
    elif op == "session":
        handle.save_session(SessionKind.REFLECTION, {"text": "NEW"}, session_id=sys.argv[7])
    sys.exit(3)  # not killed: the step was not reached that often
    """
)


@dataclass(frozen=True)
class Op:
    name: str
    #: how many files the save writes (the file itself, the profile, the audit entry)
    writes: int
    #: which of those writes is the file this test watches
    watched: int


OPS = [
    Op("profile", writes=2, watched=1),  # case.toml.enc, audit entry
    Op("draft", writes=1, watched=1),  # the draft (drafts are not audited)
    Op("new-draft", writes=1, watched=1),
    Op("session", writes=3, watched=1),  # session (create-once), case.toml.enc, audit entry
]
CASES = [
    pytest.param(op, step, nth, id=f"{op.name}-{step}-{nth}")
    for op in OPS
    for nth in range(1, op.writes + 1)
    for step in STEPS
]


def _prepare(path: Path, kdf: KdfParams) -> str:
    vault, _ = Vault.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    case = vault.create_case("K-FAULT")
    with vault.open_case(case.id) as handle:
        handle.save_draft("d1", {"text": "OLD"})
        handle.save_session(SessionKind.CARDS, {"text": "earlier"})
    vault.lock()
    return case.id


def _expect_new(op: Op, step: str, nth: int) -> bool:
    """The hook runs before each step's action: the watched file is new once it was renamed
    (or linked) into place, i.e. from its "fsync-dir" step on."""
    return nth > op.watched or (nth == op.watched and step == "fsync-dir")


@pytest.mark.parametrize(("op", "step", "nth"), CASES)
def test_kill_during_save(
    vault_path: Path, fast_kdf: KdfParams, op: Op, step: str, nth: int
) -> None:
    case_id = _prepare(vault_path, fast_kdf)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _SAVE_AND_DIE,
            str(vault_path),
            PASS,
            case_id,
            op.name,
            step,
            str(nth),
            SESSION_ID,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode == -9, f"not killed (exit {done.returncode}): {done.stderr}"

    vault = Vault.unlock(vault_path, PASS)
    new = _expect_new(op, step, nth)
    with vault.open_case(case_id) as handle:
        assert not handle.read_only  # the dead process's lock went with it
        leftovers = [p.name for p in vault_path.rglob(f"*{TMP_SUFFIX}")]
        assert leftovers == []  # swept at unlock
        case = handle.case
        if op.name == "profile":
            assert (case.status, case.rev) == (
                (CaseStatus.CLOSED, 2) if new else (CaseStatus.ACTIVE, 1)
            )
        elif op.name == "draft":
            assert handle.load_draft("d1")["body"] == {"text": "NEW" if new else "OLD"}
        elif op.name == "new-draft":
            assert ("d2" in handle.draft_ids()) is new
            if new:
                assert handle.load_draft("d2")["body"] == {"text": "NEW"}
        else:
            assert (SESSION_ID in handle.session_ids()) is new
            if new:
                assert handle.load_session(SESSION_ID)["body"] == {"text": "NEW"}
            # a saved session is counted, even if the kill came before the case update
            assert case.reflections == (1 if new else 0)
        assert handle.load_draft("d1")["body"]["text"] in ("OLD", "NEW")
        assert len(handle.session_ids()) in (1, 2)
        for session_id in handle.session_ids():
            handle.load_session(session_id)  # every file there decrypts and parses

        # and the interrupted save can simply be done again
        handle.save_draft("d1", {"text": "AGAIN"})
        if op.name == "profile":
            handle.save_profile(handle.case)
        if op.name == "session":  # the same id again: saved and counted once, never twice
            handle.save_session(SessionKind.REFLECTION, {"text": "AGAIN"}, SESSION_ID)
            assert handle.case.reflections == 1
            assert handle.load_session(SESSION_ID)["body"] == {"text": "NEW" if new else "AGAIN"}

    report = admin.verify(vault)
    assert report.ok, report.problems
    assert [s.problem for s in vault.summaries()] == [None]
    vault.lock()


_CREATE_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desistkit_tui.core.vault import atomic
    from desistkit_tui.core.vault.store import Vault

    path, passphrase, step, nth = sys.argv[1:5]
    vault = Vault.unlock(Path(path), passphrase)
    calls = 0
    log = open(sys.argv[5], "w", buffering=1)

    def hook(name):
        global calls
        print(name, file=log)
        if name == step:
            calls += 1
            if calls == int(nth):
                os.kill(os.getpid(), signal.SIGKILL)

    atomic.fault_hook = hook
    vault.create_case("K-NEW")
    sys.exit(3)
    """
)
#: create_case writes case.toml.enc into cases/.new-<id>/, a new key-store generation and the
#: vault.toml that names it, renames the folder into place ("rename"), fsyncs, then the audit
#: entry. Whether the kill came after the rename is read from the steps the child logged.
CREATE_STEPS = [(step, nth) for step in STEPS for nth in (1, 2, 3, 4)] + [("rename", 1)]


@pytest.mark.parametrize(("step", "nth"), CREATE_STEPS, ids=[f"{s}-{n}" for s, n in CREATE_STEPS])
def test_kill_during_case_creation(
    vault_path: Path, fast_kdf: KdfParams, step: str, nth: int
) -> None:
    """Killed at any step, a new case is there whole or not at all: never a folder listed
    DAMAGED that verify sends to a backup (issue 13 item 3)."""
    _prepare(vault_path, fast_kdf)
    steps = vault_path.parent / "steps.log"
    done = subprocess.run(
        [sys.executable, "-c", _CREATE_AND_DIE, str(vault_path), PASS, step, str(nth), str(steps)],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode == -9, f"not killed (exit {done.returncode}): {done.stderr}"
    vault = Vault.unlock(vault_path, PASS)
    listed = {s.code: s.problem for s in vault.summaries()}
    # The rename was done before the kill (the audit entry does not matter).
    created = "rename" in steps.read_text().splitlines()[:-1]
    assert listed == ({"K-FAULT": None, "K-NEW": None} if created else {"K-FAULT": None})
    folders = sorted(p.name for p in (vault_path / "cases").iterdir())
    assert len(folders) == len(listed)  # nothing half-made left behind
    assert not list(vault_path.rglob(f"*{TMP_SUFFIX}"))
    assert admin.verify(vault).ok
    if not created:
        vault.create_case("K-NEW")  # and it simply works again
    vault.lock()
