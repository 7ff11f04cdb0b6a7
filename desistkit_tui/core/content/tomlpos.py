"""Line numbers for TOML keys.

``tomli`` (the stdlib's ``tomllib``, compiled) returns plain data without positions, so errors are located by scanning the raw
text once: each ``[table]`` / ``[[array]]`` header starts a section, and each ``key =`` line
inside it is remembered. :meth:`TomlLocator.line` then maps ``([[card]] #n, key)`` to a line.
The scan understands comments and multi-line strings well enough for content files; when it
cannot find a key it answers with the section's header line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADER = re.compile(r"^\s*(\[\[|\[)\s*([A-Za-z0-9_.-]+)\s*(\]\]|\])\s*(#.*)?$")
# A bare key, or a quoted one ("flow.next" = …, as the settings' [keys] table has them).
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=""")
_TOML_ERROR_LINE = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(slots=True)
class _Section:
    name: str | None
    ordinal: int | None
    header_line: int
    keys: dict[str, int] = field(default_factory=dict)


class TomlLocator:
    """Finds the line of a key in one TOML document."""

    def __init__(self, text: str) -> None:
        self._sections: list[_Section] = [_Section(None, None, 1)]
        counts: dict[str, int] = {}
        in_multiline: str | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_multiline is not None:
                if raw.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(raw)
            if header is not None:
                name = header.group(2)
                ordinal: int | None = None
                if header.group(1) == "[[":
                    ordinal = counts.get(name, 0)
                    counts[name] = ordinal + 1
                self._sections.append(_Section(name, ordinal, number))
                continue
            key = _KEY.match(raw)
            if key is not None:
                name = key.group(1) or key.group(2) or key.group(3)
                self._sections[-1].keys.setdefault(name, number)
            for quote in ('"""', "'''"):
                if raw.count(quote) % 2 == 1:
                    in_multiline = quote
                    break

    def _section(self, table: str | None, index: int | None) -> _Section | None:
        for section in self._sections:
            if section.name == table and (index is None or section.ordinal == index):
                return section
        return None

    def line(self, table: str | None, index: int | None = None, key: str | None = None) -> int:
        """The line of ``key`` in ``[table]`` or the ``index``-th ``[[table]]`` (0-based).

        ``table=None`` means the top level, before any header. Falls back to the header's line
        when the key is absent, and to line 1 when the table cannot be found.
        """
        section = self._section(table, index)
        if section is None:
            return 1
        if key is not None and key in section.keys:
            return section.keys[key]
        return section.header_line

    def first(self, name: str) -> int:
        """The first header named ``name``, else a top-level key ``name``, else line 1."""
        section = self._section(name, None)
        if section is not None:
            return section.header_line
        return self.line(None, None, name)


def toml_error_line(message: str) -> int | None:
    """The line number inside a :class:`tomli.TOMLDecodeError` message, if it has one."""
    match = _TOML_ERROR_LINE.search(message)
    return int(match.group(1)) if match else None
