"""A yes/no question in a dialog (e.g. "Discard changes?"); Escape answers no."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from desistkit_tui.screens.base import BaseModal, footer
from desistkit_tui.widgets.plain import PlainLabel


class ConfirmScreen(BaseModal[bool | None]):
    """Returns True for yes, False for no, None for Escape (cancel).

    The safe answer has the focus: "no" unless ``focus_yes`` (e.g. "Continue the draft?").
    """

    BINDINGS = [Binding("escape", "cancel", "key-cancel", id="confirm.cancel")]

    def __init__(
        self, title: str, text: str, yes: str, no: str, *, focus_yes: bool = False
    ) -> None:
        super().__init__()
        self._title, self._text, self._yes, self._no = title, text, yes, no
        self._focus_yes = focus_yes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield PlainLabel(self._title, id="title")
            yield PlainLabel(self._text, classes="wrap")
            with Horizontal(id="buttons"):
                yield Button(self._no, id="no", compact=True)
                yield Button(self._yes, id="yes", variant="warning", compact=True)
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#yes" if self._focus_yes else "#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(None)


def leave_unless_kept(dialog: BaseModal[Any], changed: bool) -> None:
    """Close ``dialog`` with no result; if ``changed``, ask "Discard changes?" first (the
    new-case, profile, goal and intervention dialogs' Escape)."""
    if not changed:
        dialog.dismiss(None)
        return
    t = dialog.t

    def answered(discard: bool | None) -> None:
        if discard:
            dialog.dismiss(None)

    dialog.app.push_screen(
        ConfirmScreen(t("discard-title"), t("discard-text"), t("discard-yes"), t("discard-no")),
        answered,
    )
