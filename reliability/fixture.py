"""The fixture vault: several key slots, two cases, sessions of both kinds, drafts, goals, their
summary caches, and a third case erased (so the key store holds a tombstone besides the two
case keys).

Built through the product's own API with Argon2id parameters for tests (about a millisecond),
so a target can unlock it thousands of times. Bodies are made with the real models
(:class:`Reflection`, :class:`ReflectionFlow`, :class:`CardSession`), so they are what the app
itself writes.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.history_cache import HistoryCache
from desistkit_tui.core.model import (
    FactorEntry,
    Goal,
    Intervention,
    Reflection,
    Relevance,
    SessionKind,
    new_record_id,
)
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
SECOND = "bert's own passphrase, second slot"
THIRD = "carla joins the team vault"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=64)
DAY = date(2026, 3, 14)


@dataclass(slots=True)
class Fixture:
    """Where things are in a fixture vault."""

    path: Path
    recovery: str
    cases: dict[str, str] = field(default_factory=dict)  # code -> id
    sessions: dict[str, list[str]] = field(default_factory=dict)  # case id -> session ids
    drafts: dict[str, list[str]] = field(default_factory=dict)  # case id -> draft ids
    #: The erased case: its id, and its folder's files as they were just before the erasure
    #: (relative to the vault), to copy back where a target asks whether the tombstone holds.
    erased: str = ""
    erased_files: dict[str, bytes] = field(default_factory=dict)
    #: Each case's key when the fixture was built (a rotation's check compares against them).
    keys: dict[str, bytes] = field(default_factory=dict)

    @property
    def alpha(self) -> str:
        return self.cases["K-ALPHA"]

    @property
    def beta(self) -> str:
        return self.cases["K-BETA"]

    def unlock(self, passphrase: str = PASS) -> Vault:
        return Vault.unlock(self.path, passphrase)

    def copy_to(self, path: Path) -> Fixture:
        """The same vault in another folder (a fresh copy for one try)."""
        if path.exists():
            shutil.rmtree(path)
        shutil.copytree(self.path, path, symlinks=True)
        return Fixture(
            path,
            self.recovery,
            dict(self.cases),
            self.sessions,
            self.drafts,
            self.erased,
            self.erased_files,
            self.keys,
        )


def reflection_body(
    text: str, *, factors: tuple[str, ...] = ("family", "work"), reflection_id: str = ""
) -> dict[str, Any]:
    """A finished reflection's body with ``text`` in its free-text fields (saved under its id,
    ``reflection_id`` or a new one, as the app saves a reflection)."""
    entries = [
        FactorEntry(
            factor,
            person=Relevance.SOME,
            caseworker=Relevance.HIGH,
            resources=[f"{text} (helps)"],
            needs=[f"{text} (hard)"],
            own_words=text,
            view=text,
        )
        for factor in factors
    ]
    reflection = Reflection(reflection_id or new_record_id(), DAY, entries, note=text)
    return reflection.to_body()


def reflection_draft(text: str, factors: tuple[str, ...] = ("family", "work")) -> dict[str, Any]:
    """A reflection draft (as the flow autosaves it) with ``text`` in each factor."""
    flow = ReflectionFlow.start(factors, DAY)
    for n in range(len(factors)):
        flow.position = n
        flow.update(own_words=text, view=text, resources=[text])
    flow.position = 0
    return flow.to_draft()


@cache
def shipped_content() -> Any:
    """The shipped decks (loaded once per process)."""
    from desistkit_tui.core.content import load_content

    return load_content(user_decks=False)


def card_body(notes: str, *, seed: int = 7) -> dict[str, Any]:
    """A card session body on the shipped deck with one card on the table, ``notes`` on it."""
    from desistkit_tui.core.cards import CardSession, to_body

    deck = shipped_content().deck()
    session = CardSession.start(deck, DAY, seed, "en")
    session.draw()
    entry = session.require_current()
    entry.notes = notes
    return to_body(session)


def build(path: Path) -> Fixture:
    """A fresh fixture vault at ``path`` (which must not exist yet)."""
    vault, recovery = Vault.create(path, Secret.from_text(PASS), "anna", kdf=FAST_KDF)
    admin.add_passphrase(vault, "bert", Secret.from_text(SECOND), FAST_KDF)
    fixture = Fixture(path, recovery)
    for code, language in (("K-ALPHA", "en"), ("K-BETA", "de")):
        case = vault.create_case(code, language=language)
        fixture.cases[code] = case.id
        with vault.open_case(case.id) as handle:
            goal = Goal("g-first", "Find a training place", own_words="a job with my hands")
            step = Intervention("i-first", "Meet the mentor", who="mentor", goal=goal.id)
            handle.save_profile(handle.case.with_goal(goal).with_intervention(step))
            handle.save_session(SessionKind.REFLECTION, reflection_body("earlier reflection"))
            handle.save_session(SessionKind.CARDS, card_body("earlier card notes"))
            handle.save_draft(new_record_id(), reflection_draft("draft in progress"))
            handle.save_draft(new_record_id(), card_body("card draft notes"))
            fixture.sessions[case.id] = handle.session_ids()
            fixture.drafts[case.id] = handle.draft_ids()
            HistoryCache.open(handle)  # writes the summary cache, as opening in the app does
    gone = vault.create_case("K-GONE")
    with vault.open_case(gone.id) as handle:
        handle.save_session(SessionKind.REFLECTION, reflection_body("erased reflection"))
    fixture.erased = gone.id
    fixture.erased_files = {
        f"cases/{gone.id}/{rel}": data for rel, data in files_of(path / "cases" / gone.id).items()
    }
    vault.erase_case(gone.id)  # its key leaves the key store; its tombstone stays
    store = vault.files.case_keys
    assert store is not None  # a new vault is format 3
    for case_id in fixture.cases.values():
        key = store.case_key(case_id)
        fixture.keys[case_id] = bytes(key.buffer)
        key.wipe()
    vault.summaries()  # writes the index
    vault.lock()
    return fixture


def files_of(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by relative path (a snapshot)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }
