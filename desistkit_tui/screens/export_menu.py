"""Which document to export from the case overview (F8): the case report, the conference
summary, the person's page or everything stored about the case (subject access).

One key for all four keeps the overview's footer short enough for 80 columns, and leaves
F12 to the app's blank-screen key. The list says what each document holds in one line.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.base import BaseModal, footer
from desistkit_tui.widgets.plain import PlainLabel

#: The overview's export actions, in the order offered (``action_<name>`` on the case screen).
CHOICES = ("export_report", "export_summary", "export_handout", "export_access")


def _label(t: Localizer, name: str) -> str:
    """``Report — the whole case over time …`` (the key's name, then what it holds)."""
    msg = name.replace("_", "-")
    return f"{t('key-' + msg)} — {t(msg.replace('export-', 'export-menu-'))}"


class ExportMenuScreen(BaseModal[str | None]):
    """Returns the chosen action's name, or None (Escape)."""

    BINDINGS = [Binding("escape", "cancel", "key-cancel", id="export-menu.cancel")]

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="dialog", classes="panel"):
            yield PlainLabel(t("export-menu-title"), id="title")
            yield OptionList(
                *(Option(_label(t, name), id=name) for name in CHOICES),
                id="export-choices",
            )
        yield footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
