"""``locale check``: missing, identical, mismatched and incomplete translations."""

from __future__ import annotations

from pathlib import Path

import pytest

from desistkit_tui.core.content import Severity, load_content
from desistkit_tui.core.i18n.check import LanguageReport, check_language, check_locales

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DECKS = FIXTURES / "decks" / "locale-check"
LOCALES = FIXTURES / "locales" / "check"


@pytest.fixture(scope="module")
def report() -> dict[str, LanguageReport]:
    content = load_content(user_decks=False, shipped=DECKS)
    assert content.problems == ()
    return {r.lang: r for r in check_locales(content, locales=LOCALES).languages}


def _found(report: LanguageReport) -> set[tuple[str, str, int | None, str | None, str]]:
    return {(f.severity.value, f.file, f.line, f.key, f.message) for f in report.findings}


def test_languages_without_files_are_not_yet_translated(report: dict[str, LanguageReport]) -> None:
    for lang in ("de", "mk", "ro"):
        assert report[lang].status == "not-translated"
        assert report[lang].findings == ()
    assert report["en"].status == "reference"
    assert report["en"].messages == 13


def test_polish_findings(report: dict[str, LanguageReport]) -> None:
    pl = report["pl"]
    assert pl.status == "checked"
    assert (pl.messages, pl.translated) == (13, 11)
    assert _found(pl) == {
        ("error", "locales/pl/ui.ftl", None, "goodbye", "missing (English: locales/en/ui.ftl:9)"),
        (
            "error",
            "locales/pl/ui.ftl",
            3,
            "cards-left",
            "plural select on $count lacks [many] — pl uses one, few, many, other",
        ),
        ("error", "locales/pl/ui.ftl", 8, "greeting", "uses $user, which English does not pass"),
        ("error", "locales/pl/ui.ftl", 8, "greeting", "does not use $name, which English shows"),
        ("warning", "locales/pl/ui.ftl", 9, "saved", "still identical to English"),
        ("warning", "locales/pl/ui.ftl", 10, "obsolete", "not in English (obsolete?)"),
        (
            "error",
            "decks/lccat/pl.ftl",
            None,
            "factor-friends-ask-wish",
            "missing (English: decks/lccat/en.ftl:17)",
        ),
        (
            "warning",
            "decks/lccat/pl.ftl",
            5,
            "factor-friends-cw-who",
            "English varies by $gender; this does not",
        ),
        (
            "warning",
            "decks/lccat/pl.ftl",
            6,
            "factor-friends-cw-often",
            "still identical to English",
        ),
        (
            "warning",
            "decks/lccat/pl.ftl",
            7,
            "factor-friends-ask-who",
            "speaks to the person but has no $address select (pl has formal and informal address)",
        ),
        ("warning", "locales/pl/manual.md", None, None, "no manual yet"),
    }
    assert len(pl.errors) == 5 and len(pl.warnings) == 6


def test_slovak_syntax_error_and_missing_message(report: dict[str, LanguageReport]) -> None:
    sk = report["sk"]
    errors = {(f.file, f.line, f.key, f.message) for f in sk.errors}
    assert errors == {
        ("decks/lccat/sk.ftl", 12, None, 'Fluent syntax error: E0003: Expected token: "="'),
        (
            "decks/lccat/sk.ftl",
            None,
            "factor-friends-ask-who",
            "missing (English: decks/lccat/en.ftl:12)",
        ),
    }


def test_a_language_with_some_files_must_have_all(tmp_path: Path) -> None:
    content = load_content(user_decks=False, shipped=DECKS)
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text("app-title = DesistKit\n", encoding="utf-8")
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "manual.md").write_text("# Manual\n", encoding="utf-8")
    ro = check_language(content, "ro", locales=tmp_path)
    assert ro.status == "checked"
    assert {(f.file, f.message) for f in ro.errors} == {
        ("locales/ro/ui.ftl", "missing file (1 messages to translate)"),
        ("decks/lccat/ro.ftl", "missing file (8 messages to translate)"),
    }


def test_report_fails_on_errors_only(report: dict[str, LanguageReport]) -> None:
    content = load_content(user_decks=False, shipped=DECKS)
    assert not check_locales(content, ["pl"], locales=LOCALES).ok
    assert check_locales(content, ["en", "de"], locales=LOCALES).ok
    assert all(f.severity is Severity.WARNING for f in report["pl"].warnings)
    text = str(report["pl"].errors[0])
    assert text.startswith("locales/pl/ui.ftl: error: missing")


def test_shipped_content_passes_today() -> None:
    """Only English exists: the other languages are "not yet translated", not errors."""
    content = load_content(user_decks=False)
    result = check_locales(content)
    assert result.ok, [str(f) for r in result.languages for f in r.errors]
    by_lang = {r.lang: r for r in result.languages}
    assert by_lang["en"].status == "reference"
    for lang, language in by_lang.items():
        if lang != "en" and language.status == "not-translated":
            assert language.findings == ()


def test_a_ui_message_id_in_two_ui_files_is_an_error(tmp_path: Path) -> None:
    """UI files are parsed one at a time as messages are needed: which copy wins would be
    undefined, so a second definition is refused (English and translations alike)."""
    content = load_content(user_decks=False, shipped=DECKS)
    for lang, word in (("en", "Cards"), ("pl", "Karty")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "ui.ftl").write_text(f"app-title = {word}\n", encoding="utf-8")
        (tmp_path / lang / "cards.ftl").write_text(
            f"cards-title = {word}\napp-title = {word}!\n", encoding="utf-8"
        )
    for lang in ("en", "pl"):
        found = {
            (f.file, f.line, f.key, f.message)
            for f in check_language(content, lang, locales=tmp_path).errors
        }
        assert (
            f"locales/{lang}/cards.ftl",
            2,
            "app-title",
            f"also defined in locales/{lang}/ui.ftl",
        ) in found


def test_a_manual_out_of_step_with_english_is_a_warning(tmp_path: Path) -> None:
    content = load_content(user_decks=False, shipped=DECKS)
    for lang in ("en", "sk"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "ui.ftl").write_text("app-title = DesistKit\n", encoding="utf-8")
    english = "# Manual\n\n## One\n\n```\n# not a heading\n```\n\n### One a\n\n## Two\n"
    (tmp_path / "en" / "manual.md").write_text(english, encoding="utf-8")
    (tmp_path / "sk" / "manual.md").write_text("# Príručka\n\n## Jedna\n\n## Dve\n", "utf-8")
    sk = check_language(content, "sk", locales=tmp_path)
    assert [(f.severity, f.file, f.line, f.message) for f in sk.findings if "manual" in f.file] == [
        (
            Severity.WARNING,
            "locales/sk/manual.md",
            5,
            "its sections are out of step with English (3 headings, English has 4; the first "
            "difference is at English line 9)",
        )
    ]
    # The same sections at the same levels: nothing to say.
    (tmp_path / "sk" / "manual.md").write_text(
        "# Príručka\n\n## Jedna\n\n### Jedna a\n\n## Dve\n", "utf-8"
    )
    again = check_language(content, "sk", locales=tmp_path)
    assert not [f for f in again.findings if "manual" in f.file]
