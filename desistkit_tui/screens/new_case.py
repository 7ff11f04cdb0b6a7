"""New case: pseudonymous code, address and gender form, the person's language, retention."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.widgets import Footer, Input, Label, Select

from desistkit_tui.core.model import LANGUAGES, AddressForm, Case, GenderForm, check_code
from desistkit_tui.core.vault.errors import VaultError
from desistkit_tui.screens.base import BaseModal
from desistkit_tui.widgets.plain import PlainLabel


class NewCaseScreen(BaseModal[Case | None]):
    """A dialog that creates a case in the vault, or cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key-save", id="newcase.save"),
        Binding("escape", "cancel", "key-cancel", id="newcase.cancel"),
    ]

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="dialog", classes="panel form"):
            yield Label(t("newcase-title"), id="title", markup=False)
            yield Label(t("newcase-code"), markup=False)
            yield Input(placeholder="K-2026-014", id="code", max_length=32, compact=True)
            yield Label(t("newcase-code-hint"), classes="muted wrap", markup=False)
            with Grid(id="fields"):
                yield from self._choices()
            yield PlainLabel("", id="message", classes="error wrap")
        yield Footer()

    def _choices(self) -> ComposeResult:
        t = self.t
        choices: list[tuple[str, str, list[tuple[str, str]], str]] = [
            (
                "address",
                "newcase-address",
                [(a.value, f"address-{a.value}") for a in AddressForm],
                AddressForm.FORMAL.value,
            ),
            (
                "gender",
                "newcase-gender",
                [(g.value, f"gender-{g.value}") for g in GenderForm],
                GenderForm.UNSPECIFIED.value,
            ),
            (
                "language",
                "newcase-language",
                [(lang, f"language-{lang}") for lang in LANGUAGES],
                self.dk.config.ui_language,
            ),
        ]
        for field_id, label, options, value in choices:
            yield Label(t(label), markup=False)
            yield Select(
                [(Content(t(msg)), key) for key, msg in options],
                value=value,
                allow_blank=False,
                id=field_id,
                compact=True,
            )
        yield Label(t("newcase-retention"), markup=False)
        yield Input(placeholder="YYYY-MM-DD", id="retention", max_length=10, compact=True)

    def on_mount(self) -> None:
        self.query_one("#code", Input).focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        vault = self.dk.vault
        if vault is None:
            return
        try:
            code = check_code(self.query_one("#code", Input).value)
        except ValueError:
            return self._say(self.t("newcase-bad-code"), "#code")
        raw_date = self.query_one("#retention", Input).value.strip()
        try:
            retention = date.fromisoformat(raw_date) if raw_date else None
        except ValueError:
            return self._say(self.t("newcase-bad-date"), "#retention")
        if retention is not None and retention <= self.dk.config.clock().date():
            return self._say(self.t("newcase-past-date"), "#retention")
        try:
            case = vault.create_case(
                code,
                address=AddressForm(str(self.query_one("#address", Select).value)),
                gender=GenderForm(str(self.query_one("#gender", Select).value)),
                language=str(self.query_one("#language", Select).value),
                retention=retention,
            )
        except VaultError as exc:
            return self._say(str(exc), "#code")
        self.dismiss(case)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _say(self, message: str, focus: str) -> None:
        self.query_one("#message", PlainLabel).set_text(message)
        self.query_one(focus).focus()
