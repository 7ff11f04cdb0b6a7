"""Languages: one resolver for UI strings, factor texts and card texts, plus CLDR helpers.

Which languages exist, and the address and gender forms, are in
:mod:`desistkit_tui.core.languages` (the registry). The pieces here, all re-exported:

- :class:`Localizer` — the one way into translated text for screens and the CLI: called as
  ``t(msg_id, **args)`` for a UI string; methods for factor, card and person-facing texts,
  language names, dates and plural categories. Screens use ``self.t`` (the app's) and
  ``self.dk.localizer(case)``; the CLI builds one with ``Localizer.create(lang, content)``.
- :class:`Texts` — the resolver beneath it: formats any message in any language, with the
  reference language as the fallback.
- :class:`Wording` — the case's address and gender form.
- :func:`plural_category`, :func:`plural_categories`, :func:`format_date`,
  :func:`format_number` — CLDR data through Babel.
- :mod:`desistkit_tui.core.i18n.check` — ``desistkit locale check`` (imported on demand).
"""

from desistkit_tui.core.i18n.cldr import (
    DateFormat,
    format_date,
    format_number,
    plural_categories,
    plural_category,
)
from desistkit_tui.core.i18n.localizer import Localizer
from desistkit_tui.core.i18n.resolver import Arg, Args, Texts
from desistkit_tui.core.i18n.wording import DEFAULT_WORDING, Wording

__all__ = [
    "DEFAULT_WORDING",
    "Arg",
    "Args",
    "DateFormat",
    "Localizer",
    "Texts",
    "Wording",
    "format_date",
    "format_number",
    "plural_categories",
    "plural_category",
]
