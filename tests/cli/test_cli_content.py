"""``desistkit deck …`` and ``desistkit locale …`` through Typer's CliRunner."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from desistkit_tui.cli_content import deck_app, locale_app
from desistkit_tui.core.resources import decks_root

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "decks"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the commands off the developer's real config folder."""
    config = tmp_path / "config"
    monkeypatch.setenv("DESISTKIT_CONFIG_DIR", str(config))
    return config


def test_deck_list_text(_config_dir: Path) -> None:
    result = runner.invoke(deck_app, ["list"])
    assert result.exit_code == 0, result.output
    assert "casereflector  catalogue" in result.stdout
    assert "desistcards  cards" in result.stdout
    assert re.search(r"desistcards .* languages: (\w\w, )*en\b", result.stdout)
    assert f"User decks are looked for in: {_config_dir / 'decks'}" in result.stdout
    assert "(folder does not exist)" in result.stdout


def test_deck_list_json_counts(_config_dir: Path) -> None:
    result = runner.invoke(deck_app, ["list", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    decks = {d["id"]: d for d in data["decks"]}
    cards = decks["desistcards"]
    assert cards["kind"] == "cards"
    assert cards["catalogue"] == "casereflector"
    assert sum(cards["categories"].values()) == cards["cards"] >= 60
    assert all(n >= 6 for n in cards["categories"].values())
    catalogue = decks["casereflector"]
    assert sum(catalogue["areas"].values()) == catalogue["factors"]
    assert "en" in catalogue["languages"]
    assert data["user_decks_dir"] == str(_config_dir / "decks")
    assert data["problems"] == []


def test_deck_list_reports_a_skipped_user_deck(_config_dir: Path) -> None:
    (_config_dir).mkdir()
    (_config_dir / "decks").symlink_to(FIXTURES / "broken", target_is_directory=True)
    result = runner.invoke(deck_app, ["list"])
    assert result.exit_code == 0, result.output
    assert "Skipped deck bk-unknown-key (" in result.stdout
    data = json.loads(runner.invoke(deck_app, ["list", "--json"]).stdout)
    assert any(p["deck"] == "bk-duplicate-id" for p in data["problems"])


def test_deck_show_one_card_in_each_wording() -> None:
    args = ["show", "desistcards", "--card", "my-story-nothing-to-prove"]
    woman = runner.invoke(deck_app, [*args, "--gender", "feminine"])
    man = runner.invoke(deck_app, [*args, "--gender", "masculine"])
    assert woman.exit_code == man.exit_code == 0, woman.output
    assert "real woman" in woman.stdout and "real man" in man.stdout
    assert "[my-story-nothing-to-prove, statement]" in woman.stdout
    informal = runner.invoke(
        deck_app, ["show", "desistcards", "--card", "my-story-three-words", "--address", "informal"]
    )
    formal = runner.invoke(deck_app, ["show", "desistcards", "--card", "my-story-three-words"])
    assert informal.stdout != formal.stdout


def test_deck_show_whole_deck_and_catalogue() -> None:
    deck = runner.invoke(deck_app, ["show", "desistcards"])
    assert deck.exit_code == 0, deck.output
    assert "[my-story]" in deck.stdout and "0 = " in deck.stdout  # a scale card
    catalogue = runner.invoke(deck_app, ["show", "casereflector", "--gender", "feminine"])
    assert catalogue.exit_code == 0
    assert "[family-of-origin]" in catalogue.stdout
    assert " her family " in catalogue.stdout


def test_deck_show_falls_back_to_english_with_a_note(_config_dir: Path) -> None:
    """A user deck written in English only, shown in Polish."""
    shipped = decks_root() / "desistcards"
    deck = _config_dir / "decks" / "english-only"
    deck.mkdir(parents=True)
    toml = (shipped / "deck.toml").read_text(encoding="utf-8")
    (deck / "deck.toml").write_text(
        toml.replace('id = "desistcards"', 'id = "english-only"', 1), encoding="utf-8"
    )
    (deck / "en.ftl").write_text((shipped / "en.ftl").read_text(encoding="utf-8"), "utf-8")
    result = runner.invoke(
        deck_app, ["show", "english-only", "--lang", "pl", "--card", "my-story-three-words"]
    )
    assert result.exit_code == 0
    assert "has no pl texts yet; showing English" in result.stderr
    assert "three words" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope"], "no deck 'nope'"),
        (["show", "desistcards", "--lang", "xx"], "unknown language 'xx'"),
        (["show", "desistcards", "--card", "nope"], "has no card 'nope'"),
        (["show", "casereflector", "--card", "x"], "is a catalogue of factors"),
        (["check", "/no/such/folder"], "is not a folder"),
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], message: str) -> None:
    result = runner.invoke(deck_app, args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert result.stderr.startswith("desistkit: ")
    assert "Traceback" not in result.output


def test_deck_check_an_empty_folder(tmp_path: Path) -> None:
    result = runner.invoke(deck_app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"desistkit: no decks in {tmp_path} — a deck folder holds deck.toml or catalogue.toml\n"
    )


def test_deck_check_shipped() -> None:
    result = runner.invoke(deck_app, ["check"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("2 decks OK")


def _write_deck(folder: Path, factors: str) -> Path:
    """A one-card user deck on the shipped catalogue."""
    folder.mkdir(parents=True)
    (folder / "deck.toml").write_text(
        "schema = 1\n"
        "\n"
        "[deck]\n"
        f'id = "{folder.name}"\n'
        'kind = "cards"\n'
        'version = "1.0.0"\n'
        'catalogue = "casereflector"\n'
        "\n"
        "[[category]]\n"
        'id = "team"\n'
        'symbol = "●"\n'
        'ascii = "T"\n'
        'colour = "#888888"\n'
        "\n"
        "[[card]]\n"
        'id = "team-question"\n'
        'category = "team"\n'
        'kind = "question"\n'
        f"factors = {factors}\n",
        encoding="utf-8",
    )
    (folder / "en.ftl").write_text(
        "category-team = Team\n"
        "category-team-description = Cards our team wrote.\n"
        "card-team-question-title = Our question\n"
        "card-team-question = What would you like to ask us?\n",
        encoding="utf-8",
    )
    return folder


def test_deck_check_a_good_folder(tmp_path: Path) -> None:
    folder = _write_deck(tmp_path / "teamdeck", '["family-of-origin"]')
    result = runner.invoke(deck_app, ["check", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1 deck OK"


def test_deck_check_a_broken_folder(tmp_path: Path) -> None:
    folder = _write_deck(tmp_path / "teamdeck", '["family-of-origin", "nope"]')
    result = runner.invoke(deck_app, ["check", str(folder)])
    assert result.exit_code == 1
    expected = f'{folder}/deck.toml:19: card "team-question" names unknown factor "nope"'
    assert result.stdout.strip() == f"{expected} (key: factors)"
    assert "0 decks OK, 1 skipped with 1 errors" in result.stderr


def test_deck_check_a_folder_of_decks_lists_every_error() -> None:
    result = runner.invoke(deck_app, ["check", str(FIXTURES / "broken")])
    assert result.exit_code == 1
    assert "bk-unknown-key/deck.toml:26:" in result.stdout
    assert "bk-missing-default/en.ftl:12: Fluent syntax error: E0010" in result.stdout


def test_locale_check_passes_on_the_shipped_languages() -> None:
    result = runner.invoke(locale_app, ["check"])
    assert result.exit_code == 0, result.output
    assert "en: reference" in result.stdout
    for lang in ("de", "pl", "mk", "sk", "ro"):
        assert f"\n{lang}: " in result.stdout
    single = runner.invoke(locale_app, ["check", "--lang", "pl"])
    assert single.exit_code == 0
    assert "de:" not in single.stdout


def test_locale_check_rejects_an_unknown_language() -> None:
    result = runner.invoke(locale_app, ["check", "--lang", "xx"])
    assert result.exit_code == 2
    assert "unknown language 'xx'" in result.stderr


def test_help_lists_the_commands() -> None:
    result = runner.invoke(deck_app, ["--help"])
    assert result.exit_code == 0
    for command in ("list", "show", "check"):
        assert command in result.stdout


def test_importing_the_cli_module_loads_no_heavy_modules() -> None:
    code = (
        "import sys, desistkit_tui.cli_content\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'fluent', 'babel', 'textual'})\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == ""


def test_core_content_and_i18n_do_not_import_textual() -> None:
    code = (
        "import sys, desistkit_tui.core.content, desistkit_tui.core.i18n\n"
        "import desistkit_tui.core.i18n.check\n"
        "print('textual' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
