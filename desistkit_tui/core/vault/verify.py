"""``vault verify``: decrypt and check every file, the audit chain, the index and the folder's
permissions; with ``repair``, set right what is only *recoverable*.

A recoverable finding (:class:`Recoverable`) is a state an interrupted write leaves behind, or
a folder open to other users: nothing is lost, and it is reported apart from damage
(:class:`TamperedFile`, which needs a backup). ``repair=True`` removes interrupted case
creations and erasures, abandoned temp files and drafts of saved sessions, counts saved
sessions, finishes a rekey, and closes the modes of files this user owns (a team vault keeps
its group access); then it checks again and reports what is left.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from desistkit_tui.core.errors import Damage, Recoverable, RolledBack, TamperedFile, VaultError
from desistkit_tui.core.model import Case, SessionKind
from desistkit_tui.core.schema import upgrade
from desistkit_tui.core.vault import index_files, staging
from desistkit_tui.core.vault.atomic import is_loose, is_temp_name, sweep_temp_files
from desistkit_tui.core.vault.cases import (
    DRAFTS,
    KEY_FILE,
    SESSIONS,
    is_correction,
    read_case_key,
    record_ids,
)
from desistkit_tui.core.vault.names import CASES, case_rel
from desistkit_tui.core.vault.store import Vault, read_header


@dataclass(slots=True)
class VerifyReport:
    """What ``vault verify`` found (and, with ``repair``, what it set right)."""

    files_checked: int = 0
    problems: list[VaultError] = field(default_factory=list)
    repaired: list[VaultError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def damage(self) -> list[VaultError]:
        """The problems that are not recoverable (a backup is needed for these)."""
        return [p for p in self.problems if not p.recoverable]


def verify(vault: Vault, rebuild_index: bool = False, *, repair: bool = False) -> VerifyReport:
    """Decrypt and check every file, the audit chain and the index (see the module)."""
    report = _check(vault)
    if repair and any(_repairable(p) for p in report.problems):
        _repair(vault, report.problems)
        before = report.problems
        report = _check(vault)
        still = {repr(p) for p in report.problems}
        report.repaired = [p for p in before if _repairable(p) and repr(p) not in still]
    if rebuild_index:
        vault.index.rebuild()
    return report


def _repairable(problem: VaultError) -> bool:
    """Recoverable states, and deletions or rollbacks (``--repair`` accepts the state found
    as the new reference, after the user restored what a backup could give back)."""
    return problem.recoverable or isinstance(problem, RolledBack)


def _check(vault: Vault) -> VerifyReport:
    report = VerifyReport()
    files = vault.files
    report.files_checked += 1
    head = vault.header.audit_head
    try:  # changed on disk since this session unlocked?
        raw = read_header(vault.root)
        raw.verify_mac(files.ring)
        head = raw.header.audit_head  # other sessions append too
    except VaultError as exc:
        report.problems.append(exc)
    if vault.header.retired is not None:
        report.problems.append(Recoverable("unfinished-rekey"))
    store = files.case_keys
    if store is not None:  # the key store as on disk now (another session may have changed it)
        try:
            store.refresh()
            store.load(vault.header)
            store.case_ids()  # format 3: reads every shard (unlock reads the table only)
            report.files_checked += len(store.file_names())
        except VaultError as exc:
            report.problems.append(exc)
    cases_dir = files.path(CASES)
    fresh: dict[str, Case] = {}
    folders: set[str] = set()
    for folder in sorted(cases_dir.iterdir()) if cases_dir.is_dir() else []:
        if not folder.is_dir():
            continue
        folders.add(folder.name)
        if staging.is_leftover(folder.name) or staging.is_incomplete(folder):
            report.problems.append(Recoverable("incomplete-case", path=f"{CASES}/{folder.name}"))
            continue
        _check_case(vault, folder.name, report, fresh)
    report.problems.extend(_check_ledger(vault, fresh, folders))
    report.problems.extend(vault.audit.verify(head))
    report.files_checked += len(vault.audit.sequence_numbers())
    checked, problems = index_files.check(files)
    report.files_checked += checked
    report.problems.extend(problems)
    report.problems.extend(_check_folder(vault))
    return report


def _check_case(vault: Vault, case_id: str, report: VerifyReport, fresh: dict[str, Case]) -> None:
    files = vault.files
    if files.case_keys is None:
        report.files_checked += 1  # key.enc (format 1)
    try:
        key = read_case_key(files, case_id)
    except (VaultError, FileNotFoundError) as exc:
        report.problems.append(_as_problem(exc, case_rel(case_id, KEY_FILE)))
        return
    kinds: Counter[str] = Counter()
    try:
        report.files_checked += 1  # case.toml.enc
        try:
            fresh[case_id] = vault.read_case(case_id)
        except (VaultError, FileNotFoundError) as exc:
            report.problems.append(_as_problem(exc, case_rel(case_id)))
        saved = record_ids(files, case_id, SESSIONS)
        for sub, kind in ((SESSIONS, "session"), (DRAFTS, "draft")):
            for rid in record_ids(files, case_id, sub):
                rel = case_rel(case_id, f"{sub}/{rid}.toml.enc")
                report.files_checked += 1
                try:
                    doc = upgrade(files.read_doc(rel, key), kind, rel)
                    if doc.get("id") != rid:
                        raise TamperedFile(rel, Damage.WRONG_RECORD)
                except VaultError as exc:
                    report.problems.append(exc)
                    continue
                if sub == SESSIONS:  # a correction is a new version, not one more session
                    type_ = str(doc.get("type"))
                    correction = type_ == SessionKind.REFLECTION.value and is_correction(
                        SessionKind.REFLECTION, doc.get("body")
                    )
                    kinds[type_] += not correction
                elif rid in saved:
                    report.problems.append(Recoverable("finished-draft", path=rel))
    finally:
        key.wipe()
    case = fresh.get(case_id)
    if case is not None and case.sessions is not None:
        gone = set(case.sessions) - set(saved)
        if gone:
            report.problems.append(RolledBack("session-missing", code=case.code, count=len(gone)))
    if case is not None:
        missing = max(0, kinds[SessionKind.REFLECTION.value] - case.reflections) + max(
            0, kinds[SessionKind.CARDS.value] - case.card_sessions
        )
        if missing:
            report.problems.append(Recoverable("uncounted-sessions", code=case.code, count=missing))


def _check_ledger(vault: Vault, fresh: dict[str, Case], folders: set[str]) -> list[VaultError]:
    """Cases the vault's ledger lists whose folder is gone or whose document is older, and a
    lost ledger (docs/vault-format.md, Rollbacks and deletions)."""
    ledger, lost = vault.index.recorded()
    problems: list[VaultError] = []
    if lost and any(case.sessions is not None for case in fresh.values()):
        problems.append(RolledBack("index-lost"))
    for case_id, (code, rev) in sorted(ledger.items()):
        case = fresh.get(case_id)
        if case_id not in folders:
            problems.append(RolledBack("case-deleted", code=code))
        elif case is not None and case.rev < rev:
            problems.append(RolledBack("case-older", code=case.code, rev=case.rev, expected=rev))
    return problems


def _as_problem(exc: Exception, rel: str) -> VaultError:
    if isinstance(exc, VaultError):
        return exc
    return TamperedFile(rel, Damage.MISSING)


def _abandoned(path: Path) -> bool:
    """A temp file no writer holds (tested with the writers' own lock, then let go)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # closing lets the lock go
    return True


def _check_folder(vault: Vault) -> list[VaultError]:
    """Temp files of interrupted writes, and files or folders open to other users."""
    root, modes = vault.root, vault.files.modes
    problems: list[VaultError] = []
    for here, folders, names in os.walk(root):
        base = Path(here)
        for name in [*folders, *names, *([""] if base == root else [])]:
            path = base / name if name else base
            try:
                info = path.lstat()
            except OSError:
                continue
            rel = path.relative_to(root).as_posix()
            if stat.S_ISLNK(info.st_mode):
                continue
            if is_temp_name(name) and stat.S_ISREG(info.st_mode) and _abandoned(path):
                problems.append(Recoverable("temp-file", path=rel))
            if is_loose(info.st_mode, modes, folder=stat.S_ISDIR(info.st_mode)):
                mode = f"{stat.S_IMODE(info.st_mode):04o}"
                problems.append(Recoverable("loose-permissions", path=rel, mode=mode))
    return problems


def _repair(vault: Vault, problems: list[VaultError]) -> None:
    files = vault.files
    variants = {p.variant for p in problems if p.recoverable}
    if "unfinished-rekey" in variants:
        from desistkit_tui.core.vault.admin import finish_rekey

        finish_rekey(vault)
    if "incomplete-case" in variants:
        staging.clean_up(files)
        for folder in sorted(files.path(CASES).iterdir()):
            if not staging.is_leftover(folder.name) and staging.is_incomplete(folder):
                staging.remove_incomplete(files, folder.name)
        vault.index.rebuild()
    if "temp-file" in variants:
        sweep_temp_files(vault.root)
    if variants & {"uncounted-sessions", "finished-draft"}:
        for summary in vault.summaries():
            if not summary.problem:
                vault.open_case(summary.id).close()  # opening for writing finishes them
    if "loose-permissions" in variants:
        _close_modes(vault)
    rolled_back = [p for p in problems if isinstance(p, RolledBack)]
    for problem in rolled_back:
        if problem.variant == "session-missing":
            _accept_missing_sessions(vault, str(problem.msg_args["code"]))
    if rolled_back:
        vault.index.accept()


def _accept_missing_sessions(vault: Vault, code: str) -> None:
    """Take the session files present as the case's list (``--repair``, after a backup)."""
    with vault.open_case(vault.find(code).id) as handle:
        present = set(handle.session_ids())
        listed = handle.case.sessions or ()
        handle.save_profile(replace(handle.case, sessions=tuple(i for i in listed if i in present)))


def _close_modes(vault: Vault) -> None:
    """Give every file and folder this user owns the vault's modes (others never get in)."""
    modes, me = vault.files.modes, os.geteuid()
    for here, folders, names in os.walk(vault.root):
        base = Path(here)
        entries = [(base / f, True) for f in folders] + [(base / n, False) for n in names]
        if base == vault.root:
            entries.append((base, True))
        for path, is_folder in entries:
            try:
                info = path.lstat()
                ours = info.st_uid == me and not stat.S_ISLNK(info.st_mode)
                if ours and is_loose(info.st_mode, modes, folder=is_folder):
                    os.chmod(path, modes.folder if is_folder else modes.file)
            except OSError:
                continue  # reported again by the check that follows
