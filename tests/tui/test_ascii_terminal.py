"""Where the locale is not UTF-8 the app draws in ASCII, cell for cell (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from desistkit_tui.app import create_app
from desistkit_tui.terminal import ascii_text, terminal_is_utf8
from tests.tui.helpers import config, make_vault, screen_text, unlock


@pytest.mark.parametrize(
    ("environ", "utf8"),
    [
        ({"LANG": "C.UTF-8"}, True),
        ({"LANG": "de_DE.utf8"}, True),
        ({"LANG": "pl_PL.UTF-8", "LC_ALL": "C"}, False),
        ({"LANG": "C", "LC_ALL": "C"}, False),
        ({"LANG": "C", "LC_CTYPE": "C.UTF-8"}, False),  # Python's PEP 538 coercion
        ({"LC_CTYPE": "C.UTF-8"}, False),  # the same, with no LANG at all
        ({"LANG": "C", "LC_CTYPE": "en_US.UTF-8"}, True),
        ({"LANG": "de_DE.ISO-8859-1"}, False),
        ({}, False),
    ],
)
def test_utf8_is_what_the_locale_says(environ: dict[str, str], utf8: bool) -> None:
    assert terminal_is_utf8(environ) is utf8


def test_ascii_stand_ins_keep_every_width() -> None:
    for text in (
        "╭──╮ │x│ ╰──╯",
        "⏎ Open ▏^p",
        "○ ◐ ● ⟳ — …",
        "◉ ↷ ⇧ ✎ § ⌛ ⏰ ▸",
        "Bäckerei Ștefan Łódź Maß",
        "Тетка 日本",
    ):
        plain = ascii_text(text)
        assert plain.isascii(), plain
        assert cell_len(plain) == cell_len(text), (text, plain)
    assert ascii_text("╭─╮") == "+-+"
    assert ascii_text("Bäckerei") == "Backerei"
    # A Macedonian caseworker under LANG=C reads romanised words, not question marks.
    assert ascii_text("Следна средба, Шифра") == "Sledna sredba, Sifra"
    assert ascii_text("Тетка") == "Tetka"
    # every mark the app draws has a stand-in of its own: a chosen answer is not a "?"
    assert ascii_text("◉ ○ ↷ ✓ § ⌛") == "@ o > v S !!"


async def test_the_app_draws_nothing_but_ascii_when_asked(tmp_path: Path) -> None:
    app = create_app(config(make_vault(tmp_path / "vault", ("K-1",))), ascii_only=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "K-1" in text and text.isascii(), text


def test_every_character_the_app_ships_has_an_ascii_stand_in() -> None:
    """No letter or mark of the interface, the decks or the code becomes "?" under LANG=C
    (CJK and the like, which nothing ships, still would)."""
    root = Path(__file__).resolve().parents[2]
    files = [
        *root.glob("locales/*/*.ftl"),
        *root.glob("decks/**/*.ftl"),
        *root.glob("desistkit_tui/**/*.py"),
    ]
    shipped = set().union(*(set(f.read_text(encoding="utf-8")) for f in files))
    missing = sorted(c for c in shipped if not c.isascii() and "?" in ascii_text(c))
    assert missing == []
