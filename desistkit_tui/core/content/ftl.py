"""Fluent files: parsing (once, cached), syntax errors with lines, and the shape of messages.

The shape of a message (the variables it uses, its select expressions) serves both the deck
check here and ``desistkit locale check`` in :mod:`desistkit_tui.core.i18n.check`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from desistkit_tui.core.content.model import FtlFile
from desistkit_tui.core.errors import ContentError, ContentIssue, ContentWarning
from desistkit_tui.core.languages import SELECT_DEFAULTS, SELECT_VALUES
from desistkit_tui.core.text import unsafe_characters

#: Variables every deck message is formatted with; a translation may select on them freely.
WORDING_VARIABLES = frozenset(SELECT_VALUES)
_JUNK_ID = re.compile(r"\s*(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=")


@lru_cache(maxsize=256)
def parse_ftl(text: str) -> ast.Resource:
    """The Fluent AST of ``text`` (with spans), parsed once per distinct text.

    Placeables nested a few hundred deep exhaust the parser's recursion: the whole file is
    then one unparsable entry (a syntax error for the deck check; nothing for the bundle).
    """
    try:
        return FluentParser(with_spans=True).parse(text)
    except RecursionError:
        note = ast.Annotation("nesting", [], "placeables nested far too deeply")
        note.add_span(0, 0)
        junk = ast.Junk(text, annotations=[note])
        junk.add_span(0, len(text))
        return ast.Resource([junk])


def line_at(text: str, offset: int) -> int:
    """The 1-based line of a character offset."""
    return text.count("\n", 0, offset) + 1


def syntax_errors(ftl: FtlFile) -> list[ContentError]:
    """One error per unparsable entry (Fluent "Junk"), at the line where parsing failed."""
    errors: list[ContentError] = []
    for entry in parse_ftl(ftl.text).body:
        if not isinstance(entry, ast.Junk):
            continue
        offset = entry.span.start if entry.span else 0
        detail = "unparsable entry"
        if entry.annotations:
            annotation = entry.annotations[0]
            detail = f"{annotation.code}: {annotation.message}"
            if annotation.span is not None:
                offset = annotation.span.start
        match = _JUNK_ID.match(entry.content or "")
        key = match.group(1) if match else None
        errors.append(
            ContentError(ftl.path, key, line_at(ftl.text, offset), f"Fluent syntax error: {detail}")
        )
    return errors


def control_characters(ftl: FtlFile) -> list[ContentError]:
    """An error for each control or bidi character (:mod:`desistkit_tui.core.text`): texts
    reach the terminal as they are. Tabs, line feeds and the CR of a CRLF line end are fine."""
    text = ftl.text
    return [
        ContentError(
            ftl.path,
            None,
            line_at(text, offset),
            f"control character U+{ord(char):04X} — remove it (it would act on the terminal)",
        )
        for offset, char in unsafe_characters(text, multiline=True)
        if not (char == "\r" and text.startswith("\n", offset + 1))
    ]


def messages(ftl: FtlFile) -> dict[str, ast.Message]:
    """The messages of one file by id (for a repeated id, the later one, as formatting does)."""
    return {
        entry.id.name: entry for entry in parse_ftl(ftl.text).body if isinstance(entry, ast.Message)
    }


def message_line(ftl: FtlFile, message: ast.Message) -> int:
    """The line a message starts on."""
    return line_at(ftl.text, message.span.start) if message.span else 1


@dataclass(frozen=True, slots=True)
class Select:
    """One select expression: what it selects on and its variant keys."""

    variable: str | None
    keys: tuple[str, ...]
    default: str
    line: int


@dataclass(frozen=True, slots=True)
class Shape:
    """The variables a message uses and its select expressions."""

    variables: frozenset[str]
    selects: tuple[Select, ...]

    @property
    def selector_variables(self) -> frozenset[str]:
        """The variables some select expression selects on."""
        return frozenset(s.variable for s in self.selects if s.variable is not None)


class _ShapeVisitor(Visitor):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.variables: set[str] = set()
        self.selects: list[Select] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        selector: ast.BaseNode = node.selector
        if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        variable = selector.id.name if isinstance(selector, ast.VariableReference) else None
        keys = tuple(
            v.key.name if isinstance(v.key, ast.Identifier) else str(v.key.value)
            for v in node.variants
        )
        default = next((k for k, v in zip(keys, node.variants, strict=True) if v.default), "")
        line = line_at(self.text, node.span.start) if node.span else 1
        self.selects.append(Select(variable, keys, default, line))
        self.generic_visit(node)


def shape(ftl: FtlFile, message: ast.Message) -> Shape:
    """The shape of one message of ``ftl`` (value and attributes)."""
    visitor = _ShapeVisitor(ftl.text)
    visitor.visit(message)
    return Shape(frozenset(visitor.variables), tuple(visitor.selects))


def wording_select_warnings(ftl: FtlFile) -> list[ContentIssue]:
    """Warnings for ``$address``/``$gender`` selects with unknown keys or an unusual default."""
    found: list[ContentIssue] = []
    for msg_id, message in messages(ftl).items():
        for select in shape(ftl, message).selects:
            variable = select.variable
            if variable is None or variable not in SELECT_VALUES:
                continue
            known, default = SELECT_VALUES[variable], SELECT_DEFAULTS[variable]
            for key in select.keys:
                if key not in known:
                    found.append(
                        ContentWarning(
                            ftl.path,
                            msg_id,
                            select.line,
                            f'${variable} has no value "{key}" — use one of {", ".join(known)}',
                        )
                    )
            if select.default != default:
                found.append(
                    ContentWarning(
                        ftl.path,
                        msg_id,
                        select.line,
                        f"the default branch of ${variable} should be "
                        f"*[{default}], not *[{select.default}]",
                    )
                )
    return found
