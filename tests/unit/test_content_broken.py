"""Broken fixture decks: each is skipped with the right message, file, key and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desistkit_tui.core.content import ContentError, ContentSet, load_content

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "decks"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"

CASES = [
    # (folder, file, line, key, message fragment)
    ("bk-unknown-key", "deck.toml", 26, "colour", 'card "story-two" has unknown key "colour"'),
    (
        "bk-duplicate-id",
        "deck.toml",
        22,
        "id",
        'card "story-one" is defined twice (first at line 16)',
    ),
    (
        "bk-dangling-factor",
        "deck.toml",
        25,
        "factors",
        'card "story-two" names unknown factor "nope"',
    ),
    ("bk-dangling-area", "catalogue.toml", 13, "area", 'factor "friends" names unknown area'),
    ("bk-bad-fluent", "en.ftl", 7, None, 'Fluent syntax error: E0003: Expected token: "="'),
    (
        "bk-missing-default",
        "en.ftl",
        12,
        "card-story-two",
        "E0010: Expected one of the variants to be marked as default (*)",
    ),
    (
        "bk-missing-message",
        "deck.toml",
        22,
        "id",
        'card "story-two" has no English text "card-story-two-title"',
    ),
    ("bk-unsupported-schema", "deck.toml", 1, "schema", "unsupported schema version 2"),
    ("bk-bad-symbol", "deck.toml", 11, "symbol", 'symbol "ab" must be exactly one Unicode glyph'),
    (
        "bk-options-on-question",
        "deck.toml",
        20,
        "options",
        "is a question card; only resource cards have options",
    ),
    ("bk-bad-toml", "deck.toml", 10, None, "not valid TOML"),
    ("bk-no-english", "deck.toml", None, None, "no English texts"),
]


def _load(folder: str) -> ContentSet:
    return load_content(BROKEN / folder, shipped=GOOD, strict=True)


@pytest.mark.parametrize(("folder", "file", "line", "key", "fragment"), CASES)
def test_broken_deck_is_skipped_with_a_located_error(
    folder: str, file: str, line: int | None, key: str | None, fragment: str
) -> None:
    content = _load(folder)
    assert folder not in content.decks and folder not in content.catalogues
    [problem] = content.problems
    assert problem.deck_id == folder
    assert problem.source == str(BROKEN / folder)
    matching = [e for e in problem.errors if fragment in e.message]
    assert matching, [str(e) for e in problem.errors]
    error = matching[0]
    assert isinstance(error, ContentError)
    assert error.file == str(BROKEN / folder / file)
    assert error.line == line
    assert error.key == key
    where = f"{error.file}:{line}" if line is not None else error.file
    assert str(error).startswith(f"{where}: ")
    # The shipped fixture decks are untouched by the broken user deck.
    assert list(content.decks) == ["testcards"]
    assert list(content.catalogues) == ["testcat"]


def test_one_error_only_where_one_thing_is_wrong() -> None:
    """A bad field does not cascade into errors about references to the item."""
    for folder in ("bk-unknown-key", "bk-bad-symbol", "bk-dangling-factor", "bk-duplicate-id"):
        [problem] = _load(folder).problems
        assert len(problem.errors) == 1, [str(e) for e in problem.errors]


def test_every_broken_deck_at_once_leaves_the_good_ones() -> None:
    content = load_content(BROKEN, shipped=GOOD, strict=True)
    assert sorted(p.deck_id for p in content.problems) == sorted(
        p.name for p in BROKEN.iterdir() if p.is_dir()
    )
    assert list(content.decks) == ["testcards"]


def test_structure_checks_in_memory(tmp_path: Path) -> None:
    deck = tmp_path / "decks" / "d"
    deck.mkdir(parents=True)
    (deck / "deck.toml").write_text(
        "schema = 1\n"
        "extra = 1\n"
        "[deck]\n"
        'id = "d"\n'
        'kind = "catalogue"\n'
        'version = "one"\n'
        'catalogue = "testcat"\n'
        "[[category]]\n"
        'id = "Bad Id"\n'
        'symbol = "◆"\n'
        'ascii = "SSS"\n'
        'colour = "red"\n'
        "[[card]]\n"
        'id = "c"\n'
        'category = "s"\n'
        'kind = "riddle"\n'
        'factors = "family"\n'
        "[[card]]\n"
        'id = "r"\n'
        'category = "s"\n'
        'kind = "resource"\n'
        'options = ["a", "b", "c"]\n',
        encoding="utf-8",
    )
    (deck / "en.ftl").write_text("", encoding="utf-8")
    content = load_content(tmp_path / "decks", shipped=GOOD)
    [problem] = content.problems
    found = {(e.line, e.key): e.message for e in problem.errors}
    assert 'unknown key "extra"' in found[(2, "extra")]
    assert '[deck] kind is "catalogue"' in found[(5, "kind")]
    assert "must be a version like 1.0.0" in found[(6, "version")]
    assert "is not a valid id" in found[(9, "id")]
    assert "one or two printable ASCII" in found[(11, "ascii")]
    assert "#RRGGBB" in found[(12, "colour")]
    assert 'kind "riddle" is not one of question, statement, scale, resource' in found[(16, "kind")]
    assert "must be a list of ids, not a string" in found[(17, "factors")]
    assert "has 3 ids; it needs 4 to 10" in found[(22, "options")]


def test_missing_keys_point_at_the_table(tmp_path: Path) -> None:
    cat = tmp_path / "c"
    cat.mkdir()
    (cat / "catalogue.toml").write_text(
        'schema = 1\n[deck]\nid = "c"\nkind = "catalogue"\nversion = "1.0.0"\n'
        '[[area]]\nid = "a"\n[[factor]]\nid = "f"\narea = "a"\n'
        'caseworker_questions = ["q1"]\n',
        encoding="utf-8",
    )
    (cat / "en.ftl").write_text("area-a = A\narea-a-description = A.\n", encoding="utf-8")
    [problem] = load_content(cat, shipped=GOOD).problems
    found = {(e.line, e.key): e.message for e in problem.errors}
    assert found[(8, "person_questions")] == 'factor "f" is missing key "person_questions"'
    assert "has 1 ids; it needs 2 to 4" in found[(11, "caseworker_questions")]


def test_unsafe_characters_and_encoding(tmp_path: Path) -> None:
    deck = tmp_path / "bk"
    deck.mkdir()
    toml = (BROKEN / "bk-unknown-key" / "deck.toml").read_text(encoding="utf-8")
    (deck / "deck.toml").write_text(
        toml.replace("bk-unknown-key", "bk").replace('colour = "#000000"\n', ""), encoding="utf-8"
    )
    en = (BROKEN / "bk-unknown-key" / "en.ftl").read_text(encoding="utf-8")
    (deck / "en.ftl").write_text(en.replace("Two", "T\x1b[31mwo"), encoding="utf-8")
    (deck / "pl.ftl").write_bytes(b"card-story-one = \xff\n")
    [problem] = load_content(deck, shipped=GOOD, strict=True).problems
    messages = {(Path(e.file).name, e.line): e.message for e in problem.errors}
    assert "control character U+001B" in messages[("en.ftl", 7)]
    assert "not UTF-8" in messages[("pl.ftl", 1)]


# -- hostile files in a user deck: skipped and named, never a crash (issue 13, item 7) --------

_DEEP_TOML = b"\nnested = " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
_DEEP_FTL = b"card-story-proud-title = " + b"{ " * 3000 + b'"x"' + b" }" * 3000 + b"\n"


def _user_deck(tmp_path: Path, deck: bytes = b"", en: bytes = b"", de: bytes = b"") -> Path:
    """The good test deck as a user deck "mine", with bytes added to its files."""
    source = GOOD / "testcards"
    folder = tmp_path / "decks" / "mine"
    folder.mkdir(parents=True)
    toml = (source / "deck.toml").read_bytes().replace(b'id = "testcards"', b'id = "mine"')
    (folder / "deck.toml").write_bytes(deck + toml if deck.startswith(b"\xff") else toml + deck)
    (folder / "en.ftl").write_bytes((source / "en.ftl").read_bytes() + en)
    if de:
        (folder / "de.ftl").write_bytes(de)
    return folder.parent


@pytest.mark.parametrize(
    ("files", "fragment"),
    [
        ({"deck": b"\xff"}, "not UTF-8"),  # one byte: it was an IndexError, at every unlock
        ({"deck": _DEEP_TOML}, "nested far too deeply"),  # it was a RecursionError
        ({"en": b"\n" + _DEEP_FTL}, "nested far too deeply"),
    ],
)
def test_a_hostile_user_deck_is_skipped_and_named(
    tmp_path: Path, files: dict[str, bytes], fragment: str
) -> None:
    content = load_content(_user_deck(tmp_path, **files), shipped=GOOD)
    [problem] = content.problems
    assert problem.deck_id == "mine" and problem.source.endswith("mine")
    assert fragment in problem.errors[0].message
    assert "mine" in problem.summary
    assert set(content.decks) == {"testcards"}  # the shipped decks are unharmed


def test_a_deeply_nested_translation_falls_back_to_english(tmp_path: Path) -> None:
    from desistkit_tui.core.i18n import Texts

    content = load_content(_user_deck(tmp_path, de=_DEEP_FTL), shipped=GOOD)
    assert content.problems == ()  # only `deck check` (strict) parses translations fully
    assert Texts(content).card_text("story-proud", "de", part="title", deck="mine") == "Proud"
    strict = load_content(tmp_path / "decks", shipped=GOOD, strict=True)
    [problem] = strict.problems
    assert "nested far too deeply" in problem.errors[0].message
