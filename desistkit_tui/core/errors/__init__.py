"""Every error and content finding DesistKit reports, and the one function that words them.

Import them from here (``from desistkit_tui.core.errors import TamperedFile, describe``); the
submodules only split the catalogue by layer (``base``, ``vault``, ``flow``, ``legal``, ``content``).
Every layer may import this package: it imports nothing of DesistKit but :mod:`..text` and
:mod:`..resources`, so errors no longer tie the model, schema, flow, cards and history to
the vault.

Each error names a Fluent message (``msg_id``, in ``locales/<lang>/errors.ftl``), an optional
hint (``hint_id``: what to do) and the message's variables (``msg_args``: paths, case codes,
counts — never a secret). :func:`describe` renders them in any language through a formatter
``ui(msg_id, **args) -> str`` (a screen's ``self.t``): one line, ``message — hint``, no markup.
``str(error)`` is the same message in English (:func:`english`), for logs and tests.

A class whose errors come in variants lists them in ``variants``; an instance then uses the
message ``f"{msg_id}-{variant}"``. :func:`error_classes` and :func:`message_ids` enumerate
everything, so ``desistkit locale check`` and the tests can prove every language has them.

Content findings (:class:`ContentIssue`: ``file:line`` messages for deck authors, beside the
TOML parser's and Fluent's own words) stay English; the TUI shows the translated
:class:`ContentProblem` (a deck skipped: where, how many findings, where the first is).
"""

from desistkit_tui.core.errors.base import (
    INTERNAL,
    WITH_HINT,
    Described,
    DesistKitError,
    ErrorArg,
    Formatter,
    class_message_ids,
    describe,
    english,
    error_classes,
)
from desistkit_tui.core.errors.content import (
    ContentError,
    ContentIssue,
    ContentProblem,
    ContentWarning,
    Severity,
)
from desistkit_tui.core.errors.export import BadRecipient, ExportError, ExportExists, ExportFailed
from desistkit_tui.core.errors.flow import FlowError
from desistkit_tui.core.errors.legal import ExportRefused
from desistkit_tui.core.errors.settings import SettingsProblem
from desistkit_tui.core.errors.vault import (
    AuditBusy,
    AuditNotWritten,
    BadRecoveryKey,
    CaseBusy,
    Conflict,
    Damage,
    DeckNotInstalled,
    DiskFull,
    DuplicateCase,
    HeaderMissing,
    KdfBounds,
    KeySlotError,
    NoSuchCase,
    NoVault,
    PassphraseTooShort,
    PassphraseTooWeak,
    ReadOnlyCase,
    Recoverable,
    RekeyUnfinished,
    RolledBack,
    Schema,
    SchemaError,
    StorageError,
    TamperedFile,
    UnsupportedVersion,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultReadOnly,
    WrongPassphrase,
)


def message_ids() -> frozenset[str]:
    """Every message an error, a skipped deck or :func:`describe` may ask for."""
    ids = {WITH_HINT, INTERNAL, *ContentProblem.msg_ids, ContentProblem.hint_id}
    for cls in error_classes():
        ids.update(class_message_ids(cls))
    return frozenset(ids)


__all__ = [
    "INTERNAL",
    "WITH_HINT",
    "AuditBusy",
    "AuditNotWritten",
    "BadRecipient",
    "BadRecoveryKey",
    "CaseBusy",
    "Conflict",
    "ContentError",
    "ContentIssue",
    "ContentProblem",
    "ContentWarning",
    "Damage",
    "DeckNotInstalled",
    "Described",
    "DesistKitError",
    "DiskFull",
    "DuplicateCase",
    "ErrorArg",
    "ExportError",
    "ExportExists",
    "ExportFailed",
    "ExportRefused",
    "FlowError",
    "Formatter",
    "HeaderMissing",
    "KdfBounds",
    "KeySlotError",
    "NoSuchCase",
    "NoVault",
    "PassphraseTooShort",
    "PassphraseTooWeak",
    "ReadOnlyCase",
    "Recoverable",
    "RekeyUnfinished",
    "RolledBack",
    "Schema",
    "SchemaError",
    "SettingsProblem",
    "Severity",
    "StorageError",
    "TamperedFile",
    "UnsupportedVersion",
    "VaultBusy",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultReadOnly",
    "WrongPassphrase",
    "class_message_ids",
    "describe",
    "english",
    "error_classes",
    "message_ids",
]
