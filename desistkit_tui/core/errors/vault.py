"""The vault's errors: what went wrong opening, reading or writing it, and with which file."""

from __future__ import annotations

import errno
from typing import ClassVar

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.errors.base import DesistKitError, ErrorArg


class VaultError(DesistKitError):
    """Every vault failure the user can be told about."""

    msg_id = "error-vault"
    #: True for a state an interrupted write leaves behind, which DesistKit sets right itself
    #: (``vault verify`` reports it apart from damage; nothing is lost).
    recoverable: ClassVar[bool] = False


class NoVault(VaultError):
    """There is no vault at the given path."""

    msg_id, hint_id = "error-no-vault", "error-no-vault-hint"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class HeaderMissing(NoVault):
    """The folder holds a vault's files, but not its header: ``vault.toml`` was lost.

    Without it no key opens the vault, and ``init`` there would make a new, empty vault
    beside the old cases: the header must come back from a backup."""

    msg_id, hint_id = "error-header-missing", "error-header-missing-hint"


class VaultExists(VaultError):
    """A vault (or other files) is already there."""

    msg_id, hint_id = "error-vault-exists", "error-vault-exists-hint"
    variants = ("vault", "not-empty")

    def __init__(self, path: str, *, not_empty: bool = False) -> None:
        super().__init__("not-empty" if not_empty else "vault", path=path)


class WrongPassphrase(VaultError):
    """No key slot opened with the passphrase or recovery key given."""

    msg_id, hint_id = "error-wrong-passphrase", "error-wrong-passphrase-hint"


class BadRecoveryKey(VaultError):
    """A recovery key failed its checksum: a typo, caught before the slow key derivation.

    Variants: ``length`` (``groups``, ``size``, ``length``), ``character`` (``group``, ``char``:
    a character no key uses, so no part of one), ``typo`` (``group``)."""

    msg_id, hint_id = "error-bad-recovery-key", "error-bad-recovery-key-hint"
    variants = ("length", "character", "typo")


class Damage(StrEnum):
    """How a file failed its checks (the variants of :class:`TamperedFile`)."""

    INTEGRITY = "integrity"
    TRUNCATED = "truncated"
    NOT_VAULT_FILE = "not-vault-file"
    BAD_HEADER = "bad-header"
    OTHER_KEY = "other-key"
    KEY_LENGTH = "key-length"
    NOT_DOCUMENT = "not-document"
    WRONG_RECORD = "wrong-record"
    OTHER_CASE = "other-case"
    CHANGED_OUTSIDE = "changed-outside"
    CHECKSUM = "checksum"
    MISSING = "missing"
    AUDIT_GAP = "audit-gap"
    AUDIT_ORDER = "audit-order"
    NOT_TOML = "not-toml"
    TOO_LARGE = "too-large"
    #: A case folder whose case was erased (a tombstone names it) is back in the vault.
    ERASED = "erased"
    #: The audit log ends before the entry the header records as its head.
    AUDIT_TRUNCATED = "audit-truncated"


class TamperedFile(VaultError):
    """A file failed its integrity check: corrupted, truncated, edited, renamed or swapped."""

    msg_id, hint_id = "error-tampered", "error-tampered-hint"
    variants = tuple(Damage)

    def __init__(self, path: str, damage: Damage = Damage.INTEGRITY) -> None:
        super().__init__(damage, path=path)
        self.path, self.damage = path, damage


class UnsupportedVersion(VaultError):
    """A file was written by a newer (or unknown) version of DesistKit."""

    msg_id, hint_id = "error-unsupported-version", "error-unsupported-version-hint"

    def __init__(self, path: str, version: int) -> None:
        super().__init__(path=path, version=version)
        self.path, self.version = path, version


class Schema(StrEnum):
    """What is wrong with a field (the variants of :class:`SchemaError`), and its arguments."""

    MISSING = "missing"
    UNKNOWN_KEY = "unknown-key"
    WRONG_TYPE = "wrong-type"  # expected, found: type names (str, int, list, table, date…)
    UNKNOWN_VALUE = "unknown-value"  # value
    OUT_OF_RANGE = "out-of-range"  # low, high
    TOO_SMALL = "too-small"  # low
    NO_TIME_ZONE = "no-time-zone"
    REPEATED = "repeated"
    INVALID = "invalid"
    NO_MIGRATION = "no-migration"  # schema, document


