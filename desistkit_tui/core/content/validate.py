"""Checks across items and files: duplicates, references, and the English texts they need.

A deck is built from one or more parsed structure files (the shipped one first, user
extensions after it) and its Fluent files. Building gives a frozen
:class:`~desistkit_tui.core.content.model.Catalogue` or ``Deck``, or the errors that stop it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from desistkit_tui.core.content import ftl
from desistkit_tui.core.content.model import (
    Catalogue,
    Category,
    Deck,
    DeckTexts,
)
from desistkit_tui.core.content.msgids import (
    DECK_TITLE,
    area_ids,
    card_ids,
    category_ids,
    factor_ids,
)
from desistkit_tui.core.content.parse import Header, Located, ParsedFile
from desistkit_tui.core.errors import ContentError, ContentIssue, ContentWarning
from desistkit_tui.core.languages import REFERENCE


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_M = TypeVar("_M", Catalogue, Deck)
_I = TypeVar("_I", bound=_HasId)


@dataclass(slots=True)
class Built(Generic[_M]):
    """The outcome of building one deck: the deck, or the errors that stopped it."""

    value: _M | None = None
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[ContentWarning] = field(default_factory=list)

    def add(self, issues: Iterable[ContentIssue]) -> None:
        """Sort findings into errors and warnings."""
        for issue in issues:
            if isinstance(issue, ContentError):
                self.errors.append(issue)
            elif isinstance(issue, ContentWarning):
                self.warnings.append(issue)


def _unique(
    errors: list[ContentError], items: Sequence[Located[_I]], what: str
) -> list[Located[_I]]:
    """Items by first occurrence; each repeated id is an error at the repeat."""
    seen: dict[str, Located[_I]] = {}
    for located in items:
        item_id = located.item.id
        first = seen.get(item_id)
        if first is None:
            seen[item_id] = located
            continue
        where = f"line {first.line('id')}"
        if first.file != located.file:
            where = f"{first.file}:{first.line('id')}"
        errors.append(
            located.error("id", f'{what} "{item_id}" is defined twice (first at {where})')
        )
    return list(seen.values())


def _headers(parts: Sequence[ParsedFile], built: Built[_M]) -> Header | None:
    """The base header; extensions must agree with it on kind and catalogue."""
    if not parts:  # no structure file could be read: the reader said why
        return None
    base = parts[0].header
    for part in parts:
        built.add(part.errors)
        built.add(part.warnings)
    if base is None:
        return None
    for part in parts[1:]:
        header = part.header
        if header is None:
            continue
        if header.catalogue != base.catalogue:
            line = header.locator.line("deck", None, "catalogue")
            built.errors.append(
                ContentError(
                    header.file,
                    "catalogue",
                    line,
                    f'deck "{base.id}" uses catalogue "{base.catalogue}"; an extension cannot '
                    f'switch it to "{header.catalogue}"',
                )
            )
    return base


def _check_texts(
    built: Built[_M],
    texts: DeckTexts,
    needed: Sequence[tuple[Located[_HasId], str, tuple[str, ...]]],
    base: Header,
    strict: bool,
) -> None:
    """English must have every needed message; other languages are parsed when ``strict``."""
    english = texts.for_lang(REFERENCE)
    if not english:
        built.errors.append(
            ContentError(
                base.file,
                None,
                None,
                f"no English texts — add {base.file.rpartition('/')[0]}/en.ftl",
            )
        )
        return
    available: set[str] = set()
    for file in english:
        syntax = ftl.syntax_errors(file)
        built.errors.extend(syntax)
        built.errors.extend(ftl.control_characters(file))
        available.update(ftl.messages(file))
        available.update(e.key for e in syntax if e.key)  # reported already, as unparsable
    wanted: set[str] = {DECK_TITLE}  # optional
    for located, what, ids in needed:
        wanted.update(ids)
        for msg_id in ids:
            if msg_id not in available:
                built.errors.append(
                    located.error(
                        "id",
                        f'{what} "{located.item.id}" has no English text "{msg_id}" — '
                        f"add it to {located.folder}/en.ftl",
                    )
                )
    structure = base.file.rpartition("/")[2]
    for file in texts.files:
        if file.lang != REFERENCE:
            if not strict:
                continue
            built.errors.extend(ftl.syntax_errors(file))
            built.errors.extend(ftl.control_characters(file))
        built.add(ftl.wording_select_warnings(file))
        for msg_id, message in ftl.messages(file).items():
            if msg_id not in wanted:
                built.warnings.append(
                    ContentWarning(
                        file.path,
                        msg_id,
                        ftl.message_line(file, message),
                        f'message "{msg_id}" matches nothing in {structure} (a typo, or a '
                        "removed item?)",
                    )
                )


def build_catalogue(
    parts: Sequence[ParsedFile], texts: DeckTexts, strict: bool
) -> Built[Catalogue]:
    """Merge and check catalogue parts (shipped first) with their texts."""
    built: Built[Catalogue] = Built()
    base = _headers(parts, built)
    areas = _unique(built.errors, [a for p in parts for a in p.areas], "area")
    factors = _unique(built.errors, [f for p in parts for f in p.factors], "factor")
    area_set = {a for p in parts for a in p.declared.get("area", ())}
    for located in factors:
        factor = located.item
        if factor.area not in area_set:
            built.errors.append(
                located.error("area", f'factor "{factor.id}" names unknown area "{factor.area}"')
            )
    for located_area in areas:
        if not any(f.item.area == located_area.item.id for f in factors):
            built.warnings.append(
                located_area.warning("id", f'area "{located_area.item.id}" has no factors')
            )
    if base is None:
        return built
    needed: list[tuple[Located[_HasId], str, tuple[str, ...]]] = [
        *((a, "area", area_ids(a.item)) for a in areas),
        *((f, "factor", factor_ids(f.item)) for f in factors),
    ]
    _check_texts(built, texts, needed, base, strict)
    if not built.errors:
        built.value = Catalogue(
            base.id,
            base.version,
            tuple(a.item for a in areas),
            tuple(f.item for f in factors),
            texts.languages,
        )
    return built


def _distinct_marks(built: Built[Deck], categories: Sequence[Located[Category]]) -> None:
    for attribute in ("symbol", "ascii"):
        owners: dict[str, str] = {}
        for located in categories:
            mark = str(getattr(located.item, attribute))
            owner = owners.setdefault(mark, located.item.id)
            if owner != located.item.id:
                built.errors.append(
                    located.error(
                        attribute,
                        f'category "{located.item.id}" uses {attribute} "{mark}", '
                        f'already used by category "{owner}"',
                    )
                )


def build_deck(
    parts: Sequence[ParsedFile],
    texts: DeckTexts,
    catalogues: Mapping[str, Catalogue],
    strict: bool,
) -> Built[Deck]:
    """Merge and check card-deck parts (shipped first) against their catalogue and texts."""
    built: Built[Deck] = Built()
    base = _headers(parts, built)
    categories = _unique(built.errors, [c for p in parts for c in p.categories], "category")
    cards = _unique(built.errors, [c for p in parts for c in p.cards], "card")
    _distinct_marks(built, categories)
    catalogue = None
    if base is not None and base.catalogue is not None:
        catalogue = catalogues.get(base.catalogue)
        if catalogue is None:
            built.errors.append(
                ContentError(
                    base.file,
                    "catalogue",
                    base.locator.line("deck", None, "catalogue"),
                    f'deck "{base.id}" names catalogue "{base.catalogue}", which is not loaded '
                    "— check the name, or fix that catalogue first",
                )
            )
    category_set = {c for p in parts for c in p.declared.get("category", ())}
    for located in cards:
        card = located.item
        if card.category not in category_set:
            built.errors.append(
                located.error(
                    "category", f'card "{card.id}" names unknown category "{card.category}"'
                )
            )
        for factor_id in card.factors:
            if catalogue is not None and not catalogue.has_factor(factor_id):
                built.errors.append(
                    located.error("factors", f'card "{card.id}" names unknown factor "{factor_id}"')
                )
    for located_category in categories:
        if not any(c.item.category == located_category.item.id for c in cards):
            built.warnings.append(
                located_category.warning(
                    "id", f'category "{located_category.item.id}" has no cards'
                )
            )
    if base is None or base.catalogue is None:
        return built
    needed: list[tuple[Located[_HasId], str, tuple[str, ...]]] = [
        *((c, "category", category_ids(c.item)) for c in categories),
        *((c, "card", card_ids(c.item)) for c in cards),
    ]
    _check_texts(built, texts, needed, base, strict)
    if not built.errors:
        built.value = Deck(
            base.id,
            base.version,
            base.catalogue,
            tuple(c.item for c in categories),
            tuple(c.item for c in cards),
            texts.languages,
        )
    return built
