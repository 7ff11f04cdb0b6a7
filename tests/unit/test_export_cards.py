"""Printable DesistCards (core/export/cards.py, `desistkit deck print`): every card's title and
prompt in every language, page counts by layout, the cut marks and the mirrored backs on the
page objects, reproducible bytes, user decks, the wording."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from desistkit_tui.cli_content import deck_app
from desistkit_tui.core import languages
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.content import ContentSet, load_content
from desistkit_tui.core.content.model import Deck
from desistkit_tui.core.export.cards import A4, LAYOUTS, PrintOptions, print_deck
from desistkit_tui.core.export.pdf import printable
from desistkit_tui.core.i18n import Localizer, Wording

WHEN = datetime(2026, 12, 7, tzinfo=UTC)
PT = 72 / 25.4  # PDF points per millimetre
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "decks" / "good"


@cache
def _content() -> ContentSet:
    return load_content(user_decks=False)


def _loc(lang: str, address: str = "formal", gender: str = "unspecified") -> Localizer:
    return Localizer.create(lang, _content()).with_case(lang, Wording(address, gender))


@cache
def _print(lang: str, layout: str = "8-up", one_sided: bool = False) -> bytes:
    deck = _content().deck()
    return print_deck(_loc(lang), deck, PrintOptions(lang, layout, one_sided), WHEN)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", languages.codes())
def test_every_title_and_prompt_in_every_language(lang: str) -> None:
    deck = _content().deck()
    reader = PdfReader(BytesIO(_print(lang)))
    text = _flat("".join(page.extract_text() for page in reader.pages))
    loc = _loc(lang).for_deck(deck)
    for card in deck.cards:
        for part in ("title", "text"):
            wanted = loc.card_text(card.id, part, lang)
            assert printable(wanted) == wanted  # every letter is in the font
            assert _flat(wanted) in text, (lang, card.id, part)
    assert _flat(loc.category_name("my-story", lang)) in text


def test_script_specific_letters_are_real_text() -> None:
    assert "ѓ" in PdfReader(BytesIO(_print("mk"))).pages[0].extract_text()  # "Луѓето…"
    ro = "".join(p.extract_text() for p in PdfReader(BytesIO(_print("ro"))).pages[:3])
    assert "ș" in ro and "ț" in ro and "ş" not in ro and "ţ" not in ro


@pytest.mark.parametrize(
    ("layout", "one_sided", "pages"),
    [("8-up", False, 2 + 2 * 11), ("8-up", True, 1 + 2 * 11), ("4-up", False, 2 + 2 * 22)],
)
def test_page_count_matches_the_layout(layout: str, one_sided: bool, pages: int) -> None:
    assert len(_content().deck().cards) == 86
    assert len(PdfReader(BytesIO(_print("en", layout, one_sided))).pages) == pages


def test_one_up_is_a_card_per_sheet() -> None:
    deck = _content().deck()
    ids = tuple(c.id for c in deck.cards[:3])
    pdf = print_deck(_loc("en"), deck, PrintOptions("en", "1-up", cards=ids), WHEN)
    assert len(PdfReader(BytesIO(pdf)).pages) == 2 + 2 * 3


def _lines(page_content: bytes) -> set[tuple[float, float, float, float]]:
    found = set()
    pattern = rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S"
    for m in re.finditer(pattern, page_content):
        found.add(tuple(float(v) for v in m.groups()))
    return found  # type: ignore[return-value]


@pytest.mark.parametrize("layout", ["8-up", "4-up"])
def test_cut_marks_on_front_and_back_pages(layout: str) -> None:
    lay = LAYOUTS[layout]
    reader = PdfReader(BytesIO(_print("en", layout)))
    expected = {
        (
            round(x1 * PT, 1),
            round((A4[1] - y1) * PT, 1),
            round(x2 * PT, 1),
            round((A4[1] - y2) * PT, 1),
        )
        for x1, y1, x2, y2 in lay.cut_marks()
    }
    assert len(expected) == 2 * (lay.cols + 1) + 2 * (lay.rows + 1)
    for page in (reader.pages[2], reader.pages[3]):  # the first front and its back
        drawn = _lines(page.get_contents().get_data())  # type: ignore[union-attr]
        for line in expected:
            assert any(max(abs(a - b) for a, b in zip(line, d, strict=True)) < 0.06 for d in drawn)
    # every mark lies outside the cards, in the margin
    x0, y0 = lay.origin
    for x1, y1, x2, y2 in lay.cut_marks():
        outside_x = max(x1, x2) <= x0 or min(x1, x2) >= x0 + lay.cols * lay.w
        outside_y = max(y1, y2) <= y0 or min(y1, y2) >= y0 + lay.rows * lay.h
        assert outside_x or outside_y
    assert reader.pages[0].mediabox.width == pytest.approx(A4[0] * PT, abs=0.1)


def _id_positions(page: object, deck: Deck) -> dict[str, float]:
    """The x (mm) where each card's small id line starts on a page."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for card in deck.cards:
            if text.strip().endswith("· " + card.id):
                found[card.id] = (tm[4] * cm[0] + cm[4]) / PT

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize(("one_sided", "mirrored"), [(False, True), (True, False)])
def test_backs_are_mirrored_for_long_edge_duplex(one_sided: bool, mirrored: bool) -> None:
    lay = LAYOUTS["8-up"]
    deck = _content().deck()
    reader = PdfReader(BytesIO(_print("en", "8-up", one_sided)))
    first = 2 if not one_sided else 1
    front = _id_positions(reader.pages[first], deck)
    back = _id_positions(reader.pages[first + 1], deck)
    assert len(front) == len(back) == lay.per_sheet
    for n, card in enumerate(deck.cards[: lay.per_sheet]):
        shift = lay.slot(n, back=mirrored)[0] - lay.slot(n)[0]
        assert back[card.id] - front[card.id] == pytest.approx(shift, abs=0.2), card.id
    assert not mirrored or any(back[c] != front[c] for c in front)


