"""The dialog shown when a case whose retention date has passed is opened (issue 14).

It offers three ways on: erase the case now (the case screen's F9 flow: the code is typed to
confirm), keep it longer (a new date after today and a reason, both required), or not now
(the overview keeps its hint, and the dialog comes again at the next opening). A case open in
another session, or in a vault that opened read-only (read-only here either way), shows the
text and only "not now", and says why.

The dialog only decides; :func:`offer_retention` saves a new date through
:meth:`~desistkit_tui.core.workspace.CaseWorkspace.retain` in a worker: the reason is kept in
the case's retention history, the audit log records ``retention-extended`` with the dates
(docs/data-protection.md, Retention).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from desistkit_tui.core.model import check_retention
from desistkit_tui.core.model.retention import REASON_MAX, check_reason
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseModal, date_field, footer, parse_day
from desistkit_tui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from desistkit_tui.core.model import Case
    from desistkit_tui.core.workspace import CaseWorkspace
    from desistkit_tui.screens.base import BaseScreen

#: The dialog's answer "erase the case now".
ERASE = "erase"


@dataclass(frozen=True, slots=True)
class KeepLonger:
    """The dialog's answer "keep the case until ``until``, for ``reason``" (both checked)."""

    until: date
    reason: str


class RetentionDueScreen(BaseModal[KeepLonger | str | None]):
    """Returns :data:`ERASE`, a :class:`KeepLonger`, or ``None`` (not now)."""

    BINDINGS = [Binding("escape", "later", "key-retention-later", id="retention.later")]

    def __init__(self, code: str, shown: str, today: date, read_only: str = "") -> None:
        """``read_only``: why the case is read-only here (a message id), "" when it is not."""
        super().__init__()
        self.code, self.shown = code, shown
        self.today, self.why, self.read_only = today, read_only, bool(read_only)

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="dialog", classes="panel"):
            yield PlainLabel(t("retention-title", code=self.code), id="title", classes="wrap")
            yield PlainLabel(t("retention-text", date=self.shown), classes="wrap")
            if self.read_only:
                yield PlainLabel(t(self.why), id="why", classes="warning wrap")
            else:
                yield PlainLabel(t("retention-until"), id="until-label")
                yield date_field(None, "until", t)
                yield PlainLabel(t("retention-reason"))
                yield Input(id="reason", max_length=REASON_MAX, compact=True)
                yield PlainLabel("", id="message", classes="error wrap")
            with Horizontal(id="buttons"):
                if not self.read_only:
                    yield Button(t("retention-keep"), id="keep", variant="primary", compact=True)
                    yield Button(t("retention-erase"), id="erase", variant="error", compact=True)
                yield Button(t("retention-later"), id="later", compact=True)
        yield footer()

    def on_mount(self) -> None:
        if not self.read_only:
            self.query_one("#message").display = False  # a line more for the text at 60x20
        self.query_one("#later" if self.read_only else "#until").focus()

    def _say(self, msg_id: str, field: str) -> None:
        message = self.query_one("#message", PlainLabel)
        message.set_text(self.t(msg_id))
        message.display = True
        self.query_one(field).focus()

    @on(Input.Submitted, "#until")
    def _next_field(self) -> None:
        self.query_one("#reason").focus()

    @on(Input.Submitted, "#reason")
    @on(Button.Pressed, "#keep")
    def _keep(self) -> None:
        try:
            until = parse_day(self.query_one("#until", Input).value)
        except ValueError:
            return self._say("newcase-bad-date", "#until")
        if until is None:
            return self._say("newcase-bad-date", "#until")
        try:
            check_retention(until, self.today)
        except ValueError:
            return self._say("retention-past-date", "#until")
        try:
            reason = check_reason(self.query_one("#reason", Input).value)
        except ValueError:
            return self._say("retention-no-reason", "#reason")
        self.dismiss(KeepLonger(until, reason))
        return None

    @on(Button.Pressed, "#erase")
    def _erase(self) -> None:
        self.dismiss(ERASE)

    @on(Button.Pressed, "#later")
    def action_later(self) -> None:
        self.dismiss(None)


def offer_retention(
    screen: BaseScreen[Any],
    workspace: CaseWorkspace,
    today: date,
    erase: Callable[[], None],
    done: Callable[[object], None],
    failed: Callable[[Failure], None],
) -> None:
    """Show the dialog over ``screen`` for the open case (its retention date has passed):
    ``erase()`` on "erase now"; a new date is saved through ``workspace`` in a worker, then
    said, then ``done``."""
    case = workspace.case

    def answered(answer: KeepLonger | str | None) -> None:
        if answer == ERASE:
            erase()
        elif isinstance(answer, KeepLonger):

            def saved(kept: Case) -> None:
                when = shown_date(screen, kept)
                said = screen.t("retention-saved", code=kept.code, date=when)
                screen.notify(said, markup=False)
                done(kept)

            in_background(
                screen,
                lambda: workspace.retain(answer.until, answer.reason, today),
                saved,
                failed,
            )

    why = ""
    if workspace.read_only:
        session = screen.dk.session
        vault_read_only = session is not None and session.vault.read_only
        why = "retention-vault-read-only" if vault_read_only else "retention-read-only"
    dialog = RetentionDueScreen(case.code, shown_date(screen, case), today, why)
    screen.app.push_screen(dialog, answered)


def shown_date(screen: BaseScreen[Any], case: Case) -> str:
    """The case's retention date as the case's language writes dates."""
    assert case.retention is not None
    return screen.dk.localizer(case).format_date(case.retention)
