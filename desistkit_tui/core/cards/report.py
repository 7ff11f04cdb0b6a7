"""The end-of-session summary as plain text sections (the screen only lays them out).

Labels are in the caseworker's UI language; card titles and answers in the card language, as
the person saw them; factors in the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass

from desistkit_tui.core.cards.answers import CardEntry, EntryState
from desistkit_tui.core.cards.session import CardSession
from desistkit_tui.core.cards.sorting import SOURCE_CATEGORY, SortingExercise
from desistkit_tui.core.cards.suggest import suggested_factors
from desistkit_tui.core.cards.texts import card_face
from desistkit_tui.core.content.model import CardKind
from desistkit_tui.core.i18n import Localizer

INDENT = "    "


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and its lines (either may be empty)."""

    heading: str
    lines: tuple[str, ...]


def _card_line(session: CardSession, loc: Localizer, card_id: str) -> str:
    """``◆ Title`` in the card language, or the id of a card the deck no longer has."""
    if session.card(card_id) is None:
        return loc.ui("cards-summary-unknown-card", id=card_id)
    face = card_face(loc, session.deck, card_id, session.lang)
    return f"{face.symbol} {face.title}"


def answer_text(session: CardSession, loc: Localizer, entry: CardEntry) -> str:
    """The person's answer in words ("" for an open question)."""
    card = session.card(entry.card)
    if entry.kind is CardKind.STATEMENT:
        if entry.agreement is None:
            return loc.ui("cards-summary-no-answer")
        return loc.ui(f"cards-agreement-{entry.agreement.value}")
    if entry.kind is CardKind.SCALE:
        if entry.scale is None:
            return loc.ui("cards-summary-no-answer")
        if card is None:
            return str(entry.scale)
        low = loc.card_text(entry.card, "low", session.lang)
        high = loc.card_text(entry.card, "high", session.lang)
        return loc.ui("cards-summary-scale", value=entry.scale, low=low, high=high)
    if entry.kind is CardKind.RESOURCE:
        if not entry.ticked:
            return loc.ui("cards-summary-nothing-ticked")
        labels = [
            loc.card_option(entry.card, o, session.lang) if card is not None else o
            for o in entry.ticked
        ]
        return loc.ui("cards-summary-ticked", options=", ".join(labels))
    return ""


def _entry_lines(session: CardSession, loc: Localizer, entry: CardEntry) -> list[str]:
    first = _card_line(session, loc, entry.card)
    if entry.important:
        first = f"! {first} ({loc.ui('cards-summary-important')})"
    answer = answer_text(session, loc, entry)
    lines = [f"{first}: {answer}" if answer else first]
    if entry.notes.strip():
        notes = entry.notes.strip().splitlines()
        lines.append(INDENT + loc.ui("cards-summary-notes", notes=notes[0]))
        lines.extend(INDENT + "  " + line for line in notes[1:])
    return lines


def _entries(
    session: CardSession, loc: Localizer, state: EntryState, msg_id: str, detail: bool = True
) -> Section | None:
    entries = [e for e in session.entries if e.state is state]
    if state is EntryState.RETURNED:
        entries = [e for e in entries if e.answered or e.important]
    if not entries:
        return None
    lines: list[str] = []
    for entry in entries:
        lines += (
            _entry_lines(session, loc, entry) if detail else [_card_line(session, loc, entry.card)]
        )
    return Section(loc.ui(msg_id, count=len(entries)), tuple(lines))


def _source_name(session: CardSession, loc: Localizer, exercise: SortingExercise) -> str:
    if exercise.source.startswith(SOURCE_CATEGORY):
        category = exercise.source.removeprefix(SOURCE_CATEGORY)
        return loc.category_name(category, session.lang)
    return loc.ui("cards-sort-source-drawn", count=len(exercise.cards))


def _sorting(session: CardSession, loc: Localizer, exercise: SortingExercise) -> Section:
    preset = loc.ui(f"cards-sort-preset-{exercise.preset}")
    lines: list[str] = []
    for index, pile in enumerate(exercise.pile_ids):
        name = loc.ui(f"cards-pile-{pile}")
        if index == 0 and exercise.ranked:
            name += f" ({loc.ui('cards-summary-ranked')})"
        lines.append(f"{name}:")
        for n, card_id in enumerate(exercise.piles[pile], start=1):
            mark = f"{n}." if index == 0 and exercise.ranked else "·"
            lines.append(f"{INDENT}{mark} {_card_line(session, loc, card_id)}")
    heading = loc.ui(
        "cards-summary-sorting", preset=preset, source=_source_name(session, loc, exercise)
    )
    return Section(heading, tuple(lines))


def summary(session: CardSession, loc: Localizer) -> list[Section]:
    """Every section of the summary, in the order shown."""
    langs = (
        loc.ui(
            "cards-summary-langs2",
            lang=loc.language_name(session.lang),
            lang2=loc.language_name(session.lang2),
        )
        if session.lang2
        else loc.ui("cards-summary-langs", lang=loc.language_name(session.lang))
    )
    held = loc.ui(
        "cards-summary-held",
        date=loc.format_date(session.held_on),
        deck=session.deck.id,
        seed=str(session.seed),
    )
    sections = [Section("", (held, langs))]
    talked = _entries(session, loc, EntryState.OPEN, "cards-summary-talked")
    sections.append(talked or Section(loc.ui("cards-summary-talked", count=0), ()))
    if not talked:
        sections[-1] = Section(sections[-1].heading, (loc.ui("cards-summary-none"),))
    for state, msg_id in (
        (EntryState.LATER, "cards-summary-set-aside"),
        (EntryState.RETURNED, "cards-summary-returned"),
    ):
        section = _entries(session, loc, state, msg_id)
        if section is not None:
            sections.append(section)
    skipped = _entries(session, loc, EntryState.SKIPPED, "cards-summary-skipped", detail=False)
    if skipped is not None:
        sections.append(skipped)
    sections += [_sorting(session, loc, exercise) for exercise in session.sorting]
    factors = suggested_factors(session)
    lines = tuple(f"{n}. {loc.factor_title(f)}" for n, f in enumerate(factors, start=1))
    sections.append(
        Section(
            loc.ui("cards-summary-suggested"),
            lines or (loc.ui("cards-summary-no-suggestions"),),
        )
    )
    return sections
