"""The consent page: what the person reads before consenting, and keeps (issue 18).

Texts live in ``locales/<lang>/consent.ftl``, in all six languages with every address and
gender form (``desistkit locale check`` holds them to it). :func:`consent_page` returns the
page as a title and plain paragraphs, in the person's language and wording; printing it (one
PDF page) is the export layer's job (issue 15), which takes these paragraphs as they are.
The page is the person's own (purpose ``handout``): :func:`desistkit_tui.core.legal.check_export`
never refuses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.i18n.cldr import format_date
from desistkit_tui.core.model.legal import LegalBasis, Scope

#: Marks an item of the scope list (plain text: no markup anywhere on the page).
BULLET = "• "


@dataclass(frozen=True, slots=True)
class ConsentPage:
    """The page as plain text: a title, then paragraphs (scope items start with ``BULLET``)."""

    language: str
    title: str
    paragraphs: tuple[str, ...]

    def text(self) -> str:
        """The page as one text: the title, then each paragraph, separated by blank lines."""
        return "\n\n".join((self.title, *self.paragraphs)) + "\n"


def consent_page(loc: Localizer, basis: LegalBasis, lang: str | None = None) -> ConsentPage:
    """The consent page for ``basis`` in ``lang`` (else the language recorded for the consent
    text, else the person's), worded as ``loc``'s case asks (``loc.with_case``).

    The scope list shows what the record covers; a record whose scope is still empty (consent
    being asked for) lists every purpose the app knows, for the person to agree to or not.
    The recipients' roles are shown as the caseworker recorded them; the day only once given.
    """
    lang = lang or basis.language or loc.person

    def say(msg_id: str, **args: str) -> str:
        return loc.person_ui(msg_id, lang, **args)

    scope = [s for s in Scope if s in basis.scope] or list(Scope)
    paragraphs = [
        say("consent-page-intro"),
        say("consent-page-what"),
        "\n".join(
            [say("consent-page-scope")]
            + [BULLET + say(f"consent-page-scope-{s.value}") for s in scope]
        ),
    ]
    if basis.recipients:
        paragraphs.append(say("consent-page-recipients", recipients=", ".join(basis.recipients)))
    paragraphs += [
        say("consent-page-voluntary"),
        say("consent-page-withdraw"),
        say("consent-page-rights"),
    ]
    if basis.given is not None:
        paragraphs.append(say("consent-page-given", date=format_date(basis.given, lang, "long")))
    paragraphs.append(say("consent-page-keep"))
    return ConsentPage(lang, say("consent-page-title"), tuple(paragraphs))
