"""The writing operations, and how to tell afterwards whether one happened, for the kill and the
I/O-error targets.

Each :class:`Op` runs in a forked child on an unlocked copy of the fixture vault (``act``);
afterwards this process unlocks the copy and :func:`check` asks what a caseworker would: does
the vault unlock, does every case list without DAMAGED, is ``vault verify`` clean (or does it
report only states it calls recoverable), are no temp files left, and is the operation fully
there or fully absent (``Op.state``) — or, for rotating the case keys, which is resumable one
case at a time, part done and finished by running it again. ``vault backup`` is not here: it
writes its archive outside the vault, and its one write inside (an audit entry) is "audit
append".
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from desistkit_tui.core.history import draft_of_type, load_history
from desistkit_tui.core.history_cache import HistoryCache, same_overview
from desistkit_tui.core.model import Goal, Reflection, SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.atomic import TMP_SUFFIX
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.keyshards import ShardedKeyStore
from desistkit_tui.core.vault.keystore import FOLDER, KeyStore
from desistkit_tui.core.vault.rotate import OLD, ROT, rotate_case_keys
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault, read_header
from desistkit_tui.core.workspace import CaseWorkspace

from reliability import fixture
from reliability.fixture import Fixture
from reliability.harness import is_typed

NEW_CODE = "K-NEW"
SESSION_ID = "1773480600000-0000beef"
APPLIED, ABSENT = "applied", "absent"
#: For a cache (the index): there or not, both are fine, whatever the operation reported.
EITHER = "either"
#: Part done, and running the operation again (as the product tells the user to) finished it:
#: for an operation that is resumable by design (rotating every case key, one case at a time).
RESUMED = "resumed"
Problem = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Op:
    """One writing operation of the product."""

    name: str
    act: Callable[[Vault, Fixture], object]
    #: APPLIED, ABSENT, or what is half there.
    state: Callable[[Vault, Fixture], str]
    prepare: Callable[[Fixture], None] = field(default=lambda fx: None)
    #: Finished at the next unlock or by running it again once under way: an error reported
    #: for it and the work then done is not "error reported, but done" (doing it again is
    #: harmless: the keys are rotated once more). Erasing is not: its error means "not erased".
    rolls_forward: bool = False
    #: The operation is the unlock itself (a format-2 vault's migration): kills and I/O
    #: errors start before the unlock, not after it.
    at_unlock: bool = False


def _draft_id(vault: Vault, fx: Fixture, kind: str) -> str:
    with vault.open_case(fx.alpha, write=False) as handle:
        found = draft_of_type(handle, kind)
    assert found is not None
    return found[0]


def _has_draft(vault: Vault, fx: Fixture, kind: str) -> bool:
    with vault.open_case(fx.alpha, write=False) as handle:
        return draft_of_type(handle, kind) is not None


# -- acts (in the child) ----------------------------------------------------------------------


def _create_case(vault: Vault, fx: Fixture) -> object:
    return vault.create_case(NEW_CODE)


def _save_session(kind: SessionKind, finish: str = "") -> Callable[[Vault, Fixture], object]:
    """Save a session; finishing a flow saves it under its draft's id and then discards the
    draft, as the app does (screens/reflection.py, screens/cards/table.py)."""

    def act(vault: Vault, fx: Fixture) -> object:
        draft = _draft_id(vault, fx, finish) if finish else ""
        body = (
            fixture.reflection_body("NEW", reflection_id=draft or SESSION_ID)
            if kind is SessionKind.REFLECTION
            else None
        )
        if draft:  # through the workspace, as the app does: its summary cache gets a row
            _finish(vault, fx, kind, body or fixture.card_body("NEW"), draft)
            return None
        with vault.open_case(fx.alpha) as handle:
            handle.save_session(kind, body or fixture.card_body("NEW"), SESSION_ID)
        return None

    return act


def _finish(vault: Vault, fx: Fixture, kind: SessionKind, body: dict[str, Any], draft: str) -> None:
    workspace = CaseWorkspace.open(vault, fx.alpha, threading.RLock())
    try:
        if kind is SessionKind.REFLECTION:
            reflection = Reflection.from_body(body, "sessions/new")
            workspace.finish_reflection(replace(reflection, id=draft))
        else:
            workspace.finish_card_session(draft, body)
        workspace.discard_draft(draft)
    finally:
        workspace.close()


def _overview_differs(handle: CaseHandle) -> str:
    """Whether the case overview (its summary cache, checked against the folder) says other
    than the session files read in full, or ""."""
    _, overview = HistoryCache.open(handle)
    if not same_overview(overview, load_history(handle)):
        return "the overview lists other sessions than the folder holds"
    return ""


def _autosave(vault: Vault, fx: Fixture) -> object:
    draft = _draft_id(vault, fx, "reflection")
    with vault.open_case(fx.alpha) as handle:
        handle.save_draft(draft, fixture.reflection_draft("NEW AUTOSAVE"))
    return None


def _save_goals(vault: Vault, fx: Fixture) -> object:
    with vault.open_case(fx.alpha) as handle:
        return handle.save_profile(handle.case.with_goal(Goal("g-new", "NEW GOAL")))


def _add_key(vault: Vault, fx: Fixture) -> object:
    return admin.add_passphrase(vault, "carla", Secret.from_text(fixture.THIRD), fixture.FAST_KDF)


def _remove_key(vault: Vault, fx: Fixture) -> object:
    return admin.remove_slot(vault, "bert")


def _rekey(vault: Vault, fx: Fixture) -> object:
    return admin.rekey(vault, Secret.from_text(fixture.PASS), fixture.FAST_KDF)


def _audit(vault: Vault, fx: Fixture) -> object:
    vault.audit.record(vault.who, "case-exported", "K-ALPHA")
    return None


def _index(vault: Vault, fx: Fixture) -> object:
    return len(vault.summaries())


def _erase(vault: Vault, fx: Fixture) -> object:
    return vault.erase_case(fx.beta)


def _rotate(vault: Vault, fx: Fixture) -> object:
    return rotate_case_keys(vault)


def _to_format_2(fx: Fixture) -> None:
    """Make the fixture a format-2 vault (one key store, docs/vault-format.md §7), as a vault
    written by the previous version: its next unlock migrates it to key shards."""
    vault = fx.unlock()
    shards = vault.files.case_keys
    assert isinstance(shards, ShardedKeyStore)
    keys = {case_id: shards.case_key(case_id) for case_id in shards.case_ids()}
    old = KeyStore(vault.files)
    old.generation = shards.generation

    def commit(generation: int, sealed: bytes) -> None:
        vault.change_header(
            lambda h: replace(h, version=2, keystore=generation, keystore_key=sealed)
        )

    old._publish(Secret.random(), keys, shards.erased, commit, shred_old=False)
    for name in os.listdir(fx.path / FOLDER):
        if name.startswith("shard-"):
            os.unlink(fx.path / FOLDER / name)
    old.wipe()
    vault.lock()


def _at_unlock(vault: Vault, fx: Fixture) -> object:
    return None  # the unlock before it did the work


def _migrate_state(vault: Vault, fx: Fixture) -> str:
    """The migration is finished by any unlock that can write: after the check's unlock the
    vault must be format 3 with every key and the tombstone, and no other file in keys/."""
    store = vault.files.case_keys
    if not isinstance(store, ShardedKeyStore):
        return f"still read with {type(store).__name__}"
    if read_header(fx.path).header.version != 3:
        return "vault.toml is not version 3"
    if store.case_ids() != sorted(fx.cases.values()):
        return f"keys for {len(store.case_ids())} of {len(fx.cases)} cases"
    for case_id in store.case_ids():
        key = store.case_key(case_id)
        same = bytes(key.buffer) == fx.keys[case_id]
        key.wipe()
        if not same:
            return f"{case_id[:8]} has another key"
    if fx.erased not in store.erased:
        return "the tombstone is lost"
    left = {f"{FOLDER}/{n}" for n in os.listdir(fx.path / FOLDER)} - store.file_names()
    if left:
        return f"left in keys/: {sorted(left)[0]}"
    return APPLIED


def _stale_index(fx: Fixture) -> None:
    """Make the index out of date (every case file's stamp moves), so listing rewrites it.

    Not by deleting it: the index holds the ledger of case revisions, and a deleted index is
    reported by ``vault verify`` (docs/vault-format.md §9.1)."""
    for case_file in sorted((fx.path / "cases").glob("*/case.toml.enc")):
        stat = case_file.stat()
        os.utime(case_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def _legacy_index(fx: Fixture) -> None:
    """Put the index back as schema 4 wrote it (one file, ``index.toml.enc``), so listing
    splits it into shards and removes it (issue 17)."""
    from desistkit_tui.core.vault import index_files
    from desistkit_tui.core.vault.index import read_index

    vault = Vault.unlock(fx.path, fixture.PASS)
    try:
        doc = {**read_index(vault.files), "schema": 4}
        index_files.write_doc(vault.files, index_files.LEGACY, doc)
        shutil.rmtree(fx.path / index_files.FOLDER)
    finally:
        vault.lock()


# -- states (in this process, after unlocking) ------------------------------------------------


def _case_state(vault: Vault, fx: Fixture) -> str:
    listed = any(s.code == NEW_CODE and not s.problem for s in vault.summaries())
    folders = sum(1 for p in (fx.path / "cases").iterdir() if p.is_dir())
    extra = folders - len(fx.cases)
    if listed and extra == 1:
        return APPLIED
    if not listed and extra == 0:
        return ABSENT
    return f"{extra} new case folder(s) but the case is {'listed' if listed else 'not listed'}"


def _session_state(kind: SessionKind, finish: str = "") -> Callable[[Vault, Fixture], str]:
    def state(vault: Vault, fx: Fixture) -> str:
        with vault.open_case(fx.alpha, write=False) as handle:
            saved = bool(set(handle.session_ids()) - set(fx.sessions[fx.alpha]))
            case = handle.case
            if differs := _overview_differs(handle):
                return differs
        count = case.reflections if kind is SessionKind.REFLECTION else case.card_sessions
        counted = count > 1  # the fixture's case holds one session of each kind
        draft_left = _has_draft(vault, fx, finish) if finish else None
        if saved and counted and not draft_left:
            return APPLIED
        if not saved and not counted and draft_left is not False:
            return ABSENT
        parts = [
            "session file saved" if saved else "no session file",
            "counted" if counted else "not counted",
        ]
        if finish:
            parts.append("its draft still there" if draft_left else "its draft gone")
        return ", ".join(parts)

    return state


def _autosave_state(vault: Vault, fx: Fixture) -> str:
    with vault.open_case(fx.alpha, write=False) as handle:
        found = draft_of_type(handle, "reflection")
    if found is None:
        return "the draft is gone"
    text = str(found[1])
    return APPLIED if "NEW AUTOSAVE" in text else ABSENT if "draft in progress" in text else "?"


def _goals_state(vault: Vault, fx: Fixture) -> str:
    with vault.open_case(fx.alpha, write=False) as handle:
        return APPLIED if handle.case.goal("g-new") is not None else ABSENT


def _unreadable(vault: Vault, fx: Fixture, case_id: str) -> str:
    """Why the case does not read back whole (its document, every session and draft the
    fixture gave it), or ""."""
    try:
        with vault.open_case(case_id, write=False) as handle:
            sessions, drafts = handle.session_ids(), handle.draft_ids()
            for session in sessions:
                handle.load_session(session)
            for draft in drafts:
                handle.load_draft(draft)
    except BaseException as exc:
        if is_typed(exc):
            return f"{case_id[:8]} does not read: {exc}"
        raise
    if sessions != fx.sessions[case_id] or drafts != fx.drafts[case_id]:
        return f"{case_id[:8]} lost sessions or drafts"
    return ""


def _erase_state(vault: Vault, fx: Fixture) -> str:
    case_id, store = fx.beta, vault.files.case_keys
    assert store is not None
    keyed, tombstone = case_id in store.case_ids(), case_id in store.erased
    folder = (fx.path / "cases" / case_id).is_dir()
    listed = any(s.id == case_id for s in vault.summaries())
    if tombstone and not (keyed or folder or listed):
        return APPLIED
    if keyed and folder and listed and not tombstone:
        return _unreadable(vault, fx, case_id) or ABSENT
    return (
        f"key {'kept' if keyed else 'gone'}, tombstone {'there' if tombstone else 'none'}, "
        f"folder {'there' if folder else 'gone'}, {'listed' if listed else 'not listed'}"
    )


def _rotated(vault: Vault, fx: Fixture) -> list[bool]:
    """For each case, whether the key store names a new key for it (not the fixture's)."""
    store = vault.files.case_keys
    assert store is not None
    moved = []
    for case_id in sorted(fx.cases.values()):
        key = store.case_key(case_id)
        moved.append(bytes(key.buffer) != fx.keys[case_id])
        key.wipe()
    return moved


def _rotate_state(vault: Vault, fx: Fixture) -> str:
    for case_id in sorted(fx.cases.values()):
        if problem := _unreadable(vault, fx, case_id):
            return problem
    moved = _rotated(vault, fx)
    if all(moved):
        return APPLIED
    if not any(moved):
        return ABSENT
    # Part done: running it again, as the product tells the user to, must finish it.
    done = rotate_case_keys(vault)
    if done.busy:
        return f"rotated {sum(moved)} of {len(moved)}; running it again found cases busy"
    for case_id in sorted(fx.cases.values()):
        if problem := _unreadable(vault, fx, case_id):
            return f"rotated {sum(moved)} of {len(moved)}; after running it again {problem}"
    left = [p.name for p in (fx.path / "cases").iterdir() if p.name.startswith((ROT, OLD))]
    if left:
        return f"rotated {sum(moved)} of {len(moved)}; running it again left {left[0]}"
    return RESUMED if all(_rotated(vault, fx)) else "running it again did not rotate every key"


def _labels(fx: Fixture) -> list[str]:
    return [slot.label for slot in read_header(fx.path).header.slots]


def _unlocks(fx: Fixture, secret: str) -> bool:
    try:
        Vault.unlock(fx.path, secret).lock()
    except BaseException as exc:
        if is_typed(exc):
            return False
        raise
    return True


def _add_key_state(vault: Vault, fx: Fixture) -> str:
    if "carla" not in _labels(fx):
        return ABSENT
    return APPLIED if _unlocks(fx, fixture.THIRD) else "slot added, but it does not unlock"


def _remove_key_state(vault: Vault, fx: Fixture) -> str:
    listed = "bert" in _labels(fx)
    if listed == _unlocks(fx, fixture.SECOND):
        return ABSENT if listed else APPLIED
    return "bert is listed but does not unlock" if listed else "bert unlocks but is not listed"


def _rekey_state(vault: Vault, fx: Fixture) -> str:
    old_slots, old_recovery = "bert" in _labels(fx), _unlocks(fx, fx.recovery)
    if old_slots and old_recovery:
        return ABSENT
    if not old_slots and not old_recovery:
        return APPLIED
    return f"bert's slot {'kept' if old_slots else 'gone'}, old recovery key {'works' if old_recovery else 'fails'}"


def _audit_state(vault: Vault, fx: Fixture) -> str:
    actions = [entry.get("action") for entry in vault.audit.entries()]
    return APPLIED if "case-exported" in actions else ABSENT


def _index_state(vault: Vault, fx: Fixture) -> str:
    # The check's own unlock rewrites the index: only "the list is right" can be asked, and
    # check() asks it (no DAMAGED, verify clean).
    return EITHER


OPS: tuple[Op, ...] = (
    Op("create case", _create_case, _case_state),
    Op(
        "save session",
        _save_session(SessionKind.REFLECTION),
        _session_state(SessionKind.REFLECTION),
    ),
    Op("autosave draft", _autosave, _autosave_state),
    Op(
        "finish reflection",
        _save_session(SessionKind.REFLECTION, "reflection"),
        _session_state(SessionKind.REFLECTION, "reflection"),
    ),
    Op(
        "card session save",
        _save_session(SessionKind.CARDS, "cards"),
        _session_state(SessionKind.CARDS, "cards"),
    ),
    Op("save goals", _save_goals, _goals_state),
    Op("add key slot", _add_key, _add_key_state),
    Op("remove key slot", _remove_key, _remove_key_state),
    Op("rekey", _rekey, _rekey_state),
    Op("audit append", _audit, _audit_state),
    Op("index update", _index, _index_state, prepare=_stale_index),
    Op("index split (schema 4)", _index, _index_state, prepare=_legacy_index),
    Op("erase case", _erase, _erase_state),
    Op("rotate case keys", _rotate, _rotate_state, rolls_forward=True),
    Op(
        "migrate format 2",
        _at_unlock,
        _migrate_state,
        prepare=_to_format_2,
        rolls_forward=True,
        at_unlock=True,
    ),
)


def check(fx: Fixture, op: Op, repro: str, *, error_reported: bool | None = None) -> list[Problem]:
    """What is wrong with the vault after ``op`` was interrupted (empty: nothing).

    ``error_reported``: whether the operation told its caller it failed (None: it was killed,
    so it told nobody). An error reported for an operation that is fully there is a problem
    too: the caseworker is told it failed and does it again.
    """
    try:
        vault = fx.unlock()
    except BaseException as exc:
        return [("vault does not unlock", f"after {op.name}: {exc}", repro)]
    problems: list[Problem] = []
    try:
        temp = [p for p in fx.path.rglob(f"*{TMP_SUFFIX}") if p.is_file()]
        if temp:
            problems.append(("temp files left after unlock", f"{len(temp)} after {op.name}", repro))
        damaged = [s for s in vault.summaries() if s.problem]
        if damaged:
            reason = f"after {op.name}: {damaged[0].code} {damaged[0].problem}"
            problems.append(("a case is listed DAMAGED", reason, repro))
        report = admin.verify(vault)
        real = [p for p in report.problems if not getattr(p, "recoverable", False)]
        if real:
            key = f"verify reports {type(real[0]).__name__}"
            problems.append((key, f"after {op.name}: {real[0]}", repro))
        state = op.state(vault, fx)
        if state not in (APPLIED, ABSENT, EITHER, RESUMED):
            problems.append((f"{op.name}: half done", f"{op.name}: {state}", repro))
        elif error_reported is True and state == APPLIED and not op.rolls_forward:
            key = f"{op.name}: error reported, but done"
            why = f"{op.name} failed with an error, yet it was done"
            if op.name == "rekey":  # finish_rekey completes it at the next unlock
                why = (
                    "rekey failed with an error, yet the next unlock finished it: the new "
                    "recovery key was never shown and the old one no longer opens the vault"
                )
            problems.append((key, why, repro))
        elif error_reported is False and state == ABSENT:
            problems.append((f"{op.name}: success reported, but absent", op.name, repro))
    except BaseException as exc:
        problems.append(("check crashed", f"after {op.name}: {type(exc).__name__}: {exc}", repro))
    finally:
        vault.lock()
    return problems
