"""An unlocked vault as the app uses it: the case list, new cases, opening a case, locking.

The service layer for the case list (:mod:`.workspace` is the one for an open case). It owns
the rules that used to live in screens: the passphrase policy for a new vault
(:func:`~desistkit_tui.core.passphrase.check_new`), the order of the case list, whether a case
code is taken. Its blocking methods are meant for worker threads; they run one at a time (one
lock, shared with every :class:`CaseWorkspace` it opens), so :meth:`VaultSession.lock` waits
for the operation that is running before it wipes the keys.
"""

from __future__ import annotations

import threading
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from desistkit_tui.core.languages import AddressForm, GenderForm
from desistkit_tui.core.model import TO_BE_RECORDED, Case, CaseSummary, LegalBasis
from desistkit_tui.core.passphrase import check_new
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.workspace import CaseWorkspace


class VaultSession:
    """The vault this app session unlocked (or created)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._one_at_a_time = threading.RLock()

    @classmethod
    def create(
        cls, path: Path, passphrase: Secret, label: str, *, kdf: KdfParams | None = None
    ) -> tuple[VaultSession, str]:
        """A new vault (the passphrase policy applies), unlocked, and its recovery key."""
        check_new(passphrase)
        vault, code = Vault.create(path, passphrase, label, kdf=kdf)
        return cls(vault), code

    @property
    def locked(self) -> bool:
        return self.vault.locked

    def cases(self, *, refresh: bool = True) -> list[CaseSummary]:
        """Every case, newest activity first (damaged ones too, with their problem).

        An index that had to be refreshed is written later, by :meth:`write_index` or at lock.
        With ``refresh=False``, the cases as the index holds them, not yet checked against the
        case files (one ``stat`` each): the list is painted from them, then ``cases()`` again
        brings what other sessions or a restored backup changed (issue 17). A case opened
        meanwhile is checked against its ledger mark by :meth:`open_case` all the same.
        """
        with self._one_at_a_time:
            summaries = self.vault.summaries(write_index=False, refresh=refresh)
        return _newest_first(summaries)

    def cases_at_hand(self) -> list[CaseSummary] | None:
        """What ``cases(refresh=False)`` gives, if it needs no file read and nothing else runs:
        the index is read (the unlock reads it) and whole; otherwise ``None`` (ask
        :meth:`cases` in a worker). Never waits: the UI thread asks it, so the case list is
        in its screen's first frame (issue 17)."""
        if not self._one_at_a_time.acquire(blocking=False):
            return None
        try:
            summaries = self.vault.summaries_at_hand()  # None once locked
        finally:
            self._one_at_a_time.release()
        return None if summaries is None else _newest_first(summaries)

    def write_index(self) -> None:
        """Write the case index if it has changes (nothing once the vault is locked)."""
        with self._one_at_a_time:
            if not self.vault.locked:
                self.vault.write_index()

    def create_case(
        self,
        code: str,
        *,
        address: AddressForm,
        gender: GenderForm,
        language: str,
        retention: date | None,
        legal: LegalBasis = TO_BE_RECORDED,
    ) -> Case:
        """A new case (:class:`DuplicateCase` if the code is taken)."""
        with self._one_at_a_time:
            return self.vault.create_case(
                code,
                address=address,
                gender=gender,
                language=language,
                retention=retention,
                legal=legal,
            )

    def code_taken(self, code: str, *, by_another_than: str) -> bool:
        """Whether a case other than ``by_another_than`` (an id) has this code."""
        wanted = code.casefold()
        return any(s.code.casefold() == wanted and s.id != by_another_than for s in self.cases())

    def open_case(self, case_id: str, *, audit_later: bool = False) -> CaseWorkspace:
        """Open a case with its history and drafts (read-only if another session holds it).

        :class:`RolledBack` if its document is older than the vault's ledger says (a backup
        copied over it): the list says so after its refresh, and a case opened before that
        refresh finished is refused the same way, with no ``case-opened`` audit entry. ``audit_later``: its ``case-opened`` audit
        entry is written by :meth:`write_pending_audit` (the case overview calls it once it
        has what it shows), or before the next entry or at lock if that comes first."""
        with self._one_at_a_time:
            return CaseWorkspace.open(
                self.vault, case_id, self._one_at_a_time, audit_later=audit_later
            )

    def write_pending_audit(self) -> None:
        """Write the audit entries left by ``open_case(audit_later=True)`` (blocking; a failure
        is a warning in ``vault.warnings``; nothing once locked: the lock wrote them)."""
        with self._one_at_a_time:
            if not self.vault.locked:
                self.vault.write_pending_audit()

    def audit_about(self, code: str) -> tuple[list[dict[str, Any]], list[str]]:
        """The audit entries naming the case ``code`` (for the subject-access export)."""
        from desistkit_tui.core.export.case_data import audit_about

        with self._one_at_a_time:
            return audit_about(self.vault, code)

    def erase_case(self, case_id: str) -> str:
        """Erase a case for good (its key and files; docs/data-protection.md); its code.
        The case must not be open in this session (close its workspace first)."""
        with self._one_at_a_time:
            return self.vault.erase_case(case_id)

    def lock(self) -> None:
        """Write what is pending and wipe every key, once the running operation is done."""
        with self._one_at_a_time:
            self.vault.lock()


def _newest_first(summaries: list[CaseSummary]) -> list[CaseSummary]:
    """The case list's order: the most recent activity first."""
    return sorted(summaries, key=attrgetter("last_activity"), reverse=True)
