"""Typed vault errors. Each says what happened and what to do, in one line, with no secrets."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: every vault failure the user can be told about."""

    hint = ""

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} — {self.hint}" if self.hint else text


class NoVault(VaultError):
    """There is no vault at the given path."""

    hint = "create one with `desistkit init`, or point --vault / DESISTKIT_VAULT at it"


class VaultExists(VaultError):
    """A vault is already there."""

    hint = "choose another folder, or open this one"


class WrongPassphrase(VaultError):
    """No key slot opened with the passphrase or recovery key given."""

    hint = "check the passphrase (caps lock? keyboard layout?) and try again"

    def __init__(self, message: str = "the passphrase did not unlock this vault") -> None:
        super().__init__(message)


class BadRecoveryKey(VaultError):
    """A recovery key failed its checksum: a typo, caught before the slow key derivation."""

    hint = "compare it group by group with the printed key"


class TamperedFile(VaultError):
    """A file failed its integrity check: corrupted, truncated, edited, renamed or swapped."""

    hint = "restore this file from a backup; `desistkit vault verify` lists every damaged file"

    def __init__(self, path: str, detail: str = "failed its integrity check") -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path} {detail}")


class UnsupportedVersion(VaultError):
    """A file was written by a newer (or unknown) version of DesistKit."""

    hint = "update DesistKit TUI to the version that wrote this vault"

    def __init__(self, path: str, version: int) -> None:
        self.path = path
        self.version = version
        super().__init__(f"{path} has format version {version}, which this version cannot read")


class SchemaError(VaultError):
    """A decrypted document does not have the expected shape."""

    hint = "the file was written by other software or edited; restore it from a backup"

    def __init__(self, path: str, key: str, detail: str) -> None:
        self.path = path
        self.key = key
        super().__init__(f"{path}: {key}: {detail}")


class VaultLocked(VaultError):
    """The operation needs the vault unlocked."""

    hint = "unlock the vault first"

    def __init__(self, message: str = "the vault is locked") -> None:
        super().__init__(message)


class CaseBusy(VaultError):
    """Another session holds the case open for writing."""

    hint = "close the case in the other session; until then it opens read-only"


class ReadOnlyCase(VaultError):
    """A write to a case that this session opened read-only."""

    hint = "close the case in the other session, then open it again"


class Conflict(VaultError):
    """A file changed on disk since this session read it (another session, or a sync)."""

    hint = "reopen the case to see the other change; nothing was overwritten"


class DiskFull(VaultError):
    """The disk (or quota) is full; nothing was half-written."""

    hint = "free some space, then save again; the previous version is intact"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"no space left to write {path}")


class StorageError(VaultError):
    """Any other operating-system failure while reading or writing the vault."""

    hint = "check the folder's permissions and free space"


class NoSuchCase(VaultError):
    """No case with that code or id."""

    hint = "`desistkit case list` shows the cases"


class DuplicateCase(VaultError):
    """A case with that code exists already."""

    hint = "choose another pseudonymous code"


class KeySlotError(VaultError):
    """A key-slot operation that would leave the vault unusable, or names no slot."""

    hint = "`desistkit vault keys` lists the slots"
