"""One factor step of the reflection: its questions, then the fields to record, resources first.

The form only shows and collects; every edit is posted as :class:`FactorForm.Changed` and the
screen decides what to do with it (update the flow, autosave).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, Select, TextArea

from desistkit_tui.core.content.model import Factor
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import FactorEntry, Goal, RaisedBy, Relevance, items_from_text
from desistkit_tui.textual_compat import LineRepaintTextArea
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.marked_list import MarkedSelectionList
from desistkit_tui.widgets.plain import PlainLabel


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A multi-line field: entry attribute, label id, whether it holds one item per line."""

    name: str
    label: str
    items: bool = False


TEXT_FIELDS = (
    FieldSpec("resources", "field-resources", items=True),
    FieldSpec("needs", "field-needs", items=True),
    FieldSpec("own_words", "field-own-words"),
    FieldSpec("view", "field-view"),
)


def _field_value(spec: FieldSpec, text: str) -> object:
    """What a text field's text is in the entry: a list of items, one per line, or the text."""
    return items_from_text(text) if spec.items else text


def word_count(text: str) -> int:
    return len(text.split())


class FactorForm(Vertical):
    """Questions and fields of one factor, filled from an entry."""

    class Changed(Message):
        """A field changed: ``name`` is the entry attribute, ``value`` its new value."""

        def __init__(self, name: str, value: object, words: int | None = None) -> None:
            super().__init__()
            self.name = name
            self.value = value
            self.words = words

    def __init__(
        self,
        factor: Factor,
        entry: FactorEntry,
        loc: Localizer,
        goals: tuple[Goal, ...],
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(id="factor-form")
        self.factor = factor
        self.entry = entry
        self.loc = loc
        self.goals = goals
        self.read_only = read_only

    def _questions(self) -> ComposeResult:
        loc, factor = self.loc, self.factor
        yield PlainLabel(loc.factor_description(factor.id), classes="muted wrap")
        yield Label(loc.ui("flow-cw-questions"), classes="heading", markup=False)
        for q in factor.caseworker_questions:
            yield PlainLabel("• " + loc.factor_question(factor.id, "cw", q), classes="wrap")
        yield Label(loc.ui("flow-ask-questions"), classes="heading", markup=False)
        other = loc.person != loc.ui_lang
        for q in factor.person_questions:
            yield PlainLabel("» " + loc.factor_question(factor.id, "ask", q), classes="wrap ask")
            if other:
                ui_text = loc.factor_question(factor.id, "ask", q, lang=loc.ui_lang)
                yield PlainLabel("  " + ui_text, classes="muted wrap")

    def _choice(self, field_id: str, options: list[tuple[str, str]], value: str) -> Choice[str]:
        return Choice(
            [(Content(self.loc.ui(msg)), key) for key, msg in options],
            value=value,
            allow_blank=False,
            id=field_id,
            compact=True,
            disabled=self.read_only,
        )

    def compose(self) -> ComposeResult:
        yield from self._questions()
        entry, t = self.entry, self.loc.ui
        relevance = [(r.value, f"relevance-{r.value}") for r in Relevance]
        with Grid(id="relevance-fields"):
            yield Label(t("field-relevance-person"), markup=False)
            yield self._choice("person", relevance, entry.person.value)
            yield Label(t("field-relevance-caseworker"), markup=False)
            yield self._choice("caseworker", relevance, entry.caseworker.value)
            yield Label(t("field-raised-by"), markup=False)
            yield self._choice(
                "raised_by",
                [(r.value, f"raised-{r.value}") for r in RaisedBy],
                entry.raised_by.value,
            )
        for spec in TEXT_FIELDS:
            value = getattr(entry, spec.name)
            text = "\n".join(value) if spec.items else value
            yield Label(t(spec.label), classes="label", markup=False)
            yield LineRepaintTextArea(
                text,
                id=spec.name,
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
                read_only=self.read_only,
                compact=True,
                classes="short" if spec.items else "",
            )
        if self.goals:
            yield Label(t("field-goals"), classes="label", markup=False)
            yield MarkedSelectionList[str](
                *[(Content(g.text), g.id, g.id in entry.goals) for g in self.goals],
                id="goals",
                compact=True,
                disabled=self.read_only,
            )

    @on(Select.Changed)
    def _choice_changed(self, event: Select.Changed) -> None:
        event.stop()
        name = event.select.id or ""
        if event.value is Select.NULL or name not in ("person", "caseworker", "raised_by"):
            return
        kind = RaisedBy if name == "raised_by" else Relevance
        value = kind(str(event.value))
        if getattr(self.entry, name) is not value:
            self.post_message(self.Changed(name, value))

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        name = event.text_area.id or ""
        spec = next((s for s in TEXT_FIELDS if s.name == name), None)
        if spec is None:
            return
        text = event.text_area.text
        value = _field_value(spec, text)
        if value != getattr(self.entry, name):
            self.post_message(self.Changed(name, value, word_count(text)))

    def unsent_text(self) -> dict[str, object]:
        """The text fields whose shown text differs from the entry: what their ``Changed``
        messages will carry once handled. A lock or hang-up takes these before it saves (its
        handler can run before those messages arrive)."""
        unsent: dict[str, object] = {}
        for spec in TEXT_FIELDS:
            field = next(iter(self.query(f"#{spec.name}").results(TextArea)), None)
            if field is None:
                continue
            value = _field_value(spec, field.text)
            if value != getattr(self.entry, spec.name):
                unsent[spec.name] = value
        return unsent

    @on(MarkedSelectionList.SelectedChanged)
    def _goals_changed(self, event: MarkedSelectionList.SelectedChanged[str]) -> None:
        event.stop()
        selected = list(event.selection_list.selected)
        if selected != self.entry.goals:
            self.post_message(self.Changed("goals", selected))
