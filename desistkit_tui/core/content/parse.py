"""Reading one ``catalogue.toml`` or ``deck.toml`` into typed items, each with its location.

This stage checks what one file can tell on its own: TOML syntax, the schema version, unknown
and missing keys, value types and formats. Checks that need more than one item (duplicates,
references) run afterwards in :mod:`desistkit_tui.core.content.validate`, which is why every
item comes back wrapped in :class:`Located`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

import tomli

from desistkit_tui.core.content.model import (
    SCHEMA_VERSION,
    Area,
    Card,
    CardKind,
    Category,
    Factor,
)
from desistkit_tui.core.content.tomlpos import TomlLocator, toml_error_line
from desistkit_tui.core.errors import ContentError, ContentWarning

ID_PATTERN = re.compile(r"[a-z][a-z0-9-]*")
_VERSION = re.compile(r"\d+\.\d+\.\d+")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_ASCII_MARK = re.compile(r"[!-~]{1,2}")
_VARIATION_SELECTORS = frozenset("\ufe0e\ufe0f")

FileKind = Literal["catalogue", "cards"]
_T = TypeVar("_T", covariant=True)


@dataclass(frozen=True, slots=True)
class Located(Generic[_T]):
    """An item together with where it was defined (``[[table]]`` number ``index``)."""

    item: _T
    file: str
    locator: TomlLocator
    table: str
    index: int

    def line(self, key: str | None = None) -> int:
        """The line of ``key`` in this item's table (its header line if the key is absent)."""
        return self.locator.line(self.table, self.index, key)

    def error(self, key: str | None, message: str) -> ContentError:
        """An error about this item."""
        return ContentError(self.file, key, self.line(key), message)

    def warning(self, key: str | None, message: str) -> ContentWarning:
        """A warning about this item."""
        return ContentWarning(self.file, key, self.line(key), message)

    @property
    def folder(self) -> str:
        """The display path of the folder the item's file is in."""
        return self.file.rpartition("/")[0]


@dataclass(frozen=True, slots=True)
class Header:
    """The ``[deck]`` table of a file."""

    id: str
    kind: FileKind
    version: str
    catalogue: str | None
    file: str
    locator: TomlLocator


@dataclass(slots=True)
class ParsedFile:
    """What one structure file yielded; items that failed their own checks are left out."""

    file: str
    header: Header | None = None
    areas: list[Located[Area]] = field(default_factory=list)
    factors: list[Located[Factor]] = field(default_factory=list)
    categories: list[Located[Category]] = field(default_factory=list)
    cards: list[Located[Card]] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[ContentWarning] = field(default_factory=list)
    #: Every valid id per table, also of items left out, so references to them do not cascade.
    declared: dict[str, set[str]] = field(default_factory=dict)


def is_one_glyph(text: str) -> bool:
    """Whether ``text`` is one visible character (with combining marks or a variation selector)."""
    base = [
        c
        for c in text
        if c not in _VARIATION_SELECTORS and unicodedata.category(c) not in ("Mn", "Me")
    ]
    return len(base) == 1 and unicodedata.category(base[0])[0] not in ("C", "Z")


def _type_name(value: object) -> str:
    names = {str: "a string", int: "a number", float: "a number", bool: "true/false"}
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return names.get(type(value), type(value).__name__)


