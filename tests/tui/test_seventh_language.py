"""Adding a language is one registry entry plus its files.

A made-up seventh language, ``xx`` ("Xish", with Hindi's plural rules and dates), is
added the way a translator would add a real one: its ``locales/xx/`` folder and a
``decks/*/xx.ftl`` file beside the shipped ones (here in a copy of the shipped content), and
one :class:`~desistkit_tui.core.languages.Language` entry in the registry. Nothing else is
touched, and the CLI, the settings, the content loader, the resolver, ``locale check``, the
case model and the screens' language pickers all take it.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from textual.widgets import Select
from textual.widgets._select import InvalidSelectValueError
from typer.testing import CliRunner

from desistkit_tui import cli
from desistkit_tui.app import create_app
from desistkit_tui.cli_content import deck_app, locale_app
from desistkit_tui.core import languages, resources
from desistkit_tui.core.cards import CardSession, from_body, to_body
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.config import ui_language
from desistkit_tui.core.content import load_content
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.i18n.check import check_locales
from desistkit_tui.core.languages import AddressForm, Language
from desistkit_tui.core.model import Case
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cards.setup import CardSetupScreen
from desistkit_tui.screens.new_case import NewCaseScreen
from tests.tui.helpers import FAST_KDF, PASSPHRASE, config, screen_text, top_screen
from tests.tui.test_cards_helpers import quick_unlock

XX = Language("xx", "Xish", "hi")
runner = CliRunner()


def _reword(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def xx_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped content copied to ``tmp_path/data`` with an ``xx`` translation (English,
    reworded where the tests look), and ``xx`` in the registry."""
    shipped = Path(str(resources.data_root()))
    data = tmp_path / "data"
    shutil.copytree(shipped / "locales", data / "locales")
    shutil.copytree(shipped / "decks", data / "decks")
    xx = data / "locales" / "xx"
    shutil.copytree(data / "locales" / "en", xx)
    _reword(xx / "ui.ftl", "unlock-title = Unlock the vault", "unlock-title = Xx unlock")
    for deck in (data / "decks").iterdir():
        shutil.copyfile(deck / "en.ftl", deck / "xx.ftl")
    _reword(
        data / "decks" / "desistcards" / "xx.ftl",
        "card-my-story-three-words-title = Three words about me",
        "card-my-story-three-words-title = Xx three words",
    )
    monkeypatch.setattr(resources, "data_root", lambda: data)
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, XX))
    return data


@pytest.mark.usefixtures("xx_content")
def test_the_core_takes_a_seventh_language() -> None:
    # Settings: --lang, DESISTKIT_LANG and the system locale.
    assert ui_language("xx", {}) == "xx"
    assert ui_language(None, {"DESISTKIT_LANG": "xx"}) == "xx"
    assert ui_language(None, {"LANG": "xx_XX.UTF-8"}) == "xx"
    # The content loader takes decks/*/xx.ftl (and warns of nothing).
    content = load_content(user_decks=False)
    assert "xx" in content.languages("desistcards")
    assert "xx" in content.languages("casereflector")
    assert not [w for w in content.warnings if "xx" in w.message]
    # The resolver: its own words, its fallback, its name, its dates and plurals.
    loc = Localizer.create("xx", content)
    assert loc("unlock-title") == "Xx unlock"
    assert loc("key-back") == "Back" == Localizer.create("en")("key-back")
    assert languages.fallback_chain("xx") == ("xx", "en")
    deck = content.deck("desistcards")
    assert loc.for_deck(deck).card_text("my-story-three-words", "title") == "Xx three words"
    assert loc.language_name("xx") == "Xish"  # no "language-xx" message anywhere: its own name
    assert Localizer.create("de").language_name("pl") == "Polski (Polnisch)"
    assert loc.format_date(date(2026, 3, 14)) == "14 मार्च 2026"  # not "Mar 14, 2026"
    assert loc.plural_category(0) == "one"  # not "other", as in English
    assert loc("cases-count", shown=0, total=0) == "0 of 0 case"  # Fluent follows the same rule
    assert Localizer.create("en")("cases-count", shown=0, total=0) == "0 of 0 cases"
    # Saved data: a case and a card session in xx read back.
    case = Case(id="c1", code="K-7", language="xx", created=datetime(2026, 3, 14, tzinfo=UTC))
    assert Case.from_doc(case.to_doc(), "case.toml").language == "xx"
    session = CardSession.start(deck, date(2026, 3, 14), 7, "xx", "en")
    assert from_body(to_body(session), "draft", content.decks).lang == "xx"


