"""A case's overview: profile, what needs attention, sessions by date, goals, development.

From here the caseworker starts or continues a reflection (F5), a card session (F4), edits
goals (F6), the profile (F2) and the legal basis (F3), compares two reflections (F7), exports
(F8), erases the case (F9, after the code is typed) and opens a session (Enter): a
reflection to read or correct, a card session to read.
The screen holds the case open (its lock and key, in a :class:`CaseWorkspace`) while shown and
closes it when left or locked. The case is opened, and everything is saved, in worker threads
(:mod:`desistkit_tui.screens.background`); the screen draws from what the workspace holds in
memory, and redraws when a screen on top of it closes only if something was changed there.

What it shows is drawn by :mod:`.case_overview` (the texts: :mod:`.case_texts`; the session
list: :mod:`desistkit_tui.widgets.session_list`); a reflection is started or corrected through
:mod:`.case_reflect`, a document exported through :mod:`.case_exports`.
"""

from __future__ import annotations

import threading
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Label, OptionList

from desistkit_tui.core.development import current
from desistkit_tui.core.errors import DeckNotInstalled, describe
from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.history import History, Overview
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Case, CaseSummary, Reflection, ReflectionSummary
from desistkit_tui.core.workspace import CaseWorkspace
from desistkit_tui.screens import case_reflect
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.screens.case_exports import CaseExports
from desistkit_tui.screens.case_overview import OverviewDrawing
from desistkit_tui.screens.collector import CollectorPause
from desistkit_tui.widgets.plain import ColumnsLabel, HeadedLabel, PlainLabel
from desistkit_tui.widgets.session_list import SessionList
from desistkit_tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from desistkit_tui.core.content import ContentSet
    from desistkit_tui.core.vault_session import VaultSession


#: How long opening a case may take before its spinner shows (seconds).
SPINNER_AFTER = 0.2
#: How long after the first paint the session list is kept in view while the overview's
#: layout settles (``_show_the_focused_row``).
SETTLE_SECONDS = 1.0
#: How long the opening worker waits for the overview's paint before it writes the case-opened
#: audit entry anyway (seconds).
AUDIT_AFTER_PAINT = 0.5


