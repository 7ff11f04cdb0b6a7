"""The one module that touches Textual's internals (written against Textual 8.2.8).

Everything else in the app uses Textual's public API. What follows has no public equivalent
in 8.2.8; each use says what it needs from Textual, and ``tests/tui/test_textual_compat.py``
has one test per use that fails when an upgrade changes it. Upgrading Textual means running
that file and fixing this one.

1. :func:`translate_binding_descriptions` rewrites ``DOMNode._bindings.key_to_bindings``.
   A ``Binding``'s description is fixed when the class is defined (``BINDINGS``, merged by
   ``DOMNode.__init_subclass__`` and copied per instance); the interface language is chosen
   when the app starts. ``set_keymap`` and binding ids remap keys only, never descriptions.
   :func:`show_bindings` rewrites the same table to show keys a demo offers in its footers
   (``check_action`` can only hide a key by disabling it).
2. :func:`repaint_in_next_frame` calls ``Widget._set_dirty()``. ``Widget.refresh()`` marks
   the same lines stale but also asks for the repaint through the widget's own idle handler,
   one screen update (~16 ms) after the frame that the filter field's change paints: typing
   into the case list's filter would cost an extra frame per key.
3. :class:`CrashReportApp` overrides ``App._fatal_error``, which Textual calls for an
   unhandled exception (from ``App._handle_exception``) to print a traceback *with local
   variables* -- keys, passphrases and case text could be among them. There is no public hook
   for unhandled exceptions; the override prints :meth:`CrashReportApp.crash_report` through
   the public ``App.panic`` instead.
4. :func:`move_focus_before_later_keys` calls ``App._check_bindings``. The app hands each key
   to the focused widget's own message queue as it arrives; Tab is not a key the widget uses,
   so it bubbles back to the app, whose binding moves the focus only after every key that
   arrived with it (one burst over a slow SSH link) was already queued for the old field:
   "Tab" then "Seems tired" lands in the previous field. Applying the Tab binding when the
   key arrives moves the focus first; there is no public way to run a key's bindings.
5. :func:`forget_screen_stack` sets ``textual._context.visible_screen_stack``. A mouse event
   makes the screen that gets it record the screens behind it in that context variable, in
   the app's own context, where it stays until the next mouse event; every task started
   later copies it. After a click on "Discard changes?" the goal dialog behind it (and the
   goal's text) stayed reachable after Ctrl+L. The vault lock empties it.
6. :func:`forget_last_messages` relies on how ``MessagePump._process_messages_loop`` waits:
   the last message a screen handled stays in a local variable until the next one arrives,
   and every message refers to its sender. The bottom screen handles almost nothing, so a
   message the case list once sent it kept the case list (and its rows) alive after Ctrl+L.
   A message of no consequence, sent by the app to every screen left, takes its place.
7. :class:`LineRepaintTextArea` declares ``TextArea.selection`` again, as Textual 8.2.8 does
   (``init=False, always_update=True``) but with ``repaint=False``. Every edit and every
   cursor move sets ``selection``, and its default repaint redraws the whole field: a letter
   typed into a three-line field sent all three lines, and every cell's colours, over the
   link. It relies on that being the only whole-field repaint of an edit, and on
   ``undo``/``redo``/``load_text`` changing the text without ``edit()``; the class repaints
   the lines those touched itself (issue 17, "Quiet on a slow link").
8. :class:`SteadyInput` overrides ``Input.content_width``, which ``Input._watch_value`` sets
   the field's ``virtual_size`` from on every change. ``virtual_size`` is a reactive with
   ``layout=True``: as the text grew by a letter, the whole screen was laid out again, about
   half of each keystroke's frame in the case list's filter at 10,000 cases (issue 17). The
   override never reports less than the width the field has, so the virtual size changes
   only once the text is longer than the field (where it must scroll); it is set to that
   width when the field is resized (with the public ``set_reactive``), or the first letter
   would still change it from its initial (0, 0).
9. :meth:`LineRepaintTextArea.render_lines` looks at ``DOMNode._component_styles``. Textual
   8.2.8 can draw a ``TextArea`` whose component styles are not resolved yet
   (Textualize/textual#6528, #6208; seen once in CI, a reflection step's note field on a
   busy machine). Its theme then raises ``KeyError: No 'text-area--gutter' key in
   COMPONENT_CLASSES`` and the app stops ("internal error") in the middle of a reflection.
   Such a draw gets blank lines; resolving the styles repaints the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from rich.cells import cell_len
from rich.console import RenderableType
from rich.text import Text
from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets.text_area import Edit, EditResult, Selection

#: Descriptions with this prefix are message ids in the UI catalogue (``key-quit``).
MESSAGE_ID_PREFIX = "key-"

ReturnT = TypeVar("ReturnT")


def translate_binding_descriptions(node: DOMNode, t: Callable[[str], str]) -> None:
    """Replace each of ``node``'s binding descriptions that is a message id with its text.

    Private use 1 (see the module docstring): ``node._bindings.key_to_bindings``, a dict of
    key to a list of frozen ``Binding`` dataclasses, which Textual copies per instance from
    the class's merged ``BINDINGS``. Call it from ``__init__`` (or, for the app, before the
    first screen is shown): the footer and the keys panel read the table afterwards.
    """
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(b, description=t(b.description))
            if b.description.startswith(MESSAGE_ID_PREFIX)
            else b
            for b in bindings
        ]


def show_bindings(node: DOMNode, binding_ids: tuple[str, ...]) -> None:
    """Show the bindings with these ids in the footer (a demo shows the trainer's keys).

    Private use 1 again (``node._bindings.key_to_bindings``): ``show`` is fixed in the class's
    ``BINDINGS`` like the description; the public ``check_action`` can hide a key only by
    disabling it too.
    """
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [replace(b, show=True) if b.id in binding_ids else b for b in bindings]


def repaint_in_next_frame(widget: Widget) -> None:
    """Repaint all of ``widget`` in the frame its screen paints next, with no frame of its own.

    Private use 2 (see the module docstring): ``Widget._set_dirty()`` with no regions drops
    the widget's cached lines, so the screen's repaint (``screen.refresh()``, public) draws
    them again. A widget not yet on a screen is refreshed the public way.
    """
    if not widget.is_attached:
        widget.refresh()
        return
    widget._set_dirty()
    widget.screen.refresh()


#: Keys whose bindings move the focus (Screen: ``app.focus_next`` / ``app.focus_previous``).
FOCUS_KEYS = ("tab", "shift+tab")


async def move_focus_before_later_keys(app: App[Any], event: events.Key) -> bool:
    """Run the bindings of a focus key now, as it arrives; True when one ran (key handled).

    Private use 4 (see the module docstring): ``App._check_bindings(key, priority)`` runs the
    first enabled binding of ``key`` along the focus chain (the same call Textual makes once
    the key has bubbled back). A focused widget that takes Tab itself (a ``TextArea`` with
    ``tab_behavior="indent"``) says so through the public ``check_consume_key`` and gets it.
    Call from ``App.on_event`` before passing the event on.
    """
    if event.is_forwarded or event.key not in FOCUS_KEYS:
        return False
    focused = app.focused
    if focused is not None and focused.check_consume_key(event.key, event.character):
        return False
    if await app._check_bindings(event.key, priority=True):
        return True
    return await app._check_bindings(event.key)


class CrashReportApp(App[ReturnT]):
    """An app whose unhandled errors print :meth:`crash_report` instead of a traceback.

    Private use 3 (see the module docstring). Textual records the error first (``run_test``
    re-raises it, the return code is 1), then calls ``_fatal_error``; an exception that
    renders itself (has ``__rich__``) goes to ``panic`` directly. Both paths end in the public
    ``panic``, so a subclass that overrides ``panic`` (to lock a vault, say) sees every crash.
    """

    def crash_report(self) -> RenderableType:
        """What to print after an unhandled exception; called inside its ``except`` block.

        Subclasses say it in the user's language; this default names no detail at all.
        """
        return Text("The application stopped because of an internal error.")

    def _fatal_error(self) -> None:
        self.bell()
        self.panic(self.crash_report())


def forget_rendered_text() -> None:
    """Empty the module-level caches of Rich and Textual that keep text once shown.

    Rich caches cell widths per string (``rich.cells``), Textual the inner and outer line
    styles per :class:`~textual._styles_cache.StylesCache`, which keeps a removed widget's
    rendered lines alive. They are ``functools.lru_cache`` wrappers, emptied through their
    public ``cache_clear``; they fill again as the next screen paints. Called when the vault
    locks (docs/architecture.md, Secrets in memory).
    """
    import sys

    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("rich.", "textual.")):
            continue
        for value in list(vars(module).values()):
            _clear_cache(value)
            if isinstance(value, type) and value.__module__ == name:
                for member in list(vars(value).values()):
                    _clear_cache(member)


def _clear_cache(value: object) -> None:
    clear = getattr(value, "cache_clear", None)
    if callable(clear) and hasattr(value, "cache_info"):
        clear()


def release_worker_threads() -> None:
    """Let the event loop's idle worker threads go, and what the last worker each ran holds.

    Textual's thread workers set ``active_worker`` in the pool thread's own context (not a
    copy), so each idle thread keeps the last :class:`~textual.worker.Worker` it ran alive,
    and with it that worker's screen and arguments. A fresh default executor replaces the
    old one; the old one's idle threads end once it is collected (a running one finishes
    its job first).
    """
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor())


def forget_screen_stack() -> None:
    """Empty the list of background screens Textual keeps in the current context (use 5).

    Called in the app's own context when the vault locks, before the unlock screen starts
    (whose tasks copy the context), so no screen that showed the case stays reachable.
    """
    from textual._context import visible_screen_stack

    visible_screen_stack.set([])


class _Forget(Message, bubble=False):
    """Handled by nobody: it only takes the place of the last message a screen handled."""


def forget_last_messages(app: App[Any]) -> None:
    """Send each screen still open a message from the app (use 6), so the one it handled
    last, and that message's sender, are let go."""
    for screen in app.screen_stack:
        screen.post_message(_Forget().set_sender(app))


