"""The encrypted case index: the case list opens with a few decrypts and one parse per shard.

The index (``index/``, :mod:`.index_files`) holds, per case, what the case list shows plus the
``stat`` stamp of the case file it was built from, spread over shards by a hash of the case id:
recording one case rewrites its one shard. Opening compares those stamps with the folder (one
``stat`` per case), re-reads only the cases that changed, and rebuilds what is missing or
damaged. The case summaries are a cache: losing them loses nothing.

The index also holds the vault's **ledger**: each case's id, code and the highest revision
(``rev``) this vault has seen of its case document, in the shard of the case. It is not a
cache: a case folder that is gone while the ledger lists it is reported as deleted, a case
document older than its ledger revision as rolled back (:class:`RolledBack`, shown as the case's
``problem`` in the list). Marks only go up; a write merges this session's changes into the
shard's ledger on disk under the vault's lock, so two sessions never lower each other's marks.
A part of the ledger that is missing or damaged while it was kept (a shard the head lists, or a
case document of schema 3 whose shard is gone) is itself reported (``index-lost``) until
``vault verify --repair`` accepts the rebuilt ledger (docs/vault-format.md, Rollbacks and
deletions).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from desistkit_tui.core.errors import Damage, RolledBack, TamperedFile, VaultError
from desistkit_tui.core.model import Case, CaseStatus, CaseSummary
from desistkit_tui.core.model.case_head import Revised
from desistkit_tui.core.schema import CURRENT
from desistkit_tui.core.vault import index_files as parts
from desistkit_tui.core.vault import index_rows
from desistkit_tui.core.vault.files import Stamp, VaultFiles
from desistkit_tui.core.vault.head_pool import (
    PARALLEL_FROM,
    HeadHelper,
    HeadPool,
    many_cases,
    spawn_pair,
)
from desistkit_tui.core.vault.index_files import SHARDS, shard_of
from desistkit_tui.core.vault.index_rows import Mark, ledger_of, stamp_of, summary_of
from desistkit_tui.core.vault.locks import VaultLock
from desistkit_tui.core.vault.names import CASE_FILE, CASES, case_rel

#: The index's folder (schema 5; ``index.toml.enc`` before, :data:`.index_files.LEGACY`).
REL = parts.FOLDER


#: The stamp of a case file (a module name of its own: tests count the calls).
_stamp = stamp_of


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the index is read: it makes tens of thousands
    of objects that all stay alive, and the collector scanned them again and again (a third of
    the load at 10,000 cases). It runs again afterwards, whatever the other threads did."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_index(files: VaultFiles) -> dict[str, Any]:
    """The whole index as one document (``vault verify``, tests): every shard's rows and ledger
    rows, or the schema-4 file's while it is not split yet. Raises what the first unreadable
    file raises (:class:`FileNotFoundError` if there is no index at all)."""
    try:
        return parts.read_legacy(files)
    except FileNotFoundError:
        pass
    listed = parts.read_head(files)
    doc: dict[str, Any] = {"schema": CURRENT["index"], "kind": "index", "cases": [], "ledger": []}
    for shard in sorted(listed | parts.on_disk(files)):
        part = parts.read_shard(files, shard)
        doc["cases"] += part.get("cases", [])
        doc["ledger"] += part.get("ledger", [])
        if part.get("lost") is True:
            doc["lost"] = True
    return doc


class CaseIndex:
    """Case summaries, kept fresh against the case files."""

    def __init__(self, files: VaultFiles, read_case: Callable[[str], Revised]) -> None:
        self.files = files
        self.read_case = read_case
        #: Case id -> its summary and the stamp of the case file it was read from. A shard is
        #: encoded again from these when it is written (about 1/32 of the rows): the rows as
        #: parsed are not kept (8 MB at 10,000 cases; issue 17).
        self._entries: dict[str, tuple[CaseSummary, Stamp | None]] = {}
        self._loaded = False
        #: The shards to write (their rows or ledger changed).
        self._dirty: set[int] = set()
        #: The shards the head lists (None: no readable head, it is written at the next flush).
        self._listed: set[int] | None = None
        #: The schema-4 index was read: every shard is written, then it is removed.
        self._legacy = False
        #: Shards whose ledger part could not be read (missing or damaged): their cases are
        #: re-read, and a case of schema 3 among them means a ledger was kept and is gone.
        self._unsure: set[int] = set()
        #: Case id -> shard, computed once per id; shard -> every id seen of it (a write of one
        #: shard looks at its own cases only, not at all of them).
        self._shard: dict[str, int] = {}
        self._members: list[set[str]] = [set() for _ in range(SHARDS)]
        #: True when the last load found some of the index missing or damaged (rebuilt).
        self.rebuilt = False
        #: The ledger as read (plus this session's changes); see the module.
        self._ledger: dict[str, Mark] = {}
        #: This session's changes to the ledger, merged into the files on disk by flush().
        self._raised: dict[str, Mark] = {}
        self._dropped: set[str] = set()
        #: True when the ledger was lost (index missing or damaged although kept before).
        self.lost = False
        self._anchored = False
        #: True from loading until the end of the first refresh (the one that rebuilds).
        self._first_refresh = False
        #: From this many cases to read again, two helper processes read most of them
        #: (:mod:`.head_pool`): started ahead by the unlock (:meth:`adopt`), else by
        #: :meth:`preload` when it finds the index to rebuild, else when the reading starts.
        self.parallel_from = PARALLEL_FROM
        self._helpers: list[HeadHelper] = []
        #: The helpers' command line (tests; empty: this interpreter, :mod:`.head_worker`).
        self.helper_command: Sequence[str] = ()

    @property
    def _dirty_any(self) -> bool:
        return bool(self._dirty) or self._listed is None or self._legacy

    def _s(self, case_id: str) -> int:
        shard = self._shard.get(case_id)
        if shard is None:
            shard = self._shard[case_id] = shard_of(case_id)
            self._members[shard].add(case_id)
        return shard

    def _touch(self, case_id: str) -> None:
        self._dirty.add(self._s(case_id))

    def _take(self, doc: dict[str, Any], shard: int | None) -> None:
        """Take the rows and ledger of one index document (a shard, or the schema-4 file);
        nothing of it if any of it is malformed."""
        rows = doc.get("cases", [])
        if type(rows) is not list:
            raise TypeError(rows)
        parsed = [summary_of(row) for row in rows]
        ledger = ledger_of(doc, None, {summary.id: summary for summary, _ in parsed})
        ids = {summary.id for summary, _ in parsed} | ledger.keys()
        if shard is not None:
            if any(shard_of(case_id) != shard for case_id in ids):
                raise TypeError(shard)  # a row in another's shard would outlive its erasure
            self._shard.update(dict.fromkeys(ids, shard))
            self._members[shard] |= ids
        else:
            for case_id in ids:
                self._s(case_id)
        self._entries.update((entry[0].id, entry) for entry in parsed)
        self._ledger.update(ledger)
        if doc.get("lost") is True:
            self.lost = True

    def _load(self) -> None:
        self._entries, self._ledger = {}, {}
        self.rebuilt, self.lost, self._anchored = False, False, False
        self._dirty, self._unsure, self._legacy = set(), set(), False
        try:
            self._take(parts.read_legacy(self.files), None)
            self._legacy = True  # split into shards at the next flush
        except FileNotFoundError:
            self._load_shards()
        except (VaultError, ValueError, TypeError, KeyError):
            # Damaged, foreign or malformed: the summaries are rebuilt from the cases; the
            # ledger is lost (reported if a case document says one was kept).
            self._entries, self._ledger = {}, {}
            self._legacy, self.rebuilt, self._unsure = True, True, set(range(SHARDS))
        self._loaded, self._first_refresh = True, True

    def _load_shards(self) -> None:
        try:
            self._listed = parts.read_head(self.files)
        except FileNotFoundError:
            self._listed = None
        except VaultError:
            self._listed = None
        found = parts.on_disk(self.files)
        if self._listed is None and not found:  # no index at all (never written, or deleted)
            self.rebuilt, self._unsure = True, set(range(SHARDS))
            return
        for shard in sorted(found | (self._listed or set())):
            try:
                self._take(parts.read_shard(self.files, shard), shard)
            except (FileNotFoundError, VaultError, ValueError, TypeError, KeyError):
                # Missing or damaged (nothing of it was taken): its cases are re-read.
                self._unsure.add(shard)
                self._dirty.add(shard)
                if self._listed is not None and shard in self._listed:
                    self._anchored = True  # written once, so it held a ledger part: lost
        if self._listed is None and self._ledger:
            self._anchored = True  # the head is gone while shards kept a ledger
        self.rebuilt = bool(self._unsure) or self._listed is None

    @property
    def ledger(self) -> dict[str, Mark]:
        """The ledger with this session's changes (case id -> (code, highest rev))."""
        return dict(self._ledger)

    def rolled_back(self, case: Case) -> RolledBack | None:
        """A :class:`RolledBack` if ``case`` (just read) is older than the ledger's mark of it:
        the check the refresh makes (``_raise``), for a case opened before the list was
        refreshed."""
        if not self._loaded:
            self._load()
        known = self._ledger.get(case.id)
        if known is not None and case.rev < known[1]:
            return RolledBack("case-older", code=case.code, rev=case.rev, expected=known[1])
        return None

    def _merged_ledger(self, shards: set[int]) -> dict[str, Mark]:
        """The ledger of ``shards`` on disk with this session's changes: revisions only go up,
        erased cases leave it."""
        ledger = self._on_disk(shards)
        for case_id, (code, rev) in self._raised.items():
            if self._s(case_id) in shards:
                known = ledger.get(case_id)
                ledger[case_id] = (code, max(rev, known[1] if known else rev))
        for case_id in self._dropped:
            ledger.pop(case_id, None)
        return ledger

    def _erased(self, case_ids: set[str]) -> set[str]:
        """The ones among ``case_ids`` the key store keeps a tombstone of (format 2). An
        erasure whose index write failed, or that the next unlock finished, leaves its case
        in the ledger: it went on purpose, it is not a deleted case."""
        store = self.files.case_keys
        if store is None or not case_ids:
            return set()
        if not case_ids <= set(store.erased):
            with contextlib.suppress(VaultError):  # erased by another session meanwhile?
                store.refresh()
        return case_ids & set(store.erased)

    def _lost_on_disk(self) -> bool:
        """Whether the index on disk now says its ledger is lost, or is missing or damaged."""
        try:
            return parts.read_legacy(self.files).get("lost") is True
        except FileNotFoundError:
            pass
        except VaultError:
            return True
        try:
            listed = parts.read_head(self.files)
            for shard in sorted(listed | parts.on_disk(self.files)):
                if parts.read_shard(self.files, shard).get("lost") is True:
                    return True
        except (FileNotFoundError, VaultError):
            return True  # missing or damaged now: the ledger is gone (if one was kept)
        return False

    def recorded(self) -> tuple[dict[str, Mark], bool]:
        """For ``vault verify``: the ledger on disk with this session's changes, and whether
        it was lost (read now, not as this session first read it)."""
        if not self._loaded:
            self._load()
        ledger = self._merged_ledger(set(range(SHARDS)))
        gone = {c for c in ledger if not self.files.path(case_rel(c, "")).is_dir()}
        for case_id in self._erased(gone):
            del ledger[case_id]
        return ledger, self._lost_on_disk() or self.lost

    def _raise(self, case_id: str, code: str, rev: int, *, listed: bool) -> RolledBack | None:
        """Record a case document's revision (``listed``: it lists its sessions, schema 3 and
        later); a :class:`RolledBack` if it is below the ledger's. The caller marks the
        case's shard changed (it records the summary too)."""
        if self._first_refresh and listed and self._s(case_id) in self._unsure:
            self._anchored = True  # a schema-3 case: a ledger was kept, and is gone
        known = self._ledger.get(case_id)
        if known is not None and rev < known[1]:
            return RolledBack("case-older", code=code, rev=rev, expected=known[1])
        if known != (code, rev):
            self._ledger[case_id] = self._raised[case_id] = (code, rev)
            self._dropped.discard(case_id)
        return None

    def _every_shard(self) -> set[int]:
        """The shards that hold something or were written: what a full write covers."""
        held = {self._s(c) for c in self._entries.keys() | self._ledger.keys()}
        return held | (self._listed or set()) | parts.on_disk(self.files)

    def accept(self) -> None:
        """Take the cases as they are now as the ledger (``vault verify --repair``, after the
        user restored what a backup could give back)."""
        if not self._loaded:
            self._load()
        self._refresh()
        for case_id, (summary, _) in list(self._entries.items()):
            problem = summary.problem
            if isinstance(problem, RolledBack):
                if problem.variant == "case-deleted":
                    self.remove(case_id)
                else:
                    self._ledger.pop(case_id, None)
                    self._reread(case_id, None)
        self.lost = self._anchored = False
        self._dirty |= self._every_shard()
        self._listed = None  # the head is written again too
        self.flush()

    @property
    def loaded(self) -> bool:
        """Whether the index has been read (since the unlock)."""
        return self._loaded

    def preload(self) -> None:
        """Read the index now (decrypt and parse its shards), not checked against the case
        files yet: the unlock does it in its own thread, before the case list is shown, so the
        list has its rows in its first frame (issue 17). Nothing else is read, whatever the
        index's state (a missing or damaged one is rebuilt when the list asks for it)."""
        if not self._loaded:
            with _collector_paused():
                self._load()
            if (
                self.rebuilt
                and not self._helpers
                and many_cases(self.files.root, self.parallel_from)
            ):
                self._helpers = spawn_pair(self.helper_command)

    def adopt(self, helpers: list[HeadHelper]) -> None:
        """Take helpers started before the unlock (:func:`.head_pool.helpers_ahead`) for the
        rebuild."""
        self._helpers += helpers

    def close(self) -> None:
        """Stop the helpers started for a rebuild that did not come (the vault locks)."""
        helpers, self._helpers = self._helpers, []
        for helper in helpers:
            helper.stop()

    def summaries(self, *, flush: bool = True, refresh: bool = True) -> list[CaseSummary]:
        """Every case, damaged ones included, refreshed against the folder.

        What changed is written back at once, or with ``flush=False`` by the next
        :meth:`flush` (``Vault.lock`` calls it): the case list is shown before the index is
        written, and creating many cases does not rewrite the index each time.

        With ``refresh=False`` the summaries are the index's as read (and as this session
        changed them), without the ``stat`` per case: the case list is painted from them at
        once and refreshed right after (issue 17). An index that was missing or damaged is
        refreshed all the same until its first refresh (its summaries would be incomplete).
        Such a list may miss what other sessions or a restored backup changed until the
        refresh, so it must be followed by one; opening a case checks its ledger mark on its
        own (:meth:`rolled_back`).
        """
        with _collector_paused():
            if not self._loaded:
                self._load()
            if refresh or (self.rebuilt and self._first_refresh):
                self._refresh()
        if flush and self._dirty_any:
            self.flush()
        return [summary for summary, _ in self._entries.values()]

    def at_hand(self) -> list[CaseSummary] | None:
        """``summaries(flush=False, refresh=False)`` if that reads no file: the index is loaded
        and was not found missing or damaged, or has been rebuilt since (else it would be
        rebuilt now); else ``None``."""
        if not self._loaded or (self.rebuilt and self._first_refresh):
            return None
        return [summary for summary, _ in self._entries.values()]

    def codes_of(self, names: set[str]) -> dict[str, str]:
        """Case id -> casefolded code of every readable case among ``names`` (the folders of
        ``cases/``, listed by the caller, who holds the vault's lock: no other session
        creates one meanwhile). Folders this session does not know (created by another
        session) are read first; folders gone are left out. A code changed by another
        session's profile edit is seen at the next refresh (such edits never took the vault's
        lock, so no check could be sure of them)."""
        if not self._loaded:
            self._load()
        if self._first_refresh:
            self._refresh()
        root = self.files.path(CASES)
        for name in names - self._entries.keys():
            self._reread(name, _stamp(f"{root}/{name}/{CASE_FILE}"))
        entries = self._entries
        return {
            case_id: entry[0].code.casefold()
            for case_id in names
            if (entry := entries.get(case_id)) is not None and not entry[0].problem
        }

    def _refresh(self) -> None:
        root = self.files.path(CASES)
        seen: set[str] = set()
        #: Cases to read again; with the stamp taken now, or none yet (an unknown case, taken
        #: by whoever reads it, just before reading it).
        todo: list[str] = []
        stamps: dict[str, Stamp | None] = {}
        if root.is_dir():
            entries = self._entries
            with os.scandir(root) as it:
                for entry in it:
                    if not entry.is_dir(follow_symlinks=False) or entry.name.startswith("."):
                        continue
                    seen.add(entry.name)
                    known = entries.get(entry.name)
                    if known is None:
                        todo.append(entry.name)
                        continue
                    stamp = _stamp(f"{entry.path}/{CASE_FILE}")
                    if known[1] != stamp or known[0].problem:
                        todo.append(entry.name)
                        stamps[entry.name] = stamp
        self._reread_all(todo, stamps)
        for gone in self._entries.keys() - seen:
            del self._entries[gone]
            self._touch(gone)
        if self._anchored:
            self.lost = True
        self._first_refresh = False
        missing = self._ledger.keys() - seen
        if missing:  # erased by another session since this one read the ledger?
            on_disk = self._on_disk({self._s(c) for c in missing})
            for case_id in missing - on_disk.keys() - self._raised.keys():
                del self._ledger[case_id]
            for case_id in self._erased(missing):
                self.remove(case_id)  # erased on purpose, the ledger not yet told
        for gone in self._ledger.keys() - seen:
            code = self._ledger[gone][0]
            problem = RolledBack("case-deleted", code=code)
            epoch = CaseSummary.damaged(gone, problem).last_activity
            summary = CaseSummary(gone, code, CaseStatus.ACTIVE, epoch, 0, 0, problem=problem)
            self._entries[gone] = (summary, None)

    def _reread_all(self, todo: list[str], stamps: dict[str, Stamp | None]) -> None:
        """Read the cases of ``todo`` again; with two helper processes when there are many
        (:mod:`.head_pool`). The entries keep the order of ``todo``, whoever read them."""
        root = f"{self.files.path(CASES)}/"

        def reread(position: int) -> None:
            case_id = todo[position]
            stamp = stamps[case_id] if case_id in stamps else _stamp(f"{root}{case_id}/{CASE_FILE}")
            self._reread(case_id, stamp)

        ready, self._helpers = self._helpers, []
        pool = None
        if len(todo) >= self.parallel_from:
            pool = HeadPool.start(self.files, todo, ready, self.helper_command)
        else:
            for helper in ready:
                helper.stop()
        if pool is None:
            for position in range(len(todo)):
                reread(position)
            return
        for position, answer in pool.run(reread):
            if answer is None or not self._take_answer(todo[position], answer):
                reread(position)
        entries, again = self._entries, set(todo)  # the answers came in any order
        kept = [(case_id, entry) for case_id, entry in entries.items() if case_id not in again]
        self._entries = dict(kept + [(c, entries[c]) for c in todo if c in entries])

    def _take_answer(self, case_id: str, answer: list[Any]) -> bool:
        """Record the helper's answer for ``case_id`` (:mod:`.head_worker`); False if it is not
        one (the caller then reads the case itself)."""
        try:
            summary, stamp = summary_of(answer[:-2])
        except (TypeError, ValueError, KeyError):
            return False
        rev, listed = answer[-2], answer[-1]
        if summary.id != case_id or type(rev) is not int or type(listed) is not bool:
            return False
        self._record(summary, stamp, rev, listed=listed)
        return True

    def _reread(self, case_id: str, stamp: Stamp | None) -> None:
        try:
            case = self.read_case(case_id)
        except FileNotFoundError:
            summary = CaseSummary.damaged(case_id, TamperedFile(case_rel(case_id), Damage.MISSING))
        except VaultError as exc:
            summary = CaseSummary.damaged(case_id, exc)
        else:
            self._record(case.summary, stamp, case.rev, listed=case.sessions is not None)
            return
        self._entries[case_id] = (summary, None)
        self._touch(case_id)

    def _record(self, summary: CaseSummary, stamp: Stamp | None, rev: int, *, listed: bool) -> None:
        """Record a case document just read (by this process or a helper): its revision in
        the ledger, its summary (with the problem if it is older than the ledger's mark)."""
        rolled_back = self._raise(summary.id, summary.code, rev, listed=listed)
        if rolled_back is not None:
            summary, stamp = summary._replace(problem=rolled_back), None
        self._entries[summary.id] = (summary, stamp)
        self._touch(summary.id)

    def update(self, case: Case) -> None:
        """Record a case just written by this session (its revision is the new mark: this
        session wrote it, holding the case's lock)."""
        if not self._loaded:
            self._load()
        stamp = _stamp(str(self.files.path(case_rel(case.id))))
        self._entries[case.id] = (CaseSummary.of(case), stamp)
        self._ledger[case.id] = self._raised[case.id] = (case.code, case.rev)
        self._dropped.discard(case.id)
        self._touch(case.id)

    def remove(self, case_id: str) -> None:
        """Forget a case that is being erased (the ledger too: its folder goes on purpose)."""
        if not self._loaded:
            self._load()
        self._entries.pop(case_id, None)
        self._ledger.pop(case_id, None)
        self._raised.pop(case_id, None)
        self._dropped.add(case_id)
        self._touch(case_id)

    def flush(self, case_id: str | None = None) -> None:
        """Write the shards that changed (damaged cases are left out; they are re-checked);
        with ``case_id``, only that case's shard (erasure: the code leaves the index at once).

        Each shard's ledger written is the one on disk with this session's changes merged in
        (marks only go up), under the vault's lock: another session's marks are never lowered.
        The head is written when a shard is new to it; the schema-4 file is removed once every
        shard is written.
        """
        if not self._loaded or not self._dirty_any:
            return
        if case_id is None or self._legacy:
            targets = set(self._dirty)
        else:
            targets = self._dirty & {self._s(case_id)}
        if self._legacy:
            targets |= self._every_shard()
        if not targets and self._listed is not None:
            return
        shard_of_id = self._s
        cases: dict[int, list[list[Any]]] = {shard: [] for shard in targets}
        mine = sorted(set().union(*(self._members[shard] for shard in targets)))
        entries, row_of = self._entries, index_rows.row_of
        for cid in mine:
            entry = entries.get(cid)
            if entry is None:
                continue
            summary, stamp = entry
            if stamp is None or summary.problem:
                continue
            cases[shard_of_id(cid)].append(row_of(summary, stamp))
        with VaultLock(self.files.root, self.files.modes.file, share=True) as lock:
            lock.wait()
            ledger = self._merged_ledger(targets)
            by_shard: dict[int, list[list[Any]]] = {shard: [] for shard in targets}
            for cid, (code, rev) in sorted(ledger.items()):
                by_shard[shard_of_id(cid)].append([cid, code, rev])
            for shard in sorted(targets):
                parts.write_shard(self.files, shard, cases[shard], by_shard[shard], self.lost)
            self._write_head(targets)
            if self._legacy:
                parts.remove_legacy(self.files)
        self._legacy = False
        for cid in mine:
            self._ledger.pop(cid, None)
        self._ledger.update(ledger)
        self._raised = {c: m for c, m in self._raised.items() if shard_of_id(c) not in targets}
        self._dropped = {c for c in self._dropped if shard_of_id(c) not in targets}
        self._dirty -= targets

    def _write_head(self, written: set[int]) -> None:
        """List the shards just written in the head if it does not list them yet (the head on
        disk is re-read: another session may have listed others meanwhile)."""
        if self._listed is not None and written <= self._listed:
            return
        try:
            listed = parts.read_head(self.files)
        except (FileNotFoundError, VaultError):
            listed = set()
        listed |= written | parts.on_disk(self.files) | (self._listed or set())
        parts.write_head(self.files, listed)
        self._listed = listed

    def _on_disk(self, shards: set[int]) -> dict[str, Mark]:
        """The ledger of ``shards`` in the files now (another session may have written them
        since this one read them); this session's copy of a shard that is gone or damaged."""
        ledger: dict[str, Mark] = {}
        for shard in shards:
            try:
                if self._legacy:
                    raise FileNotFoundError(shard)  # the shards on disk are not the index yet
                ledger.update(ledger_of(parts.read_shard(self.files, shard), shard))
            except (FileNotFoundError, VaultError, ValueError, TypeError):
                mine = self._members[shard] & self._ledger.keys()
                ledger.update((c, self._ledger[c]) for c in mine)
        return ledger

    def rebuild(self) -> list[CaseSummary]:
        """Forget the summaries and build them again from every case file (the ledger is
        kept: it is not a cache)."""
        if not self._loaded:
            self._load()
        self._dirty |= self._every_shard()
        self._listed = None  # the head is written again too
        self._entries = {}
        return self.summaries()
