"""``desistkit deck …`` and ``desistkit locale …``: the content and its translations.

Only Typer is imported here at start-up; the content engine (and with it Fluent and Babel) is
imported inside each command, so ``desistkit --help`` stays fast. Errors are one line on stderr
and a non-zero exit; texts are printed as plain text (no markup), with terminal-active
characters neutralised.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from desistkit_tui.cli_io import error_text, fail
from desistkit_tui.core import languages
from desistkit_tui.core.languages import AddressForm, GenderForm

if TYPE_CHECKING:
    from desistkit_tui.core.content import Catalogue, ContentSet, Deck, QuestionKind
    from desistkit_tui.core.i18n import Localizer
    from desistkit_tui.core.i18n.check import LanguageReport

_SETTINGS = {"help_option_names": ["-h", "--help"]}
deck_app = typer.Typer(
    help="The card decks and the factor catalogue: list, show, check.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=_SETTINGS,
)
locale_app = typer.Typer(
    help="Translations: what is missing or unsound in each language.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=_SETTINGS,
)
_LANGS = ", ".join(languages.codes())


@locale_app.callback()
def _locale_group() -> None:
    """Translations: what is missing or unsound in each language."""
    # A callback keeps ``locale`` a command group while it has a single command.


def _echo(text: str = "", *, err: bool = False) -> None:
    from desistkit_tui.core.text import safe

    typer.echo(safe(text, multiline=True), err=err)


def _load(
    *, user_decks: bool = True, user_dir: Path | None = None, strict: bool = False
) -> ContentSet:
    from desistkit_tui.core.content import load_content

    try:
        return load_content(user_dir, user_decks=user_decks, strict=strict)
    except FileNotFoundError as exc:
        fail(f"{exc} — reinstall desistkit-tui")
    except OSError as exc:
        fail(f"cannot read the decks: {exc} — check the folder's permissions")


def _check_lang(lang: str) -> str:
    if not languages.is_supported(lang):
        fail(f"unknown language {lang!r} — use one of {', '.join(languages.codes())}")
    return lang


def _summary_json(content: ContentSet) -> dict[str, Any]:
    decks: list[dict[str, Any]] = []
    for cat in content.catalogues.values():
        decks.append(
            {
                "id": cat.id,
                "kind": "catalogue",
                "version": cat.version,
                "languages": sorted(cat.languages),
                "sources": list(content.origins.get(cat.id, ())),
                "factors": len(cat.factors),
                "areas": {a.id: len(cat.factors_in(a.id)) for a in cat.areas},
            }
        )
    for deck in content.decks.values():
        decks.append(
            {
                "id": deck.id,
                "kind": "cards",
                "version": deck.version,
                "catalogue": deck.catalogue,
                "languages": sorted(deck.languages),
                "sources": list(content.origins.get(deck.id, ())),
                "cards": len(deck.cards),
                "categories": {c.id: len(deck.cards_in(c.id)) for c in deck.categories},
            }
        )
    return {
        "decks": decks,
        "user_decks_dir": str(content.user_dir) if content.user_dir else None,
        "problems": [
            {"deck": p.deck_id, "source": p.source, "errors": [str(e) for e in p.errors]}
            for p in content.problems
        ],
    }


@deck_app.command("list")
def deck_list(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List the decks with their languages and counts, and where user decks are looked for."""
    from desistkit_tui.core.i18n import Localizer

    content = _load()
    if as_json:
        from desistkit_tui.core.text import json_escaped

        typer.echo(json_escaped(json.dumps(_summary_json(content), ensure_ascii=False, indent=1)))
        return
    loc = Localizer.create(languages.REFERENCE, content)
    for cat in content.catalogues.values():
        _echo(f"{cat.id}  catalogue {cat.version}  languages: {', '.join(sorted(cat.languages))}")
        _echo(f"  {loc.deck_title(cat.id)}")
        _echo(f"  from: {', '.join(content.origins.get(cat.id, ()))}")
        _echo(f"  {len(cat.factors)} factors in {len(cat.areas)} areas:")
        for area in cat.areas:
            title = loc.for_deck(cat).area_title(area.id)
            _echo(f"    {area.id:<24} {len(cat.factors_in(area.id)):>3}  {title}")
    for deck in content.decks.values():
        langs = ", ".join(sorted(deck.languages))
        _echo(f"{deck.id}  cards {deck.version}  catalogue: {deck.catalogue}  languages: {langs}")
        _echo(f"  {loc.deck_title(deck.id)}")
        _echo(f"  from: {', '.join(content.origins.get(deck.id, ()))}")
        _echo(f"  {len(deck.cards)} cards in {len(deck.categories)} categories:")
        for cat_ in deck.categories:
            name = loc.for_deck(deck).category_name(cat_.id)
            count = len(deck.cards_in(cat_.id))
            _echo(f"    {cat_.ascii:>2} {cat_.id:<24} {count:>3}  {name}")
    where = content.user_dir
    state = "" if where is not None and where.is_dir() else " (folder does not exist)"
    _echo(f"User decks are looked for in: {where}{state}")
    for problem in content.problems:
        _echo(error_text(problem))


def _glyph(symbol: str, fallback: str) -> str:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        symbol.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return fallback
    return symbol


def _show_catalogue(loc: Localizer, cat: Catalogue) -> None:
    loc = loc.for_deck(cat)
    for area in cat.areas:
        _echo(loc.area_title(area.id) + f"  [{area.id}]")
        for factor in cat.factors_in(area.id):
            _echo(f"  {loc.factor_title(factor.id)}  [{factor.id}]")
            kinds: tuple[tuple[QuestionKind, tuple[str, ...]], ...] = (
                ("cw", factor.caseworker_questions),
                ("ask", factor.person_questions),
            )
            for kind, questions in kinds:
                for q in questions:
                    _echo(f"    {kind:<3} {loc.factor_question(factor.id, kind, q)}")
        _echo()


