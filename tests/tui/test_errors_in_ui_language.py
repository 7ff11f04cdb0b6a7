"""Errors speak the interface language: a wrong passphrase on the unlock screen, a damaged
session file in the case overview and a skipped user deck, in German and in Macedonian."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.unlock import UnlockScreen
from desistkit_tui.widgets.plain import PlainLabel
from tests.tui.helpers import PASSPHRASE, config, make_vault, unlock
from tests.tui.reflection_helpers import make_case_vault
from tests.tui.test_content_at_start import BROKEN
from tests.tui.test_reflection_flow import open_case

#: What each error must say (parts of it), per language; English must not show.
EXPECTED = {
    "de": {
        "wrong": (
            "Mit dieser Passphrase ließ sich der Tresor nicht entsperren – prüfen Sie die "
            "Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut"
        ),
        "problems": "Einige Sitzungen ließen sich nicht lesen:",
        "tampered": "hat die Integritätsprüfung nicht bestanden – stellen Sie diese Datei aus "
        "einer Sicherung wieder her",
        "deck": "Kartensatz my-cards übersprungen (",
        "deck-count": "): ein Problem, in ",
        "deck-hint": "– `desistkit deck check` listet sie auf",
        "title": "Ein Kartensatz konnte nicht geladen werden",
    },
    "mk": {
        "wrong": (
            "Со таа лозинка сефот не се отклучи – проверете го Caps Lock и распоредот на "
            "тастатурата, па обидете се повторно"
        ),
        "problems": "Некои сесии не можеа да се прочитаат:",
        "tampered": "не ја помина проверката на интегритетот – вратете ја оваа датотека од "
        "резервна копија",
        "deck": "Шпилот my-cards е прескокнат (",
        "deck-count": "): еден проблем, во ",
        "deck-hint": "– `desistkit deck check` ги наведува сите",
        "title": "Еден шпил не можеше да се вчита",
    },
}
LANGS = sorted(EXPECTED)


def _app(vault: Path, lang: str, user_decks: Path | None = None) -> DesistKitApp:
    return create_app(replace(config(vault), ui_language=lang, user_decks=user_decks))


def _text(label: PlainLabel) -> str:
    return str(label.content)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_wrong_passphrase_is_told_in_the_interface_language(
    tmp_path: Path, lang: str
) -> None:
    app = _app(make_vault(tmp_path / "vault"), lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "not the passphrase")
        assert isinstance(app.screen, UnlockScreen)
        message = _text(app.screen.query_one("#message", PlainLabel))
        assert message == EXPECTED[lang]["wrong"]
        assert "did not unlock" not in message


def _damage_a_session(path: Path) -> str:
    """Save a reflection-like session, then flip a byte of its file: it fails its check."""
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        case_id = vault.summaries()[0].id
        with vault.open_case(case_id) as handle:
            session_id = handle.save_session(SessionKind.CARDS, {"type": "cards"})
        (file,) = (path / "cases" / case_id / "sessions").glob(f"{session_id}*")
    finally:
        vault.lock()
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    file.write_bytes(bytes(data))
    return session_id


@pytest.mark.parametrize("lang", LANGS)
async def test_a_damaged_session_file_is_told_in_the_interface_language(
    tmp_path: Path, lang: str
) -> None:
    path = make_case_vault(tmp_path / "vault")
    session_id = _damage_a_session(path)
    app = _app(path, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot)
        problems = app.screen.query_one("#problems", PlainLabel)
        assert problems.display
        heading, line = _text(problems).splitlines()
        assert heading == EXPECTED[lang]["problems"]
        assert session_id in line and EXPECTED[lang]["tampered"] in line
        assert "integrity" not in line and "backup" not in line


@pytest.mark.parametrize("lang", LANGS)
async def test_a_skipped_user_deck_is_told_in_the_interface_language(
    tmp_path: Path, lang: str
) -> None:
    user_decks = tmp_path / "decks"
    (user_decks / "my-cards").mkdir(parents=True)
    (user_decks / "my-cards" / "deck.toml").write_text(BROKEN)
    (user_decks / "my-cards" / "en.ftl").write_text("x = y\n")
    app = _app(make_vault(tmp_path / "vault"), lang, user_decks=user_decks)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        for _ in range(100):  # the list paints, then the content loads in the background
            await pilot.pause(0.05)
            if app.content is not None:
                break
        await app.workers.wait_for_complete()
        await pilot.pause()
        (notice,) = [n for n in app._notifications if "my-cards" in n.message]
        expected = EXPECTED[lang]
        assert notice.title == expected["title"]
        assert notice.message.startswith(expected["deck"])
        assert expected["deck-count"] in notice.message
        assert notice.message.endswith(expected["deck-hint"])
        assert "my-cards/deck.toml:8" in notice.message  # where the author looks
        assert "Skipped" not in notice.message and "problem" not in notice.message
