"""Target 8, plaintext on disk and core dumps.

Plaintext: a scripted session — a vault made with ``desistkit init``, a case with ``desistkit
case add``, goals, a reflection, drafts and card notes holding marker texts, then the real TUI
on a pty (unlock, open the case, type a new goal, save, lock, quit). Every file under the vault,
the temp folder, the XDG folders and HOME is then searched for each marker (UTF-8 and UTF-16),
for the passphrase and for the recovery key. Held per marker and folder: not found.

Core dumps: the real ``desistkit`` on a pty. Held: ``/proc/<pid>/limits`` shows a core file
size of 0 (soft and hard), and the process is not dumpable (a process of the same user
without CAP_SYS_PTRACE may not open its ``/proc/<pid>/mem``), at the unlock screen and after
unlocking.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from desistkit_tui.core.model import Goal, SessionKind, new_record_id
from desistkit_tui.core.vault.store import Vault

from reliability import fixture, terminal
from reliability.harness import Context, TargetResult, in_child

NAME = "plaintext and core dumps"
CODE = "K-PLAIN-7Q"
MARKERS = {
    "goal text": "Zyxwv goal marker 4711",
    "goal own words": "Qwertz own words 0815",
    "reflection text": "Plmokn reflection marker 3141",
    "reflection draft": "Ijnuhb draft marker 2718",
    "card notes": "Vfrcde card note 1618",
    "typed in the TUI": "Typedgoal marker 9973",
}


def _env(work: Path) -> dict[str, str]:
    env = {
        name: os.environ[name]
        for name in (
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
            "TMPDIR",
            "DESISTKIT_CONFIG_DIR",
        )
    }
    return env | {"DESISTKIT_VAULT": str(work / "vault"), "HOME": str(work / "home")}


def _cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [terminal.console_script(), *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def _script(work: Path, env: dict[str, str]) -> tuple[str, str]:
    """The scripted session; the passphrase and the recovery key."""
    secret = work / "passphrase"
    secret.write_text(fixture.PASS + "\n")
    weak = ("--kdf-memory-mib", "1", "--kdf-iterations", "1", "--kdf-lanes", "1")
    out = _cli(env, "init", "--label", "anna", "--passphrase-file", str(secret), *weak)
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 5)
    _cli(env, "case", "add", CODE, "--passphrase-file", str(secret))
    vault = Vault.unlock(work / "vault", fixture.PASS)
    with vault.open_case(vault.find(CODE).id) as handle:
        goal = Goal("g1", MARKERS["goal text"], own_words=MARKERS["goal own words"])
        handle.save_profile(handle.case.with_goal(goal))
        body = fixture.reflection_body(MARKERS["reflection text"])
        handle.save_session(SessionKind.REFLECTION, body)
        handle.save_draft(new_record_id(), fixture.reflection_draft(MARKERS["reflection draft"]))
        handle.save_draft(new_record_id(), fixture.card_body(MARKERS["card notes"]))
    vault.lock()
    with terminal.running(env=env, size=(120, 40)) as term:
        term.read_until("Passphrase")
        term.type(fixture.PASS + "\r")
        term.read_until(CODE)
        term.press("enter")
        term.read_until(f"Case {CODE}")
        term.press("f6")
        term.read_until("New goal")
        term.press("f6")
        term.read_until("Save")
        term.type(MARKERS["typed in the TUI"])
        term.read_until(MARKERS["typed in the TUI"][-4:])
        term.press("ctrl+s")
        term.settle()
        term.press("escape")
        term.settle()
        term.press("ctrl+l")
        term.read_until("Passphrase")
        term.press("ctrl+q")
        term.settle(timeout=3)
    return fixture.PASS, recovery


def _search(result: TargetResult, folders: dict[str, Path], needles: dict[str, str]) -> None:
    contents = {
        where: [
            (p, p.read_bytes()) for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
        ]
        for where, folder in folders.items()
    }
    for what, text in needles.items():
        forms = (text.encode("utf-8"), text.encode("utf-16-le"))
        for where, files in contents.items():
            hits = [p for p, data in files if any(form in data for form in forms)]
            if hits:
                found = hits[0].relative_to(folders[where])
                result.fail(f"plaintext in {where}", f"the {what} is readable in {found}", what)
            else:
                result.hold()


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    work = ctx.folder(NAME)
    (work / "home").mkdir(exist_ok=True)
    env = _env(work)
    passphrase, recovery = _script(work, env)
    vault = Vault.unlock(work / "vault", passphrase)
    with vault.open_case(vault.find(CODE).id, write=False) as handle:
        typed = [g for g in handle.case.goals if g.text == MARKERS["typed in the TUI"]]
    vault.lock()
    if not typed:
        result.notes.append("the goal typed in the TUI was not saved: the script went astray")
    needles = MARKERS | {"passphrase": passphrase, "recovery key": recovery}
    folders = {
        "the vault": work / "vault",
        "TMPDIR": Path(env["TMPDIR"]),
        "the XDG folders": Path(env["XDG_DATA_HOME"]).parent,
        "HOME": work / "home",
    }
    _search(result, folders, needles)
    _core_checks(result, env)
    return result


def _dumpable(pid: int) -> bool:
    """Whether a process of the same user, without CAP_SYS_PTRACE, may open ``pid``'s memory
    (the kernel refuses it when ``pid`` is not dumpable)."""

    def probe() -> bool:
        terminal.drop_ptrace_capability()
        try:
            with open(f"/proc/{pid}/mem", "rb"):
                return True
        except PermissionError:
            return False

    child = in_child(probe, 30)
    if child.status != "ok":
        raise RuntimeError(f"the /proc probe failed: {child.status} {child.error}")
    return bool(child.value)


def _core_checks(result: TargetResult, env: dict[str, str]) -> None:
    with terminal.running(env=env, size=(120, 40), drop_ptrace=True) as term:
        term.read_until("Passphrase")
        _inspect(result, term.pid, "at the unlock screen")
        term.type(fixture.PASS + "\r")
        term.read_until(CODE)
        _inspect(result, term.pid, "after unlocking")


def _inspect(result: TargetResult, pid: int, when: str) -> None:
    limits = Path(f"/proc/{pid}/limits").read_text()
    line = next((x for x in limits.splitlines() if x.startswith("Max core file size")), "")
    soft, hard = [*line.split()[4:6], "?", "?"][:2]
    repro = f"`desistkit` on a terminal, {when}: /proc/<pid>/limits, open /proc/<pid>/mem"
    for which, value in (("soft", soft), ("hard", hard)):
        if value == "0":
            result.hold()
        else:
            result.fail("core dumps allowed", f"RLIMIT_CORE {which} is {value} {when}", repro)
    if _dumpable(pid):
        result.fail("process dumpable", f"PR_SET_DUMPABLE is not 0 {when}", repro)
    else:
        result.hold()