def test_locale_check_takes_a_seventh_language(
    xx_content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = load_content(user_decks=False)
    reports = {r.lang: r for r in check_locales(content).languages}
    assert list(reports) == ["en", "de", "pl", "mk", "sk", "ro", "xx"]
    xx = reports["xx"]
    assert xx.status == "checked" and not xx.errors
    assert xx.translated == xx.messages == reports["en"].messages

    def address_warnings() -> int:
        report = check_locales(content, ["xx"]).languages[0]
        return sum("has no $address select" in f.message for f in report.warnings)

    # Whether the grammar tells formal from informal address is the registry's to say.
    assert address_warnings() == 0
    both = Language("xx", "Xish", "hi", (AddressForm.FORMAL, AddressForm.INFORMAL))
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES[:-1], both))
    assert address_warnings() > 0


def test_the_cli_takes_a_seventh_language(xx_content: Path, tmp_path: Path) -> None:
    shown = runner.invoke(
        deck_app, ["show", "desistcards", "--lang", "xx", "--card", "my-story-three-words"]
    )
    assert shown.exit_code == 0, shown.output
    assert "Xx three words  [my-story-three-words, question]" in shown.stdout
    checked = runner.invoke(locale_app, ["check", "--lang", "xx"])
    assert checked.exit_code == 0, checked.output
    assert "xx: " in checked.stdout and ", 0 errors" in checked.stdout
    unknown = runner.invoke(deck_app, ["show", "desistcards", "--lang", "zz"])
    assert unknown.exit_code != 0 and "en, de, pl, mk, sk, ro, xx" in unknown.output
    # A case whose person speaks xx.
    path = tmp_path / "vault"
    Vault.create(path, Secret.from_text(PASSPHRASE), "anna", kdf=FAST_KDF)[0].lock()
    (tmp_path / "pw").write_text(PASSPHRASE + "\n")
    added = runner.invoke(
        cli.case_app,
        ["add", "K-7", "--language", "xx", "--passphrase-file", str(tmp_path / "pw")],
        env={"DESISTKIT_VAULT": str(path)},
    )
    assert added.exit_code == 0, added.output
    vault = Vault.unlock(path, Secret.from_text(PASSPHRASE))
    try:
        [summary] = vault.summaries()
        with vault.open_case(summary.id) as handle:
            assert handle.case.language == "xx"
    finally:
        vault.lock()


@pytest.mark.usefixtures("xx_content")
async def test_the_screens_offer_a_seventh_language(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, Secret.from_text(PASSPHRASE), "anna", kdf=FAST_KDF)
    vault.create_case("K-7", language="xx")
    vault.lock()
    app = create_app(replace(config(path), ui_language="xx"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Xx unlock" in screen_text(app)  # the interface in xx
        await quick_unlock(pilot)
        await pilot.press("f2")  # a new case: the person's language picker
        await pilot.pause()
        picker = top_screen(app, NewCaseScreen).query_one("#language", Select)
        assert picker.value == "xx"  # the interface language, by default
        assert "Xish" in screen_text(app)
        picker.value = "de"
        picker.value = "xx"
        with pytest.raises(InvalidSelectValueError):
            picker.value = "zz"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # the case: its profile names the language
        await pilot.pause()
        assert "Xish" in screen_text(app)
        await pilot.press("f4")  # cards: the card language picker
        await pilot.pause()
        setup = top_screen(app, CardSetupScreen)
        assert setup.query_one("#cards-lang", Select).value == "xx"
        setup.query_one("#cards-lang2", Select).value = "en"
        assert "Xish" in screen_text(app)
