"""Schema versions of vault documents, their migrations, and strict field access.

Every TOML document in a vault carries ``schema = N`` and ``kind = "..."``. Loading a document
of an older schema runs the registered migrations one step at a time, in memory; the next save
writes the current schema. A newer schema than this program knows is refused, never guessed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Set
from datetime import date, datetime
from typing import Any, TypeVar, cast

from desistkit_tui.core import languages
from desistkit_tui.core.errors import ErrorArg, Schema, SchemaError, UnsupportedVersion
from desistkit_tui.core.text import safe

Doc = dict[str, Any]
Migration = Callable[[Doc], Doc]
T = TypeVar("T")

#: The schema each document kind is written in.
CURRENT: dict[str, int] = {
    "case": 5,
    "session": 1,
    "draft": 1,
    "index": 5,
    "audit": 4,
}


def _case_1_to_2(doc: Doc) -> Doc:
    """Case schema 2 adds goals and interventions (none yet) and the last reflection's day."""
    doc.setdefault("goals", [])
    doc.setdefault("interventions", [])
    return doc


def _index_1_to_2(doc: Doc) -> Doc:
    """Index schema 2 adds goal and reflection fields: forget the entries; they are re-read."""
    doc["cases"] = []
    return doc


def _case_2_to_3(doc: Doc) -> Doc:
    """Case schema 3 lists its saved sessions (``sessions``). An older document has no list:
    it stays absent (``Case.sessions is None``) until the first open for writing adopts the
    session files present then (docs/vault-format.md, Rollbacks and deletions)."""
    return doc


def _case_3_to_4(doc: Doc) -> Doc:
    """Case schema 4 records the legal basis (``[legal]``): an older case has none recorded
    and loads as "to be recorded" (docs/data-protection.md, "Legal basis and consent")."""
    doc.setdefault("legal", {"kind": "to-be-recorded"})
    return doc


def _case_4_to_5(doc: Doc) -> Doc:
    """Case schema 5 keeps the retention history (``retention_history``: each extension of the
    retention date, with its reason): an older case has none."""
    doc.setdefault("retention_history", [])
    return doc


def _index_2_to_3(doc: Doc) -> Doc:
    """Index schema 3 adds the ledger of case ids and revisions: none yet, the cases present
    are adopted at the next refresh."""
    doc.setdefault("ledger", [])
    return doc


def _audit_1_to_2(doc: Doc) -> Doc:
    """Audit schema 2 may name the case's kind of legal basis (``basis``); older entries do
    not. Read in memory only: an entry's bytes are never rewritten (they are chained)."""
    return doc


def _audit_2_to_3(doc: Doc) -> Doc:
    """Audit schema 3 may say what an export was (``detail``: purpose, kind, options,
    encryption); older entries do not. Read in memory only, like schema 1."""
    return doc


def _audit_3_to_4(doc: Doc) -> Doc:
    """Audit schema 4 may give a retention extension's dates (``detail``: previous, until);
    older entries do not. Read in memory only, like schema 1."""
    return doc


def _index_3_to_4(doc: Doc) -> Doc:
    """Index schema 4 is JSON (docs/vault-format.md §9): each case a row, the ledger rows of
    ``[id, code, rev]``. The case rows are a cache: forgotten, re-read at the next refresh (one
    rebuild migrates); the ledger is carried over (it is not a cache)."""
    ledger = doc.get("ledger", [])
    doc["cases"] = []
    doc["ledger"] = [
        [entry.get("id"), entry.get("code"), entry.get("rev")]
        for entry in (ledger if isinstance(ledger, list) else [])
        if isinstance(entry, dict)
    ]
    return doc


def _index_4_to_5(doc: Doc) -> Doc:
    """Index schema 5 spreads the rows and the ledger over shards (docs/vault-format.md §9);
    a schema-4 document holds them all, in the same row format: read once and split."""
    return doc


#: ``MIGRATIONS[kind][n]`` turns a schema-n document into schema n+1.
MIGRATIONS: dict[str, dict[int, Migration]] = {kind: {} for kind in CURRENT}
MIGRATIONS["case"][1] = _case_1_to_2
MIGRATIONS["case"][2] = _case_2_to_3
MIGRATIONS["case"][3] = _case_3_to_4
MIGRATIONS["case"][4] = _case_4_to_5
MIGRATIONS["audit"][1] = _audit_1_to_2
MIGRATIONS["audit"][2] = _audit_2_to_3
MIGRATIONS["audit"][3] = _audit_3_to_4
MIGRATIONS["index"][1] = _index_1_to_2
MIGRATIONS["index"][2] = _index_2_to_3
MIGRATIONS["index"][3] = _index_3_to_4
MIGRATIONS["index"][4] = _index_4_to_5