class _Reader:
    """Reads the keys of one table, recording errors with their lines."""

    def __init__(
        self,
        parsed: ParsedFile,
        locator: TomlLocator,
        table: str,
        index: int | None,
        data: Mapping[str, object],
    ) -> None:
        self.parsed = parsed
        self.locator = locator
        self.table = table
        self.index = index
        self.data = data
        self.label = f"[{table}]" if index is None else f"{table} #{index + 1}"
        self.ok = True

    def error(self, key: str | None, message: str) -> None:
        self.ok = False
        line = self.locator.line(self.table, self.index, key)
        self.parsed.errors.append(ContentError(self.parsed.file, key, line, message))

    def check_keys(self, required: Sequence[str], optional: Sequence[str] = ()) -> None:
        allowed = (*required, *optional)
        for key in self.data:
            if key not in allowed:
                self.error(
                    key,
                    f'{self.label} has unknown key "{key}" — allowed keys: {", ".join(allowed)}',
                )
        for key in required:
            if key not in self.data:
                self.error(key, f'{self.label} is missing key "{key}"')

    def text(self, key: str, pattern: re.Pattern[str] | None = None, what: str = "") -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(key, f'{self.label}: "{key}" must be a string, not {_type_name(value)}')
            return None
        if pattern is not None and not pattern.fullmatch(value):
            self.error(key, f'{self.label}: {key} "{value}" {what}')
            return None
        return value

    def ident(self, key: str) -> str | None:
        return self.text(key, ID_PATTERN, "is not a valid id — use a-z, 0-9 and -, from a letter")

    def idents(self, key: str, low: int = 0, high: int | None = None) -> tuple[str, ...] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(key, f'{self.label}: "{key}" must be a list of ids, not {_type_name(value)}')
            return None
        items = tuple(str(v) for v in value)
        bad = [v for v in items if not ID_PATTERN.fullmatch(v)]
        if bad:
            self.error(key, f'{self.label}: "{key}" has an invalid id "{bad[0]}" — use a-z, 0-9, -')
            return None
        dupes = sorted({v for v in items if items.count(v) > 1})
        if dupes:
            self.error(key, f'{self.label}: "{key}" names "{dupes[0]}" twice')
            return None
        if len(items) < low or (high is not None and len(items) > high):
            span = f"{low} to {high}" if high is not None else f"at least {low}"
            self.error(key, f'{self.label}: "{key}" has {len(items)} ids; it needs {span}')
            return None
        return items

    def name(self, what: str, item_id: str | None) -> None:
        if item_id is not None:
            self.label = f'{what} "{item_id}"'
            self.parsed.declared.setdefault(self.table, set()).add(item_id)


