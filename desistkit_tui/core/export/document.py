"""A document as data: headings, paragraphs, lists, tables and a chart, then rendered.

Every printed or exported case document (report, conference summary, the person's page, the
subject-access export's readable part) is built as a :class:`Document` first, with texts
already in their language, and only then turned into Markdown (:mod:`.markdown`) or PDF
(:mod:`.pdf`). So what a document contains — and what it leaves out — is decided once, here in
data, and tested without parsing a PDF.

Text in a document is plain text: the renderers escape it for their format, and user text
never becomes markup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time

from desistkit_tui.core.compat import UTC


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; ``level`` 1 is the document's title, 2 a section, 3 a subsection."""

    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph. ``quote`` marks the person's own words (set apart in both formats);
    ``small`` a note in smaller print."""

    text: str
    quote: bool = False
    small: bool = False


@dataclass(frozen=True, slots=True)
class BulletList:
    """A list of items (``numbered`` for an order that matters)."""

    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a chart: a value (or ``None``: not recorded) per x position."""

    label: str
    values: tuple[int | None, ...]
    #: Drawn dashed (the caseworker's view beside the person's solid line).
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """A small line chart: x positions (dates), y levels with their names (low first).

    The PDF draws it; Markdown shows it as a table (x positions as rows).
    """

    title: str
    x_labels: tuple[str, ...]
    y_labels: tuple[str, ...]
    series: tuple[Series, ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page (PDF only)."""


Block = Heading | Paragraph | BulletList | Table | Chart | PageBreak


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document: its title, language, time of making and blocks in order."""

    title: str
    lang: str
    created: datetime
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    #: A line under the title (what the document is, for whom, when).
    subtitle: str = ""
    #: A short line at the foot of every PDF page ("pseudonymous", "not encrypted"…).
    footer: str = ""


def document_time(today: date | None = None, environ: os._Environ[str] | None = None) -> datetime:
    """The creation time written into an export: ``SOURCE_DATE_EPOCH`` when set (reproducible
    builds' convention), else the start of ``today`` (UTC) — never the clock's seconds, so the
    same input on the same day gives the same bytes."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    day = today or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)
