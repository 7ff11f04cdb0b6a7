"""The end-of-session summary and the words on a card, with the shipped deck and texts."""

from __future__ import annotations

from datetime import date

import pytest

from desistkit_tui.core.cards import (
    AGREEMENT_POINTS,
    Agreement,
    CardSession,
    SortingExercise,
    agreement_label,
    card_face,
    summary,
)
from desistkit_tui.core.content import ContentSet, default_content
from desistkit_tui.core.content.model import CardKind
from desistkit_tui.core.i18n import Localizer, Texts, Wording


@pytest.fixture(scope="module")
def content() -> ContentSet:
    return default_content()


def _localizer(content: ContentSet, person: str = "en", address: str = "formal") -> Localizer:
    deck = content.deck()
    base = Localizer(Texts(content), ui_lang="en")
    return base.with_case(person, Wording(address, "feminine")).for_deck(deck)


def test_a_card_face_in_the_persons_wording(content: ContentSet) -> None:
    deck = content.deck()
    formal = card_face(_localizer(content), deck, "my-story-three-words", "en")
    informal = card_face(
        _localizer(content, address="informal"), deck, "my-story-three-words", "en"
    )
    assert formal.title == informal.title == "Three words about me"
    assert formal.text != informal.text == "Pick three words that describe you."
    assert (formal.symbol, formal.ascii, formal.category) == ("◆", "S", "Me and my story")
    scale = card_face(_localizer(content), deck, "my-story-current-chapter", "en")
    assert scale.kind is CardKind.SCALE and scale.low and scale.high
    roles = card_face(_localizer(content), deck, "my-story-my-roles", "en")
    assert dict(roles.options)["sibling"] == "Sister"  # the feminine form


def test_agreement_labels_fall_back_to_english(content: ContentSet) -> None:
    loc = _localizer(content)
    labels = [agreement_label(loc, "en", p) for p in AGREEMENT_POINTS]
    assert labels[0] == "Strongly agree" and labels[-1] == "Strongly disagree"
    assert agreement_label(loc, "mk", Agreement.AGREE)  # never an empty label


def test_the_summary_lists_what_came_up(content: ContentSet) -> None:
    deck = content.deck()
    loc = _localizer(content)
    s = CardSession.start(deck, date(2026, 3, 14), 11, "en", "de")
    s.show("my-story-more-than-my-past").set_agreement(Agreement.DISAGREE)
    s.require_current().notes = "first line\nsecond line"
    s.toggle_important()
    s.show("my-story-current-chapter").set_scale(3)
    s.show("my-story-my-roles").toggle_option("friend", deck.card("my-story-my-roles").options)
    s.show("my-story-good-place")
    s.skip()
    s.show("my-story-proud-of")
    s.set_aside_current()
    s.show("my-story-three-words")
    s.require_current().notes = "kept"
    s.put_back()
    ex = s.add_sorting(
        SortingExercise.start("agreement", "category:my-story", ["my-story-proud-of"])
    )
    ex.place("my-story-proud-of", "agree")
    ex.ranked = True

    sections = {sec.heading: sec.lines for sec in summary(s, loc)}
    head = sections[""]
    assert head[0].startswith("Mar 14, 2026 · deck desistcards · order number 11")
    assert head[1] == "Cards in English, side by side with Deutsch (German)"
    talked = sections["Cards talked about (3)"]
    assert talked[0] == "! ◆ More than my past (important): Disagree"
    assert talked[1:3] == ("    Notes: first line", "      second line")
    assert talked[3] == "◆ The chapter I am in: 3 of 10 (Not at all … Completely)"
    assert talked[4] == "◆ Roles I have: Ticked: Friend"
    assert sections["Set aside, not come back to (1)"] == ("◆ Something I am proud of",)
    assert sections["Skipped (1)"] == ("◆ A good place back then",)
    assert sections["Put back, with notes (1)"] == (
        "◆ Three words about me",
        "    Notes: kept",
    )
    sorting = sections["Sorting: Agree / unsure / disagree · Me and my story"]
    assert sorting[:2] == ("I agree (ranked):", "    1. ◆ Something I am proud of")
    suggested = sections["Suggested for the next reflection"]
    assert suggested[0].startswith("1. ") and len(suggested) >= 3


def test_an_empty_session_says_so(content: ContentSet) -> None:
    s = CardSession.start(content.deck(), date(2026, 3, 14), 1, "en")
    sections = {sec.heading: sec.lines for sec in summary(s, _localizer(content))}
    assert sections["Cards talked about (0)"] == ("No card was talked about.",)
    assert sections["Suggested for the next reflection"] == ("The cards touched no factor yet.",)
