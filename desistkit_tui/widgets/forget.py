"""Emptying the widgets of screens that showed a case, when the vault locks.

A popped screen can outlive its removal a while (a finished worker, a pending message or a
render cache may still refer to it); what its widgets hold must not outlive the lock. Each
field, list and label is emptied without posting change messages (nothing reacts by saving
an empty draft). docs/architecture.md, Secrets in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.app import App
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList, Select, Static, TextArea

from desistkit_tui.widgets.plain import PlainLabel


def forget_values(app: App[Any], screens: Iterable[Screen[Any]]) -> None:
    """Empty every Input, TextArea, list and label of ``screens``."""
    with app.prevent(Input.Changed, TextArea.Changed, Select.Changed, OptionList.OptionHighlighted):
        for screen in screens:
            for widget in list(screen.query("*")):
                _forget(widget)


def _forget(widget: object) -> None:
    if isinstance(widget, Input):
        widget.value = ""
    elif isinstance(widget, TextArea):
        widget.load_text("")  # clears the undo history too
    elif isinstance(widget, OptionList):
        widget.clear_options()
    elif isinstance(widget, DataTable):
        widget.clear(columns=True)
    elif isinstance(widget, PlainLabel):
        widget.set_text("")  # a HeadedLabel keeps its text beside what it shows
    elif isinstance(widget, Static):
        widget.update("")
