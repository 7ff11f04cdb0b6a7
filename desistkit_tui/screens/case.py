"""A case's overview: profile, what needs attention, sessions by date, goals, development.

From here the caseworker starts or continues a reflection (F5), a card session (F4), edits
goals (F6) and the profile (F2), compares two reflections (F7) and opens a session (Enter): a
reflection to read or correct, a card session to read.
The screen holds the case lock while shown and releases it when left or locked.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Header, Label, OptionList
from textual.widgets.option_list import Option

from desistkit_tui.core.development import current, development
from desistkit_tui.core.errors import DeckNotInstalled, VaultError, describe
from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.history import History, draft_of_type, load_history
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Case, CaseSummary, Reflection
from desistkit_tui.core.summary import trend_lines
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.screens.goals import plan_lines
from desistkit_tui.widgets.plain import PlainLabel, plain


class CaseScreen(BaseScreen[None]):
    """One open case."""

    BINDINGS = [
        Binding("f5", "reflect", "key-new-reflection", id="case.reflect"),
        Binding("f4", "cards", "key-cards", id="case.cards"),
        Binding("f6", "goals", "key-goals", id="case.goals"),
        Binding("f2", "profile", "key-edit-profile", id="case.profile"),
        Binding("f7", "compare", "key-compare", id="case.compare"),
        Binding("escape", "back", "key-back", id="case.back"),
    ]

    def __init__(self, case_id: str) -> None:
        super().__init__()
        self.case_id = case_id
        self.handle: CaseHandle | None = None
        self.history = History()
        self.draft: tuple[str, dict[str, object]] | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="case-body"):
            yield PlainLabel("", id="case-title")
            yield PlainLabel("", id="read-only", classes="warning")
            with Vertical(id="profile", classes="panel"):
                yield PlainLabel("", id="profile-text")
            yield PlainLabel("", id="hints", classes="warning")
            yield PlainLabel("", id="draft-note", classes="warning")
            yield Label(self.t("overview-sessions"), classes="heading", markup=False)
            yield OptionList(id="sessions")
            yield PlainLabel("", id="no-sessions", classes="muted")
            yield Label(self.t("overview-goals"), classes="heading", markup=False)
            yield PlainLabel("", id="plan")
            yield Label(self.t("overview-development"), classes="heading", markup=False)
            yield PlainLabel("", id="development")
            yield PlainLabel("", id="problems", classes="error")
        yield footer(palette=False)

    def on_mount(self) -> None:
        vault = self.dk.vault
        if vault is None:
            return
        try:
            self.handle = vault.open_case(self.case_id)
        except VaultError as exc:
            self.notify(describe(exc, self.t), severity="error", markup=False)
            self.app.pop_screen()
            return
        self.refresh_case()
        self.query_one("#sessions", OptionList).focus()

    @property
    def loc(self) -> Localizer:
        assert self.handle is not None
        return self.dk.localizer(self.handle.case)

    @property
    def today(self) -> date:
        return self.dk.config.clock().date()

    # -- showing ---------------------------------------------------------------------------

    def refresh_case(self, _: object = None) -> None:
        """Read the sessions and drafts again and redraw everything."""
        if self.handle is None:
            return
        self.history = load_history(self.handle)
        self.draft = draft_of_type(self.handle, "reflection")
        self._show()

    def _show(self) -> None:
        assert self.handle is not None
        t, loc, case = self.t, self.loc, self.handle.case
        self.query_one("#case-title", PlainLabel).set_text(t("case-title", code=case.code))
        ro = self.query_one("#read-only", PlainLabel)
        ro.set_text(t("case-read-only") if self.handle.read_only else "")
        ro.display = self.handle.read_only
        self.query_one("#profile-text", PlainLabel).set_text(self._profile_text(loc, case))
        hints = CaseSummary.of(case).hints(self.today, self.dk.config.review_after_days)
        hint_label = self.query_one("#hints", PlainLabel)
        hint_label.set_text("\n".join(t(f"overview-hint-{h}") for h in hints))
        hint_label.display = bool(hints)
        note = self.query_one("#draft-note", PlainLabel)
        draft_day = self._draft_day()
        note.set_text(t("overview-draft", date=loc.format_date(draft_day)) if draft_day else "")
        note.display = draft_day is not None
        self._show_sessions(loc)
        lines = [text for _, text in plan_lines(loc, case, self.today)]
        self.query_one("#plan", PlainLabel).set_text("\n".join(lines) or t("overview-no-goals"))
        order = [f.id for f in self.dk.require_content().catalogue().factors]
        trends = development(self.history.reflections, order)
        text = (
            "\n".join([t("overview-development-legend"), *trend_lines(loc, trends)])
            if trends
            else t("overview-development-none")
        )
        self.query_one("#development", PlainLabel).set_text(text)
        problems = self.query_one("#problems", PlainLabel)
        problems.set_text(
            "\n".join([t("overview-problems"), *(describe(p, t) for p in self.history.problems)])
        )
        problems.display = bool(self.history.problems)

    def _profile_text(self, loc: Localizer, case: Case) -> str:
        t = self.t
        retention = loc.format_date(case.retention) if case.retention else t("case-no-retention")
        last = loc.format_date(case.last_reflection) if case.last_reflection else "—"
        rows = [
            (t("newcase-address"), t(f"address-{case.address.value}")),
            (t("newcase-gender"), t(f"gender-{case.gender.value}")),
            (t("newcase-language"), t.language_name(case.language)),
            (t("cases-col-status"), t(f"status-{case.status.value}")),
            (t("newcase-retention"), retention),
            (t("case-created-on"), loc.format_date(case.created)),
            (t("overview-last-reflection"), last),
        ]
        width = max(len(label) for label, _ in rows) + 2
        return "\n".join(f"{label:<{width}}{value}" for label, value in rows)

    def _draft_day(self) -> date | None:
        if self.draft is None:
            return None
        held = self.draft[1].get("held_on")
        return held if isinstance(held, date) else self.today

    def _show_sessions(self, loc: Localizer) -> None:
        t = self.t
        items: list[tuple[date, str, str]] = []
        replaced = {r.replaces for r in self.history.reflections if r.replaces}
        for r in self.history.reflections:
            text = t(
                "overview-reflection-item",
                date=loc.format_date(r.held_on),
                recorded=len(r.recorded),
                later="yes" if r.entered_later else "no",
            )
            if r.id in replaced:
                text += f" · {t('overview-corrected')}"
            items.append((r.held_on, f"r:{r.id}", text))
        for c in self.history.card_sessions:
            text = t("overview-cards-item", date=loc.format_date(c.held_on), cards=c.cards)
            items.append((c.held_on, f"c:{c.id}", text))
        items.sort(key=lambda item: (item[0], item[1]), reverse=True)
        sessions = self.query_one("#sessions", OptionList)
        before = sessions.highlighted_option.id if sessions.highlighted_option else None
        sessions.clear_options()
        sessions.add_options([Option(plain(text), id=key) for _, key, text in items])
        if items:  # Enter opens at once: the session read last, else the newest
            keys = [key for _, key, _ in items]
            sessions.highlighted = keys.index(before) if before in keys else 0
        sessions.display = bool(items)
        empty = self.query_one("#no-sessions", PlainLabel)
        empty.set_text("" if items else t("case-no-sessions"))
        empty.display = not items

    # -- actions ---------------------------------------------------------------------------

    def _reflection(self, reflection_id: str) -> Reflection | None:
        return next((r for r in self.history.reflections if r.id == reflection_id), None)

    @on(OptionList.OptionSelected, "#sessions")
    def _open_session(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        if key.startswith("c:"):
            self._open_card_session(key[2:], str(event.option.prompt))
            return
        reflection = self._reflection(key[2:]) if key.startswith("r:") else None
        if reflection is None or self.handle is None:
            return
        from desistkit_tui.screens.reflection_view import ReflectionViewScreen

        self.app.push_screen(ReflectionViewScreen(self.handle, reflection), self._view_closed)

    def _open_card_session(self, session_id: str, item: str) -> None:
        """Read a finished card session back (a deck no longer installed: say so)."""
        from desistkit_tui.core.cards import from_body
        from desistkit_tui.core.history import session_body
        from desistkit_tui.screens.cards.summary import SavedSessionScreen

        if self.handle is None:
            return
        case = self.handle.case
        try:
            _, body = session_body(self.handle, session_id)
            session = from_body(body, session_id, self.dk.require_content().decks)
        except DeckNotInstalled as exc:  # not damaged: the deck was removed from this server
            self.notify(describe(exc, self.t), markup=False)
            return
        except VaultError as exc:
            self.notify(describe(exc, self.t), severity="error", markup=False)
            return
        localizer = self.dk.localizer(case).for_deck(session.deck)
        title = f"{self.t('case-title', code=case.code)} · {item}"
        self.app.push_screen(SavedSessionScreen(session, localizer, title))

    def _view_closed(self, correct: Reflection | None) -> None:
        self.refresh_case()
        if correct is not None:
            self._run_flow(ReflectionFlow.correcting(correct, at=self.dk.config.clock()))

    def action_reflect(self) -> None:
        if self.handle is None:
            return
        if self.handle.read_only:
            self.notify(self.t("case-read-only"), severity="warning", markup=False)
            return
        if self.draft is not None:
            self._offer_resume(*self.draft)
            return
        self._choose_factors()

    def _offer_resume(self, draft_id: str, body: dict[str, object]) -> None:
        from desistkit_tui.screens.confirm import ConfirmScreen

        assert self.handle is not None
        t = self.t
        try:
            flow = ReflectionFlow.from_draft(body, f"drafts/{draft_id}")
        except VaultError as exc:
            self.notify(describe(exc, self.t), severity="error", markup=False)
            return
        done = len(flow.reflection.recorded)
        text = t(
            "resume-text",
            date=self.loc.format_date(flow.reflection.held_on),
            done=done,
            total=len(flow.reflection.entries),
        )

        def answered(resume: bool | None) -> None:
            if resume:
                self._run_flow(flow, draft_id)
            elif resume is False:
                self._confirm_discard(draft_id)

        self.app.push_screen(
            ConfirmScreen(
                t("resume-title"), text, t("resume-continue"), t("resume-discard"), focus_yes=True
            ),
            answered,
        )

    def _confirm_discard(self, draft_id: str) -> None:
        from desistkit_tui.screens.confirm import ConfirmScreen

        t = self.t

        def answered(discard: bool | None) -> None:
            if discard and self.handle is not None:
                self.handle.discard_draft(draft_id)
                self.refresh_case()
                self._choose_factors()

        self.app.push_screen(
            ConfirmScreen(
                t("resume-discard"),
                t("resume-discard-confirm"),
                t("discard-yes"),
                t("discard-no"),
            ),
            answered,
        )

    def _choose_factors(self) -> None:
        from desistkit_tui.screens.start_reflection import StartChoice, StartReflectionScreen

        catalogue = self.dk.require_content().catalogue()

        def chosen(choice: StartChoice | None) -> None:
            if choice is None:
                return
            flow = ReflectionFlow.start(
                choice.factors,
                choice.held_on,
                source=choice.source,
                entered_later=choice.held_on < self.today,
                at=self.dk.config.clock(),
            )
            self._run_flow(flow)

        self.app.push_screen(
            StartReflectionScreen(catalogue, self.loc, self.history, self.today), chosen
        )

    def _run_flow(self, flow: ReflectionFlow, draft_id: str = "") -> None:
        from desistkit_tui.screens.reflection import ReflectionScreen

        assert self.handle is not None
        screen = ReflectionScreen(self.handle, flow, draft_id or flow.reflection.id)
        self.app.push_screen(screen, self.refresh_case)

    def action_cards(self) -> None:
        from desistkit_tui.screens.cards import CardSetupScreen

        if self.handle is not None:
            self.app.push_screen(CardSetupScreen(self.handle), self.refresh_case)

    def action_goals(self) -> None:
        from desistkit_tui.screens.goals import GoalsScreen

        if self.handle is not None:
            self.app.push_screen(GoalsScreen(self.handle), self.refresh_case)

    def action_profile(self) -> None:
        from desistkit_tui.screens.new_case import NewCaseScreen

        if self.handle is None:
            return

        def edited(case: Case | None) -> None:
            if case is None or self.handle is None:
                return
            try:
                self.handle.save_profile(case)
            except VaultError as exc:
                self.notify(describe(exc, self.t), severity="error", markup=False)
            self.refresh_case()

        self.app.push_screen(NewCaseScreen(self.handle.case), edited)

    def action_compare(self) -> None:
        from desistkit_tui.screens.reflection_view import CompareScreen

        reflections = current(self.history.reflections)
        if len(reflections) < 2:
            self.notify(self.t("compare-need-two"), severity="warning", markup=False)
            return
        if self.handle is not None:
            self.app.push_screen(CompareScreen(self.handle, reflections))

    def release_case(self) -> None:
        """Close the handle (releases the lock, wipes the case key)."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def on_unmount(self) -> None:
        self.release_case()

    def action_back(self) -> None:
        self.release_case()
        self.dismiss(None)
