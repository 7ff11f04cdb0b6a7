"""The audit log: who did what to which case, and when — never any content.

One sealed document per entry, ``audit/<seq>.toml.enc``, each holding the SHA-256 of the entry
before it (of its decrypted TOML bytes, exactly as written; a rekey re-encrypts those bytes
unchanged), so a removed, reordered or edited entry breaks the chain that
``desistkit vault verify`` checks. Entries are created with an exclusive link, so two sessions
of a team vault never overwrite each other's entries.

The newest entry's number and hash (the chain's *head*) are also kept in ``vault.toml``, whose
MAC covers them, updated with each append (``on_append``): removing the newest entries, which
leaves a chain that is whole but shorter, is reported by :meth:`AuditLog.verify`
(``audit-truncated``). If the newest entry is damaged, the next entry chains from the head the
header records, so one damaged entry never stops the log (or an unlock).

Appending needs the newest entry. Entries are numbered 1, 2, 3… without gaps, so it is found
with a few dozen ``stat`` calls (:meth:`AuditLog.newest`), never by listing the folder, which
holds one file per entry and grows with every unlock and every saved session.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import (
    AuditBusy,
    Damage,
    Schema,
    TamperedFile,
    UnsupportedVersion,
    VaultError,
)
from desistkit_tui.core.schema import CURRENT, Doc, Fields, upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.files import VaultFiles, doc_bytes, parse_doc
from desistkit_tui.core.vault.locks import VaultLock

#: The chain's head as ``(seq, SHA-256 hex)``.
Head = tuple[int, str]

FOLDER = "audit"
GENESIS = "0" * 64
ACTIONS = frozenset(
    {
        "vault-created",
        "unlocked",
        "key-added",
        "key-removed",
        "rekeyed",
        "case-created",
        "case-opened",
        "case-changed",
        "session-saved",
        "case-exported",
        "case-erased",
        "basis-recorded",
        "consent-withdrawn",
        "retention-extended",
        "index-rebuilt",
        "backup-made",
        "backup-restored",
    }
)

#: The actions whose entries name the case's kind of legal basis.
BASIS_ACTIONS = frozenset({"basis-recorded", "consent-withdrawn", "case-exported"})

#: The keys an entry's ``detail`` may hold (audit schema 3): an export's record
#: (:meth:`~desistkit_tui.core.export.sink.ExportRecord.fields`, less the case, which is the
#: entry's own ``case``); a retention extension's dates (schema 4: ``previous``, ``until``,
#: ISO dates, ``none`` for no previous date; its reason stays in the case document). Nothing
#: else: no free text.
DETAIL_KEYS = ("purpose", "kind", "options", "encryption", "previous", "until")
#: A word of a detail: an id (``report``, ``pdf``, ``age-passphrase``); an option is an id or
#: ``id=value`` (``lang=pl``, ``include=goals``, ``next-meeting=2026-12-14``), options joined
#: by commas. No spaces, no capitals, so no sentence of case text fits in.
_WORD = r"[a-z0-9][a-z0-9._-]{0,39}"
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|none")
_DETAIL_VALUE = {
    "purpose": re.compile(_WORD),
    "kind": re.compile(_WORD),
    "encryption": re.compile(_WORD),
    "options": re.compile(rf"(?:{_WORD}(?:={_WORD})?(?:,{_WORD}(?:={_WORD})?)*)?"),
    "previous": _DAY,
    "until": _DAY,
}
_DETAIL_MAX = 400


def detail_problem(detail: Mapping[str, object]) -> str:
    """Why ``detail`` may not be an audit entry's detail ("" when it may): only the
    :data:`DETAIL_KEYS`, each a short id string (see ``_DETAIL_VALUE``)."""
    for key, value in detail.items():
        pattern = _DETAIL_VALUE.get(key)
        if pattern is None:
            return f"unknown detail {key!r}"
        if not isinstance(value, str) or len(value) > _DETAIL_MAX:
            return f"detail {key!r} is not a short string"
        if not pattern.fullmatch(value):
            return f"detail {key!r} is not a list of ids"
    return ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One audit entry as ``vault audit`` shows it (never content: there is none)."""

    seq: int
    at: datetime
    who: str
    action: str
    case: str
    problem: VaultError | None = None
    #: The case's kind of legal basis ("" when the entry names none).
    basis: str = ""
    #: What was exported (:data:`DETAIL_KEYS`; empty for other entries and older ones).
    detail: Mapping[str, str] | None = None

    def detail_text(self) -> str:
        """The basis and detail as ``key=value`` words (``basis=consent purpose=report …``)."""
        words = [f"basis={self.basis}"] if self.basis else []
        words += [f"{k}={v}" for k, v in (self.detail or {}).items()]
        return " ".join(words)

    def as_json(self) -> dict[str, object]:
        if self.problem is not None:
            return {"seq": self.seq, "problem": str(self.problem)}
        row: dict[str, object] = {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "who": self.who,
            "action": self.action,
            "case": self.case,
        }
        if self.basis:  # only on the entries that name one (schema 2)
            row["basis"] = self.basis
        if self.detail:  # only on exports (schema 3) and retention extensions (schema 4)
            row["detail"] = dict(self.detail)
        return row


