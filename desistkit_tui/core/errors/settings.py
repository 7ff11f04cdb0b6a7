"""Problems in the user's settings file (``core/settings.py``, ``keymap.py``)."""

from __future__ import annotations

from desistkit_tui.core.errors.base import DesistKitError, ErrorArg


class SettingsProblem(DesistKitError):
    """One problem in ``settings.toml``; the setting it concerns keeps its default.

    Every variant has ``file``, ``line`` (0 when there is none) and ``key``; ``syntax`` and
    ``unreadable`` a ``detail`` (the parser's or the system's words), ``wrong-type`` the
    ``expected`` type, ``bad-value`` the ``value`` and what is ``allowed``, ``key-clash`` the
    ``keys`` and the two binding ids ``first`` and ``second``."""

    msg_id, hint_id = "error-settings", "error-settings-hint"
    variants = (
        "unreadable",
        "syntax",
        "unknown-key",
        "wrong-type",
        "bad-value",
        "unknown-binding",
        "key-clash",
        "unknown-theme",
    )

    def __init__(self, variant: str, /, *, file: str, line: int, key: str, **args: ErrorArg):
        super().__init__(variant, file=file, line=line, key=key, **args)
        self.file, self.line, self.key = file, line, key
