"""The resolver: wording variants on real English and on a Polish fixture, and fallbacks."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from desistkit_tui.core.content import ContentSet, load_content
from desistkit_tui.core.i18n import Localizer, Texts, Wording
from desistkit_tui.core.languages import AddressForm, GenderForm
from desistkit_tui.core.resources import decks_root

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOOD = FIXTURES / "decks" / "good"
CHECK_LOCALES = FIXTURES / "locales" / "check"
PLURAL_LOCALES = FIXTURES / "locales" / "plurals"
ALL_WORDINGS = [Wording(a, g) for a, g in itertools.product(AddressForm, GenderForm)]


@pytest.fixture(scope="module")
def fixture_texts() -> Texts:
    return Texts(load_content(user_decks=False, shipped=GOOD), locales=CHECK_LOCALES)


@pytest.fixture(scope="module")
def shipped() -> ContentSet:
    for deck in ("casereflector", "desistcards"):
        if not (decks_root() / deck / "en.ftl").is_file():
            pytest.skip(f"the shipped {deck} texts are not written yet")
    return load_content(user_decks=False)


# Real English ----------------------------------------------------------------------------


def _simple_selects(text: str) -> dict[str, tuple[str, dict[str, str], str]]:
    """Messages that are one select on $address or $gender with plain-text variants."""
    found: dict[str, tuple[str, dict[str, str], str]] = {}
    for entry in FluentParser().parse(text).body:
        if not isinstance(entry, ast.Message) or entry.value is None:
            continue
        elements = entry.value.elements
        if len(elements) != 1 or not isinstance(elements[0], ast.Placeable):
            continue
        select = elements[0].expression
        if not isinstance(select, ast.SelectExpression):
            continue
        if not isinstance(select.selector, ast.VariableReference):
            continue
        variants: dict[str, str] = {}
        default = ""
        for variant in select.variants:
            if not all(isinstance(e, ast.TextElement) for e in variant.value.elements):
                break
            key = variant.key.name if isinstance(variant.key, ast.Identifier) else ""
            parts = [e.value for e in variant.value.elements if isinstance(e, ast.TextElement)]
            variants[key] = "".join(parts).strip()
            if variant.default:
                default = key
        else:
            found[entry.id.name] = (select.selector.id.name, variants, default)
    return found


@pytest.mark.parametrize("deck", ["casereflector", "desistcards"])
def test_every_simple_wording_select_in_real_english_picks_its_variant(
    shipped: ContentSet, deck: str
) -> None:
    texts = Texts(shipped)
    [en] = shipped.texts[deck].for_lang("en")
    selects = _simple_selects(en.text)
    assert {v for v, _, _ in selects.values()} == {"address", "gender"}
    for msg_id, (variable, variants, default) in selects.items():
        outputs = set()
        for wording in ALL_WORDINGS:
            value = wording.address if variable == "address" else wording.gender
            expected = variants.get(value, variants[default])
            output = texts.deck_message(deck, msg_id, "en", wording)
            assert output == expected, (msg_id, wording)
            outputs.add(output)
        assert len(outputs) == len(set(variants.values())) >= 2, msg_id


def test_real_english_gender_forms_of_a_caseworker_question(shipped: ContentSet) -> None:
    texts = Texts(shipped)

    def ask(gender: str) -> str:
        wording = Wording("formal", gender)
        return texts.factor_question("family-of-origin", "cw", "support", "en", wording)

    assert " her family " in ask("feminine")
    assert " his family " in ask("masculine")
    assert " their family " in ask("neutral")
    assert ask("unspecified") == ask("neutral")
    assert len({ask("feminine"), ask("masculine"), ask("neutral")}) == 3


def test_real_english_card_variants(shipped: ContentSet) -> None:
    texts = Texts(shipped)
    woman = texts.card_text("my-story-nothing-to-prove", "en", Wording(gender="feminine"))
    man = texts.card_text("my-story-nothing-to-prove", "en", Wording(gender="masculine"))
    anyone = texts.card_text("my-story-nothing-to-prove", "en", Wording(gender="unspecified"))
    assert "real woman" in woman and "real man" in man
    assert "woman" not in anyone and " man" not in anyone
    formal = texts.card_text("my-story-three-words", "en", Wording(address="formal"))
    informal = texts.card_text("my-story-three-words", "en", Wording(address="informal"))
    assert formal != informal
    option = texts.card_option("my-story-my-roles", "child", "en", Wording(gender="feminine"))
    assert option == "Daughter"


# Polish fixture ------------------------------------------------------------------------

POLISH_WISH = {
    ("formal", "feminine"): "Co chciałaby Pani zmienić w relacjach z rodziną?",
    ("formal", "masculine"): "Co chciałby Pan zmienić w relacjach z rodziną?",
    ("formal", "neutral"): "Co chcieliby Państwo zmienić w relacjach z rodziną?",
    ("formal", "unspecified"): "Co chcieliby Państwo zmienić w relacjach z rodziną?",
    ("informal", "feminine"): "Co chciałabyś zmienić w relacjach z rodziną?",
    ("informal", "masculine"): "Co chciałbyś zmienić w relacjach z rodziną?",
    ("informal", "neutral"): "Co chcesz zmienić w relacjach z rodziną?",
    ("informal", "unspecified"): "Co chcesz zmienić w relacjach z rodziną?",
}


@pytest.mark.parametrize("wording", ALL_WORDINGS, ids=lambda w: f"{w.address}-{w.gender}")
def test_polish_address_and_gender_forms(fixture_texts: Texts, wording: Wording) -> None:
    text = fixture_texts.factor_question(
        "family", "ask", "wish", "pl", wording, catalogue="testcat"
    )
    assert text == POLISH_WISH[(wording.address, wording.gender)]


def test_polish_statement_and_caseworker_forms(fixture_texts: Texts) -> None:
    proud = {
        str(g): fixture_texts.card_text("story-proud", "pl", Wording(gender=g), deck="testcards")
        for g in GenderForm
    }
    assert proud["feminine"] == "Jestem dumna z tego, co już osiągnęłam."
    assert proud["masculine"] == "Jestem dumny z tego, co już osiągnąłem."
    assert (
        proud["neutral"]
        == proud["unspecified"]
        == ("To, co już udało mi się osiągnąć, napawa mnie dumą.")
    )
    cw = fixture_texts.factor_question(
        "family", "cw", "contact", "pl", Wording(gender="masculine"), catalogue="testcat"
    )
    assert cw == "Kiedy ostatnio rozmawiał ze swoją rodziną?"
    helps = fixture_texts.factor_question(
        "family", "ask", "helps", "pl", Wording("formal", "feminine"), catalogue="testcat"
    )
    assert helps == "Co w Pani rodzinie Pani pomaga?"


# Fallbacks -------------------------------------------------------------------------------


def test_missing_translation_falls_back_to_english(fixture_texts: Texts) -> None:
    assert not fixture_texts.has_message("testcat", "factor-work-ask-count", "pl")
    text = fixture_texts.factor_question("work", "ask", "count", "pl", catalogue="testcat")
    assert text == "How many days a week do you work?"
    option = fixture_texts.card_option("strengths-what-i-have", "humour", "pl", deck="testcards")
    assert option == "Humour"


def test_unknown_language_and_unknown_message(fixture_texts: Texts) -> None:
    assert fixture_texts.factor_title("family", "xx", catalogue="testcat") == "Family"
    assert fixture_texts.factor_title("nope", "pl", catalogue="testcat") == "factor-nope"
    assert fixture_texts.deck_message("no-such-deck", "x", "en") == "x"


def test_formatting_error_falls_back_to_english_then_to_the_id(fixture_texts: Texts) -> None:
    # Polish "greeting" uses $user, which callers do not pass: English is used instead.
    assert fixture_texts.ui("pl", "greeting", name="Ala") == "Hello, Ala!"
    # English fails too without $name: the id, never an empty label.
    assert fixture_texts.ui("en", "greeting") == "greeting"


def test_no_bidi_isolation_marks(fixture_texts: Texts) -> None:
    text = fixture_texts.ui("en", "greeting", name="Ala")
    assert "\u2068" not in text and "\u2069" not in text


def test_bundles_are_built_once(fixture_texts: Texts) -> None:
    first = fixture_texts.bundle("testcards", "pl")
    assert first is not None
    assert fixture_texts.bundle("testcards", "pl") is first
    assert fixture_texts.bundle("testcards", "de") is None


def test_localizer_languages(fixture_texts: Texts) -> None:
    loc = Localizer(
        fixture_texts,
        ui_lang="en",
        person_lang="pl",
        wording=Wording("informal", "feminine"),
        catalogue="testcat",
        deck="testcards",
    )
    assert loc.factor_title("family") == "Family"  # caseworker-facing: UI language
    assert loc.factor_question("family", "cw", "support") == "Who in her family supports her?"
    assert loc.factor_question("family", "ask", "wish") == POLISH_WISH[("informal", "feminine")]
    assert loc.factor_question("family", "ask", "wish", lang="en") == (
        "What would you like to change with your family?"
    )
    assert loc.card_text("story-turning-point") == "Kiedy twoje życie zaczęło się zmieniać?"
    assert loc.card_text("story-turning-point", "title", lang="en") == "A turning point"
    assert loc.category_name("story") == "Moja historia"
    assert loc.card_option("strengths-what-i-have", "courage", lang="en") == "Courage"
    other = loc.with_case("en", Wording("formal", "masculine"))
    assert other.factor_question("family", "ask", "wish") == (
        "What would you wish to change with your family?"
    )
    assert Localizer(fixture_texts, ui_lang="pl").person == "pl"
    assert loc.ui("saved") == "Changes saved."


def test_calling_a_localizer_gives_a_ui_string(fixture_texts: Texts) -> None:
    """``t(msg_id, **args)`` — how screens ask for their strings — is ``Localizer.ui``."""
    t = Localizer.create("de")
    assert t("app-title") == t.ui("app-title") == "DesistKit"
    assert Localizer.create("xx")("app-title") == "DesistKit"  # an unknown language: English
    assert t("no-such-message") == "no-such-message"
    loc = Localizer(fixture_texts, ui_lang="pl")
    assert loc("saved") == loc.ui("saved")


def test_ui_plural_message_through_fixture_locales() -> None:
    texts = Texts(locales=PLURAL_LOCALES)
    assert texts.ui("en", "cards-left", count=1) == "1 card left"
    assert texts.ui("pl", "cards-left", count=5) == "Zostało 5 kart"


def test_wording_values_are_checked() -> None:
    assert Wording().fluent_args() == {"address": "formal", "gender": "unspecified"}

    from_case = Wording(AddressForm.INFORMAL, GenderForm.FEMININE)  # as a case holds them
    assert from_case == Wording("informal", "feminine")
    assert type(from_case.fluent_args()["gender"]) is str
    with pytest.raises(ValueError, match="address must be one of formal, informal"):
        Wording("casual")
    with pytest.raises(ValueError, match="gender must be one of"):
        Wording("formal", "female")


def test_ui_strings_come_from_every_ftl_file_of_a_language(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text("app-title = Main\nshared = from ui\n")
    (tmp_path / "en" / "cards.ftl").write_text("cards-title = Cards\n")
    (tmp_path / "en" / "notes.txt").write_text("not-a-message = ignored\n")
    texts = Texts(locales=tmp_path)
    assert texts.ui("en", "app-title") == "Main"
    assert texts.ui("en", "cards-title") == "Cards"
    assert texts.ui("en", "not-a-message") == "not-a-message"


def test_ui_files_are_parsed_only_when_a_message_needs_them(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text("-app = DesistKit\nunlock-title = Unlock\n")
    (tmp_path / "en" / "cards.ftl").write_text("cards-title = { -app } cards\n")
    (tmp_path / "en" / "reflection.ftl").write_text("reflection-title =\n    Reflect\n")
    texts = Texts(locales=tmp_path)
    assert texts.ui("en", "unlock-title") == "Unlock"
    bundle = texts._bundle("<ui>", "en")
    assert bundle is not None and bundle.pending == 2  # cards.ftl, reflection.ftl not parsed
    # Only the file that defines the message is parsed, not the ones before it.
    assert texts.ui("en", "reflection-title") == "Reflect"
    assert bundle.pending == 1 and not bundle.fluent.has_message("cards-title")
    # cards.ftl is parsed for its message, which uses a term of ui.ftl.
    assert texts.ui("en", "cards-title") == "DesistKit cards"
    assert bundle.pending == 0
    assert texts.ui("en", "nowhere") == "nowhere"


def test_a_message_the_scan_misses_is_still_found(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text("a = A\n")
    (tmp_path / "en" / "cards.ftl").write_text("b = B\n")
    texts = Texts(locales=tmp_path)
    assert texts.ui("en", "a") == "A"
    bundle = texts._bundle("<ui>", "en")
    assert bundle is not None
    bundle._where.clear()  # as if the scan had not seen any id
    assert texts.ui("en", "b") == "B"  # every pending file is parsed, once
    assert bundle.pending == 0


def test_a_ui_message_using_a_term_of_a_later_file_still_formats(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text("cards-open = Open { -deck-name }\n")
    (tmp_path / "en" / "cards.ftl").write_text("-deck-name = DesistCards\n")
    texts = Texts(locales=tmp_path)
    assert texts.ui("en", "cards-open") == "Open DesistCards"


def test_the_public_bundle_has_every_ui_file(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text("a = A\n")
    (tmp_path / "en" / "cards.ftl").write_text("b = B\n")
    bundle = Texts(locales=tmp_path).bundle("<ui>", "en")
    assert bundle is not None and bundle.has_message("a") and bundle.has_message("b")


def _format_together(texts: Texts, count: int) -> tuple[dict[int, str], list[Exception]]:
    """``count`` threads, released at once; thread n formats message ``m{n % 2}-199``."""
    import threading

    start = threading.Barrier(count)
    results: dict[int, str] = {}
    failures: list[Exception] = []

    def format_one(n: int) -> None:
        try:
            start.wait()
            results[n] = texts.ui("en", f"m{n % 2}-199")
        except Exception as exc:  # noqa: BLE001 - reported by the caller
            failures.append(exc)

    threads = [threading.Thread(target=format_one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures


def test_threads_formatting_at_once_each_get_their_text(tmp_path: Path) -> None:
    """Worker threads format strings too: while one parses a file for its message, another
    asking for a message of the same file must wait for it, not give up on it."""
    (tmp_path / "en").mkdir()
    for n in range(2):
        body = "".join(f"m{n}-{i} = File {n} message {i}\n" for i in range(400))
        (tmp_path / "en" / ("ui.ftl" if n == 0 else "part1.ftl")).write_text(body)
    import sys

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show up
    try:
        for _ in range(60):
            results, failures = _format_together(Texts(locales=tmp_path), 8)
            assert failures == []
            assert results == {n: f"File {n % 2} message 199" for n in range(8)}
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.parametrize("lang", ["en", "de", "pl", "mk", "sk", "ro"])
def test_a_10000_character_argument_is_cut_never_the_message_id(lang: str) -> None:
    # fluent.runtime refuses a placeable over 2,500 characters; the id was shown instead.
    shown = Texts().ui(lang, "case-title", code="K" * 10_000)
    assert shown != "case-title"
    assert "K" * 999 + "…" in shown
    assert "K" * 1000 not in shown
