"""New case, or a case's profile edited: pseudonymous code, address and gender form, the
person's language, status (when editing) and retention date; for a new case also the kind of
legal basis (it may stay "to be recorded"; scope and agencies are F3 in the case overview).

Editing, a retention date moved later is an extension: it needs a reason (a field for it
appears), which joins the case's retention history as the retention dialog's does
(docs/data-protection.md, "Retention"); an existing date cannot be cleared here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.widgets import Input, Label, Select

from desistkit_tui.core import languages
from desistkit_tui.core.errors import describe
from desistkit_tui.core.model import (
    AddressForm,
    BasisKind,
    Case,
    CaseStatus,
    GenderForm,
    LegalBasis,
    check_code,
    check_retention,
)
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseModal, date_field, footer, parse_day
from desistkit_tui.screens.confirm import leave_unless_kept
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.plain import PlainLabel

T = TypeVar("T")


class NewCaseScreen(BaseModal[Case | None]):
    """Creates a case in the vault; or, given ``case``, returns its edited profile (the caller
    saves it through its case handle)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key-save", id="newcase.save"),
        Binding("escape", "cancel", "key-cancel", id="newcase.cancel"),
    ]

    def __init__(self, case: Case | None = None, who: str = "") -> None:
        super().__init__()
        self.case = case
        #: The key slot's label, recorded with a retention extension.
        self.who = who
        self._busy = False
        self._changed = False  # something typed or chosen: Escape asks before discarding

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="dialog", classes="panel form"):
            yield Label(
                t("newcase-title" if self.case is None else "profile-title"),
                id="title",
                markup=False,
            )
            yield Label(t("newcase-code"), markup=False)
            yield Input(
                self.case.code if self.case else "",
                placeholder="K-2026-014",
                id="code",
                max_length=32,
                compact=True,
            )
            yield Label(t("newcase-code-hint"), classes="muted wrap", markup=False)
            with Grid(id="fields"):
                yield from self._choices()
            if self.case is None:
                yield Label(t("legal-later"), classes="muted wrap", markup=False)
            yield PlainLabel("", id="message", classes="error wrap")
        yield footer()

    def _choices(self) -> ComposeResult:
        t, case = self.t, self.case
        choices: list[tuple[str, str, list[tuple[str, str]], str]] = [
            (
                "address",
                "newcase-address",
                [(a.value, t(f"address-{a.value}")) for a in AddressForm],
                case.address.value if case else AddressForm.FORMAL.value,
            ),
            (
                "gender",
                "newcase-gender",
                [(g.value, t(f"gender-{g.value}")) for g in GenderForm],
                case.gender.value if case else GenderForm.UNSPECIFIED.value,
            ),
            (
                "language",
                "newcase-language",
                [(lang, t.language_name(lang)) for lang in languages.codes()],
                case.language if case else self.dk.config.ui_language,
            ),
        ]
        if case is not None:
            choices.append(
                (
                    "status",
                    "cases-col-status",
                    [(s.value, t(f"status-{s.value}")) for s in CaseStatus],
                    case.status.value,
                )
            )
        for field_id, label, options, value in choices:
            yield Label(t(label), markup=False)
            yield Choice(
                [(Content(label), key) for key, label in options],
                value=value,
                allow_blank=False,
                id=field_id,
                compact=True,
            )
        yield Label(t("newcase-retention"), markup=False)
        yield date_field(case.retention if case else None, "retention", self.t)
        if case is not None and case.retention is not None:  # shown for a later date
            yield Label(t("retention-reason"), markup=False, id="reason-label", classes="wrap")
            yield Input(id="reason", max_length=500, compact=True)
        if case is None:
            yield Label(t("legal-basis"), markup=False)
            yield Choice(
                [(Content(t(f"legal-kind-{k.value}")), k.value) for k in BasisKind],
                value=BasisKind.UNRECORDED.value,
                allow_blank=False,
                id="basis",
                compact=True,
            )

    def on_mount(self) -> None:
        self.query_one("#code", Input).focus()
        self._show_reason()

    def _extends(self, day: date | None) -> bool:
        """Whether ``day`` keeps the edited case longer than its retention date so far."""
        kept = self.case.retention if self.case is not None else None
        return kept is not None and day is not None and day > kept

    @on(Input.Changed, "#retention")
    def _show_reason(self) -> None:
        if self.case is not None and self.case.retention is not None:
            try:
                shown = self._extends(parse_day(self.query_one("#retention", Input).value))
            except ValueError:
                shown = False
            self.query_one("#reason-label").display = shown
            self.query_one("#reason", Input).display = shown

    @on(Input.Submitted)
    def action_save(self) -> None:
        session = self.dk.session
        if session is None or self._busy:
            return
        try:
            code = check_code(self.query_one("#code", Input).value)
        except ValueError:
            return self._say(self.t("newcase-bad-code"), "#code")
        try:
            retention = parse_day(self.query_one("#retention", Input).value)
        except ValueError:
            return self._say(self.t("newcase-bad-date"), "#retention")
        try:
            check_retention(retention, self.dk.config.clock().date())
        except ValueError:
            return self._say(self.t("newcase-past-date"), "#retention")
        if self.case is not None:
            edited = self.case
            if edited.retention is not None and retention is None:
                return self._say(self.t("profile-retention-cleared"), "#retention")
            if self._extends(retention) and not self.query_one("#reason", Input).value.strip():
                return self._say(self.t("retention-no-reason"), "#reason")
            self._work(
                lambda: session.code_taken(code, by_another_than=edited.id),
                lambda taken: self._edited(code, retention, taken),
            )
            return None
        address = AddressForm(str(self.query_one("#address", Select).value))
        gender = GenderForm(str(self.query_one("#gender", Select).value))
        language = str(self.query_one("#language", Select).value)
        kind = BasisKind(str(self.query_one("#basis", Select).value))
        today = self.dk.config.clock().date()
        # consent: given today, in the person's language; what it covers is recorded with F3
        legal = (
            LegalBasis(kind, given=today, language=language)
            if kind is BasisKind.CONSENT
            else (LegalBasis(kind))
        )
        self._work(
            lambda: session.create_case(
                code,
                address=address,
                gender=gender,
                language=language,
                retention=retention,
                legal=legal,
            ),
            self.dismiss,
        )
        return None

    def _work(self, call: Callable[[], T], done: Callable[[T], object]) -> None:
        """Ask the vault in a worker; the dialog waits, busy, meanwhile."""
        self._busy = True
        self.query_one("#dialog").loading = True

        def finished(result: T) -> None:
            self._busy = False
            self.query_one("#dialog").loading = False
            done(result)

        in_background(self, call, finished, self._failed, group="new-case")

    def _failed(self, error: Failure) -> None:
        self._busy = False
        self.query_one("#dialog").loading = False
        self._say(describe(error, self.t), "#code")

    def _edited(self, code: str, retention: date | None, taken: bool) -> None:
        assert self.case is not None
        if taken:
            return self._say(self.t("profile-code-taken", code=code), "#code")
        edited = replace(
            self.case,
            code=code,
            address=AddressForm(str(self.query_one("#address", Select).value)),
            gender=GenderForm(str(self.query_one("#gender", Select).value)),
            language=str(self.query_one("#language", Select).value),
            status=CaseStatus(str(self.query_one("#status", Select).value)),
        )
        if retention is not None and self._extends(retention):  # an extension, with its reason
            reason = self.query_one("#reason", Input).value
            today = self.dk.config.clock().date()
            try:
                edited = edited.retained(retention, reason, today, self.who)
            except ValueError:
                return self._say(self.t("retention-no-reason"), "#reason")
        else:
            edited = replace(edited, retention=retention)
        self.dismiss(edited)

    @on(Input.Changed)
    @on(Select.Changed)
    def _mark(self, event: Input.Changed | Select.Changed) -> None:
        if self.is_mounted and event.control.has_focus:
            self._changed = True

    def action_cancel(self) -> None:
        """Leave; asks "Discard changes?" first if anything was typed or chosen."""
        leave_unless_kept(self, self._changed)

    def _say(self, message: str, focus: str) -> None:
        self.query_one("#message", PlainLabel).set_text(message)
        self.query_one(focus).focus()
