"""The caseworker's view of a card session: the card on the table, the answer, the notes.

F-keys work from everywhere (also while writing notes) and arrive over PuTTY and SSH alike;
the answer widgets take plain keys. Every change is autosaved as an encrypted draft; lock,
idle lock and a dropped link flush it through :meth:`CardTableScreen.release_case`. Leaving
and finishing save in a worker thread while the table shows that it is busy.
"""

from __future__ import annotations

from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Label, TextArea

from desistkit_tui.autosave import DraftSaver
from desistkit_tui.core.cards import NoCardOnTable, to_body
from desistkit_tui.core.content.model import CardKind
from desistkit_tui.core.errors import describe
from desistkit_tui.core.i18n import Arg
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import footer
from desistkit_tui.screens.cards.answering import CardScreen
from desistkit_tui.screens.cards.context import CARDS_CSS, SHORT_BREAKPOINTS, CardContext
from desistkit_tui.screens.cards.drawing import Drawing
from desistkit_tui.screens.cards.pickers import LeaveDialog
from desistkit_tui.screens.cards.presenter import PresenterScreen
from desistkit_tui.textual_compat import LineRepaintTextArea
from desistkit_tui.widgets.cards_face import CardFaceView
from desistkit_tui.widgets.plain import PlainLabel


class CardTableScreen(CardScreen):
    """One card session with the person, as the caseworker sees it."""

    CSS_PATH = CARDS_CSS
    BINDINGS = [
        Binding("f2", "draw", "key-cards-draw", id="cards.draw", priority=True),
        Binding("f3", "ways", "key-cards-ways", id="cards.ways", priority=True),
        Binding("f4", "notes", "key-cards-notes", id="cards.notes", show=False, priority=True),
        Binding("f5", "presenter", "key-cards-presenter", id="cards.presenter", priority=True),
        # F-keys work while notes are written too (priority: the notes' own F6 and F7 give way).
        # F6-F9 act on the card on the table: the line under the card names them.
        Binding(
            "f6",
            "important",
            "key-cards-important",
            id="cards.important",
            show=False,
            priority=True,
        ),
        Binding("f7", "later", "key-cards-later", id="cards.later", show=False, priority=True),
        Binding(
            "f8", "put_back", "key-cards-put-back", id="cards.put-back", show=False, priority=True
        ),
        Binding("f9", "skip", "key-cards-skip", id="cards.skip", show=False, priority=True),
        Binding("f10", "end", "key-cards-end", id="cards.end", priority=True),
        Binding("escape", "leave", "key-cards-leave", id="cards.leave", show=False),
    ]

    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS

    def __init__(self, context: CardContext) -> None:
        super().__init__(context)
        self.saver: DraftSaver | None = None
        #: Saving on leaving or finishing (keys wait).
        self.busy = False
        self.drawing = Drawing(self)
        #: The presenter view while it is shown (it is redrawn with the table).
        self.presenter: PresenterScreen | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield PlainLabel("", id="cards-status", classes="muted")
        with VerticalScroll(id="cards-table"):
            with Horizontal(id="cards-faces"):
                yield CardFaceView(id="cards-face")
                yield CardFaceView(id="cards-face2", details=True)
            yield PlainLabel("", id="cards-marks", classes="warning")
            yield from self.answer_widgets()
            yield PlainLabel("", id="cards-hint", classes="muted wrap")
            yield PlainLabel("", id="cards-keys", classes="muted wrap")
        yield Label(self.t("cards-notes"), id="cards-notes-label", markup=False)
        yield LineRepaintTextArea(
            id="cards-notes", soft_wrap=True, show_line_numbers=False, compact=True
        )
        yield footer(palette=False)

    def on_mount(self) -> None:
        context = self.context
        if context.saving and context.workspace is not None:
            self.saver = DraftSaver(
                self,
                context.workspace,
                context.draft_id,
                lambda: to_body(self.context.session),
                on_error=self._autosave_failed,
            )
        self.query_one("#cards-face2").display = bool(context.session.lang2)
        self.redraw(focus=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the session is being saved (leaving, finishing), its keys wait."""
        return not self.busy

    # -- showing ---------------------------------------------------------------------------

    def redraw(self, *, focus: bool = False) -> None:
        """Show the session as it is now (and the presenter view, if it is up)."""
        context, session = self.context, self.context.session
        entry = session.current_entry
        card = session.card(entry.card) if entry is not None else None
        face = self.query_one("#cards-face", CardFaceView)
        face2 = self.query_one("#cards-face2", CardFaceView)
        if entry is not None and card is not None:
            face.show(context.face(entry.card))
            if session.lang2:
                face2.show(context.face(entry.card, session.lang2))
        else:
            face.show(None, self.t("cards-empty-table", way=context.way(short=True)))
            face2.show(None)
        marks = []
        if entry is not None and entry.important:
            marks.append(self.t("cards-important-mark"))
        marks_label = self.query_one("#cards-marks", PlainLabel)
        marks_label.set_text("  ".join(marks))
        marks_label.display = bool(marks)
        widget = self.show_answer()
        kind = entry.kind.value if entry is not None else ""
        hint = self.query_one("#cards-hint", PlainLabel)
        hint.set_text(self.t(f"cards-hint-{kind}") if kind else "")
        keys = self.query_one("#cards-keys", PlainLabel)
        keys.set_text(self.t("cards-card-keys") if kind else "")
        hint.set_class(not kind, "-off")
        keys.set_class(not kind, "-off")
        notes = self.query_one("#cards-notes", TextArea)
        text = entry.notes if entry is not None else ""
        if notes.text != text:
            notes.load_text(text)
        notes.disabled = entry is None
        question = entry is not None and entry.kind is CardKind.QUESTION
        # On a question card the notes are the answer and have the focus: "Tab to write"
        # would be wrong there (Tab would leave them).
        label = self.query_one("#cards-notes-label", Label)
        label.update(self.t("cards-notes-question" if question else "cards-notes"))
        self._status()
        if focus:
            if entry is not None and entry.kind is CardKind.QUESTION:
                notes.focus()
            elif widget is not None:
                widget.focus()
            else:
                self.set_focus(None)
        if self.presenter is not None:
            self.presenter.refresh_card()

    def _status(self) -> None:
        context, session = self.context, self.context.session
        args: dict[str, Arg] = {
            "way": context.way(short=True),
            "drawn": len(session.entries),
            "left": session.left(),
            "code": context.code,
        }
        line = self.t("cards-status" if context.workspace else "cards-status-demo", **args)
        if session.set_aside:
            line += " " + self.t("cards-status-set-aside", count=len(session.set_aside))
        if not context.saving:
            line += " " + self.t("cards-status-not-saved")
        self.query_one("#cards-status", PlainLabel).set_text(line)

    # -- changes ---------------------------------------------------------------------------

    def changed(self) -> None:
        """The session changed: autosave it soon."""
        if self.saver is not None:
            self.saver.changed()

    def answer_changed(self) -> None:
        self.changed()
        self._status()
        if self.presenter is not None:
            self.presenter.refresh_card()

    def table_changed(self, *, focus: bool = True) -> None:
        """A card came to or left the table."""
        self.changed()
        self.redraw(focus=focus)

    @on(TextArea.Changed, "#cards-notes")
    def _notes(self, event: TextArea.Changed) -> None:
        self._take_notes(event.text_area.text)

    def _take_notes(self, text: str) -> None:
        """The notes field's text into the card on the table (and the next autosave)."""
        entry = self.context.session.current_entry
        if entry is not None and entry.notes != text:
            entry.notes = text
            self.changed()

    def _autosave_failed(self, error: Exception) -> None:
        self.notify(
            self.t("cards-autosave-failed", error=describe(error, self.t)),
            severity="error",
            markup=False,
        )

    # -- actions on the card on the table --------------------------------------------------

    def _on_table(self, act: str) -> None:
        session = self.context.session
        try:
            if act == "important":
                session.toggle_important()
                self.changed()
                self.redraw()
                return
            done = {
                "later": (session.set_aside_current, "cards-set-aside-done"),
                "put_back": (session.put_back, "cards-put-back-done"),
                "skip": (session.skip, "cards-skipped"),
            }[act]
            done[0]()
        except NoCardOnTable:
            self.notify(self.t("cards-no-card"), severity="warning", markup=False)
            return
        self.notify(self.t(done[1]), markup=False, timeout=3)
        self.table_changed()

    def action_important(self) -> None:
        self._on_table("important")

    def action_later(self) -> None:
        self._on_table("later")

    def action_put_back(self) -> None:
        self._on_table("put_back")

    def action_skip(self) -> None:
        self._on_table("skip")

    def action_draw(self) -> None:
        self.drawing.draw()

    def action_ways(self) -> None:
        self.drawing.ways()

    def action_notes(self) -> None:
        """F4: to the notes, or back to the answer (a question card's answer is its notes)."""
        notes = self.query_one("#cards-notes", TextArea)
        if notes.has_focus and self.show_answer() is not None:
            self._focus_answer()
        elif not notes.disabled:
            notes.focus()

    def on_key(self, event: events.Key) -> None:
        """Text typed where nothing takes it (the table, a picker's letters) goes into the notes,
        which take the focus: no typed letter is lost without a sign. Keys bound where the
        focus is (a picker's digits, Space to tick) keep their meaning."""
        notes = self.query_one("#cards-notes", TextArea)
        if not event.is_printable or event.character is None or notes.disabled:
            return
        if notes.has_focus or self.busy or event.key in self.active_bindings:
            return
        event.stop()
        event.prevent_default()
        notes.focus()
        notes.move_cursor(notes.document.end)
        notes.insert(event.character)

    def _focus_answer(self) -> None:
        widget = self.show_answer()
        if widget is not None:
            widget.focus()
        else:
            self.set_focus(None)

    def action_presenter(self) -> None:
        presenter = PresenterScreen(self.context, self)
        self.presenter = presenter
        self.app.push_screen(presenter, self._presenter_closed)

    def _presenter_closed(self, result: None) -> None:
        self.presenter = None
        self.redraw(focus=True)

    # -- ending ----------------------------------------------------------------------------

    def action_end(self) -> None:
        from desistkit_tui.screens.cards.summary import SummaryScreen

        self.app.push_screen(SummaryScreen(self.context), self._summary_closed)

    def _summary_closed(self, finish: bool | None) -> None:
        if finish:
            self.finish()

    def finish(self) -> None:
        """Save the session (not in the demo or read-only), drop its draft, close the cards."""
        context, saver = self.context, self.saver
        workspace = context.workspace
        if not context.saving or workspace is None:
            self.dismiss(None)
            return
        body, session_id = to_body(context.session), context.draft_id

        def save() -> None:
            workspace.finish_card_session(session_id, body)
            if saver is not None:
                saver.discard()  # after the session is saved: a failed save keeps the draft

        def saved(_: None) -> None:
            self.notify(self.t("cards-saved"), markup=False)
            self.dismiss(None)

        def failed(error: Failure) -> None:
            self._wait(False)
            self.notify(
                self.t("cards-save-failed", error=describe(error, self.t)),
                severity="error",
                markup=False,
            )

        self._wait(True)
        in_background(self, save, saved, failed, group="cards")

    def _wait(self, busy: bool) -> None:
        """Saving on leaving or finishing: the table shows it is busy, and keys wait."""
        self.busy = busy
        self.query_one("#cards-table").loading = busy
        self.refresh_bindings()

    def action_leave(self) -> None:
        if self.query_one("#cards-notes", TextArea).has_focus:
            self._focus_answer()
            return
        body = self.t("cards-leave-saved" if self.context.saving else "cards-leave-demo")
        dialog = LeaveDialog(
            self.t("cards-leave-title"), body, self.t("cards-leave-yes"), self.t("cards-leave-no")
        )
        self.app.push_screen(dialog, self._leave_answered)

    def _leave_answered(self, leave: bool | None) -> None:
        saver = self.saver
        if not leave or self.busy:
            return
        if saver is None:
            self.dismiss(None)
            return
        session = self.context.session
        unsaved = saver.pending()
        if not session.entries and not session.sorting:
            save = saver.discard  # nothing happened: no draft to resume
        elif unsaved is not None:
            save = partial(saver.write, *unsaved)
        else:
            self._left(None)
            return

        def failed(error: Failure) -> None:
            self._wait(False)
            self._autosave_failed(error)

        self._wait(True)
        in_background(self, save, self._left, failed, group="cards")

    def _left(self, _: None) -> None:
        if self.saver is not None:
            self.saver.close()
        self.dismiss(None)

    def release_case(self) -> None:
        """Lock, idle lock or hang-up: save the draft now, on this thread, and stop saving.
        The notes are taken as the field shows them: a hang-up's handler can run before the
        field's last ``Changed`` message reached this screen."""
        if self.saver is not None:
            notes = next(iter(self.query("#cards-notes").results(TextArea)), None)
            if notes is not None:
                self._take_notes(notes.text)
            self.saver.flush()
            self.saver.close()

    def on_unmount(self) -> None:
        self.release_case()
