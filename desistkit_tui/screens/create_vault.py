"""First run: create the vault (passphrase twice), then show the recovery key once.

The passphrase policy is the core's (:mod:`desistkit_tui.core.passphrase`), the same rule as
``desistkit init``; this screen rates the passphrase as it is typed and says what the rule asks.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label

from desistkit_tui.core.errors import PassphraseTooShort, PassphraseTooWeak, VaultError, describe
from desistkit_tui.core.passphrase import MIN_LENGTH, check_new, strength
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault_session import VaultSession
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.widgets.plain import PlainLabel
from desistkit_tui.widgets.secret_input import SecretInput
from desistkit_tui.widgets.toggles import Checkbox


class CreateVaultScreen(BaseScreen[None]):
    """A new vault at the configured path."""

    BINDINGS = [Binding("ctrl+s", "create", "key-create-vault", id="create.submit")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield Label(self.t("create-title"), id="title", markup=False)
            yield PlainLabel(str(self.dk.config.vault), classes="muted")
            yield Label(self.t("create-intro"), markup=False, classes="wrap")
            yield Label(self.t("create-passphrase"), markup=False)
            yield SecretInput(id="first")
            yield PlainLabel(self.t("create-strength-short"), id="strength", classes="muted")
            yield Label(self.t("create-again"), markup=False)
            yield SecretInput(id="second")
            yield PlainLabel("", id="message", classes="wrap")
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#first", SecretInput).focus()

    @on(Input.Changed, "#first")
    def _rate(self, event: Input.Changed) -> None:
        self.query_one("#strength", PlainLabel).set_text(self.t(strength(event.value)))

    @on(Input.Submitted, "#first")
    def _next_field(self) -> None:
        self.query_one("#second", SecretInput).focus()

    @on(Input.Submitted, "#second")
    def action_create(self) -> None:
        first, second = (
            self.query_one("#first", SecretInput),
            self.query_one("#second", SecretInput),
        )
        secret = Secret.from_text(first.value)
        try:  # the rule VaultSession.create applies, said early (the fields stay open)
            check_new(secret)
        except (PassphraseTooShort, PassphraseTooWeak) as exc:
            secret.wipe()
            second.clear_secret()
            short = isinstance(exc, PassphraseTooShort)
            self._say(
                self.t("create-too-short", min=MIN_LENGTH) if short else describe(exc, self.t)
            )
            first.focus()
            return
        if first.value != second.value:
            secret.wipe()
            second.clear_secret()
            self._say(self.t("create-mismatch"))
            second.focus()
            return
        first.clear_secret()
        second.clear_secret()
        first.disabled = second.disabled = True
        self._say(self.t("create-working"), error=False)
        self._create(secret)

    @work(thread=True, exclusive=True, group="create")
    def _create(self, secret: Secret) -> None:
        config = self.dk.config
        try:
            session, code = VaultSession.create(
                config.vault, secret, config.slot_label, kdf=config.kdf
            )
        except VaultError as exc:  # PassphraseTooShort included (checked above already)
            self.app.call_from_thread(self._say, describe(exc, self.t))
        else:
            self.app.call_from_thread(self._show_recovery, session, code)
        finally:
            secret.wipe()

    def _show_recovery(self, session: VaultSession, code: str) -> None:
        self.app.switch_screen(RecoveryKeyScreen(session, code))

    def _say(self, message: str, error: bool = True) -> None:
        label = self.query_one("#message", PlainLabel)
        label.set_text(message)
        label.set_class(error, "error")


class RecoveryKeyScreen(BaseScreen[None]):
    """The recovery key, shown once; continuing needs "I have written it down"."""

    BINDINGS = [Binding("ctrl+s", "done", "key-continue", id="recovery.continue")]

    def __init__(self, session: VaultSession, code: str) -> None:
        super().__init__()
        self.session = session
        self.code = code

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield Label(self.t("recovery-title"), id="title", markup=False)
            yield Label(self.t("recovery-intro"), markup=False, classes="wrap")
            yield PlainLabel(self.code, id="recovery-key")
            yield Label(self.t("recovery-keep"), markup=False, classes="wrap muted")
            yield Checkbox(Content(self.t("recovery-written")), id="written")
            yield Button(Content(self.t("recovery-continue")), id="continue", disabled=True)
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#written", Checkbox).focus()

    @on(Checkbox.Changed, "#written")
    def _toggle(self, event: Checkbox.Changed) -> None:
        self.query_one("#continue", Button).disabled = not event.value

    @on(Button.Pressed, "#continue")
    def action_done(self) -> None:
        if not self.query_one("#written", Checkbox).value:
            self.notify(self.t("recovery-confirm-first"), severity="warning")
            return
        self.code = ""
        self.dk.vault_opened(self.session)
