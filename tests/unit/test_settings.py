"""The settings file (core/settings.py): every setting read, every problem named with the
file, the key and the line, and the defaults kept for what is wrong."""

from __future__ import annotations

from pathlib import Path

from desistkit_tui.core.errors import SettingsProblem
from desistkit_tui.core.settings import Settings, field_docs, load_settings, settings_path


def _load(tmp_path: Path, text: str) -> tuple[Settings, list[SettingsProblem]]:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_settings(path)
    return loaded.settings, list(loaded.problems)


def test_missing_file_gives_the_defaults() -> None:
    loaded = load_settings()
    assert loaded.path == settings_path() and not loaded.exists
    assert loaded.settings == Settings() and loaded.problems == ()


def test_every_setting_is_read(tmp_path: Path) -> None:
    settings, problems = _load(
        tmp_path,
        'language = "de"\ntheme = "textual-light"\nidle_lock_minutes = 5\n'
        'autosave_seconds = 2.5\nvault = "~/cases"\nuser_decks = "/srv/decks"\n\n'
        '[keys]\n"flow.next" = "f3, ctrl+n"\ncases.open = "o"\n',
    )
    assert problems == []
    assert settings.language == "de" and settings.theme == "textual-light"
    assert settings.idle_lock_minutes == 5.0 and settings.autosave_seconds == 2.5
    assert settings.vault_path() == Path("~/cases").expanduser()
    assert settings.user_decks_path() == Path("/srv/decks")
    # Quoted or not, a binding id is one key; spaces around the keys are dropped.
    assert dict(settings.keys) == {"flow.next": "f3,ctrl+n", "cases.open": "o"}


def test_every_field_has_a_docstring() -> None:
    docs = field_docs()
    assert list(docs) == [f for f in Settings.__dataclass_fields__]
    assert all(len(doc) > 20 for doc in docs.values())


def test_syntax_error_names_file_and_line_and_keeps_all_defaults(tmp_path: Path) -> None:
    settings, problems = _load(tmp_path, 'language = "de"\ntheme = \n')
    assert settings == Settings()
    [problem] = problems
    assert problem.variant == "syntax" and problem.line == 2
    text = str(problem)
    assert str(tmp_path / "settings.toml") in text and "line 2" in text
    assert "uses the default" in text


def test_unknown_key_is_named_with_its_line_and_the_rest_is_read(tmp_path: Path) -> None:
    settings, problems = _load(tmp_path, 'language = "pl"\n\ncolour = "red"\n')
    assert settings.language == "pl"
    [problem] = problems
    assert (problem.variant, problem.key, problem.line) == ("unknown-key", "colour", 3)
    assert "line 3" in str(problem) and "“colour” is not a setting" in str(problem)


def test_wrong_type_keeps_that_default(tmp_path: Path) -> None:
    settings, problems = _load(tmp_path, 'idle_lock_minutes = "ten"\nautosave_seconds = true\n')
    assert settings.idle_lock_minutes == Settings().idle_lock_minutes
    assert settings.autosave_seconds == Settings().autosave_seconds
    assert [(p.variant, p.key, p.line) for p in problems] == [
        ("wrong-type", "idle_lock_minutes", 1),
        ("wrong-type", "autosave_seconds", 2),
    ]
    assert "must be a number" in str(problems[0])


def test_value_out_of_range_or_unknown_language(tmp_path: Path) -> None:
    settings, problems = _load(tmp_path, 'autosave_seconds = 0\nlanguage = "fr"\n')
    assert settings == Settings()
    assert [(p.variant, p.key, p.line) for p in problems] == [
        ("bad-value", "autosave_seconds", 1),
        ("bad-value", "language", 2),
    ]
    assert "allowed: en, de" in str(problems[1])


def test_a_binding_that_is_not_text(tmp_path: Path) -> None:
    settings, problems = _load(tmp_path, '[keys]\n"flow.next" = 3\n"flow.back" = "f2"\n')
    assert dict(settings.keys) == {"flow.back": "f2"}
    [problem] = problems
    assert (problem.variant, problem.key, problem.line) == ("wrong-type", "keys.flow.next", 2)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'language = "\xff"\n')
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert [p.variant for p in loaded.problems] == ["unreadable"]
