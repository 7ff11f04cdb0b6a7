"""The export dialog: where to write, which format, what to include — with a live preview.

One dialog for every export of the TUI (report, conference summary, the person's page, the
subject-access export, printed cards). The screen that opens it builds the document: the
dialog only collects the choice (:class:`ExportChoice`) and, for documents that have one,
shows a preview (``preview(ticked) -> str``, plain Markdown text, no markup) that follows each
tick, so the caseworker sees exactly what will be written — field by field for the
conference summary, whose free-text fields start unticked.

:func:`write_export` then writes through the export layer's one sink from a worker, asking
before it replaces a file, and tells where the file is and that it is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, RadioSet

from desistkit_tui.core.errors import DesistKitError, ExportExists, describe
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseModal, date_field, footer, parse_day
from desistkit_tui.widgets.plain import PlainLabel
from desistkit_tui.widgets.toggles import Checkbox, RadioButton


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the caseworker chose in the dialog."""

    path: Path
    fmt: str
    ticked: tuple[str, ...]
    #: The date the caseworker gave in the dialog's date field (None: empty, or no field).
    day: date | None = None


@dataclass(frozen=True, slots=True)
class ExportSpec:
    """What the dialog offers: a title, a default path, formats, options to tick."""

    title: str
    path: Path
    formats: tuple[str, ...] = ("pdf", "md")
    #: (option id, label, ticked at first)
    options: tuple[tuple[str, str, bool], ...] = ()
    #: The document as text for the ticked options (no preview when None).
    preview: Callable[[tuple[str, ...]], str] | None = None
    #: The case's recorded legal basis, shown under the title ("" for none to show).
    basis: str = ""
    #: The label of an optional date field (the person's page: the next meeting); "" for none.
    day_label: str = ""


class ExportScreen(BaseModal[ExportChoice | None]):
    """Returns the choice, or None (Escape)."""

    BINDINGS = [Binding("escape", "cancel", "key-cancel", id="export.cancel")]

    def __init__(self, spec: ExportSpec) -> None:
        super().__init__()
        self.spec = spec

    def compose(self) -> ComposeResult:
        spec, t = self.spec, self.t
        with Vertical(id="dialog", classes="panel"):
            yield PlainLabel(spec.title, id="title")
            if spec.basis:
                yield PlainLabel(spec.basis, id="export-basis", classes="wrap")
            yield PlainLabel(t("export-dialog-path"))
            yield Input(str(spec.path), id="path")
            if len(spec.formats) > 1:
                with RadioSet(id="format"):
                    for n, fmt in enumerate(spec.formats):
                        yield RadioButton(fmt, value=n == 0, id=f"format-{fmt}")
            for option, label, ticked in spec.options:
                yield Checkbox(label, ticked, id=f"opt-{option}", compact=True)
            if spec.day_label:
                yield PlainLabel(spec.day_label)
                yield date_field(None, "day", self.t)
            if spec.preview is not None:
                yield PlainLabel(t("export-dialog-preview"), classes="muted")
                with VerticalScroll(id="preview"):
                    yield PlainLabel("", id="preview-text")
            yield PlainLabel(t("export-dialog-not-encrypted"), classes="warning wrap")
            with Horizontal(id="buttons"):
                yield Button(t("export-dialog-cancel"), id="no", compact=True)
                yield Button(t("export-dialog-write"), id="yes", variant="primary", compact=True)
        yield footer()

    def on_mount(self) -> None:
        self._show_preview()
        self.query_one("#path", Input).focus()

    def ticked(self) -> tuple[str, ...]:
        return tuple(
            option
            for option, _, _ in self.spec.options
            if self.query_one(f"#opt-{option}", Checkbox).value
        )

    def _show_preview(self) -> None:
        if self.spec.preview is not None:
            text = self.spec.preview(self.ticked())
            self.query_one("#preview-text", PlainLabel).set_text(text)

    @on(Checkbox.Changed)
    def _ticked(self, _: Checkbox.Changed) -> None:
        self._show_preview()

    def _format(self) -> str:
        if len(self.spec.formats) == 1:
            return self.spec.formats[0]
        pressed = self.query_one("#format", RadioSet).pressed_index
        return self.spec.formats[max(0, pressed)]

    def _day(self) -> tuple[bool, date | None]:
        """(valid, the date) of the date field; (True, None) when there is none or it is empty."""
        if not self.spec.day_label:
            return True, None
        field = self.query_one("#day", Input)
        try:
            return True, parse_day(field.value)
        except ValueError:
            field.focus()
            self.notify(self.t("export-dialog-bad-day"), severity="warning", markup=False)
            return False, None

    @on(Input.Submitted, "#path")
    @on(Input.Submitted, "#day")
    @on(Button.Pressed, "#yes")
    def _write(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        if not text:
            self.notify(self.t("export-dialog-no-path"), severity="warning", markup=False)
            return
        valid, day = self._day()
        if not valid:
            return
        path = Path(text).expanduser()
        fmt = self._format()
        if path.suffix.lstrip(".") in self.spec.formats and path.suffix.lstrip(".") != fmt:
            path = path.with_suffix(f".{fmt}")
        elif fmt == "zip" and path.suffix != ".zip":
            path = path.with_name(path.name + ".zip")
        self.dismiss(ExportChoice(path, fmt, self.ticked(), day))

    @on(Button.Pressed, "#no")
    def action_cancel(self) -> None:
        self.dismiss(None)


def write_export(
    screen: Screen[Any],
    write: Callable[[bool], Path],
    *,
    replace_question: Sequence[str],
) -> None:
    """Run ``write(force)`` in a worker; if the file exists, ask (``replace_question``: title,
    text, yes, no) and write again with ``force``; then say where it is and that it is not
    encrypted. Typed errors become one translated line."""
    t: Callable[..., str] = screen.t  # type: ignore[attr-defined]

    def attempt(force: bool) -> None:
        def call() -> Path | DesistKitError:
            try:
                return write(force)
            except DesistKitError as exc:
                if isinstance(exc, Failure):
                    raise
                return exc

        in_background(screen, call, done, failed)

    def done(result: Path | DesistKitError) -> None:
        if isinstance(result, ExportExists):
            from desistkit_tui.screens.confirm import ConfirmScreen

            title, text, yes, no = replace_question

            def answered(replace: bool | None) -> None:
                if replace:
                    attempt(True)

            screen.app.push_screen(ConfirmScreen(title, text, yes, no), answered)
        elif isinstance(result, DesistKitError):
            screen.notify(describe(result, t), severity="error", markup=False)
        else:
            screen.notify(t("export-done-plain", path=str(result)), markup=False, timeout=12)

    def failed(error: Failure) -> None:
        screen.notify(describe(error, t), severity="error", markup=False)

    attempt(False)
