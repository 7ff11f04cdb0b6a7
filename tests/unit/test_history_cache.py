"""The per-case summary cache (cases/<id>/history.json.enc, core/history_cache.py): opening a
case reads it instead of every session file; it is rebuilt when missing, tampered or copied
from another case, brought up to date when session files came or went, and updated when a
session is finished. Real vaults in tmp folders, real encryption; reads are counted through
the file layer (VaultFiles.read_bytes)."""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import SchemaError
from desistkit_tui.core.history import History, Overview, load_history
from desistkit_tui.core.history_cache import HistoryCache
from desistkit_tui.core.model import FactorEntry, Reflection, Relevance, SessionKind
from desistkit_tui.core.vault import admin, backup, rotate
from desistkit_tui.core.vault.cases import HISTORY_CACHE, SUFFIX
from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.workspace import CaseWorkspace

PASS = "a long enough passphrase"
H, S = Relevance.HIGH, Relevance.SOME


@dataclass
class Reads:
    """Every file the vault's file layer read, by path relative to the vault."""

    rels: list[str]

    @property
    def sessions(self) -> list[str]:
        return [rel for rel in self.rels if "/sessions/" in rel]

    @property
    def caches(self) -> list[str]:
        return [rel for rel in self.rels if rel.endswith(HISTORY_CACHE)]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    found = Reads([])
    read = VaultFiles.read_bytes

    def counted(self: VaultFiles, rel: str) -> bytes:
        found.rels.append(rel)
        return read(self, rel)

    monkeypatch.setattr(VaultFiles, "read_bytes", counted)
    return found


def _reflection(n: int, replaces: str = "") -> Reflection:
    day = date(2025, 1, 6) + timedelta(days=7 * n)
    entries = [
        FactorEntry("family-of-origin", H, S, ["Sister"] * (n % 3), ["Debts"]),
        FactorEntry("work-structure", S, S, ["Routine"], [], skipped=n % 2 == 1),
        FactorEntry("scene-ties"),  # nothing recorded: not in the summary
    ]
    created = datetime(2025, 1, 6, 9, n, tzinfo=UTC)
    rid = f"17360000000{n:02d}-{n:016x}"
    return Reflection(rid, day, entries, entered_later=n == 2, replaces=replaces, created=created)


def _filled(path: Path, kdf: KdfParams) -> tuple[Vault, str, list[str]]:
    """A case with five reflections (one a correction) and two card sessions, saved the way a
    session is saved, with no summary cache yet."""
    vault, _ = Vault.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    case_id = vault.create_case("K-1").id
    with vault.open_case(case_id) as handle:
        saved = [_reflection(n) for n in range(4)]
        saved.append(_reflection(4, replaces=saved[1].id))
        for r in saved:
            handle.save_session(SessionKind.REFLECTION, r.to_body(), r.id, held_on=r.held_on)
        for n, suggested in enumerate((["wellbeing"], ["friendships", "work-structure"])):
            body = {"type": "cards", "format": 1, "held_on": date(2025, 3, 1 + n)}
            body["suggested_factors"] = suggested
            body["cards"] = [{"state": "open"}, {"state": "skipped"}, {"state": "later"}]
            handle.save_session(SessionKind.CARDS, body, f"17400000000{n:02d}-cards{n:011d}")
        ids = handle.session_ids()
    assert not vault.files.path(case_rel(case_id, HISTORY_CACHE)).exists()
    return vault, case_id, ids


def _full(vault: Vault, case_id: str) -> History[Reflection]:
    with vault.open_case(case_id, write=False) as handle:
        return load_history(handle)


def _same(overview: Overview, full: History[Reflection]) -> None:
    """The overview says what reading every session in full says."""
    assert overview.reflections == [r.summary() for r in full.reflections]
    assert overview.card_sessions == full.card_sessions
    assert overview.latest_suggestions == full.latest_suggestions


def _open(vault: Vault, case_id: str) -> tuple[HistoryCache, Overview]:
    with vault.open_case(case_id) as handle:
        return HistoryCache.open(handle)


def test_opening_a_case_reads_one_document_not_one_per_session(
    vault_path: Path, fast_kdf: KdfParams, reads: Reads
) -> None:
    vault, case_id, ids = _filled(vault_path, fast_kdf)
    full = _full(vault, case_id)
    assert len(full.reflections) == 5 and len(ids) == 7

    cache, overview = _open(vault, case_id)  # no cache yet: every session read, cache written
    assert cache.state == "rebuilt" and len(reads.sessions) >= 7
    _same(overview, full)
    cache_file = vault.files.path(case_rel(case_id, HISTORY_CACHE))
    assert cache_file.is_file() and (cache_file.stat().st_mode & 0o777) == 0o600
    assert b"Sister" not in cache_file.read_bytes()  # sealed (and holds no words anyway)

    reads.rels.clear()
    workspace = CaseWorkspace.open(vault, case_id, threading.RLock())
    assert reads.sessions == [] and len(reads.caches) == 1
    assert workspace.history.reflections == [r.summary() for r in full.reflections]
    assert [len(r.recorded) for r in workspace.history.reflections] == [2, 1, 2, 1, 2]
    # A full reflection is read when it is opened (once), not before.
    wanted = full.reflections[2]
    assert workspace.reflection(wanted.id) == wanted
    assert workspace.reflection(wanted.id) is workspace.reflection(wanted.id)
    assert len(reads.sessions) == 1
    workspace.close()


