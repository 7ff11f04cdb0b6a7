"""The errors of exports and printing (:mod:`desistkit_tui.core.export`): nothing was written."""

from __future__ import annotations

import errno

from desistkit_tui.core.errors.base import DesistKitError


class ExportError(DesistKitError):
    """Every failure of an export; whatever it is, no file of it was left behind."""

    msg_id, hint_id = "error-export", "error-export-hint"


class ExportExists(ExportError):
    """The file or folder named for an export is there already (and ``--force`` was not
    given, or it is a folder where a file was asked for)."""

    msg_id, hint_id = "error-export-exists", "error-export-exists-hint"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)
        self.path = path


#: Operating-system errors with a message of their own.
_CAUSES = {
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "disk-full",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read-only",
    errno.ENOENT: "no-folder",
    errno.ENOTDIR: "no-folder",
}


class ExportFailed(ExportError):
    """Writing the export failed; the partial file was removed.

    Variants: ``disk-full``, ``permission``, ``read-only``, ``no-folder`` and ``other``
    (``oserror``: the operating system's own words)."""

    msg_id, hint_id = "error-export-failed", "error-export-hint"
    variants = ("disk-full", "permission", "read-only", "no-folder", "other")

    def __init__(self, path: str, os_error: OSError | None = None, *, cause: str = "") -> None:
        cause = cause or _CAUSES.get(getattr(os_error, "errno", 0) or 0, "other")
        oserror = "" if os_error is None else str(os_error.strerror or type(os_error).__name__)
        super().__init__(cause, path=path, oserror=oserror)
        self.path = path


class BadRecipient(ExportError):
    """An ``--encrypt-to`` value that is not an age X25519 recipient (``age1…``)."""

    msg_id, hint_id = "error-export-recipient", "error-export-recipient-hint"

    def __init__(self, recipient: str) -> None:
        super().__init__(recipient=recipient[:80])
