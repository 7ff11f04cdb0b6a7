"""Target 1, tampering: flip bits and truncate every kind of file of the fixture vault.

Held: the read path of that file refuses it with a typed project error (the header, and the
key store, which unlock reads: a fresh unlock, and if that passed, reading every case; a case
key or case file: reading the case; a session or draft: loading it; an audit entry:
``verify`` reports the chain broken), or, for the index (a cache), the case list rebuilds it
and shows exactly the cases it showed before. The fixture's key store holds a tombstone (an
erased case) too; one more try copies the erased case's folder back into the vault and holds
when reading it is refused as erased and ``vault verify`` reports it. ``quick`` flips every 97th bit and truncates at
a few lengths of one file per kind; the default flips every bit and truncates at every length
of one file per kind; ``full`` does so for every file of the vault.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desistkit_tui.core.errors import Damage, TamperedFile
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.audit import AuditLog
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.index import CaseIndex
from desistkit_tui.core.vault.store import Vault

from reliability import fixture
from reliability.harness import Context, TargetResult, describe, is_typed

NAME = "tampering"

#: A check returns "" when the damage was refused properly, else why not.
Check = Callable[[], str]


def _kind(rel: str) -> str:
    if rel == "vault.toml":
        return "vault.toml"
    if rel.startswith("audit/"):
        return "audit entry"
    if rel == "index.toml.enc":
        return "index.toml.enc"
    if rel.startswith("keys/"):
        return "key store"
    if rel.endswith("/key.enc"):
        return "key.enc"
    if rel.endswith("/case.toml.enc"):
        return "case.toml.enc"
    if "/sessions/" in rel:
        return "session"
    if "/drafts/" in rel:
        return "draft"
    return ""


def _refused(action: Callable[[], object]) -> str:
    try:
        action()
    except BaseException as exc:
        if is_typed(exc):
            return ""
        return f"untyped {describe(exc)}"
    return "accepted"


class _Checks:
    """The read path of each file kind, on one unlocked vault (the header: a fresh unlock)."""

    def __init__(self, fx: fixture.Fixture, vault: Vault) -> None:
        self.fx, self.vault = fx, vault
        self.handles: dict[str, CaseHandle] = {}
        self.expected = self._listing(CaseIndex(vault.files, vault.read_case))

    @staticmethod
    def _listing(index: CaseIndex) -> list[tuple[str, str, int, int]]:
        return sorted(
            (s.id, s.code, s.reflections, s.card_sessions) for s in index.summaries(flush=False)
        )

    def for_file(self, rel: str) -> Check:
        kind, parts = _kind(rel), rel.split("/")
        if kind == "vault.toml":
            return lambda: _refused(lambda: Vault.unlock(self.fx.path, fixture.PASS).lock())
        if kind == "key store":
            return lambda: _refused(self._unlock_and_read)
        if kind in ("key.enc", "case.toml.enc"):
            return lambda: _refused(lambda: self.vault.read_case(parts[1]))
        if kind in ("session", "draft"):
            record = parts[3].removesuffix(".toml.enc")
            return lambda: self._record(parts[1], kind, record)
        if kind == "audit entry":
            return self._audit
        return self._index

    def _unlock_and_read(self) -> None:
        """The key store's read path: unlock reads it (format 3: the shard table); if that
        passed, every case is read with the keys it gave (a damaged key store must not yield a
        key that opens a case), and every shard's tombstones, as the case list reads them for
        a folder it cannot place and ``vault verify`` does (a shard may hold only those)."""
        vault = Vault.unlock(self.fx.path, fixture.PASS)
        try:
            for case_id in self.fx.cases.values():
                vault.read_case(case_id)
            store = vault.files.case_keys
            assert store is not None
            if self.fx.erased not in store.erased:
                raise AssertionError("the tombstone is lost")
        finally:
            vault.lock()

    def _record(self, case_id: str, kind: str, record: str) -> str:
        if case_id not in self.handles:  # opened once: each open appends an audit entry
            self.handles[case_id] = self.vault.open_case(case_id, write=False)
        handle = self.handles[case_id]
        if kind == "session":
            return _refused(lambda: handle.load_session(record))
        return _refused(lambda: handle.load_draft(record))

    def _audit(self) -> str:
        try:
            problems = AuditLog(self.vault.files).verify()
        except BaseException as exc:
            return "" if is_typed(exc) else f"untyped {describe(exc)}"
        return "" if problems else "accepted"

    def _index(self) -> str:
        index = CaseIndex(self.vault.files, self.vault.read_case)
        try:
            listing = self._listing(index)
        except BaseException as exc:
            return "" if is_typed(exc) else f"untyped {describe(exc)}"
        if listing != self.expected:
            return "the case list changed"
        return "" if index.rebuilt else "accepted"


def _bit_positions(size: int, stride: int, offset: int) -> range:
    return range(offset % stride if stride > 1 else 0, size * 8, stride)


def _lengths(size: int, stride: int) -> list[int]:
    picked = set(range(0, size, stride)) | {0, 1, size - 1, max(size - 16, 0), 21, 22}
    return sorted(n for n in picked if 0 <= n < size)


def _files(fx: fixture.Fixture, everything: bool) -> list[str]:
    rels = [rel for rel in fixture.files_of(fx.path) if _kind(rel)]
    if everything:
        return rels
    by_kind: dict[str, list[str]] = {}
    for rel in rels:
        by_kind.setdefault(_kind(rel), []).append(rel)
    # one of each kind: the middle one (an audit entry with entries before and after it)
    return sorted(group[len(group) // 2] for group in by_kind.values())


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    fx = fixture.build(ctx.folder(NAME) / "vault")
    vault = fx.unlock()
    checks = _Checks(fx, vault)
    bit_stride = ctx.pick(97, 1)
    cut_stride = ctx.pick(37, 1)
    rng = ctx.rng(NAME)
    for rel in _files(fx, everything=ctx.level == "full"):
        path = fx.path / rel
        original = path.read_bytes()
        check = checks.for_file(rel)
        kind = _kind(rel)
        try:
            for bit in _bit_positions(len(original), bit_stride, rng.randrange(97)):
                data = bytearray(original)
                data[bit // 8] ^= 1 << (bit % 8)
                _try(result, path, bytes(data), check, kind, f"flip bit {bit} of {rel}")
            for length in _lengths(len(original), cut_stride):
                _try(result, path, original[:length], check, kind, f"truncate {rel} to {length}")
        finally:
            _write(path, original)
    for handle in checks.handles.values():
        handle.close()
    vault.lock()
    _erased_copied_back(result, fx)
    tampered = _files(fx, ctx.level == "full")
    result.notes.append(
        f"{len(tampered)} files of {len({_kind(rel) for rel in tampered})} kinds; bit stride "
        f"{bit_stride}, truncation stride {cut_stride}; the key store holds 1 tombstone"
    )
    return result


def _erased_copied_back(result: TargetResult, fx: fixture.Fixture) -> None:
    """The erased case's folder, copied back as it was before the erasure: its tombstone makes
    reading it a typed ``erased`` refusal, and ``vault verify`` reports it."""
    what = f"copy the erased case's folder cases/{fx.erased} back"
    for rel, data in fx.erased_files.items():
        (fx.path / rel).parent.mkdir(parents=True, exist_ok=True)
        (fx.path / rel).write_bytes(data)
    vault = fx.unlock()
    try:
        vault.read_case(fx.erased)
    except TamperedFile as exc:
        problem = "" if exc.damage is Damage.ERASED else f"refused as {exc.damage.value}"
    except BaseException as exc:
        problem = "" if is_typed(exc) else f"untyped {describe(exc)}"
    else:
        problem = "accepted"
    if not problem:
        found = [p for p in admin.verify(vault).problems if fx.erased in str(p)]
        problem = "" if found else "not reported by verify"
    vault.lock()
    if problem:
        result.fail(f"erased case: {problem}", f"an erased case copied back was {problem}", what)
    else:
        result.hold()


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _try(result: TargetResult, path: Path, data: bytes, check: Check, kind: str, what: str) -> None:
    _write(path, data)
    problem = check()
    if not problem:
        result.hold()
        return
    key = f"{kind}: {problem}"
    result.fail(key, f"a damaged {kind} was {problem}", what)