def test_a_missing_tampered_or_foreign_cache_is_rebuilt_never_trusted(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, case_id, _ = _filled(vault_path, fast_kdf)
    full = _full(vault, case_id)
    _open(vault, case_id)
    cache_file = vault.files.path(case_rel(case_id, HISTORY_CACHE))
    good = cache_file.read_bytes()

    cache_file.unlink()  # missing
    cache, overview = _open(vault, case_id)
    assert cache.state == "rebuilt" and cache_file.read_bytes() != good  # a fresh nonce
    _same(overview, full)

    for position in (0, 40, len(good) // 2, len(good) - 1):  # header, body, tag
        damaged = bytearray(good)
        damaged[position] ^= 0x01
        cache_file.write_bytes(bytes(damaged))
        cache, overview = _open(vault, case_id)
        assert cache.state == "rebuilt", position
        _same(overview, full)
    cache_file.write_bytes(good[:100])  # cut short
    assert _open(vault, case_id)[0].state == "rebuilt"

    # Another case's cache copied over this one's: sealed for its own path, so refused.
    other = vault.create_case("K-2").id
    _open(vault, other)
    shutil.copy(vault.files.path(case_rel(other, HISTORY_CACHE)), cache_file)
    cache, overview = _open(vault, case_id)
    assert cache.state == "rebuilt"
    _same(overview, full)
    assert _open(vault, case_id)[0].state == "used"


def test_session_files_that_came_went_or_changed_are_noticed(
    vault_path: Path, fast_kdf: KdfParams, reads: Reads
) -> None:
    vault, case_id, ids = _filled(vault_path, fast_kdf)
    _open(vault, case_id)
    sessions = vault.files.path(case_rel(case_id, "sessions"))
    cache_file = vault.files.path(case_rel(case_id, HISTORY_CACHE))
    older_cache = cache_file.read_bytes()

    # A session saved around the cache (by a version without it, or the cache rolled back).
    extra = _reflection(9)
    with vault.open_case(case_id) as handle:
        handle.save_session(SessionKind.REFLECTION, extra.to_body(), extra.id)
    cache_file.write_bytes(older_cache)
    reads.rels.clear()
    cache, overview = _open(vault, case_id)
    assert cache.state == "updated" and reads.sessions == [
        case_rel(case_id, f"sessions/{extra.id}.toml.enc")
    ]
    _same(overview, _full(vault, case_id))

    # A session file removed (damage verify reports): no longer listed.
    aside = sessions.parent / "aside.bin"
    shutil.move(sessions / f"{ids[0]}.toml.enc", aside)
    cache, overview = _open(vault, case_id)
    assert cache.state == "updated" and ids[0] not in {r.id for r in overview.reflections}
    _same(overview, _full(vault, case_id))

    # ... and put back from a backup, times and all: listed again, read from the file.
    shutil.copy2(aside, sessions / f"{ids[0]}.toml.enc")
    reads.rels.clear()
    cache, overview = _open(vault, case_id)
    assert cache.state == "updated" and len(reads.sessions) == 1
    _same(overview, _full(vault, case_id))

    # A file whose stamp changed (here only its time) is read again, not taken on trust.
    target = sessions / f"{ids[3]}.toml.enc"
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    reads.rels.clear()
    cache, _ = _open(vault, case_id)
    assert cache.state == "updated" and reads.sessions == [
        case_rel(case_id, f"sessions/{ids[3]}.toml.enc")
    ]
    assert _open(vault, case_id)[0].state == "used"


def test_a_damaged_session_is_listed_with_its_problem_at_every_open(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, case_id, ids = _filled(vault_path, fast_kdf)
    _open(vault, case_id)
    path = vault.files.path(case_rel(case_id, f"sessions/{ids[1]}.toml.enc"))
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x10
    path.write_bytes(bytes(data))
    for _ in range(2):  # no row is cached for it: read, and reported, again
        _, overview = _open(vault, case_id)
        assert len(overview.problems) == 1 and ids[1] in str(overview.problems[0])
        assert len(overview.reflections) + len(overview.card_sessions) == 6


def test_finishing_sessions_updates_the_cache_without_reading_others(
    vault_path: Path, fast_kdf: KdfParams, reads: Reads
) -> None:
    vault, case_id, _ = _filled(vault_path, fast_kdf)
    _open(vault, case_id)
    lock = threading.RLock()
    workspace = CaseWorkspace.open(vault, case_id, lock)
    reads.rels.clear()
    new = _reflection(7)
    workspace.finish_reflection(new)
    cards = {"type": "cards", "format": 1, "held_on": date(2025, 6, 1), "cards": []}
    cards["suggested_factors"] = ["scene-ties"]
    workspace.finish_card_session("1750000000000-cardsnew00000000", cards)
    assert reads.sessions == []  # neither the new sessions nor the others were read back
    assert workspace.history.latest_suggestions == ("scene-ties",)
    workspace.close()

    reads.rels.clear()
    cache, overview = _open(vault, case_id)
    assert cache.state == "used" and reads.sessions == []
    _same(overview, _full(vault, case_id))
    assert new.summary() in overview.reflections


def test_a_read_only_open_does_not_write_the_cache(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, case_id, _ = _filled(vault_path, fast_kdf)
    with vault.open_case(case_id, write=False) as handle:
        cache, overview = HistoryCache.open(handle)
    assert cache.state == "rebuilt" and len(overview.reflections) == 5
    assert not vault.files.path(case_rel(case_id, HISTORY_CACHE)).exists()


def test_rotating_the_case_keys_drops_the_cache_and_the_next_open_rebuilds_it(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, case_id, _ = _filled(vault_path, fast_kdf)
    full = _full(vault, case_id)
    _open(vault, case_id)
    assert rotate.rotate_case_keys(vault).rotated == [case_id]
    assert not vault.files.path(case_rel(case_id, HISTORY_CACHE)).exists()
    cache, overview = _open(vault, case_id)
    assert cache.state == "rebuilt"
    _same(overview, full)


def test_verify_backup_restore_and_erasure_know_the_cache(
    vault_path: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    vault, case_id, _ = _filled(vault_path, fast_kdf)
    full = _full(vault, case_id)

    def problems() -> list[str]:
        return [str(p) for p in admin.verify(vault).problems]

    # (verify counts the correction as an uncounted session: not the cache's doing)
    without = problems()
    _open(vault, case_id)
    cache_file = vault.files.path(case_rel(case_id, HISTORY_CACHE))
    assert problems() == without  # the cache is no unknown file
    good = cache_file.read_bytes()
    cache_file.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    assert problems() == without  # damaged: rebuilt at the next open, not damage
    cache_file.write_bytes(good)

    archive = tmp_path / "backup.tar"
    assert [str(p) for p in backup.backup(vault, archive).problems] == without
    restored = tmp_path / "restored"
    backup.unpack(archive, restored)
    assert (restored / case_rel(case_id, HISTORY_CACHE)).read_bytes() == good
    vault.lock()
    copy = Vault.unlock(restored, Secret.from_text(PASS))
    cache, overview = _open(copy, case_id)  # new inodes: every row is checked again
    assert cache.state in ("updated", "used")
    _same(overview, full)
    assert _open(copy, case_id)[0].state == "used"

    copy.erase_case(case_id)
    assert not (restored / case_rel(case_id, "")).exists()  # the cache went with the folder
    copy.lock()


def test_a_reflection_is_saved_and_listed_under_its_own_id(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """The overview opens a reflection by its id: a reflection saved without a session id is
    saved under its own, another id for it is refused, and a session file whose reflection
    names another id is listed as damaged, not offered to open (the file it names is not
    there: the reliability suite's rendering walk hit "something unexpected" that way)."""
    vault, case_id, _ = _filled(vault_path, fast_kdf)
    fresh = _reflection(7)
    with vault.open_case(case_id) as handle:
        assert handle.save_session(SessionKind.REFLECTION, fresh.to_body()) == fresh.id
        with pytest.raises(ValueError, match="own id"):
            handle.save_session(SessionKind.REFLECTION, _reflection(8).to_body(), "1-x")
        stray = _reflection(9)
        body = stray.to_body() | {"id": "1736000000099-" + "f" * 16}
        handle.save_session(SessionKind.CARDS, {"held_on": date(2025, 5, 1)}, stray.id)
        rel = case_rel(case_id, f"sessions/{stray.id}{SUFFIX}")
        doc = handle.load_session(stray.id) | {"type": "reflection", "body": body}
        handle.files.write_doc(rel, doc, handle._key)  # as a bug of an older version could
    _, overview = _open(vault, case_id)
    full = _full(vault, case_id)
    assert fresh.id in {r.id for r in overview.reflections}
    assert stray.id not in {r.id for r in overview.reflections} | {r.id for r in full.reflections}
    assert [(p.path, p.key) for p in full.problems if isinstance(p, SchemaError)] == [
        (f"sessions/{stray.id}", "id")
    ] and len(full.problems) == 1
    _same(overview, full)
