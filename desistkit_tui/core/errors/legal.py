"""Refusals of the legal-basis check (:mod:`desistkit_tui.core.legal`)."""

from __future__ import annotations

from desistkit_tui.core.errors.base import DesistKitError


class ExportRefused(DesistKitError):
    """An export that the case's recorded legal basis does not cover; nothing left the vault.

    Variants: ``no-basis`` (nothing recorded), ``no-note`` (an "other" basis that does not say
    what it is), ``withdrawn`` (``date``: the consent was withdrawn), ``not-in-scope``
    (``purpose``: the consent does not cover it), ``no-recipient`` (a hand-over needs the
    recipient's role), ``recipient-not-named`` (``recipient``: the consent does not name that
    role). ``purpose`` is always passed (a :class:`~desistkit_tui.core.legal.Purpose` value).
    """

    msg_id = "error-export-refused"
    hint_id = "error-export-refused-hint"
    variants = (
        "no-basis",
        "no-note",
        "withdrawn",
        "not-in-scope",
        "no-recipient",
        "recipient-not-named",
    )
