"""The legal-basis dialog of a case (F3 in the case overview): kind, consent day, scope,
agencies by role, the consent text's language, a note; and a withdrawal (F8), which shows in
the same dialog what follows from it. F10 prints the consent page for the person, as the
fields say, in the consent text's language and the case's wording (through the export dialog). The dialog returns the edited record; the case screen
saves it (:func:`edit_legal_basis`), and the vault's audit log records a withdrawal as
``consent-withdrawn`` with the basis kind, never the content.

Erasing the case is offered as a described next step (``desistkit case erase CODE``) until the
erasure command lands (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.widgets import Input, Label, Select

from desistkit_tui.core import languages
from desistkit_tui.core.model import BasisKind, LegalBasis, Scope
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseModal, date_field, footer, parse_day
from desistkit_tui.screens.confirm import leave_unless_kept
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.marked_list import MarkedSelectionList
from desistkit_tui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from desistkit_tui.core.model import Case
    from desistkit_tui.core.workspace import CaseWorkspace
    from desistkit_tui.screens.base import BaseScreen


def roles(text: str) -> tuple[str, ...]:
    """Agencies by role from a comma-separated field: trimmed, empty ones and repeats dropped."""
    found: list[str] = []
    for raw in text.split(","):
        role = " ".join(raw.split())
        if role and role.casefold() not in (r.casefold() for r in found):
            found.append(role)
    return tuple(found)


class LegalBasisScreen(BaseModal[LegalBasis | None]):
    """Edits a case's legal basis; returns the new record (or None when left unchanged)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key-save", id="legal.save"),
        Binding("f8", "withdraw", "key-withdraw", id="legal.withdraw"),
        Binding("f10", "print_consent", "key-print-consent", id="legal.print-consent"),
        Binding("escape", "cancel", "key-cancel", id="legal.cancel"),
    ]

    def __init__(self, basis: LegalBasis, code: str, today: date, case: Case | None = None) -> None:
        super().__init__()
        self.basis = basis
        #: The case (its language and wording for the consent page; None: no printing).
        self.case = case
        self.code = code
        self.today = today
        self._withdrawing = False
        self._changed = False

    def label(self, msg_id: str) -> Label:
        return Label(self.t(msg_id), markup=False)

    def compose(self) -> ComposeResult:
        t, b = self.t, self.basis
        with Vertical(id="dialog", classes="panel form"):
            yield Label(t("legal-title", code=self.code), id="title", markup=False)
            with Grid(id="fields"):
                yield self.label("legal-basis")
                yield Choice(
                    [(Content(t(f"legal-kind-{k.value}")), k.value) for k in BasisKind],
                    value=b.kind.value,
                    allow_blank=False,
                    id="kind",
                    compact=True,
                )
                yield self.label("legal-given")
                yield date_field(b.given, "given", t)
                yield self.label("legal-language")
                yield Choice(
                    [
                        (Content(t("legal-language-none")), ""),
                        *((Content(t.language_name(c)), c) for c in languages.codes()),
                    ],
                    value=b.language,
                    allow_blank=False,
                    id="language",
                    compact=True,
                )
            yield self.label("legal-scope")
            yield MarkedSelectionList[str](
                *[(Content(t(f"legal-scope-{s.value}")), s.value, s in b.scope) for s in Scope],
                id="scope",
                compact=True,
            )
            yield self.label("legal-recipients")
            yield Input(", ".join(b.recipients), id="recipients", compact=True)
            yield Label(t("legal-recipients-hint"), classes="muted wrap", markup=False)
            yield self.label("legal-note")
            yield Input(b.note, id="note", compact=True)
            yield Label(t("legal-note-hint"), classes="muted wrap", markup=False)
            with Vertical(id="withdrawal"):
                yield self.label("legal-withdrawn-on")
                yield date_field(b.withdrawn_on or self.today, "withdrawn", t)
                yield PlainLabel(self._next_steps(), id="next-steps", classes="wrap")
            yield PlainLabel("", id="message", classes="error wrap")
        yield footer(palette=False)

    def _next_steps(self) -> str:
        t = self.t
        return "\n".join(
            [
                t("legal-next-title"),
                t("legal-next-stop"),
                t("legal-next-erase", code=self.code),
                t("legal-next-tell"),
                t("legal-next-audit"),
            ]
        )

    def on_mount(self) -> None:
        withdrawal = self.query_one("#withdrawal")
        withdrawal.display = self.basis.withdrawn
        self.query_one("#withdrawn", Input).disabled = self.basis.withdrawn
        self.query_one("#kind", Select).focus()

    def action_withdraw(self) -> None:
        """Show the withdrawal's day and what follows; Ctrl+S records it."""
        try:
            edited = self._edited()
        except ValueError:
            edited = self.basis
        if edited.kind is not BasisKind.CONSENT or edited.withdrawn:
            self._say(self.t("legal-withdraw-not-now"), "#kind")
            return
        self._withdrawing = self._changed = True
        self.query_one("#withdrawal").display = True
        self.query_one("#withdrawn", Input).focus(scroll_visible=False)
        dialog = self.query_one("#dialog")
        self.call_after_refresh(dialog.scroll_end, animate=False)  # what follows, in view

    def action_print_consent(self) -> None:
        """F10: the consent page as the fields say (the recorded record while one is wrong)."""
        if self.case is None:
            return
        from desistkit_tui.screens.case_exports import print_consent

        try:
            edited = self._edited()
        except ValueError:
            edited = self.basis
        print_consent(self, self.case, edited)

    def _edited(self) -> LegalBasis:
        """The record as the fields say (ValueError naming the field that is wrong)."""
        kind = BasisKind(str(self.query_one("#kind", Select).value))
        given = parse_day(self.query_one("#given", Input).value)
        note = self.query_one("#note", Input).value.strip()
        if kind is BasisKind.CONSENT and given is None:
            raise ValueError("given")
        if kind is BasisKind.OTHER and not note:
            raise ValueError("note")
        language = self.query_one("#language", Select).value
        scope = self.query_one("#scope", MarkedSelectionList).selected
        return replace(
            self.basis,
            kind=kind,
            note=note,
            given=given if kind is BasisKind.CONSENT else None,
            scope=frozenset(Scope(s) for s in scope),
            recipients=roles(self.query_one("#recipients", Input).value),
            language=language if isinstance(language, str) else "",
        )

    @on(Input.Submitted)
    def action_save(self) -> None:
        try:
            edited = self._edited()
        except ValueError as exc:
            if str(exc) == "note":
                return self._say(self.t("legal-needs-note"), "#note")
            if str(exc) == "given":
                return self._say(self.t("legal-needs-date"), "#given")
            return self._say(self.t("newcase-bad-date"), "#given")
        if self._withdrawing:
            try:
                day = parse_day(self.query_one("#withdrawn", Input).value)
            except ValueError:
                return self._say(self.t("newcase-bad-date"), "#withdrawn")
            try:
                edited = edited.withdraw(day or self.today)
            except ValueError:
                return self._say(self.t("legal-withdrawal-before"), "#withdrawn")
        self.dismiss(edited if edited != self.basis else None)
        return None

    @on(Input.Changed)
    @on(Select.Changed)
    @on(MarkedSelectionList.SelectedChanged)
    def _mark(self, event: Any) -> None:
        if self.is_mounted and event.control.has_focus:
            self._changed = True

    def action_cancel(self) -> None:
        leave_unless_kept(self, self._changed)

    def _say(self, message: str, focus: str) -> None:
        self.query_one("#message", PlainLabel).set_text(message)
        self.query_one(focus).focus()


def edit_legal_basis(
    screen: BaseScreen[Any],
    workspace: CaseWorkspace,
    today: date,
    done: Callable[[object], None],
    failed: Callable[[Failure], None],
) -> None:
    """Open the dialog over ``screen``; save what it returns through ``workspace`` in a
    worker, then say so (a withdrawal: that hand-overs are refused from now on)."""
    case = workspace.case

    def edited(basis: LegalBasis | None) -> None:
        if basis is None:
            return
        withdrawn = len(basis.withdrawals) > len(case.legal.withdrawals)

        def saved(result: object) -> None:
            message = "legal-withdrawal-saved" if withdrawn else "legal-saved"
            screen.notify(screen.t(message), markup=False)
            done(result)

        in_background(
            screen,
            lambda: workspace.save_profile(replace(workspace.case, legal=basis)),
            saved,
            failed,
        )

    screen.app.push_screen(LegalBasisScreen(case.legal, case.code, today, case), edited)
