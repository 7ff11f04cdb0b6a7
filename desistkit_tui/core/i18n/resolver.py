"""The one resolver for UI strings, factor texts and card texts.

:class:`Texts` formats any message in any language, given the case's :class:`Wording`; it is
the engine beneath :class:`~desistkit_tui.core.i18n.localizer.Localizer`, which binds it to a
UI language, the person's language and a wording and is what screens and the CLI hold. Fluent
bundles are built lazily, once per (deck, language), with bidi
isolation off. A message missing in a language, or failing to format there, falls back to
English; if English fails too, the message id is shown — never an empty label, never an
exception. Every formatted text passes :func:`~desistkit_tui.core.text.safe` (newlines and tabs
kept): a user deck's translated ``.ftl`` and the arguments put into a message (a folder name, a
case code) are data, and no terminal control sequence in them reaches the screen or a report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal

from fluent.runtime import FluentBundle

from desistkit_tui.core.compat import Traversable
from desistkit_tui.core.content.model import (
    DEFAULT_CATALOGUE,
    DEFAULT_DECK,
    ContentSet,
    FtlFile,
)
from desistkit_tui.core.content.msgids import (
    DECK_TITLE,
    CardPart,
    QuestionKind,
    card_option_id,
    card_part_id,
    factor_question_id,
)
from desistkit_tui.core.i18n.bundle import LazyBundle
from desistkit_tui.core.i18n.wording import DEFAULT_WORDING, Wording
from desistkit_tui.core.languages import fallback_chain
from desistkit_tui.core.resources import locales_root
from desistkit_tui.core.text import safe

Arg = str | int | float | date | datetime
"""A value a message may be given. Numbers are ``int`` or ``float``: fluent.runtime selects
plural branches only for those (a ``Decimal`` would always fall to the default branch), so a
``Decimal`` that slips through is turned into a ``float``."""
Args = Mapping[str, Arg]

_log = logging.getLogger(__name__)
#: The longest text argument a message shows whole. fluent.runtime refuses to format a
#: placeable longer than 2,500 characters (``MAX_PART_LENGTH``), and a refused message would
#: fall back to its id: a longer argument (a 10,000-character goal) is cut here, with "…".
ARG_DISPLAY_LIMIT = 1000
_UI = "<ui>"  # bundle key of the application's own strings (not a valid deck id)


def ui_files(root: Traversable, lang: str) -> tuple[FtlFile, ...]:
    """The UI files of one language: ``locales/<lang>/*.ftl``, ``ui.ftl`` first, then by name.

    Each part of the app keeps its strings in its own file (``ui.ftl``, ``reflection.ftl``,
    ``cards.ftl``…); together they form one bundle, so message ids must be unique across them.
    """
    folder = root / lang
    if not folder.is_dir():
        return ()
    names = sorted(
        (p.name for p in folder.iterdir() if p.name.endswith(".ftl") and p.is_file()),
        key=lambda name: (name != "ui.ftl", name),
    )
    return tuple(
        FtlFile(lang, f"locales/{lang}/{name}", (folder / name).read_text(encoding="utf-8"))
        for name in names
    )


def _display_arg(value: object) -> object:
    """An argument as a message may show it: a ``Decimal`` as ``float`` (see :data:`Arg`), a
    text longer than :data:`ARG_DISPLAY_LIMIT` cut to that length, ending with "…"."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str) and len(value) > ARG_DISPLAY_LIMIT:
        return value[: ARG_DISPLAY_LIMIT - 1] + "…"
    return value


class Texts:
    """Formats every message: UI strings (``locales/<lang>/ui.ftl``) and deck texts.

    ``content`` supplies the decks' Fluent files (shipped and user): the set itself, or a
    function that gives it, called when a deck's text is first asked for (the app's UI strings
    are needed before the decks are loaded). ``locales`` replaces the shipped ``locales/``
    folder (tests). Bundles are cached on the instance.
    """

    def __init__(
        self,
        content: ContentSet | Callable[[], ContentSet] | None = None,
        *,
        locales: Traversable | None = None,
    ) -> None:
        self._content = content
        self._locales = locales
        self._bundles: dict[tuple[str, str], LazyBundle | None] = {}

    def _content_set(self) -> ContentSet | None:
        content = self._content
        if content is not None and not isinstance(content, ContentSet):
            content = self._content = content()
        return content

    def _files(self, owner: str, lang: str) -> tuple[FtlFile, ...]:
        if owner == _UI:
            return ui_files(self._locales if self._locales is not None else locales_root(), lang)
        content = self._content_set()
        texts = content.texts.get(owner) if content is not None else None
        return texts.for_lang(lang) if texts is not None else ()

    def _bundle(self, owner: str, lang: str) -> LazyBundle | None:
        key = (owner, lang)
        if key not in self._bundles:
            files = self._files(owner, lang)
            # UI files are parsed as their messages are first needed (see .bundle).
            self._bundles[key] = LazyBundle(lang, files, lazy=owner == _UI) if files else None
        return self._bundles[key]

    def bundle(self, owner: str, lang: str) -> FluentBundle | None:
        """The cached bundle of one deck (or ``"<ui>"``) in one language, if it has texts."""
        found = self._bundle(owner, lang)
        if found is None:
            return None
        found.load_all()
        return found.fluent

    def _format(self, owner: str, msg_id: str, lang: str, given: Mapping[str, object]) -> str:
        args = {k: _display_arg(v) for k, v in given.items()}
        for candidate in fallback_chain(lang):
            bundle = self._bundle(owner, candidate)
            if bundle is None or not bundle.has_message(msg_id):
                continue
            text, errors = bundle.format(msg_id, args)
            if text is None:
                continue
            if errors:
                _log.warning(
                    "formatting %s in %s (%s) failed: %s", msg_id, candidate, owner, errors
                )
                continue
            return safe(text, multiline=True)
        return msg_id

    def has_message(self, owner: str, msg_id: str, lang: str) -> bool:
        """Whether ``msg_id`` exists in ``lang`` itself (no fallback); ``owner`` is a deck id."""
        bundle = self._bundle(owner, lang)
        return bundle is not None and bundle.has_message(msg_id)

    def ui(self, lang: str, msg_id: str, /, **args: Arg) -> str:
        """A UI string; ``$address``/``$gender`` default to formal/unspecified."""
        return self._format(_UI, msg_id, lang, {**DEFAULT_WORDING.fluent_args(), **args})

    def deck_message(
        self,
        deck_id: str,
        msg_id: str,
        lang: str,
        wording: Wording = DEFAULT_WORDING,
        args: Args | None = None,
    ) -> str:
        """Any message of a deck or catalogue, formatted with ``wording`` and ``args``."""
        return self._format(deck_id, msg_id, lang, {**wording.fluent_args(), **(args or {})})

    def deck_title(self, deck_id: str, lang: str) -> str:
        """A deck's or catalogue's name (``deck-title``), or its id if it has none."""
        title = self.deck_message(deck_id, DECK_TITLE, lang)
        return deck_id if title == DECK_TITLE else title

    # Catalogue texts ---------------------------------------------------------------------

    def area_title(self, area_id: str, lang: str, *, catalogue: str = DEFAULT_CATALOGUE) -> str:
        """``area-<area>``."""
        return self.deck_message(catalogue, f"area-{area_id}", lang)

    def area_description(
        self, area_id: str, lang: str, *, catalogue: str = DEFAULT_CATALOGUE
    ) -> str:
        """``area-<area>-description``."""
        return self.deck_message(catalogue, f"area-{area_id}-description", lang)

    def factor_title(self, factor_id: str, lang: str, *, catalogue: str = DEFAULT_CATALOGUE) -> str:
        """``factor-<factor>``."""
        return self.deck_message(catalogue, f"factor-{factor_id}", lang)

    def factor_description(
        self, factor_id: str, lang: str, *, catalogue: str = DEFAULT_CATALOGUE
    ) -> str:
        """``factor-<factor>-description``."""
        return self.deck_message(catalogue, f"factor-{factor_id}-description", lang)

    def factor_question(
        self,
        factor_id: str,
        kind: QuestionKind,
        question: str,
        lang: str,
        wording: Wording = DEFAULT_WORDING,
        *,
        catalogue: str = DEFAULT_CATALOGUE,
    ) -> str:
        """``factor-<factor>-cw-<question>`` (about the person) or ``-ask-`` (to the person)."""
        msg_id = factor_question_id(factor_id, kind, question)
        return self.deck_message(catalogue, msg_id, lang, wording)

    # Card texts --------------------------------------------------------------------------

    def category_name(self, category_id: str, lang: str, *, deck: str = DEFAULT_DECK) -> str:
        """``category-<category>``."""
        return self.deck_message(deck, f"category-{category_id}", lang)

    def category_description(self, category_id: str, lang: str, *, deck: str = DEFAULT_DECK) -> str:
        """``category-<category>-description``."""
        return self.deck_message(deck, f"category-{category_id}-description", lang)

    def card_text(
        self,
        card_id: str,
        lang: str,
        wording: Wording = DEFAULT_WORDING,
        part: CardPart = "text",
        *,
        deck: str = DEFAULT_DECK,
    ) -> str:
        """One part of a card: ``text`` (the card itself), ``title``, ``low`` or ``high``."""
        return self.deck_message(deck, card_part_id(card_id, part), lang, wording)

    def card_option(
        self,
        card_id: str,
        option: str,
        lang: str,
        wording: Wording = DEFAULT_WORDING,
        *,
        deck: str = DEFAULT_DECK,
    ) -> str:
        """``card-<card>-option-<option>`` of a resource card."""
        return self.deck_message(deck, card_option_id(card_id, option), lang, wording)
