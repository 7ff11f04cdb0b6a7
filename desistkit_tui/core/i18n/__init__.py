"""Languages: one resolver for UI strings, factor texts and card texts, plus CLDR helpers.

The pieces, all re-exported here:

- :class:`Wording` — the case's ``address`` (formal | informal) and ``gender`` form.
- :class:`Texts` — formats any message in any language: ``ui(lang, id, **args)``,
  ``deck_message(deck, id, lang, wording, args)`` and helpers (``factor_title``,
  ``factor_question``, ``card_text``, ``card_option``, …). English is the fallback.
- :class:`Localizer` — ``Texts`` bound to the UI language, the person's language and wording.
- :class:`UiText` — ``UiText(lang)(msg_id, **args)`` for UI strings only.
- :func:`plural_category`, :func:`plural_categories`, :func:`format_date`,
  :func:`format_number` — CLDR data through Babel.
- :mod:`desistkit_tui.core.i18n.check` — ``desistkit locale check`` (imported on demand).
"""

from desistkit_tui.core.content.model import REFERENCE_LANGUAGE, SUPPORTED_LANGUAGES
from desistkit_tui.core.i18n.cldr import (
    DateFormat,
    format_date,
    format_number,
    plural_categories,
    plural_category,
)
from desistkit_tui.core.i18n.localizer import Localizer, UiText
from desistkit_tui.core.i18n.resolver import Arg, Args, Texts, fallback_chain
from desistkit_tui.core.i18n.wording import (
    ADDRESSES,
    DEFAULT_WORDING,
    GENDERS,
    Address,
    Gender,
    Wording,
)

__all__ = [
    "ADDRESSES",
    "DEFAULT_WORDING",
    "GENDERS",
    "REFERENCE_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "Address",
    "Arg",
    "Args",
    "DateFormat",
    "Gender",
    "Localizer",
    "Texts",
    "UiText",
    "Wording",
    "fallback_chain",
    "format_date",
    "format_number",
    "plural_categories",
    "plural_category",
]
