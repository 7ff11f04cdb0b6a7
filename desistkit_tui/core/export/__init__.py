"""Everything that leaves the vault on paper or as a file: one small export layer.

- :mod:`.document` — the typed document model (headings, paragraphs, lists, tables, a chart)
  and :func:`document_time` (the fixed creation date: reproducible bytes);
- :mod:`.markdown`, :mod:`.pdf` — its two renderers (PDF through fpdf2 with the shipped
  Noto Sans, subset-embedded);
- :mod:`.sink` — :func:`deliver`, the one safe way out (0600, temp file and rename, no
  overwrite without force, audit entry without content, the legal-basis ``gate``);
- :mod:`.encrypt` — ``age`` hand-over through pyrage;
- :mod:`.cards` — the printable DesistCards;
- :mod:`.case_docs` — the case report, the conference summary and the person's page;
- :mod:`.consent_page` — the consent page the person reads and keeps, as one page;
- :mod:`.subject_access` — everything about one case (GDPR art. 15/20), Markdown and JSON.

Nothing here imports Textual.
"""

from desistkit_tui.core.export.document import (
    Block,
    BulletList,
    Chart,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Series,
    Table,
    document_time,
)
from desistkit_tui.core.export.encrypt import Encryption
from desistkit_tui.core.export.sink import (
    Delivered,
    ExportRecord,
    Payload,
    deliver,
    write_file,
    write_folder,
    zip_bytes,
)
from desistkit_tui.core.legal import Purpose

__all__ = [
    "Block",
    "BulletList",
    "Chart",
    "Delivered",
    "Document",
    "Encryption",
    "ExportRecord",
    "Heading",
    "PageBreak",
    "Paragraph",
    "Payload",
    "Purpose",
    "Series",
    "Table",
    "deliver",
    "document_time",
    "write_file",
    "write_folder",
    "zip_bytes",
]
