"""User decks: whole new decks, extensions of shipped decks, text overrides, broken ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desistkit_tui.core.content import default_content, load_content, user_decks_dir
from desistkit_tui.core.i18n import Texts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "decks"
GOOD = FIXTURES / "good"
USER = FIXTURES / "user"


def test_user_deck_extends_and_overrides_a_shipped_deck() -> None:
    content = load_content(USER / "extend", shipped=GOOD, strict=True)
    assert content.problems == ()
    deck = content.deck("testcards")
    assert [c.id for c in deck.categories] == ["story", "strengths", "future"]
    assert [c.id for c in deck.cards][-2:] == ["future-next-step", "story-local"]
    assert deck.card("story-local").category == "story"  # a shipped category
    assert content.origins["testcards"] == ("decks/testcards", str(USER / "extend" / "testcards"))
    texts = Texts(content)
    # The user's en.ftl overrides the shipped title; Polish keeps the shipped text.
    assert texts.card_text("story-turning-point", "en", part="title", deck="testcards") == (
        "My turning point"
    )
    assert texts.card_text("story-turning-point", "pl", part="title", deck="testcards") == (
        "Punkt zwrotny"
    )
    assert texts.card_text("future-next-step", "en", deck="testcards") == "What is your next step?"
    # A new card without Polish text falls back to English in Polish.
    assert texts.card_text("future-next-step", "pl", deck="testcards") == "What is your next step?"


def test_text_only_user_folder_overrides_a_catalogue_title() -> None:
    content = load_content(USER / "extend", shipped=GOOD)
    assert content.origins["testcat"][-1] == str(USER / "extend" / "testcat")
    texts = Texts(content)
    assert texts.factor_title("family", "en", catalogue="testcat") == "Family (our wording)"
    assert texts.factor_title("work", "en", catalogue="testcat") == "Work and the day"


def test_user_deck_adds_a_whole_deck() -> None:
    content = load_content(USER / "extend", shipped=GOOD)
    assert list(content.decks) == ["testcards", "mydeck"]
    mydeck = content.deck("mydeck")
    assert mydeck.version == "0.1.0"
    assert [c.id for c in mydeck.cards] == ["team-question"]
    assert Texts(content).category_name("team", "en", deck="mydeck") == "Team"


def test_broken_user_extension_is_skipped_and_shipped_deck_stays() -> None:
    content = load_content(USER / "broken-extension", shipped=GOOD)
    [problem] = content.problems
    assert problem.deck_id == "testcards"
    assert problem.extension
    assert problem.source == str(USER / "broken-extension" / "testcards")
    [error] = problem.errors
    assert error.line == 11 and error.key == "category"
    assert 'names unknown category "nowhere"' in error.message
    assert problem.summary.startswith("Skipped additions to deck testcards (")
    deck = content.deck("testcards")
    assert len(deck.cards) == 4 and not deck.has_card("lost-card")
    assert content.origins["testcards"] == ("decks/testcards",)
    # Its texts were not applied either; the good deck beside it loaded.
    title = Texts(content).card_text("story-turning-point", "en", part="title", deck="testcards")
    assert title == "A turning point"
    assert "extra" in content.decks


def test_texts_without_structure_and_without_a_deck_to_extend(tmp_path: Path) -> None:
    (tmp_path / "ghost").mkdir()
    (tmp_path / "ghost" / "en.ftl").write_text("card-x = X\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    content = load_content(tmp_path, shipped=GOOD)
    [problem] = content.problems
    assert problem.deck_id == "ghost"
    assert "no deck.toml or catalogue.toml" in problem.errors[0].message


def test_user_catalogue_cannot_extend_a_card_deck(tmp_path: Path) -> None:
    folder = tmp_path / "testcards"
    folder.mkdir()
    (folder / "catalogue.toml").write_text(
        'schema = 1\n[deck]\nid = "testcards"\nkind = "catalogue"\nversion = "1.0.0"\n',
        encoding="utf-8",
    )
    content = load_content(tmp_path, shipped=GOOD)
    [problem] = content.problems
    assert problem.extension
    assert "cannot extend it" in problem.errors[0].message
    assert len(content.deck("testcards").cards) == 4


def test_default_user_dir_follows_desistkit_config_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESISTKIT_CONFIG_DIR", str(tmp_path))
    assert user_decks_dir() == tmp_path / "decks"
    (tmp_path / "decks").symlink_to(USER / "extend", target_is_directory=True)
    content = load_content(shipped=GOOD)
    assert content.user_dir == tmp_path / "decks"
    assert "mydeck" in content.decks


def test_default_content_is_loaded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESISTKIT_CONFIG_DIR", str(tmp_path))
    default_content.cache_clear()
    try:
        first = default_content()
        assert default_content() is first
        assert first.user_dir == tmp_path / "decks"
        assert "desistcards" in first.decks
    finally:
        default_content.cache_clear()


def test_missing_user_dir_is_fine(tmp_path: Path) -> None:
    content = load_content(tmp_path / "nothing-here", shipped=GOOD)
    assert content.problems == ()
    assert list(content.decks) == ["testcards"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_user_deck_is_reported_not_raised(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "deck.toml").write_text("schema = 1\n", encoding="utf-8")
    (folder / "deck.toml").chmod(0)
    try:
        content = load_content(tmp_path, shipped=GOOD)
    finally:
        (folder / "deck.toml").chmod(0o600)
    [problem] = content.problems
    assert "cannot read it" in problem.errors[0].message


def test_folders_named_like_files_are_ignored(tmp_path: Path) -> None:
    """Only files count: an ``en.ftl`` folder is not a text file, an empty TOML is an error."""
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "deck.toml").write_text("", encoding="utf-8")
    (folder / "en.ftl").mkdir()  # not a file: ignored
    content = load_content(tmp_path, shipped=GOOD)
    [problem] = content.problems
    assert problem.deck_id == "odd"
    assert "missing schema = 1" in problem.errors[0].message