def _rel(seq: int) -> str:
    return f"{FOLDER}/{seq:010d}.toml.enc"


def _entry_hash(plain: bytes) -> str:
    """The chain link: SHA-256 of an entry's plaintext (the decrypted TOML bytes)."""
    return envelope.digest(plain)


class AuditLog:
    """Appends to and checks the hash chain."""

    def __init__(
        self,
        files: VaultFiles,
        head: Callable[[], Head | None] = lambda: None,
        on_append: Callable[[int, str], None] | None = None,
    ) -> None:
        self.files = files
        #: The head the header records (None before format 2's first append).
        self.head = head
        #: Called with each new entry's number and hash, to record the head in the header.
        self.on_append = on_append
        self._last: Head | None = None  # (seq, hash) of the newest entry

    def sequence_numbers(self) -> list[int]:
        folder = self.files.path(FOLDER)
        if not folder.is_dir():
            return []
        seqs = []
        for entry in folder.iterdir():
            stem = entry.name.removesuffix(".toml.enc")
            if stem.isdigit() and entry.name.endswith(".toml.enc"):
                seqs.append(int(stem))
        return sorted(seqs)

    def _exists(self, seq: int) -> bool:
        return os.path.exists(self.files.path(_rel(seq)))

    def newest(self) -> int:
        """The number of the newest entry (0 if there is none), in about 2·log2(n) ``stat`` calls.

        Each entry is created as one more than the newest, with an exclusive create, so entry
        ``n`` exists for every ``n`` up to the newest and for none after it: doubling finds a
        number past the end, bisection finds the end. An entry deleted from the middle
        (tampering, which :meth:`verify` reports) makes that edge appear early: if one of the
        two numbers after the edge exists, the folder is listed instead, so new entries still
        go to the end and the gap stays visible.
        """
        if not self._exists(1):
            seqs = self.sequence_numbers() if self._exists(2) or self._exists(3) else []
            return seqs[-1] if seqs else 0
        low, high = 1, 2
        while self._exists(high):
            low, high = high, high * 2
        while high - low > 1:  # entry `low` exists, entry `high` does not
            middle = (low + high) // 2
            if self._exists(middle):
                low = middle
            else:
                high = middle
        if self._exists(low + 2) or self._exists(low + 3):  # a gap, not the end
            return self.sequence_numbers()[-1]
        return low

    def _tail(self) -> Head:
        seq = self.newest()
        head = self.head()
        if head is not None and head[0] > seq:
            # The newest entries were removed: go on after the head, so that the gap stays
            # (verify reports it) instead of new entries taking the removed ones' numbers.
            return head
        if not seq:
            return 0, GENESIS
        try:
            return seq, _entry_hash(self.files.open_bytes(_rel(seq)))
        except (TamperedFile, UnsupportedVersion):
            # A damaged newest entry: chain from the hash the header kept.
            if head is not None and head[0] == seq:
                return head
            raise

    def record(
        self,
        who: str,
        action: str,
        case: str = "",
        basis: str = "",
        detail: Mapping[str, str] | None = None,
        at: datetime | None = None,
    ) -> None:
        """Append one entry. ``case`` is the pseudonymous case code, if any; ``basis`` the kind
        of legal basis the case holds (a :class:`~desistkit_tui.core.model.BasisKind` value,
        audit schema 2), for the entries where it matters: a basis recorded, a consent
        withdrawn, an export; ``detail`` what an export was (audit schema 3: purpose, kind,
        options, encryption — ids only, checked by :func:`detail_problem`). Never a note or
        any other content. ``at``: when it happened (now if not given: an entry written a
        moment after the work it records keeps the work's time)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        problem = detail_problem(detail or {})
        if problem:
            raise ValueError(f"audit entry refused: {problem}")
        # Under the vault's lock: the entry and the head in the header move together.
        with VaultLock(self.files.root, self.files.modes.file, share=True) as lock:
            lock.wait()
            self._append(who, action, case, basis, dict(detail or {}), at or utcnow())

    def _append(
        self, who: str, action: str, case: str, basis: str, detail: Doc, at: datetime
    ) -> None:
        for _ in range(50):
            seq, prev = self._last or self._tail()
            doc: Doc = {
                "schema": CURRENT["audit"],
                "kind": "audit",
                "seq": seq + 1,
                "prev": prev,
                "at": at,
                "who": who,
                "action": action,
                "case": case,
            }
            if basis:
                doc["basis"] = basis
            if detail:
                doc["detail"] = detail
            if self.files.create_doc(_rel(seq + 1), doc):
                # create_doc seals exactly these bytes (TOML, UTF-8, padded)
                self._last = (seq + 1, _entry_hash(doc_bytes(doc)))
                if self.on_append is not None:
                    self.on_append(*self._last)
                return
            self._last = None  # another session wrote seq+1: re-read the tail and retry
        raise AuditBusy()

    def listing(self) -> list[Entry]:
        """Every entry for reading (``vault audit``): a damaged one is listed with its problem
        instead of stopping the listing."""
        rows = []
        for seq in self.sequence_numbers():
            try:
                doc, _ = self._read(seq)
            except VaultError as exc:
                rows.append(Entry(seq, datetime.min.replace(tzinfo=UTC), "", "", "", exc))
                continue
            basis, detail = doc.get("basis", ""), doc.get("detail", {})
            rows.append(
                Entry(seq, doc["at"], doc["who"], doc["action"], doc["case"], None, basis, detail)
            )
        return rows

    def entries(self) -> list[Doc]:
        """Every entry, oldest first (decrypted; raises on the first damaged one)."""
        return [self._read(seq)[0] for seq in self.sequence_numbers()]

    def _read(self, seq: int) -> tuple[Doc, bytes]:
        """An entry (checked, migrated) and its plaintext (for the chain hash)."""
        rel = _rel(seq)
        plain = self.files.open_bytes(rel)
        doc = upgrade(parse_doc(rel, plain), "audit", rel)
        f = Fields(doc, rel, {"seq", "prev", "at", "who", "action", "case", "basis", "detail"})
        if f.get("seq", int) != seq:
            raise TamperedFile(rel, Damage.WRONG_RECORD)
        for key in ("prev", "who", "action", "case"):
            f.get(key, str)
        f.get("basis", str, "")
        if detail_problem(f.get("detail", dict, {})):
            raise f.error("detail", Schema.UNKNOWN_VALUE, value="…")
        f.datetime("at")
        return doc, plain

    def verify(self, head: Head | None = None) -> list[VaultError]:
        """Problems in the chain (empty when whole); with ``head`` (the header's), also
        whether the log still reaches it (newest entries removed: ``audit-truncated``)."""
        problems: list[VaultError] = []
        prev, expected = GENESIS, 1
        hashes: dict[int, str] = {}
        for seq in self.sequence_numbers():
            rel = _rel(seq)
            if seq != expected:
                problems.append(TamperedFile(_rel(expected), Damage.AUDIT_GAP))
            expected = seq + 1
            try:
                doc, plain = self._read(seq)
            except VaultError as exc:
                problems.append(exc)
                prev = ""
                continue
            if prev and doc["prev"] != prev:
                problems.append(TamperedFile(rel, Damage.AUDIT_ORDER))
            prev = hashes[seq] = _entry_hash(plain)
        if head is not None:
            seq, digest = head
            if seq >= expected:  # the log ends before the head: its newest entries are gone
                problems.append(TamperedFile(_rel(seq), Damage.AUDIT_TRUNCATED))
            elif seq in hashes and hashes[seq] != digest:
                problems.append(TamperedFile(_rel(seq), Damage.AUDIT_ORDER))
        return problems

    def reseal(self) -> None:
        """Re-encrypt every entry under the current data key (after a rekey).

        The plaintext is kept byte for byte, so the chain still holds. An entry that no key of
        this vault opens is left as it is (``verify`` reports it): it was unreadable already.
        """
        files = self.files
        for seq in self.sequence_numbers():
            rel = _rel(seq)
            try:
                plain = files.open_bytes(rel)
            except (TamperedFile, UnsupportedVersion):
                continue
            files.write_raw(rel, envelope.seal(plain, files.ring.data, files.vault_id, rel))
        self._last = None
