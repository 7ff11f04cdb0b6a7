"""A password field that never lets its text out."""

from __future__ import annotations

from textual.widgets import Input

from desistkit_tui.textual_compat import forget_rendered_text


class SecretInput(Input):
    """``Input(password=True)`` that refuses copy and cut.

    Textual's Input copies its selection to the clipboard on ctrl+c / ctrl+x even in password
    mode, and the clipboard write travels as OSC 52 to the SSH client's clipboard. Here both are
    no-ops, and the value is cleared by :meth:`clear_secret` as soon as it has been handed to
    the key derivation (a ``str`` cannot be overwritten: docs/architecture.md, Secrets in
    memory).
    """

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, password=True, id=id, select_on_focus=False)

    def action_copy(self) -> None:
        """Refuse: a passphrase never goes to the clipboard."""

    def action_cut(self) -> None:
        """Refuse: a passphrase never goes to the clipboard."""

    def clear_secret(self) -> None:
        """Forget the typed text, and the width caches that measured it (Rich caches the
        cell width of every prefix typed, which would keep the passphrase)."""
        self.value = ""
        forget_rendered_text()