def upgrade(
    doc: Doc,
    kind: str,
    path: str,
    current: Mapping[str, int] = CURRENT,
    migrations: Mapping[str, Mapping[int, Migration]] = MIGRATIONS,
) -> Doc:
    """Check ``doc``'s kind and schema and migrate it to the current schema."""
    if doc.get("kind") != kind:
        raise SchemaError(path, "kind", Schema.UNKNOWN_VALUE, value=str(doc.get("kind")))
    schema = doc.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise SchemaError(path, "schema", Schema.TOO_SMALL, low=1)
    target = current[kind]
    if schema > target:
        raise UnsupportedVersion(path, schema)
    while schema < target:
        step = migrations.get(kind, {}).get(schema)
        if step is None:
            raise SchemaError(path, "schema", Schema.NO_MIGRATION, schema=schema, document=kind)
        doc = step(dict(doc))
        schema += 1
        doc["schema"] = schema
    return doc


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def field_names(cls: type) -> frozenset[str]:
    """The field names of a dataclass: the keys its documents may hold (computed once)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls))
    return names


class Fields:
    """Reads a document's fields with types checked; errors name the file and key.

    The one set of typed readers for every TOML document and body the app saves (cases,
    plans, reflections, card sessions, the audit log).
    """

    def __init__(self, doc: Doc, path: str, allowed: Set[str]) -> None:
        self.doc, self.path = doc, path
        for key in doc.keys() - allowed - {"schema", "kind"}:
            raise SchemaError(path, key, Schema.UNKNOWN_KEY)

    def get(self, key: str, typ: type[T], default: T | None = None) -> T:
        """The field as a ``typ``; text comes back with terminal control characters
        neutralised (newlines and tabs kept), so nothing read from a vault can drive the
        terminal, whatever the screen, report or command that shows it."""
        value = self.doc.get(key, default)
        if value is None:
            raise SchemaError(self.path, key, Schema.MISSING)
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            raise SchemaError.wrong_type(self.path, key, typ.__name__, value)
        if isinstance(value, str):
            return cast(T, safe(value, multiline=True))
        return value

    def choice(self, key: str, enum: Callable[[str], T], default: str | None = None) -> T:
        raw = self.get(key, str, default)
        try:
            return enum(raw)
        except ValueError:
            raise SchemaError(self.path, key, Schema.UNKNOWN_VALUE, value=raw) from None

    def error(self, key: str, problem: Schema, **args: ErrorArg) -> SchemaError:
        """A :class:`SchemaError` naming this document and ``key``."""
        return SchemaError(self.path, key, problem, **args)

    def texts(self, key: str, *, required: bool = False, unique: bool = False) -> tuple[str, ...]:
        """A list of strings (missing: empty, or an error if ``required``); ``unique``: no
        item may appear twice."""
        items = self.get(key, list, None if required else [])
        if not all(isinstance(item, str) for item in items):
            raise self.error(key, Schema.WRONG_TYPE, expected="list[str]", found="list")
        if unique and len(set(items)) != len(items):
            raise self.error(key, Schema.REPEATED)
        return tuple(safe(item, multiline=True) for item in items)

    def tables(self, key: str, *, required: bool = False) -> list[Doc]:
        """A list of tables (``[[key]]``; missing: empty, or an error if ``required``)."""
        items = self.get(key, list, None if required else [])
        if not all(isinstance(item, dict) for item in items):
            raise self.error(key, Schema.WRONG_TYPE, expected="list[table]", found="list")
        return items

    def language(self, key: str, *, allow_empty: bool = False) -> str:
        """A language code DesistKit speaks (``""`` too, if ``allow_empty``)."""
        value = self.get(key, str)
        if languages.is_supported(value) or (allow_empty and value == ""):
            return value
        raise self.error(key, Schema.UNKNOWN_VALUE, value=value)

    def day(self, key: str) -> date:
        value = self.date_or_none(key)
        if value is None:
            raise self.error(key, Schema.MISSING)
        return value

    def date_or_none(self, key: str) -> date | None:
        value = self.doc.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise SchemaError.wrong_type(self.path, key, "date", value)
        return value

    def datetime(self, key: str) -> datetime:
        value = self.get(key, datetime)
        if value.tzinfo is None:
            raise SchemaError(self.path, key, Schema.NO_TIME_ZONE)
        return value