#: The component style a ``TextArea``'s theme asks for first (private use 9).
_GUTTER = "text-area--gutter"


class LineRepaintTextArea(TextArea):
    """A ``TextArea`` that repaints what an edit or a cursor move changed, not itself.

    Private use 7 (see the module docstring). In a line that fits the field (not wrapped),
    a letter typed repaints the cells from the letter to the end of the text and the cursor's
    cell; a move along it, the cursor's old and new cell. Otherwise the lines on screen of
    the document lines an edit or move touched are repainted (and those of a selection); an
    edit that changes the number of lines, the gutter or the placeholder, an undo, a redo and
    new text repaint the whole field, as before. Bracket matching is off: it highlights a
    second place in the text, which these repaints would leave behind (prose has no use for
    it).
    """

    selection = reactive(Selection(), init=False, always_update=True, repaint=False)
    match_cursor_bracket = reactive(False, init=False)

    def _refresh_rows(self, first: int, last: int) -> None:
        """Repaint the lines on screen of document lines ``first`` to ``last``."""
        lines = self.document.line_count
        first, last = max(0, min(first, lines - 1)), max(0, min(last, lines - 1))
        wrapped = self.wrapped_document
        try:
            top = wrapped.location_to_offset((first, 0)).y
            bottom = wrapped.location_to_offset((last, 0)).y + len(wrapped.get_offsets(last))
        except (ValueError, IndexError):  # not wrapped yet (a new document): all of it
            self.refresh()
            return
        self.refresh_lines(top, bottom - top + 1)

    def _one_section(self, row: int) -> bool:
        """Document line ``row`` exists and is one line on screen (not wrapped)."""
        return 0 <= row < self.document.line_count and not self.wrapped_document.get_offsets(row)

    def _refresh_cells(self, row: int, start: int, end: int) -> None:
        """Repaint cells ``start`` to ``end`` (exclusive) of document line ``row``, which is
        one line on screen."""
        y = self.wrapped_document.location_to_offset((row, 0)).y
        scroll_x, scroll_y = self.scroll_offset
        self.refresh(Region(start - scroll_x, y - scroll_y, max(1, end - start), 1))

    def _cell(self, row: int, column: int) -> int:
        return self.wrapped_document.location_to_offset((row, column)).x

    def render_lines(self, crop: Region) -> list[Strip]:
        if _GUTTER not in self._component_styles:  # private use 9: blank until they are there
            return [Strip.blank(crop.width, self.rich_style)] * crop.height
        return super().render_lines(crop)

    def watch_selection(self, previous: Selection, selection: Selection) -> None:
        if not self.is_mounted:
            return
        row = selection.end[0]
        if (
            previous.is_empty
            and selection.is_empty
            and previous.end[0] == row
            and self._one_section(row)
        ):  # the cursor moved along a line: the cell it left and the one it reached
            line = self.document[row]
            for column in (previous.end[1], selection.end[1]):
                cell = self._cell(row, column)
                self._refresh_cells(row, cell, cell + max(1, cell_len(line[column : column + 1])))
            return
        rows = [previous.start[0], previous.end[0], selection.start[0], selection.end[0]]
        self._refresh_rows(min(rows), max(rows))

    def _text_end(self, row: int) -> int:
        return self._cell(row, len(self.document[row]))

    def edit(self, edit: Edit) -> EditResult:
        height, gutter = self.wrapped_document.height, self.gutter_width
        empty = bool(self.placeholder) and not self.text
        row = edit.top[0]
        one_section = self._one_section(row)
        old_end = self._text_end(row) if one_section else 0
        result = super().edit(edit)
        if (
            not edit.bottom[0] == row == result.end_location[0]
            or height != self.wrapped_document.height
            or gutter != self.gutter_width
            or (bool(self.placeholder) and empty != (not self.text))
        ):
            self.refresh()
        elif one_section and self._one_section(row) and not self.suggestion:
            # the text before the edit stays; after it, it moved: up to the longer end (the
            # cursor's cell is the selection's to repaint)
            end = max(old_end, self._text_end(row))
            self._refresh_cells(row, self._cell(row, edit.top[1]), end)
        else:
            self._refresh_rows(row, row)
        return result

    def undo(self) -> None:
        super().undo()
        self.refresh()

    def redo(self) -> None:
        super().redo()
        self.refresh()

    def load_text(self, text: str) -> None:
        super().load_text(text)
        self.refresh()


class SteadyInput(Input):
    """An :class:`~textual.widgets.Input` whose typing does not lay the screen out again while
    its text fits the field.

    Private use 8 (see the module docstring): ``Input`` sets its ``virtual_size`` (a reactive
    that asks for a layout) from ``content_width`` at every change of its value. Reporting at
    least the width of the field's scrollable region keeps that size while the text fits; a
    longer text reports its own width, and the field scrolls as before. Only for a field whose
    width does not depend on its content (not ``width: auto``).
    """

    @property
    def content_width(self) -> int:
        return max(super().content_width, self.scrollable_content_region.width)

    def on_resize(self, event: events.Resize) -> None:
        # The size the first letter would set, set now without asking for a layout (one is
        # under way): else the first letter still laid the screen out.
        self.set_reactive(Widget.virtual_size, Size(self.content_width, 1))
