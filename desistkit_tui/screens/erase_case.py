"""Erasing a case from its overview (F8): the code must be typed to confirm.

The dialog only decides; the case screen erases (through
:meth:`~desistkit_tui.core.vault_session.VaultSession.erase_case`, in a worker). What erasure
does and does not reach is in docs/data-protection.md.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from desistkit_tui.screens.base import BaseModal, footer
from desistkit_tui.widgets.plain import PlainLabel


class EraseCaseScreen(BaseModal[bool]):
    """Returns True once the case's code was typed and "Erase for good" chosen."""

    BINDINGS = [Binding("escape", "cancel", "key-cancel", id="erase.cancel")]

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield PlainLabel(self.t("erase-title", code=self.code), id="title")
            yield PlainLabel(self.t("erase-text"), classes="wrap")
            yield PlainLabel(self.t("erase-type-code"))
            yield Input(id="typed", compact=True)
            yield PlainLabel("", id="message", classes="error")
            with Horizontal(id="buttons"):
                yield Button(self.t("erase-no"), id="no", compact=True)
                yield Button(self.t("erase-yes"), id="yes", variant="error", compact=True)
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#typed", Input).focus()

    def _matches(self) -> bool:
        typed = self.query_one("#typed", Input).value.strip()
        return typed.casefold() == self.code.casefold()

    @on(Input.Submitted, "#typed")
    @on(Button.Pressed, "#yes")
    def _erase(self) -> None:
        if self._matches():
            self.dismiss(True)
            return
        self.query_one("#message", PlainLabel).set_text(self.t("erase-mismatch"))
        self.query_one("#typed", Input).focus()

    @on(Button.Pressed, "#no")
    def action_cancel(self) -> None:
        self.dismiss(False)