def test_same_input_same_bytes() -> None:
    deck = _content().deck()
    again = print_deck(_loc("pl"), deck, PrintOptions("pl"), WHEN)
    assert again == _print("pl")


def test_wording_reaches_the_cards() -> None:
    deck = _content().deck()
    formal = print_deck(
        _loc("de", "formal"), deck, PrintOptions("de", cards=("my-story-three-words",)), WHEN
    )
    informal = print_deck(
        _loc("de", "informal"), deck, PrintOptions("de", cards=("my-story-three-words",)), WHEN
    )
    assert formal != informal
    loc = _loc("de", "informal").for_deck(deck)
    text = _flat("".join(p.extract_text() for p in PdfReader(BytesIO(informal)).pages))
    assert _flat(loc.card_text("my-story-three-words", "text", "de")) in text


def test_user_deck_prints() -> None:
    content = load_content(FIXTURES, user_decks=True)
    deck = content.deck("testcards")
    loc = Localizer.create("pl", content)
    pdf = print_deck(loc, deck, PrintOptions("pl"), WHEN)
    text = _flat("".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages))
    for card in deck.cards:
        assert _flat(printable(loc.for_deck(deck).card_text(card.id, "title", "pl"))) in text


def test_cli_prints_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    args = ["print", "--lang", "ro", "--layout", "4-up", "--output", str(out)]
    done = CliRunner().invoke(deck_app, args)
    assert done.exit_code == 0, done.output
    assert str(out) in done.output
    assert out.stat().st_mode & 0o777 == 0o600
    assert len(PdfReader(out).pages) == 46
    again = CliRunner().invoke(deck_app, args)
    assert again.exit_code != 0
    single = tmp_path / "card.pdf"
    one = CliRunner().invoke(deck_app, ["print", "--card", "people-my-circle", "-o", str(single)])
    assert one.exit_code == 0, one.output
    assert len(PdfReader(single).pages) == 1
