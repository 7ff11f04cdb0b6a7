"""The ways a card comes to the table: at random, by category, chosen by the person from a
spread (face up or face down), browsed, or brought back from the cards set aside.

:class:`Drawing` opens the dialog a way needs and, once the person has chosen, asks the
session for the card and tells the table screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual.screen import Screen

from desistkit_tui.core.cards import DrawMode, SortingExercise
from desistkit_tui.core.text import safe
from desistkit_tui.screens.cards.context import CardContext
from desistkit_tui.screens.cards.pickers import Choice, ChoiceDialog, FaceDownDialog
from desistkit_tui.themes import category_colour
from desistkit_tui.widgets.cards_face import category_mark

if TYPE_CHECKING:
    from desistkit_tui.screens.cards.table import CardTableScreen

T = TypeVar("T")
LATER = "later"
SORTING = "sorting"


class Drawing:
    """Drawing for one table screen."""

    def __init__(self, table: CardTableScreen) -> None:
        self.table = table

    @property
    def context(self) -> CardContext:
        return self.table.context

    def t(self, msg_id: str, **args: str | int) -> str:
        return self.table.t(msg_id, **args)

    # -- the current way ---------------------------------------------------------------------

    def draw(self) -> None:
        """Draw the next card in the session's way."""
        {
            DrawMode.RANDOM: self.random,
            DrawMode.CATEGORY: self.by_category,
            DrawMode.FACE_UP: self.face_up,
            DrawMode.FACE_DOWN: self.face_down,
            DrawMode.BROWSE: self.browse,
        }[self.context.session.mode]()

    def ways(self) -> None:
        """Offer every way of drawing, the cards set aside and the sorting exercise."""
        session = self.context.session
        choices = [
            Choice(m.value, Text(("● " if m is session.mode else "  ") + self.context.way(m)))
            for m in DrawMode
        ]
        waiting = len(session.set_aside)
        choices.append(
            Choice(
                LATER,
                Text("  " + self.t("cards-way-later", count=waiting)),
                disabled=not waiting,
            )
        )
        choices.append(Choice(SORTING, Text("  " + self.t("cards-way-sorting"))))
        self._ask(ChoiceDialog(self.t("cards-ways-title"), choices), self._way_chosen)

    def _way_chosen(self, value: str | None) -> None:
        if value is None:
            return
        if value == LATER:
            self.set_aside()
        elif value == SORTING:
            self.sorting()
        else:
            self.context.session.mode = DrawMode(value)
            self.table.changed()
            self.table.redraw()
            self.draw()

    # -- each way ----------------------------------------------------------------------------

    def random(self, category: str | None = None) -> None:
        session = self.context.session
        drawn = session.draw(category)
        if drawn.new_round:
            self.table.notify(
                self.t("cards-new-round", round=session.pile.round_no), markup=False, timeout=5
            )
        if drawn.card is None:
            if category is not None:
                name = self.context.localizer.category_name(category, session.lang)
                self.table.notify(
                    self.t("cards-category-spent", category=name), severity="warning", markup=False
                )
            return
        self.table.table_changed()

    def by_category(self) -> None:
        session, loc = self.context.session, self.context.localizer
        if session.pile.spent:
            session.pile.new_round()
        choices = []
        for category in session.deck.categories:
            left = session.left(category.id)
            prompt = category_mark(
                category.symbol,
                category.ascii,
                category_colour(self.table.app.theme, category.colour),
            )
            name = safe(loc.category_name(category.id, session.lang))
            prompt.append(f"  {name}")
            prompt.append(f" · {self.t('cards-category-left', left=left)}", style="dim")
            choices.append(Choice(category.id, prompt, name, disabled=not left))
        self._ask(ChoiceDialog(self.t("cards-category-title"), choices), self._category_chosen)

    def _category_chosen(self, category: str | None) -> None:
        if category is not None:
            self.random(category)

    def face_up(self) -> None:
        cards = self.context.session.spread()
        choices = [Choice(card_id, self._card_prompt(card_id)) for card_id in cards]
        self._ask(ChoiceDialog(self.t("cards-spread-title"), choices), self._shown)

    def face_down(self) -> None:
        cards = self.context.session.spread()
        if not cards:
            return

        def picked(index: int | None) -> None:
            if index is not None:
                self._shown(cards[index])

        hint = self.t("cards-backs-hint", count=len(cards))
        self._ask(FaceDownDialog(self.t("cards-backs-title"), len(cards), hint), picked)

    def browse(self) -> None:
        session = self.context.session
        choices = []
        for card in session.deck.cards:
            faces = [self.context.face(card.id)]
            if session.lang2:  # the caseworker can look for a card in either language
                faces.append(self.context.face(card.id, session.lang2))
            prompt = self._card_prompt(card.id)
            if session.lang2:
                prompt.append(f" · {safe(faces[1].title)}")
            prompt.append(f" · {self.t(f'cards-kind-{card.kind.value}')}", style="dim")
            if session.entry(card.id) is not None:
                prompt.append(f" {self.t('cards-browse-drawn')}", style="bold")
            search = " ".join(f"{f.title} {f.category} {f.text}" for f in faces)
            choices.append(Choice(card.id, prompt, search))
        dialog = ChoiceDialog(
            self.t("cards-browse-title"),
            choices,
            filter_placeholder=self.t("cards-browse-filter"),
        )
        self._ask(dialog, self._shown)

    def set_aside(self) -> None:
        waiting = self.context.session.set_aside
        if not waiting:
            self.table.notify(self.t("cards-nothing-set-aside"), markup=False)
            return
        choices = [Choice(e.card, self._card_prompt(e.card)) for e in waiting]
        self._ask(ChoiceDialog(self.t("cards-later-title"), choices), self._shown)

    def sorting(self) -> None:
        from desistkit_tui.screens.cards.sorting import SortingScreen, SortingSetup

        def start(choice: tuple[str, list[str], str] | None) -> None:
            if choice is None:
                return
            preset, cards, source = choice
            exercise = self.context.session.add_sorting(
                SortingExercise.start(preset, source, cards)
            )
            self.table.changed()
            self.table.app.push_screen(
                SortingScreen(self.context, exercise, self.table.changed),
                lambda _: self.table.redraw(focus=True),
            )

        self._ask(SortingSetup(self.context), start)

    # -- helpers -----------------------------------------------------------------------------

    def _card_prompt(self, card_id: str) -> Text:
        face = self.context.face(card_id)
        prompt = category_mark(
            face.symbol, face.ascii, category_colour(self.table.app.theme, face.colour)
        )
        prompt.append(f"  {safe(face.title)}")
        return prompt

    def _shown(self, card_id: str | None) -> None:
        if card_id is not None and self.context.session.card(card_id) is not None:
            self.context.session.show(card_id)
            self.table.table_changed()

    def _ask(self, dialog: Screen[T], callback: Callable[[T | None], None]) -> None:
        self.table.app.push_screen(dialog, callback)
