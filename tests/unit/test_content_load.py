"""Loading the small fixture decks: typed, frozen structures, lookups, languages, errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desistkit_tui.core.content import (
    Card,
    CardKind,
    ContentError,
    ContentProblem,
    ContentSet,
    ContentWarning,
    load_content,
)
from desistkit_tui.core.content.tomlpos import TomlLocator

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "decks"
GOOD = FIXTURES / "good"


@pytest.fixture(scope="module")
def content() -> ContentSet:
    return load_content(user_decks=False, shipped=GOOD, strict=True)


def test_fixture_decks_load_without_findings(content: ContentSet) -> None:
    assert list(content.catalogues) == ["testcat"]
    assert list(content.decks) == ["testcards"]
    assert content.problems == ()
    assert content.warnings == ()
    assert content.user_dir is None


def test_catalogue_structure_and_lookups(content: ContentSet) -> None:
    cat = content.catalogue("testcat")
    assert cat.version == "1.0.0"
    assert [a.id for a in cat.areas] == ["people", "self"]
    family = cat.factor("family")
    assert family.area == "people"
    assert family.caseworker_questions == ("support", "contact")
    assert family.person_questions == ("helps", "wish")
    assert [f.id for f in cat.factors_in("self")] == ["work"]
    assert cat.area("self").id == "self"
    assert cat.has_factor("work") and not cat.has_factor("nope")
    with pytest.raises(KeyError):
        cat.factor("nope")


def test_deck_structure_and_lookups(content: ContentSet) -> None:
    deck = content.deck("testcards")
    assert deck.catalogue == "testcat"
    assert content.catalogue_of(deck).id == "testcat"
    assert [c.id for c in deck.categories] == ["story", "strengths"]
    story = deck.category("story")
    assert (story.symbol, story.ascii, story.colour) == ("◆", "S", "#5B8DEF")
    assert {c.kind for c in deck.cards} == set(CardKind)
    resource = deck.card("strengths-what-i-have")
    assert resource.kind is CardKind.RESOURCE
    assert resource.options == ("patience", "humour", "reliability", "courage")
    assert deck.card("story-proud").factors == ()
    assert [c.id for c in deck.cards_in("strengths")] == ["strengths-what-i-have"]


def test_languages_are_the_ftl_files_present(content: ContentSet) -> None:
    assert content.deck("testcards").languages == frozenset({"en", "pl"})
    assert content.catalogue("testcat").languages == frozenset({"en", "pl"})
    assert content.languages("testcards") == frozenset({"en", "pl"})
    assert content.languages("missing") == frozenset()


def test_structures_are_frozen_and_slotted(content: ContentSet) -> None:
    card = content.deck("testcards").card("story-proud")
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.id = "other"  # type: ignore[misc]  # on purpose: refused at run time
    assert not hasattr(card, "__dict__")
    with pytest.raises(TypeError):
        content.decks["x"] = content.deck("testcards")  # type: ignore[index]  # on purpose: refused at run time


def test_dataclasses_reject_unknown_fields() -> None:
    with pytest.raises(TypeError):
        Card("a", "b", CardKind.QUESTION, colour="#000000")  # type: ignore[call-arg]  # on purpose: refused at run time


def test_content_error_format() -> None:
    error = ContentError(
        "decks/desistcards/deck.toml", "factors", 42, 'card "x" names unknown factor "y"'
    )
    assert str(error) == (
        'decks/desistcards/deck.toml:42: card "x" names unknown factor "y" (key: factors)'
    )
    assert str(ContentError("a.ftl", None, None, "broken")) == "a.ftl: broken"
    assert isinstance(error, Exception)
    assert error == ContentError("decks/desistcards/deck.toml", "factors", 42, error.message)
    assert error != ContentWarning("decks/desistcards/deck.toml", "factors", 42, error.message)


def test_problem_summary_counts_further_errors() -> None:
    errors = (ContentError("f", None, 1, "first"), ContentError("f", None, 2, "second"))
    problem = ContentProblem("mydeck", "/home/u/decks/mydeck", errors)
    assert problem.summary == (
        "Skipped deck mydeck (/home/u/decks/mydeck): 2 problems, the first at f:1"
        " — `desistkit deck check` lists them"
    )
    assert ContentProblem("mydeck", "/d", errors[1:]).summary.endswith(
        "one problem, at f:2 — `desistkit deck check` lists them"
    )
    extension = ContentProblem("desistcards", "/u/desistcards", errors[:1], extension=True)
    assert extension.summary.startswith("Skipped additions to deck desistcards")


def test_toml_locator_tables_keys_and_multiline_values() -> None:
    text = (
        "schema = 1\n"  # 1
        "\n"
        "[deck]\n"  # 3
        'id = "x"\n'  # 4
        "\n"
        "[[card]]  # first\n"  # 6
        'id = "a"\n'  # 7
        'note = """\n'  # 8
        "kind = not a key\n"  # 9
        '"""\n'  # 10
        "factors = [\n"  # 11
        '  "b",\n'
        "]\n"
        "kind = 'question'\n"  # 14
        "[[card]]\n"  # 15
        'id = "c"\n'  # 16
    )
    locator = TomlLocator(text)
    assert locator.line(None, None, "schema") == 1
    assert locator.line("deck", None, "id") == 4
    assert locator.line("card", 0, "id") == 7
    assert locator.line("card", 0, "factors") == 11
    assert locator.line("card", 0, "kind") == 14
    assert locator.line("card", 1, "id") == 16
    assert locator.line("card", 1, "kind") == 15  # absent: the header
    assert locator.line("card", 7, "id") == 1  # no such table
    assert locator.first("card") == 6
