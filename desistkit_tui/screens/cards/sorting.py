"""The sorting exercise: choose the piles and the cards, sort them one by one, rank the first pile.

Keys: 1-3 put the card on a pile, ← → go to the previous or next card, F9 switches between
sorting and ranking, + and − move a card in the ranking, F10 (or Esc) goes back to the table.
Every change is kept in the session (and autosaved by the table screen).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Header, Label, OptionList, Select
from textual.widgets.option_list import Option

from desistkit_tui.core.cards import PRESETS, SOURCE_CATEGORY, SOURCE_DRAWN, SortingExercise
from desistkit_tui.core.text import safe
from desistkit_tui.screens.base import BaseModal, BaseScreen, footer
from desistkit_tui.screens.cards.context import CARDS_CSS, SHORT_BREAKPOINTS, CardContext
from desistkit_tui.themes import category_colour
from desistkit_tui.widgets.cards_face import CardFaceView, category_mark
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.plain import PlainLabel

SortChoice = tuple[str, list[str], str]


class SortingSetup(BaseModal[SortChoice | None]):
    """Which piles, and which cards: those drawn so far, or one category."""

    CSS_PATH = CARDS_CSS
    BINDINGS = [
        Binding("f5", "start", "key-cards-start", id="cards.sort-setup.start"),
        Binding("escape", "cancel", "key-cancel", id="cards.sort-setup.cancel"),
    ]

    def __init__(self, context: CardContext) -> None:
        super().__init__()
        self.context = context

    def _sources(self) -> list[tuple[str, str, list[str]]]:
        """(source, label, cards) for every set worth sorting."""
        session, loc = self.context.session, self.context.localizer
        drawn = [e.card for e in session.talked_about if session.card(e.card) is not None]
        sources = []
        if drawn:
            label = self.t("cards-sort-source-drawn", count=len(drawn))
            sources.append((SOURCE_DRAWN, label, drawn))
        for category in session.deck.categories:
            cards = [c.id for c in session.deck.cards_in(category.id)]
            label = self.t(
                "cards-sort-source-category",
                symbol=category.symbol,
                category=loc.category_name(category.id, session.lang),
                count=len(cards),
            )
            sources.append((SOURCE_CATEGORY + category.id, label, cards))
        return sources

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="cards-dialog", classes="cards-sort-setup"):
            yield PlainLabel(t("cards-sort-title"), id="cards-dialog-title")
            yield Label(t("cards-sort-preset"), markup=False)
            yield Choice(
                [(Content(t(f"cards-sort-preset-{p}")), p) for p in PRESETS],
                value=next(iter(PRESETS)),
                allow_blank=False,
                id="cards-sort-preset",
                compact=True,
            )
            yield Label(t("cards-sort-source"), markup=False)
            sources = self._sources()
            yield Choice(
                [(Content(safe(label)), source) for source, label, _ in sources],
                value=sources[0][0],
                allow_blank=False,
                id="cards-sort-source",
                compact=True,
            )
            yield Button(Content(t("cards-sort-start")), id="cards-sort-start", compact=True)
            message = PlainLabel("", id="cards-sort-message", classes="error wrap")
            message.display = False
            yield message

    def on_mount(self) -> None:
        self.query_one("#cards-sort-preset", Select).focus()

    @on(Button.Pressed, "#cards-sort-start")
    def action_start(self) -> None:
        source = str(self.query_one("#cards-sort-source", Select).value)
        cards = next((c for s, _, c in self._sources() if s == source), [])
        if not cards:
            message = self.query_one("#cards-sort-message", PlainLabel)
            message.set_text(self.t("cards-sort-empty"))
            message.display = True
            return
        self.dismiss((str(self.query_one("#cards-sort-preset", Select).value), cards, source))

    def action_cancel(self) -> None:
        self.dismiss(None)


class SortingScreen(BaseScreen[None]):
    """Sort one set of cards into piles, then rank the first pile."""

    CSS_PATH = CARDS_CSS
    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS
    BINDINGS = [
        *(Binding(str(n), f"place({n - 1})", show=False, id=f"cards.sort.{n}") for n in (1, 2, 3)),
        Binding("left", "go(-1)", "key-cards-previous", id="cards.sort.previous", show=False),
        Binding("right", "go(1)", "key-cards-next", id="cards.sort.next", show=False),
        Binding("plus", "move(-1)", "key-cards-up", id="cards.sort.up"),
        Binding("minus", "move(1)", "key-cards-down", id="cards.sort.down"),
        Binding("f9", "rank", "key-cards-rank", id="cards.sort.rank"),
        Binding("f10,escape", "done", "key-cards-done", id="cards.sort.done"),
    ]

    def __init__(
        self, context: CardContext, exercise: SortingExercise, changed: Callable[[], None]
    ) -> None:
        super().__init__()
        self.context, self.exercise, self.changed = context, exercise, changed
        self.ranking = False
        unsorted = exercise.unsorted
        self.index = exercise.cards.index(unsorted[0]) if unsorted else 0

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        title = (
            self.t("cards-sort-title") + " · " + self.t(f"cards-sort-preset-{self.exercise.preset}")
        )
        yield PlainLabel(title, id="cards-sort-heading", classes="wrap")
        with VerticalScroll(id="cards-sort-body"):
            yield PlainLabel("", id="cards-sort-progress", classes="muted")
            yield CardFaceView(id="cards-sort-face")
            yield PlainLabel("", id="cards-sort-piles")
            yield PlainLabel("", id="cards-sort-rank-intro", classes="wrap")
            yield OptionList(id="cards-sort-ranking")
            yield PlainLabel("", id="cards-sort-hint", classes="muted wrap")
        yield footer(palette=False)

    def on_mount(self) -> None:
        self.redraw()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "move":
            return self.ranking
        if action in ("place", "go"):
            return not self.ranking
        return True

    def _pile_name(self, pile: str) -> str:
        return self.context.person(f"cards-pile-{pile}")

    def redraw(self) -> None:
        ex, ranking = self.exercise, self.ranking
        for selector in ("#cards-sort-progress", "#cards-sort-face", "#cards-sort-piles"):
            self.query_one(selector).display = not ranking
        for selector in ("#cards-sort-rank-intro", "#cards-sort-ranking"):
            self.query_one(selector).display = ranking
        if ranking:
            self._redraw_ranking()
            hint = self.t("cards-sort-rank-hint")
        else:
            card_id = ex.cards[self.index]
            self.query_one("#cards-sort-progress", PlainLabel).set_text(
                self.t(
                    "cards-sort-progress",
                    n=self.index + 1,
                    total=len(ex.cards),
                    sorted=len(ex.cards) - len(ex.unsorted),
                )
            )
            self.query_one(CardFaceView).show(self.context.face(card_id))
            here = ex.pile_of(card_id)
            piles = [
                f"{n} {'◉' if pile == here else '○'} {self._pile_name(pile)} ({len(ex.piles[pile])})"
                for n, pile in enumerate(ex.pile_ids, start=1)
            ]
            self.query_one("#cards-sort-piles", PlainLabel).set_text("\n".join(piles))
            hint = self.t("cards-sort-hint", piles=len(ex.pile_ids))
        self.query_one("#cards-sort-hint", PlainLabel).set_text(hint)
        self.refresh_bindings()

    def _redraw_ranking(self, keep: str | None = None) -> None:
        intro = (
            self._pile_name(self.exercise.pile_ids[0])
            + " · "
            + self.context.person("cards-sort-rank-intro")
        )
        self.query_one("#cards-sort-rank-intro", PlainLabel).set_text(intro)
        options = self.query_one("#cards-sort-ranking", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for n, card_id in enumerate(self.exercise.top, start=1):
            face = self.context.face(card_id)
            prompt = Text(f"{n}. ", style="bold")
            prompt.append_text(
                category_mark(face.symbol, face.ascii, category_colour(self.app.theme, face.colour))
            )
            prompt.append(f"  {safe(face.title)}")
            options.add_option(Option(prompt, id=card_id))
        if keep is not None:
            highlighted = self.exercise.top.index(keep)
        options.highlighted = highlighted if highlighted is not None else 0
        options.focus()

    # -- sorting -----------------------------------------------------------------------------

    def action_place(self, pile_index: int) -> None:
        ex = self.exercise
        if pile_index >= len(ex.pile_ids):
            return
        ex.place(ex.cards[self.index], ex.pile_ids[pile_index])
        self.changed()
        unsorted = ex.unsorted
        if not unsorted:
            self.action_rank()
            return
        later = [c for c in unsorted if ex.cards.index(c) > self.index]
        self.index = ex.cards.index((later or unsorted)[0])
        self.redraw()

    def action_go(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.exercise.cards)
        self.redraw()

    # -- ranking -----------------------------------------------------------------------------

    def action_rank(self) -> None:
        if self.ranking:
            self.ranking = False
        elif not self.exercise.complete:
            left = len(self.exercise.unsorted)
            self.notify(self.t("cards-sort-not-complete", left=left), markup=False)
            return
        elif not self.exercise.top:
            self.notify(self.t("cards-sort-nothing-to-rank"), markup=False)
            self.redraw()
            return
        else:
            self.ranking = True
        self.redraw()

    def action_move(self, delta: int) -> None:
        options = self.query_one("#cards-sort-ranking", OptionList)
        if options.highlighted is None or not self.exercise.top:
            return
        card_id = self.exercise.top[options.highlighted]
        self.exercise.move(card_id, delta)
        self.exercise.ranked = True
        self.changed()
        self._redraw_ranking(keep=card_id)

    def action_done(self) -> None:
        if self.ranking and not self.exercise.ranked:
            self.exercise.ranked = True  # the order as it stands is the person's ranking
            self.changed()
        self.dismiss(None)
