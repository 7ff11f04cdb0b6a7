"""Start a card session: deck, card language, a second language, the way of drawing; or resume.

Without a case (``workspace=None``) this is the demo: nothing is saved, and the screen says so.
The unfinished session on offer is the case's newest card draft, as the open case holds it in
memory; throwing it away is done in a worker thread.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Input, Label, Select

from desistkit_tui.core import languages
from desistkit_tui.core.cards import (
    SEED_LIMIT,
    CardSession,
    DrawMode,
    from_body,
    new_seed,
)
from desistkit_tui.core.errors import VaultError, describe
from desistkit_tui.core.model import new_record_id
from desistkit_tui.core.workspace import CaseWorkspace
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.screens.cards.context import CARDS_CSS, SHORT_BREAKPOINTS, CardContext
from desistkit_tui.screens.cards.table import CardTableScreen
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.plain import PlainLabel

NO_LANGUAGE = "-"


class CardSetupScreen(BaseScreen[None]):
    """Choose how the card session runs, or resume the case's unfinished one."""

    CSS_PATH = CARDS_CSS
    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS
    BINDINGS = [
        Binding("f5", "start", "key-cards-start", id="cards.setup.start"),
        Binding("f6", "resume", "key-cards-resume", id="cards.setup.resume"),
        Binding("f8", "discard_draft", "key-cards-discard", id="cards.setup.discard"),
        Binding("escape", "back", "key-back", id="cards.setup.back"),
        Binding("f9", "print_cards", "key-print-cards", id="cards.setup.print", show=False),
    ]

    def __init__(self, workspace: CaseWorkspace | None, *, seed: int | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.seed = new_seed() if seed is None else seed
        #: The newest unfinished card session of the case: its draft id, the session if it
        #: could be read, else why not.
        self.draft_id = ""
        self.draft: CardSession | None = None

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t = self.t
        content = self.dk.require_content()
        workspace = self.workspace
        yield Header(icon="")
        with VerticalScroll(id="cards-setup"):
            title = (
                t("cards-setup-title", code=workspace.case.code)
                if workspace
                else t("cards-setup-title-demo")
            )
            yield PlainLabel(title, id="cards-setup-title")
            note = ""
            if workspace is None:
                note = t("cards-demo-note")
            elif workspace.read_only:
                note = t("cards-read-only-note")
            note_label = PlainLabel(note, id="cards-setup-note", classes="warning wrap")
            note_label.display = bool(note)
            yield note_label
            yield PlainLabel("", id="cards-draft", classes="cards-draft wrap")
            with Grid(id="cards-setup-fields"):
                yield Label(t("cards-setup-deck"), markup=False)
                decks = [(Content(t.deck_title(deck_id)), deck_id) for deck_id in content.decks]
                yield Choice(
                    decks,
                    value=self._default_deck() if decks else Select.BLANK,
                    allow_blank=not decks,  # no deck loaded: the screen says why
                    id="cards-deck",
                    compact=True,
                )
                yield Label(t("cards-setup-lang"), markup=False)
                yield Choice([], id="cards-lang", compact=True)
                yield Label(t("cards-setup-lang2"), markup=False)
                yield Choice([], id="cards-lang2", compact=True)
                yield Label(t("cards-setup-way"), markup=False)
                yield Choice(
                    [(Content(t(f"cards-way-{m.value}", count=0)), m.value) for m in DrawMode],
                    value=DrawMode.RANDOM.value,
                    allow_blank=False,
                    id="cards-way",
                    compact=True,
                )
                yield Label(t("cards-setup-seed"), markup=False)
                yield Input(
                    str(self.seed), id="cards-seed", restrict=r"[0-9]*", max_length=10, compact=True
                )
            yield PlainLabel(t("cards-setup-seed-hint"), classes="muted wrap")
            yield PlainLabel("", id="cards-setup-message", classes="error wrap")
        yield footer()

    def _default_deck(self) -> str:
        from desistkit_tui.core.content.model import DEFAULT_DECK

        decks = self.dk.require_content().decks
        return DEFAULT_DECK if DEFAULT_DECK in decks else next(iter(decks), "")

    def on_mount(self) -> None:
        if not self.dk.require_content().decks:
            self._say(self.t("cards-setup-deck-missing"))
        self._languages()
        self._find_draft()
        self.query_one("#cards-deck", Select).focus()

    # -- languages -------------------------------------------------------------------------

    @property
    def _person_lang(self) -> str:
        return self.workspace.case.language if self.workspace else self.dk.config.ui_language

    def _deck_languages(self, deck_id: str) -> list[str]:
        have = self.dk.require_content().languages(deck_id)
        return [lang for lang in languages.codes() if lang in have] or [languages.REFERENCE]

    @on(Select.Changed, "#cards-deck")
    def _languages(self) -> None:
        deck_id = str(self.query_one("#cards-deck", Select).value)
        langs = self._deck_languages(deck_id)
        person = self._person_lang
        lang_select = self.query_one("#cards-lang", Select)
        lang_select.set_options([(Content(self.t.language_name(x)), x) for x in langs])
        lang_select.value = person if person in langs else langs[0]
        self._second_languages()
        missing = person not in langs
        self._say(
            self.t("cards-setup-lang-missing", language=self.t.language_name(person))
            if missing
            else ""
        )

    @on(Select.Changed, "#cards-lang")
    def _second_languages(self) -> None:
        """Every other language of the deck, the caseworker's first; "none" by default."""
        deck_id = str(self.query_one("#cards-deck", Select).value)
        lang = self.query_one("#cards-lang", Select).value
        ui = self.dk.config.ui_language
        others = [x for x in self._deck_languages(deck_id) if x != lang]
        others.sort(key=lambda x: x != ui)  # the caseworker's language first
        select = self.query_one("#cards-lang2", Select)
        chosen = select.value
        select.set_options(
            [(Content(self.t("cards-setup-lang2-none")), NO_LANGUAGE)]
            + [(Content(self.t.language_name(x)), x) for x in others]
        )
        select.value = chosen if chosen in others else NO_LANGUAGE

    # -- the unfinished session -----------------------------------------------------------

    def _find_draft(self) -> None:
        """Offer the newest unfinished card session of the case, if there is one."""
        self.draft_id, self.draft = "", None
        text = ""
        found = self.workspace.draft("cards") if self.workspace is not None else None
        if found is not None:
            self.draft_id, body = found
            try:
                self.draft = from_body(body, self.draft_id, self.dk.require_content().decks)
            except VaultError as exc:
                text = self.t("cards-draft-unreadable", error=describe(exc, self.t))
            else:
                text = self.t(
                    "cards-draft-found",
                    date=self.t.format_date(self.draft.held_on),
                    cards=len(self.draft.entries),
                )
        label = self.query_one("#cards-draft", PlainLabel)
        label.set_text(text)
        label.display = bool(text)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "resume":
            return self.draft is not None
        if action == "discard_draft":
            return (
                bool(self.draft_id) and self.workspace is not None and not self.workspace.read_only
            )
        return True

    def action_resume(self) -> None:
        if self.draft is None:
            return
        self._open(self.draft, self.draft_id)

    def action_discard_draft(self) -> None:
        workspace, draft_id = self.workspace, self.draft_id
        if not draft_id or workspace is None or workspace.read_only:
            return
        in_background(
            self, lambda: workspace.discard_draft(draft_id), self._discarded, self._failed
        )

    def _discarded(self, _: None) -> None:
        self.notify(self.t("cards-draft-discarded"), markup=False)
        self._find_draft()

    def _failed(self, error: Failure) -> None:
        self.notify(describe(error, self.t), severity="error", markup=False)

    # -- start -----------------------------------------------------------------------------

    @on(Input.Submitted, "#cards-seed")
    def action_start(self) -> None:
        content = self.dk.require_content()
        deck_id = str(self.query_one("#cards-deck", Select).value)
        if deck_id not in content.decks:
            self._say(self.t("cards-setup-deck-missing"))
            return
        raw = self.query_one("#cards-seed", Input).value.strip()
        if not raw.isdigit() or int(raw) >= SEED_LIMIT:
            self._say(self.t("cards-setup-bad-seed", max=str(SEED_LIMIT - 1)))
            self.query_one("#cards-seed", Input).focus()
            return
        lang2 = str(self.query_one("#cards-lang2", Select).value)
        session = CardSession.start(
            content.deck(deck_id),
            self.dk.config.clock().date(),
            int(raw),
            str(self.query_one("#cards-lang", Select).value),
            "" if lang2 == NO_LANGUAGE else lang2,
            DrawMode(str(self.query_one("#cards-way", Select).value)),
        )
        self._open(session, new_record_id())

    def _open(self, session: CardSession, draft_id: str) -> None:
        case = self.workspace.case if self.workspace else None
        localizer = self.dk.localizer(case).for_deck(session.deck)
        context = CardContext(session, localizer, self.workspace, draft_id)
        self.app.push_screen(CardTableScreen(context), self._table_closed)

    def _table_closed(self, result: None) -> None:
        self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_print_cards(self) -> None:
        """Print the chosen deck in the chosen language and the case's wording (A4 PDF)."""
        from pathlib import Path

        from desistkit_tui.core.export import ExportRecord, Purpose, deliver, document_time
        from desistkit_tui.core.export.cards import LAYOUTS, PrintOptions, print_deck
        from desistkit_tui.screens.case_exports import replace_question
        from desistkit_tui.screens.export import (
            ExportChoice,
            ExportScreen,
            ExportSpec,
            write_export,
        )

        content = self.dk.require_content()
        deck_id = str(self.query_one("#cards-deck", Select).value)
        if deck_id not in content.decks:
            self._say(self.t("cards-setup-deck-missing"))
            return
        deck, lang = content.deck(deck_id), str(self.query_one("#cards-lang", Select).value)
        case = self.workspace.case if self.workspace else None
        localizer = self.dk.localizer(case)
        path = Path.home() / f"{deck_id}-{lang}.pdf"
        one_sided = (("one-sided", self.t("export-opt-one-sided"), False),)
        spec = ExportSpec(self.t("export-title-cards"), path, tuple(LAYOUTS), one_sided)

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            opts = PrintOptions(lang, choice.fmt, "one-sided" in choice.ticked)
            options = (f"deck={deck_id}", f"lang={lang}", f"layout={choice.fmt}", *choice.ticked)

            def write(force: bool) -> Path:
                data = print_deck(localizer, deck, opts, document_time())
                record = ExportRecord(Purpose.DECK, "pdf", "", options)
                return deliver(data, choice.path, record, force=force).path

            write_export(self, write, replace_question=replace_question(self.t))

        self.app.push_screen(ExportScreen(spec), chosen)

    def _say(self, message: str) -> None:
        label = self.query_one("#cards-setup-message", PlainLabel)
        label.set_text(message)
        label.display = bool(message)
