"""The unlock screen: one passphrase field; the slow key derivation runs off the UI thread."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label

from desistkit_tui.core.errors import VaultError, describe
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.widgets.plain import PlainLabel
from desistkit_tui.widgets.secret_input import SecretInput


class UnlockScreen(BaseScreen[None]):
    """Asks for the passphrase (or the recovery key) and opens the vault."""

    BINDINGS = [Binding("enter", "unlock", "key-unlock", id="unlock.submit", show=True)]

    def __init__(self, locked: bool = False) -> None:
        super().__init__()
        self.locked_by_user = locked
        self.attempts = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield Label(self.t("unlock-title"), id="title", markup=False)
            yield PlainLabel(str(self.dk.config.vault), id="vault-path", classes="muted")
            if self.locked_by_user:
                yield Label(self.t("unlock-locked"), classes="muted", markup=False)
            yield Label(self.t("unlock-passphrase"), markup=False)
            yield SecretInput(id="passphrase")
            yield Label(self.t("unlock-hint-recovery"), classes="muted", markup=False)
            yield PlainLabel("", id="message", classes="wrap")
        yield footer()

    def on_mount(self) -> None:
        # Not query_one: when the app quits just as the idle lock switches here, the screen can
        # be mounted while its children are already being removed.
        for field in self.query(SecretInput):
            field.focus()
        # The vault and crypto stack (~35 ms of imports) loads once the screen has painted,
        # while the passphrase is typed. On this thread, not a worker: imports made in another
        # thread leave a malloc arena of their own behind (+0.6-1 MiB of peak memory).
        self.call_after_refresh(self._preload)

    def _preload(self) -> None:
        import desistkit_tui.core.vault.store  # noqa: F401

    @on(Input.Submitted, "#passphrase")
    def action_unlock(self) -> None:
        field = self.query_one(SecretInput)
        text = field.value
        if not text:
            self._say(self.t("unlock-empty"), error=True)
            return
        field.clear_secret()
        field.disabled = True
        self._say(self.t("unlock-working"))
        self._unlock(text)

    # A description of our own: Textual's default is repr() of the arguments, the passphrase.
    @work(thread=True, exclusive=True, group="unlock", description="unlock the vault")
    def _unlock(self, text: str) -> None:
        from desistkit_tui.core.vault.store import Vault

        # Vault.unlock tells a recovery key from a passphrase and wipes what it derives.
        try:
            vault = Vault.unlock(self.dk.config.vault, text)
        except VaultError as exc:  # a wrong passphrase among them
            self.app.call_from_thread(self._failed, describe(exc, self.t))
        else:
            self.app.call_from_thread(self.dk.vault_opened, vault)

    def _failed(self, message: str) -> None:
        self.attempts += 1
        field = self.query_one(SecretInput)
        field.disabled = False
        field.focus()
        self._say(message, error=True)

    def _say(self, message: str, error: bool = False) -> None:
        label = self.query_one("#message", PlainLabel)
        label.set_text(message)
        label.set_class(error, "error")
