"""The consent page on paper: :func:`desistkit_tui.core.consent.consent_page` as one page.

The texts are the consent page's own, in the person's language and wording, taken as they are:
the title becomes the document's title, each paragraph a paragraph, and the scope list (its
items start with :data:`~desistkit_tui.core.consent.BULLET`) a bulleted list. A blank page
(:func:`blank_consent_document`: no case, no vault) lists every purpose the app knows, for the
person to read before agreeing to some or none. Printing it is purpose ``handout``: the page is
the person's own, and the legal-basis check never refuses it.
"""

from __future__ import annotations

from datetime import datetime

from desistkit_tui.core.consent import BULLET, ConsentPage, consent_page
from desistkit_tui.core.export.document import Block, BulletList, Document, Paragraph
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model.legal import LegalBasis


def consent_document(page: ConsentPage, created: datetime, footer: str = "") -> Document:
    """``page`` as a one-page :class:`Document` (``footer``: e.g. the case code)."""
    blocks: list[Block] = []
    for paragraph in page.paragraphs:
        lines = paragraph.split("\n")
        text = [line for line in lines if not line.startswith(BULLET)]
        items = [line[len(BULLET) :] for line in lines if line.startswith(BULLET)]
        if text:
            blocks.append(Paragraph("\n".join(text)))
        if items:
            blocks.append(BulletList(tuple(items)))
    return Document(
        title=page.title,
        lang=page.language,
        created=created,
        blocks=tuple(blocks),
        footer=footer,
    )


def blank_consent_document(loc: Localizer, created: datetime, lang: str | None = None) -> Document:
    """The consent page before consent is recorded: every purpose listed, no recipients, no
    day; in ``lang`` (else ``loc``'s person language) and ``loc``'s wording."""
    return consent_document(consent_page(loc, LegalBasis(), lang), created)
