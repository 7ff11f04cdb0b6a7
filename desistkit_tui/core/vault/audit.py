"""The audit log: who did what to which case, and when — never any content.

One sealed document per entry, ``audit/<seq>.toml.enc``, each holding the SHA-256 of the entry
before it, so a removed, reordered or edited entry breaks the chain that
``desistkit vault verify`` checks. Entries are created with an exclusive link, so two sessions
of a team vault never overwrite each other's entries.
"""

from __future__ import annotations

import tomli_w

from desistkit_tui.core.model import utcnow
from desistkit_tui.core.schema import CURRENT, Doc, Fields, upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.errors import TamperedFile, VaultError
from desistkit_tui.core.vault.files import VaultFiles

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
        "index-rebuilt",
    }
)


def _rel(seq: int) -> str:
    return f"{FOLDER}/{seq:010d}.toml.enc"


def _entry_hash(doc: Doc) -> str:
    return envelope.digest(tomli_w.dumps(doc).encode("utf-8"))


class AuditLog:
    """Appends to and checks the hash chain."""

    def __init__(self, files: VaultFiles) -> None:
        self.files = files
        self._last: tuple[int, str] | None = None  # (seq, hash) of the newest entry

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

    def _tail(self) -> tuple[int, str]:
        seqs = self.sequence_numbers()
        if not seqs:
            return 0, GENESIS
        doc = self.files.read_doc(_rel(seqs[-1]))
        return seqs[-1], _entry_hash(doc)

    def record(self, who: str, action: str, case: str = "") -> None:
        """Append one entry. ``case`` is the pseudonymous case code, if any."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        for _ in range(50):
            seq, prev = self._last or self._tail()
            doc: Doc = {
                "schema": CURRENT["audit"],
                "kind": "audit",
                "seq": seq + 1,
                "prev": prev,
                "at": utcnow(),
                "who": who,
                "action": action,
                "case": case,
            }
            if self.files.create_doc(_rel(seq + 1), doc):
                self._last = (seq + 1, _entry_hash(doc))
                return
            self._last = None  # another session wrote seq+1: re-read the tail and retry
        raise VaultError("the audit log is busy; try again")

    def entries(self) -> list[Doc]:
        """Every entry, oldest first (decrypted; raises on the first damaged one)."""
        return [self._read(seq) for seq in self.sequence_numbers()]

    def _read(self, seq: int) -> Doc:
        rel = _rel(seq)
        doc = upgrade(self.files.read_doc(rel), "audit", rel)
        f = Fields(doc, rel, {"seq", "prev", "at", "who", "action", "case"})
        if f.get("seq", int) != seq:
            raise TamperedFile(rel, "holds another entry's number")
        return doc

    def verify(self) -> list[VaultError]:
        """Problems in the chain (empty when whole)."""
        problems: list[VaultError] = []
        prev, expected = GENESIS, 1
        for seq in self.sequence_numbers():
            rel = _rel(seq)
            if seq != expected:
                problems.append(TamperedFile(_rel(expected), "is missing from the audit chain"))
            expected = seq + 1
            try:
                doc = self._read(seq)
            except VaultError as exc:
                problems.append(exc)
                prev = ""
                continue
            if prev and doc["prev"] != prev:
                problems.append(TamperedFile(rel, "does not follow the entry before it"))
            prev = _entry_hash(doc)
        return problems

    def reseal(self) -> None:
        """Re-encrypt every entry under the current data key (after a rekey)."""
        for seq in self.sequence_numbers():
            rel = _rel(seq)
            self.files.write_doc(rel, self.files.read_doc(rel))
        self._last = None
