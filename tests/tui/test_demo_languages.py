"""The demo speaks the trainer's language (issue 16): its fictional cases, goals, reflections
and card session are written in the demo's language, and every screen carries a DEMO mark."""

from __future__ import annotations

from datetime import date

import pytest

from desistkit_tui.app import create_app
from desistkit_tui.core import languages
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.demo import DemoVault
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.screens.cards.setup import CardSetupScreen
from desistkit_tui.screens.cards.table import CardTableScreen
from desistkit_tui.screens.case import CaseScreen
from tests.tui.helpers import screen_text, settle, top_screen

#: A goal, a reflection's resource, a card session's note: in the demo's language (the
#: feminine forms where the language has them: DEMO-01 is a woman addressed informally).
EXPECTED = {
    "en": ("Finish the bakery internship", "myself"),
    "de": ("Das Praktikum in der Bäckerei abschließen", "selbst"),
    "pl": ("Ukończyć staż w piekarni", "sama"),
    "mk": ("Да ја заврши праксата во пекарата", "сама"),
    "sk": ("Dokončiť stáž v pekárni", "sama"),
    "ro": ("Să termine stagiul la brutărie", "singură"),
}


def test_every_language_has_its_own_demo_texts() -> None:
    assert set(EXPECTED) == set(languages.codes())
    english = Localizer.create("en")
    for lang in languages.codes():
        t = Localizer.create(lang)
        assert t("demo-goal") == EXPECTED[lang][0]
        assert EXPECTED[lang][1] in t("demo-goal-own-words")
        if lang != "en":
            assert t("demo-aunt") != english("demo-aunt")


@pytest.mark.parametrize("lang", sorted(EXPECTED))
async def test_the_demo_is_written_and_marked_in_its_language(lang: str) -> None:
    demo = DemoVault(date(2026, 3, 14), lang)
    t = Localizer.create(lang)
    mark = t("demo-mark")
    try:
        app = create_app(
            AppConfig(vault=demo.vault.root, ui_language=lang, cursor_blink=False), demo=demo
        )
        async with app.run_test(size=(60, 20)) as pilot:
            await settle(pilot)
            assert mark in screen_text(app).splitlines()[0]  # the case list
            blank = app.screen.active_bindings["f12"].binding  # the trainer's key, in the footer
            assert blank.show and blank.description == t("key-blank")
            await pilot.press("enter")
            await settle(pilot)
            assert top_screen(app, CaseScreen).workspace.case.language == lang  # type: ignore[union-attr]
            text = screen_text(app)
            assert mark in text.splitlines()[0]
            # The goals section (below the fold at 60x20 in some languages) in the demo's words.
            assert EXPECTED[lang][0] in str(app.screen.query_one("#plan").render())
            await pilot.press("enter")  # the newest session: a reflection
            await settle(pilot)
            text = screen_text(app)
            assert mark in text.splitlines()[0]
            assert t("demo-course") in text
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("down", "enter")  # the card session, with its notes
            await settle(pilot)
            text = screen_text(app)
            assert mark in text.splitlines()[0]
            assert t("demo-card-note-story").split()[1] in text
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("f4")
            await settle(pilot)
            top_screen(app, CardSetupScreen)
            assert mark in screen_text(app).splitlines()[0]
            await pilot.press("f5")
            await settle(pilot)
            top_screen(app, CardTableScreen)
            await pilot.press("f2", "f5")  # draw a card, the presenter's view
            await settle(pilot)
            assert mark in screen_text(app).splitlines()[0]
    finally:
        demo.close()
