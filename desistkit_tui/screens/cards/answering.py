"""What the caseworker's table and the presenter view share: the card on the table and the
answer widget of its kind, and applying what the person answers to the session."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget

from desistkit_tui.core.cards import AGREEMENT_POINTS, CardEntry, agreement_label
from desistkit_tui.core.content.model import CardKind
from desistkit_tui.screens.base import BaseScreen
from desistkit_tui.screens.cards.context import CardContext
from desistkit_tui.widgets.cards_answer import AgreementPicker, OptionTicks, ScalePicker

ANSWER_IDS = {
    CardKind.STATEMENT: "#cards-agreement",
    CardKind.SCALE: "#cards-scale",
    CardKind.RESOURCE: "#cards-ticks",
}


class CardScreen(BaseScreen[None]):
    """A screen that shows the card on the table and lets the person answer it."""

    def __init__(self, context: CardContext) -> None:
        super().__init__()
        self.context = context

    @staticmethod
    def answer_widgets() -> ComposeResult:
        """The three answer widgets; only the one of the card's kind is shown."""
        yield AgreementPicker(id="cards-agreement", classes="cards-answer")
        yield ScalePicker(id="cards-scale", classes="cards-answer")
        yield OptionTicks(id="cards-ticks", classes="cards-answer")

    def show_answer(self) -> Widget | None:
        """Show and load the answer widget of the card on the table; return it (if any)."""
        entry = self.context.session.current_entry
        shown: Widget | None = None
        for kind, selector in ANSWER_IDS.items():
            widget = self.query_one(selector)
            widget.display = entry is not None and entry.kind is kind
            if widget.display:
                shown = widget
        if entry is None or shown is None or self.context.session.card(entry.card) is None:
            return None
        self._load(entry, shown)
        return shown

    def _load(self, entry: CardEntry, widget: Widget) -> None:
        context = self.context
        if isinstance(widget, AgreementPicker):
            lang = context.session.lang
            labels = [agreement_label(context.localizer, lang, p) for p in AGREEMENT_POINTS]
            widget.load(entry.agreement, labels)
        elif isinstance(widget, ScalePicker):
            face = context.face(entry.card)
            widget.load(entry.scale, face.low, face.high)
        elif isinstance(widget, OptionTicks):
            widget.load(context.face(entry.card).options, entry.ticked)

    def answer_changed(self) -> None:
        """The person answered: the session changed (screens save and redraw)."""
        raise NotImplementedError

    def _entry(self) -> CardEntry | None:
        return self.context.session.current_entry

    @on(AgreementPicker.Changed)
    def _agreement(self, event: AgreementPicker.Changed) -> None:
        entry = self._entry()
        if entry is not None and entry.kind is CardKind.STATEMENT:
            entry.set_agreement(event.value)
            self.answer_changed()

    @on(ScalePicker.Changed)
    def _scale(self, event: ScalePicker.Changed) -> None:
        entry = self._entry()
        if entry is not None and entry.kind is CardKind.SCALE:
            entry.set_scale(event.value)
            self.answer_changed()

    @on(OptionTicks.Toggled)
    def _ticked(self, event: OptionTicks.Toggled) -> None:
        entry = self._entry()
        card = self.context.session.card(entry.card) if entry is not None else None
        if entry is not None and card is not None and entry.kind is CardKind.RESOURCE:
            entry.toggle_option(event.option, card.options)
            self.answer_changed()