class SchemaError(VaultError):
    """A decrypted document does not have the expected shape: ``key`` of ``path`` is at fault."""

    msg_id, hint_id = "error-schema", "error-schema-hint"
    variants = tuple(Schema)

    def __init__(self, path: str, key: str, problem: Schema, **args: ErrorArg) -> None:
        super().__init__(problem, path=path, key=key, **args)
        self.path, self.key, self.problem = path, key, problem

    @classmethod
    def wrong_type(cls, path: str, key: str, expected: str, value: object) -> SchemaError:
        """``key`` holds ``value`` where a value of type ``expected`` belongs."""
        found = "table" if isinstance(value, dict) else type(value).__name__  # TOML's word
        return cls(path, key, Schema.WRONG_TYPE, expected=expected, found=found)


class DeckNotInstalled(SchemaError):
    """A session's deck is not installed here: the file is sound, the deck was removed."""

    msg_id, hint_id = "error-deck-not-installed", "error-deck-not-installed-hint"
    variants = ()

    def __init__(self, path: str, deck_id: str) -> None:
        VaultError.__init__(self, path=path, deck=deck_id)
        self.path, self.key, self.deck_id = path, "deck", deck_id


class VaultLocked(VaultError):
    """The operation needs the vault unlocked."""

    msg_id, hint_id = "error-vault-locked", "error-vault-locked-hint"


class CaseBusy(VaultError):
    """Another session holds the case open for writing."""

    msg_id, hint_id = "error-case-busy", "error-case-busy-hint"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class VaultReadOnly(VaultError):
    """A warning at unlock: the vault could be read but not written (a read-only folder or
    disk, a full disk), so this session opened it read-only. ``cause`` is the write's error."""

    msg_id, hint_id = "error-vault-read-only", "error-vault-read-only-hint"

    def __init__(self, cause: VaultError) -> None:
        super().__init__()
        self.cause = cause


class ReadOnlyCase(VaultError):
    """A write to a case that this session opened read-only."""

    msg_id, hint_id = "error-read-only-case", "error-read-only-case-hint"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class Conflict(VaultError):
    """A file changed on disk since this session read it (another session, or a sync).

    Variants: ``case-changed`` (``code``), ``session-exists`` (``session``)."""

    msg_id, hint_id = "error-conflict", "error-conflict-hint"
    variants = ("case-changed", "session-exists")


class DiskFull(VaultError):
    """The disk (or quota) is full; nothing was half-written."""

    msg_id, hint_id = "error-disk-full", "error-disk-full-hint"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)
        self.path = path


#: Operating-system errors with a hint of their own (``cause``); others show the OS's text.
_CAUSES = {
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read-only",
    errno.EIO: "io",
}


class StorageError(VaultError):
    """Any other operating-system failure while reading or writing the vault.

    Variants: ``read``, ``write``, ``lock``, ``verify`` (what was written did not read back).
    ``cause`` picks the hint: ``permission``, ``read-only``, ``io`` or ``other`` (``oserror``,
    the operating system's own words)."""

    msg_id, hint_id = "error-storage", "error-storage-hint"
    variants = ("read", "write", "lock", "verify")
    causes: ClassVar[tuple[str, ...]] = ("permission", "read-only", "io", "other")

    def __init__(self, action: str, path: str, os_error: OSError | None = None) -> None:
        cause = "io" if os_error is None else _CAUSES.get(os_error.errno or 0, "other")
        oserror = "" if os_error is None else str(os_error.strerror or type(os_error).__name__)
        super().__init__(action, path=path, cause=cause, oserror=oserror)
        self.path = path


class NoSuchCase(VaultError):
    """No case with that code or id."""

    msg_id, hint_id = "error-no-such-case", "error-no-such-case-hint"

    def __init__(self, case: str) -> None:
        super().__init__(case=case)


class DuplicateCase(VaultError):
    """A case with that code exists already."""

    msg_id, hint_id = "error-duplicate-case", "error-duplicate-case-hint"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class KeySlotError(VaultError):
    """A key-slot operation that would leave the vault unusable, or names no slot.

    Variants: ``no-such-slot`` / ``several-slots`` (``slot``), ``label-taken`` (``label``),
    ``last-passphrase``, ``slot-in-use``, ``rekey-needs-passphrase``."""

    msg_id, hint_id = "error-key-slot", "error-key-slot-hint"
    variants = (
        "no-such-slot",
        "several-slots",
        "label-taken",
        "last-passphrase",
        "slot-in-use",
        "rekey-needs-passphrase",
    )