def _show_card(loc: Localizer, deck: Deck, card_id: str) -> None:
    """One card (``loc`` bound to ``deck``, the card language and the wording)."""
    card = deck.card(card_id)
    _echo(f"  {loc.card_text(card.id, 'title')}  [{card.id}, {card.kind.value}]")
    _echo(f"    {loc.card_text(card.id)}")
    if card.kind.value == "scale":
        _echo(f"    0 = {loc.card_text(card.id, 'low')} … 10 = {loc.card_text(card.id, 'high')}")
    for option in card.options:
        _echo(f"    - {loc.card_option(card.id, option)}")
    if card.factors:
        _echo(f"    factors: {', '.join(card.factors)}")


@deck_app.command("show")
def deck_show(
    deck: Annotated[str, typer.Argument(help="The deck or catalogue id (see `deck list`).")],
    lang: Annotated[str, typer.Option("--lang", help=f"Language: {_LANGS}.")] = "en",
    card: Annotated[str | None, typer.Option("--card", help="Show only this card.")] = None,
    address: Annotated[AddressForm, typer.Option(help="How the person is addressed.")] = (
        AddressForm.FORMAL
    ),
    gender: Annotated[GenderForm, typer.Option(help="The person's gender form.")] = (
        GenderForm.UNSPECIFIED
    ),
) -> None:
    """Print a deck's categories and cards (or one card, or a catalogue) in one language."""
    from desistkit_tui.core.i18n import Localizer, Wording

    _check_lang(lang)
    content = _load()
    loc = Localizer.create(lang, content).with_case(lang, Wording(address, gender))
    if deck not in content.ids:
        known = ", ".join(content.ids) or "none"
        fail(f"no deck {deck!r} — decks: {known} (see `desistkit deck list`)")
    if lang not in content.languages(deck):
        _echo(f"note: {deck} has no {lang} texts yet; showing English", err=True)
    if deck in content.catalogues:
        if card is not None:
            fail(f"{deck} is a catalogue of factors; --card works with card decks")
        _show_catalogue(loc, content.catalogues[deck])
        return
    the_deck = content.decks[deck]
    loc = loc.for_deck(the_deck)
    if card is not None:
        if not the_deck.has_card(card):
            fail(f"deck {deck} has no card {card!r} — `desistkit deck show {deck}` lists them")
        _show_card(loc, the_deck, card)
        return
    for category in the_deck.categories:
        mark = _glyph(category.symbol, category.ascii)
        name = loc.category_name(category.id)
        _echo(f"{mark} {name}  [{category.id}]")
        _echo(f"  {loc.category_description(category.id)}")
        for c in the_deck.cards_in(category.id):
            _show_card(loc, the_deck, c.id)
        _echo()


@deck_app.command("check")
def deck_check(
    path: Annotated[
        Path | None,
        typer.Argument(help="A deck folder, or a folder of decks (default: the shipped decks)."),
    ] = None,
) -> None:
    """Validate the shipped decks (or the deck folder at PATH) and every language's syntax."""
    if path is not None and not path.is_dir():
        fail(f"{path} is not a folder — give a deck folder or a folder of decks")
    content = _load(user_decks=path is not None, user_dir=path, strict=True)
    for warning in content.warnings:
        _echo(f"{warning.location}: warning: {warning.message}")
    errors = 0
    for problem in content.problems:
        for error in problem.errors:
            _echo(str(error))
            errors += 1
    if path is None:
        ok = len(content.ids)
    else:
        prefix = str(path)
        ok = sum(
            1
            for origin in content.origins.values()
            if any(o == prefix or o.startswith(prefix + "/") for o in origin)
        )
        if not ok and not content.problems:
            fail(f"no decks in {path} — a deck folder holds deck.toml or catalogue.toml")
    plural = "deck" if ok == 1 else "decks"
    if content.problems:
        skipped = len(content.problems)
        _echo(f"{ok} {plural} OK, {skipped} skipped with {errors} errors", err=True)
        raise typer.Exit(1)
    _echo(f"{ok} {plural} OK")


def _print_language(report: LanguageReport) -> None:
    if report.status == "reference":
        state = f"reference, {report.messages} messages"
    elif report.status == "not-translated":
        state = "not yet translated (no files) — warning"
    else:
        state = (
            f"{report.translated}/{report.messages} messages translated, "
            f"{len(report.errors)} errors, {len(report.warnings)} warnings"
        )
    _echo(f"{report.lang}: {state}")
    for finding in report.findings:
        _echo(f"  {finding}")


@locale_app.command("check")
def locale_check(
    lang: Annotated[str | None, typer.Option("--lang", help="Check only this language.")] = None,
) -> None:
    """Check translations against English; a language with no files is "not yet translated"."""
    from desistkit_tui.core.i18n.check import check_locales

    if lang is not None:
        _check_lang(lang)
    content = _load(user_decks=False)
    report = check_locales(content, [lang] if lang else None)
    for language in report.languages:
        _print_language(language)
    for problem in content.problems:
        _echo(f"error: {error_text(problem)}")
    errors = sum(len(r.errors) for r in report.languages) + len(content.problems)
    pending = sum(1 for r in report.languages if r.status == "not-translated")
    checked = sum(1 for r in report.languages if r.status == "checked")
    _echo(f"{checked} checked, {pending} not yet translated, {errors} errors")
    if errors:
        raise typer.Exit(1)


def _register_print() -> None:
    from desistkit_tui.cli_export import deck_print

    deck_app.command("print")(deck_print)


_register_print()
