"""The codes a new case must not take, without listing ``cases/`` for every new case.

A new case's code is checked against every case there is, under the vault's lock
(:meth:`~desistkit_tui.core.vault.store.Vault.create_case`). Listing ``cases/`` and
casefolding every code was a third of ``create_case`` at 10,000 cases, so the answer is kept,
stamped with the key store's **generation** (vault format 3, the shard table named in the
MAC'd header). Every creation and erasure, by any session, names a new generation in the
header before its folder appears or after it has left the list; so while the generation on
disk is the one the codes were stamped with, no other session has created or erased a case,
and this session's own creations and erasures are applied to the kept codes as they happen
(each moves the generation by exactly one). Anything else makes the next check list again:
another session's change (the generation moved by more), a listing that found a creation,
erasure or key rotation under way (``.new-``, ``.gone-``, ``.rot-``, ``.old-`` folders: one
that is put back would not move the generation), a vault without key shards (format 1 or 2),
and an erasure that failed.
"""

from __future__ import annotations

import os

from desistkit_tui.core.vault.files import VaultFiles
from desistkit_tui.core.vault.index import CaseIndex
from desistkit_tui.core.vault.names import CASES
from desistkit_tui.core.vault.staging import is_leftover


class CaseCodes:
    """The casefolded codes of every case, kept per key-store generation."""

    def __init__(self) -> None:
        #: The generation the codes are good for (None: list again at the next check).
        self._at: int | None = None
        self._codes: dict[str, str] = {}

    def taken(self, files: VaultFiles, index: CaseIndex, generation: int | None) -> set[str]:
        """The casefolded codes of every case there is (the caller holds the vault's lock
        and has read ``generation`` from the header on disk; None for a vault without key
        shards)."""
        if generation is None or generation != self._at:
            root = files.path(CASES)
            listed = os.listdir(root) if root.is_dir() else []
            names = {name for name in listed if not name.startswith(".")}
            self._codes = index.codes_of(names)
            settled = not any(is_leftover(name) for name in listed if name.startswith("."))
            self._at = generation if settled else None
        return set(self._codes.values())

    def created(self, case_id: str, code: str, generation: int | None) -> None:
        """This session created a case (under the vault's lock); the key store is now at
        ``generation``."""
        self._moved(generation)
        self._codes[case_id] = code.casefold()

    def erased(self, case_id: str, generation: int | None) -> None:
        """This session erased a case (its key is gone); the key store is at ``generation``."""
        self._moved(generation)
        self._codes.pop(case_id, None)

    def changed(self, case_id: str, code: str) -> None:
        """This session saved a case's profile (its code may be new)."""
        if case_id in self._codes:
            self._codes[case_id] = code.casefold()

    def forget(self) -> None:
        """Something failed half-way: list again at the next check."""
        self._at = None

    def _moved(self, generation: int | None) -> None:
        one_step = self._at is not None and generation == self._at + 1
        self._at = generation if one_step else None