class PassphraseTooShort(VaultError):
    """A new passphrase is shorter than the passphrase policy's minimum (``minimum``, a count
    of characters; the policy is :mod:`desistkit_tui.core.passphrase`)."""

    msg_id, hint_id = "error-passphrase-too-short", "error-passphrase-too-short-hint"

    def __init__(self, minimum: int) -> None:
        super().__init__(minimum=minimum)
        self.minimum = minimum


class PassphraseTooWeak(VaultError):
    """A new passphrase is long enough but among the most guessable ones (a common password,
    a keyboard row, a repeated character): the strength estimator (zxcvbn) rates it below
    the policy's lowest score (:mod:`desistkit_tui.core.passphrase`)."""

    msg_id, hint_id = "error-passphrase-too-weak", "error-passphrase-too-weak-hint"


class KdfBounds(VaultError, ValueError):
    """Argon2id settings outside the bounds DesistKit accepts (``core/vault/kdf.py``).

    Variants: ``iterations``, ``lanes``, ``memory`` (KiB), ``cost`` (memory in KiB × passes),
    each with ``value``, ``low`` and ``high``. A ``ValueError`` too, as before the bounds."""

    msg_id, hint_id = "error-kdf-bounds", "error-kdf-bounds-hint"
    variants = ("iterations", "lanes", "memory", "cost")

    def __init__(self, parameter: str, *, value: int, low: int, high: int) -> None:
        super().__init__(parameter, value=value, low=low, high=high)
        self.parameter, self.value, self.low, self.high = parameter, value, low, high


class VaultBusy(VaultError):
    """Another session held the vault's lock (``<vault>/.lock``) for longer than we waited."""

    msg_id, hint_id = "error-vault-busy", "error-vault-busy-hint"


class Recoverable(VaultError):
    """A state an interrupted write (a kill, a power cut, a full disk) left behind, which is
    not damage: nothing is lost, and the next unlock, opening the case or ``vault verify
    --repair`` sets it right.

    Variants: ``incomplete-case`` (``path``: a case folder whose creation was interrupted; it
    never held anything), ``uncounted-sessions`` (``code``, ``count``: saved sessions the case
    document does not count yet), ``finished-draft`` (``path``: the draft of a session saved
    already), ``temp-file`` (``path``: a leftover of an interrupted write, ciphertext only),
    ``loose-permissions`` (``path``, ``mode``: readable by other users), ``unfinished-rekey``
    (files still sealed with the previous data key)."""

    msg_id, hint_id = "error-recoverable", "error-recoverable-hint"
    variants = (
        "incomplete-case",
        "uncounted-sessions",
        "finished-draft",
        "temp-file",
        "loose-permissions",
        "unfinished-rekey",
    )
    recoverable = True


class RolledBack(VaultError):
    """Files that are authentic, but older than (or fewer than) what the vault recorded: a
    deletion or a restored older copy (docs/vault-format.md, Rollbacks and deletions). Never
    recoverable by itself: what is gone must come back from a backup; ``vault verify --repair``
    then accepts the state found as the new reference.

    Variants: ``case-deleted`` (``code``: the case's folder is gone), ``case-older``
    (``code``, ``rev``, ``expected``: its case document is an older revision),
    ``session-missing`` (``code``, ``count``: session files its case document lists are gone),
    ``index-lost`` (the index holding the vault's record of cases was deleted or replaced:
    deletions and rollbacks before that cannot be checked)."""

    msg_id, hint_id = "error-rolled-back", "error-rolled-back-hint"
    variants = ("case-deleted", "case-older", "session-missing", "index-lost")


class AuditNotWritten(VaultError):
    """A warning, not a failure: the change was made, but its audit entry could not be written
    (``action``; ``cause`` is the error that stopped it)."""

    msg_id, hint_id = "error-audit-not-written", "error-audit-not-written-hint"

    def __init__(self, action: str, cause: VaultError | None = None) -> None:
        super().__init__(action=action)
        self.cause = cause


class RekeyUnfinished(VaultError):
    """A warning, not a failure: the new master key is in place (and its recovery key valid),
    but re-sealing the files under it stopped (``cause``); the next unlock finishes it."""

    msg_id, hint_id = "error-rekey-unfinished", "error-rekey-unfinished-hint"

    def __init__(self, cause: VaultError | None = None) -> None:
        super().__init__()
        self.cause = cause


class AuditBusy(VaultError):
    """Other sessions kept writing the audit log's next entry first."""

    msg_id, hint_id = "error-audit-busy", "error-audit-busy-hint"