class CaseScreen(CaseExports, BaseScreen[None]):
    """One open case (its exports: :mod:`.case_exports`)."""

    # Nothing until the case is drawn; then the session list (``_opened``), scrolled into view.
    # Textual's default, the first focusable widget, gave the (hidden) case body the focus,
    # and its focus and blur restyled all of it, twice, on the way to the list.
    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("f5", "reflect", "key-new-reflection", id="case.reflect"),
        Binding("f4", "cards", "key-cards", id="case.cards"),
        Binding("f6", "goals", "key-goals", id="case.goals"),
        Binding("f2", "profile", "key-edit-profile", id="case.profile"),
        Binding("f7", "compare", "key-compare", id="case.compare"),
        Binding("f8", "export_menu", "key-export", id="case.export"),
        Binding("escape", "back", "key-back", id="case.back"),
        # after Back: where a language's labels are long (de, ro) the footer cuts this one,
        # not the way out; the profile's "Legal basis (F3)" names the key in every language
        Binding("f3", "legal_basis", "key-legal-basis", id="case.legal"),
        # Last: at 80 columns some languages' footers end before it (leaving keys come first).
        Binding("f9", "erase", "key-erase-case", id="case.erase"),
    ]

    def __init__(self, case_id: str) -> None:
        super().__init__()
        self.case_id = case_id
        #: The open case (``None`` while it opens, and once the screen has let it go).
        self.workspace: CaseWorkspace | None = None
        self.history: Overview = History[ReflectionSummary]()
        self.draft: tuple[str, dict[str, object]] | None = None
        self._shown = -1  # the workspace's change count when it was last drawn
        self._drawing = OverviewDrawing()  # and what it made, for a redraw
        self._handover = threading.Lock()  # between the opening worker and release_case()
        self._released = False
        #: Opened and drawn; until then a key's action waits (``_waiting``) instead of being lost.
        self._open_done = False
        self._waiting: str | None = None
        self._spinner: Timer | None = None
        #: The garbage collector waits while the case opens and is drawn (:mod:`.collector`).
        self._collector = CollectorPause()
        #: Set once the overview is painted (or will not be): the audit entry's cue.
        self._painted = threading.Event()

    def compose(self) -> ComposeResult:
        if self.dk.session is not None:  # from the mounting on: until painted, the spinner
            self._collector.pause()  # shows, opening fails or the screen goes
        yield TitleBar()
        body = VerticalScroll(id="case-body")
        # Left out until drawn (not laid out either), the spinner only if opening takes a while
        # (``on_mount``): a case that opens at once is painted once, whole, without a
        # spinner's frames first.
        body.display = False
        with body:
            yield PlainLabel("", id="case-title")
            yield PlainLabel("", id="read-only", classes="warning")
            yield ColumnsLabel(id="profile-text", classes="panel")
            yield PlainLabel("", id="hints", classes="warning wrap")
            yield PlainLabel("", id="draft-note", classes="warning")
            yield Label(self.t("overview-sessions"), classes="heading", markup=False)
            yield SessionList(id="sessions")
            yield PlainLabel("", id="no-sessions", classes="muted")
            yield HeadedLabel(self.t("overview-goals"), id="plan")
            yield HeadedLabel(self.t("overview-development"), id="development")
            yield PlainLabel("", id="problems", classes="error")
        yield footer(palette=False, app_keys=False)

    def on_mount(self) -> None:
        if self.dk.session is None:  # locked meanwhile: nothing will open
            self._collector.resume()
            return
        body = self.query_one("#case-body")
        self._spinner = self.set_timer(SPINNER_AFTER, partial(self._spin, body))
        self._start_opening()

    def _start_opening(self) -> None:
        session = self.dk.session
        if session is None:
            return
        app, case_id = self.dk, self.case_id

        def open_case() -> ContentSet | None:
            # The case-opened audit entry (two fsynced writes, some CPU) is written by this
            # worker once the overview is painted (``afterwards``), not before it, nor beside it.
            workspace = session.open_case(case_id, audit_later=True)
            with self._handover:
                left = self._released
                if not left:
                    self.workspace = workspace
            if left:  # the screen was left while the case opened
                workspace.close()
                return None
            if app.content is not None:
                return None
            from desistkit_tui.core.content import load_content

            return load_content(app.config.user_decks)  # here, not on the UI thread

        in_background(
            self,
            open_case,
            self._opened,
            self._open_failed,
            group="case",
            afterwards=partial(self._record_opening, session),
        )

    def _opened(self, content: ContentSet | None) -> None:
        if self.dk.content is None and content is not None:
            self.dk.content = content
        if self._spinner is not None:
            self._spinner.stop()
        body = self.query_one("#case-body")
        body.loading, body.display = False, True
        self.refresh_case()
        self._once_painted(body)
        self.query_one("#sessions", OptionList).focus()
        self._open_done = True
        if self._retention_passed():  # the dialog comes first; a key pressed meanwhile is dropped
            self._waiting = None
            self._offer_retention()
        if self._waiting is not None:  # a key pressed while the case opened
            action, self._waiting = self._waiting, None
            self.call_after_refresh(self.run_action, action)

    def _record_opening(self, session: VaultSession) -> None:
        """In the opening worker: the case-opened entry, once the overview is painted."""
        self._painted.wait(AUDIT_AFTER_PAINT)
        session.write_pending_audit()

    def _once_painted(self, body: Widget) -> None:
        """``_opening_over`` once a frame with ``body`` (just shown) has been painted.

        Textual publishes ``screen_layout_refresh_signal`` after a layout's frame is painted;
        the first one that placed the body is that frame. ``call_after_refresh`` ran too soon
        about one opening in three: the screen went idle before the body's widgets had asked for
        their layout, and its callbacks ran then, a collection of 6-10 ms before the paint."""
        signal = self.screen_layout_refresh_signal

        def laid_out(_: object) -> None:
            if body.size:  # placed (a refresh of the scrolled part only would leave it out)
                signal.unsubscribe(body)
                self._opening_over()
                self._show_the_focused_row(body)

        signal.subscribe(body, laid_out, immediate=True)
        # should no layout come (a screen pushed over this one at once), not later than this
        self.set_timer(AUDIT_AFTER_PAINT, self._opening_over)

    def _show_the_focused_row(self, body: Widget) -> None:
        """Keep the session list's highlighted row on the screen while the overview settles.

        The list has the focus from the start, but it was given before the list had a place, so
        Textual could not scroll it into view: at 60x20 the profile filled the screen, and Down
        and Enter acted on rows no one could see. The first layout is not the last one: the
        profile wraps its values for its width after it (``ColumnsLabel``), and the body's
        scrollbar may come, both of which push the list down; the focus itself arrives
        through the app's queue. So for ``SETTLE_SECONDS`` every layout is checked: a first
        row below (or above) what the body shows scrolls the body to the list, as Tab does."""
        sessions = self.query_one("#sessions", OptionList)
        signal = self.screen_layout_refresh_signal

        def check(_: object = None) -> None:
            if self.focused is not sessions or not sessions.size:
                return
            row = sessions.region.y + 1  # under the list's top border
            shown = body.content_region
            if not shown.y <= row < shown.bottom:
                sessions.scroll_visible(animate=False)

        signal.subscribe(sessions, check, immediate=True)
        self.set_timer(SETTLE_SECONDS, lambda: signal.unsubscribe(sessions))
        check()

    def _opening_over(self) -> None:
        """The overview is painted, or will not be (the opening failed, the screen went): the
        collector runs again and the audit entry is written."""
        self._collector.resume()
        self._painted.set()

    def _spin(self, body: Widget) -> None:
        self._collector.resume()  # opening takes a while: nothing to gain from waiting
        body.display = True
        body.loading = True

    def _retention_passed(self) -> bool:
        workspace = self.workspace
        return workspace is not None and CaseSummary.of(workspace.case).retention_due(self.today)

    def _offer_retention(self) -> None:
        """Erase now, keep longer (a date and a reason), or not now (issue 14)."""
        from desistkit_tui.screens.retention import offer_retention

        if self.workspace is not None:
            offer_retention(
                self,
                self.workspace,
                self.today,
                self.action_erase,
                self.refresh_case,
                self.save_failed,
            )

    def _postpone(self, action: str) -> bool:
        """Whether ``action`` must wait for the case to open (it then runs once it has)."""
        if self._open_done:
            return False
        self._waiting = action
        return True

    def _open_failed(self, error: Failure) -> None:
        self._opening_over()
        self.notify(describe(error, self.t), severity="error", markup=False)
        self.dismiss(None)

    @property
    def loc(self) -> Localizer:
        assert self.workspace is not None
        return self.dk.localizer(self.workspace.case)

    @property
    def today(self) -> date:
        return self.dk.config.clock().date()

    # -- showing ---------------------------------------------------------------------------

    def refresh_case(self, _: object = None) -> None:
        """Redraw from the workspace, if anything changed since the last drawing (no I/O)."""
        workspace = self.workspace
        if workspace is None or workspace.changes == self._shown:
            return
        self._shown = workspace.changes
        self.history = workspace.history
        self.draft = workspace.draft("reflection")
        self._show()

    def _show(self) -> None:
        self._drawing.draw(self)

    # -- actions ---------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#sessions")
    def _open_session(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        if key.startswith("c:"):
            self._open_card_session(key[2:], str(event.option.prompt))
            return
        workspace = self.workspace
        if not key.startswith("r:") or workspace is None:
            return
        from desistkit_tui.screens.reflection_view import ReflectionViewScreen

        def show(reflection: Reflection) -> None:
            self.app.push_screen(ReflectionViewScreen(workspace, reflection), self._view_closed)

        # The overview holds summaries: the reflection itself is read now (once).
        in_background(self, lambda: workspace.reflection(key[2:]), show, self._read_failed)

    def _read_failed(self, error: Failure) -> None:
        self.notify(describe(error, self.t), severity="error", markup=False)

    def _open_card_session(self, session_id: str, item: str) -> None:
        """Read a finished card session back (a deck no longer installed: say so)."""
        from desistkit_tui.core.cards import CardSession
        from desistkit_tui.screens.cards.summary import SavedSessionScreen

        workspace = self.workspace
        if workspace is None:
            return
        decks = self.dk.require_content().decks

        def show(session: CardSession) -> None:
            case = workspace.case
            localizer = self.dk.localizer(case).for_deck(session.deck)
            title = f"{self.t('case-title', code=case.code)} · {item}"
            self.app.push_screen(SavedSessionScreen(session, localizer, title))

        def failed(error: Failure) -> None:
            if isinstance(error, DeckNotInstalled):  # not damaged: the deck was removed here
                self.notify(describe(error, self.t), markup=False)
            else:
                self.notify(describe(error, self.t), severity="error", markup=False)

        in_background(self, lambda: workspace.card_session(session_id, decks), show, failed)

    def _view_closed(self, correct: Reflection | None) -> None:
        self.refresh_case()
        if correct is not None:
            flow = ReflectionFlow.correcting(correct, at=self.dk.config.clock())
            case_reflect.run_flow(self, flow)

    def action_reflect(self) -> None:
        if not self._postpone("reflect"):
            case_reflect.reflect(self)

    def action_cards(self) -> None:
        if self._postpone("cards"):
            return
        from desistkit_tui.screens.cards import CardSetupScreen

        if self.workspace is not None:
            self.app.push_screen(CardSetupScreen(self.workspace), self.refresh_case)

    def action_goals(self) -> None:
        if self._postpone("goals"):
            return
        from desistkit_tui.screens.goals import GoalsScreen

        if self.workspace is not None:
            self.app.push_screen(GoalsScreen(self.workspace), self.refresh_case)

    def action_profile(self) -> None:
        if self._postpone("profile"):
            return
        from desistkit_tui.screens.new_case import NewCaseScreen

        workspace = self.workspace
        if workspace is None:
            return

        def edited(case: Case | None) -> None:
            if case is not None:
                save = in_background
                save(
                    self, lambda: workspace.save_profile(case), self.refresh_case, self.save_failed
                )

        self.app.push_screen(NewCaseScreen(workspace.case, workspace.who), edited)

    def action_legal_basis(self) -> None:
        from desistkit_tui.screens.legal_basis import edit_legal_basis

        if self.workspace is not None:
            edit_legal_basis(self, self.workspace, self.today, self.refresh_case, self.save_failed)

    def save_failed(self, error: Failure) -> None:
        self.notify(describe(error, self.t), severity="error", markup=False)
        self.refresh_case()

    def action_compare(self) -> None:
        if self._postpone("compare"):
            return
        from desistkit_tui.screens.reflection_view import CompareScreen

        reflections = current(self.history.reflections)
        if len(reflections) < 2:
            self.notify(self.t("compare-need-two"), severity="warning", markup=False)
            return
        if self.workspace is not None:
            self.app.push_screen(CompareScreen(self.workspace, reflections))

    def action_erase(self) -> None:
        """Erase the case for good, once its code was typed (docs/data-protection.md)."""
        from desistkit_tui.screens.erase_case import EraseCaseScreen

        session, workspace = self.dk.session, self.workspace
        if session is None or workspace is None:
            return
        code = workspace.case.code

        def confirmed(erase: bool | None) -> None:
            if not erase:
                return
            self.release_case()  # erasing takes the case's lock: let go of it first
            self.query_one("#case-body").loading = True
            in_background(
                self, lambda: session.erase_case(self.case_id), self._erased, self._erase_failed
            )

        self.app.push_screen(EraseCaseScreen(code), confirmed)

    def _erased(self, code: str) -> None:
        self.notify(self.t("erase-done", code=code), markup=False)
        self.dismiss(None)

    def _erase_failed(self, error: Failure) -> None:
        self.notify(describe(error, self.t), severity="error", markup=False)
        self.dismiss(None)

    def release_case(self) -> None:
        """Close the case (releases its lock, wipes its key; waits for a save in progress)."""
        with self._handover:
            self._released = True
            workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.close()
        # What was decrypted goes with the case (docs/architecture.md, Secrets in memory).
        self.history, self.draft = History[ReflectionSummary](), None
        self._drawing = OverviewDrawing()

    def on_unmount(self) -> None:
        self._opening_over()
        self.release_case()

    def action_back(self) -> None:
        self.release_case()
        self.dismiss(None)