def _tables(
    parsed: ParsedFile, locator: TomlLocator, data: Mapping[str, object], table: str
) -> list[tuple[int, Mapping[str, object]]]:
    """The tables of an array of tables, or an error if ``table`` is something else."""
    value = data.get(table, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        message = f'"{table}" must be an array of tables: write [[{table}]]'
        parsed.errors.append(ContentError(parsed.file, table, locator.first(table), message))
        return []
    return list(enumerate(value))


def _read_area(r: _Reader) -> Area | None:
    area_id = r.ident("id")
    r.name("area", area_id)
    r.check_keys(("id",))
    return Area(area_id) if r.ok and area_id is not None else None


def _read_factor(r: _Reader) -> Factor | None:
    factor_id = r.ident("id")
    r.name("factor", factor_id)
    r.check_keys(("id", "area", "caseworker_questions", "person_questions"))
    area = r.ident("area")
    cw = r.idents("caseworker_questions", 2, 4)
    ask = r.idents("person_questions", 2, 4)
    if not r.ok or factor_id is None or area is None or cw is None or ask is None:
        return None
    return Factor(factor_id, area, cw, ask)


def _read_category(r: _Reader) -> Category | None:
    category_id = r.ident("id")
    r.name("category", category_id)
    r.check_keys(("id", "symbol", "ascii", "colour"))
    symbol = r.text("symbol")
    if symbol is not None and not is_one_glyph(symbol):
        r.error("symbol", f'{r.label}: symbol "{symbol}" must be exactly one Unicode glyph')
    ascii_mark = r.text("ascii", _ASCII_MARK, "must be one or two printable ASCII characters")
    colour = r.text("colour", _COLOUR, "must be a colour written #RRGGBB")
    if not r.ok or category_id is None or symbol is None or ascii_mark is None or colour is None:
        return None
    return Category(category_id, symbol, ascii_mark, colour)


def _read_card(r: _Reader) -> Card | None:
    card_id = r.ident("id")
    r.name("card", card_id)
    r.check_keys(("id", "category", "kind"), ("factors", "options"))
    category = r.ident("category")
    kinds = ", ".join(k.value for k in CardKind)
    kind_text = r.text("kind")
    kind: CardKind | None = None
    if kind_text is not None:
        try:
            kind = CardKind(kind_text)
        except ValueError:
            r.error("kind", f'{r.label}: kind "{kind_text}" is not one of {kinds}')
    factors = r.idents("factors") if "factors" in r.data else ()
    options: tuple[str, ...] | None = ()
    if kind is CardKind.RESOURCE:
        if "options" not in r.data:
            r.error("options", f"resource {r.label} needs options (4 to 10 ids)")
        options = r.idents("options", 4, 10)
    elif "options" in r.data and kind is not None:
        r.error("options", f"{r.label} is a {kind.value} card; only resource cards have options")
    if not r.ok or card_id is None or category is None or kind is None:
        return None
    if factors is None or options is None:
        return None
    return Card(card_id, category, kind, factors, options)


_TOP_KEYS: dict[FileKind, tuple[str, ...]] = {
    "catalogue": ("schema", "deck", "area", "factor"),
    "cards": ("schema", "deck", "category", "card"),
}


def _read_header(
    parsed: ParsedFile, locator: TomlLocator, data: Mapping[str, object], kind: FileKind
) -> Header | None:
    table = data.get("deck")
    if not isinstance(table, dict):
        message = "missing [deck] table" if "deck" not in data else "deck must be a [deck] table"
        parsed.errors.append(ContentError(parsed.file, "deck", locator.first("deck"), message))
        return None
    r = _Reader(parsed, locator, "deck", None, table)
    r.check_keys(("id", "kind", "version", *(("catalogue",) if kind == "cards" else ())))
    deck_id = r.ident("id")
    file_kind = r.text("kind")
    if file_kind is not None and file_kind != kind:
        r.error("kind", f'[deck] kind is "{file_kind}"; in this file it must be "{kind}"')
    version = r.text("version", _VERSION, "must be a version like 1.0.0")
    catalogue = r.ident("catalogue") if kind == "cards" else None
    if not r.ok or deck_id is None or version is None:
        return None
    return Header(deck_id, kind, version, catalogue, parsed.file, locator)


def parse_structure(text: str, file: str, kind: FileKind) -> ParsedFile:
    """Parse one structure file; never raises, errors are collected in the result."""
    parsed = ParsedFile(file)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        message = str(exc).split(" (at line")[0]
        parsed.errors.append(
            ContentError(file, None, toml_error_line(str(exc)), f"not valid TOML: {message}")
        )
        return parsed
    except RecursionError:  # tomli parses nested arrays and tables recursively
        message = "not valid TOML here: values nested far too deeply"
        parsed.errors.append(ContentError(file, None, None, message))
        return parsed
    locator = TomlLocator(text)
    for key in data:
        if key not in _TOP_KEYS[kind]:
            allowed = ", ".join(_TOP_KEYS[kind])
            message = f'unknown key "{key}" — allowed: {allowed}'
            parsed.errors.append(ContentError(file, key, locator.first(key), message))
    schema = data.get("schema")
    if schema is None:
        parsed.errors.append(ContentError(file, "schema", 1, f"missing schema = {SCHEMA_VERSION}"))
        return parsed
    if not isinstance(schema, int) or isinstance(schema, bool):
        line = locator.line(None, None, "schema")
        parsed.errors.append(ContentError(file, "schema", line, "schema must be a whole number"))
        return parsed
    if schema != SCHEMA_VERSION:
        parsed.errors.append(
            ContentError(
                file,
                "schema",
                locator.line(None, None, "schema"),
                f"unsupported schema version {schema} — this DesistKit reads version "
                f"{SCHEMA_VERSION}; update DesistKit or use a deck made for it",
            )
        )
        return parsed
    parsed.header = _read_header(parsed, locator, data, kind)
    if kind == "catalogue":
        for i, table in _tables(parsed, locator, data, "area"):
            area = _read_area(_Reader(parsed, locator, "area", i, table))
            if area is not None:
                parsed.areas.append(Located(area, file, locator, "area", i))
        for i, table in _tables(parsed, locator, data, "factor"):
            factor = _read_factor(_Reader(parsed, locator, "factor", i, table))
            if factor is not None:
                parsed.factors.append(Located(factor, file, locator, "factor", i))
    else:
        for i, table in _tables(parsed, locator, data, "category"):
            category = _read_category(_Reader(parsed, locator, "category", i, table))
            if category is not None:
                parsed.categories.append(Located(category, file, locator, "category", i))
        for i, table in _tables(parsed, locator, data, "card"):
            card = _read_card(_Reader(parsed, locator, "card", i, table))
            if card is not None:
                parsed.cards.append(Located(card, file, locator, "card", i))
    return parsed
