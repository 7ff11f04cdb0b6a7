"""UI strings through Project Fluent, with English as the fallback.

This is the first slice of the resolver (UI strings only); the content engine extends it to
factors and cards with the person's address and gender form.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from fluent.runtime import FluentBundle, FluentResource

from desistkit_tui.core.resources import locales_root

REFERENCE_LANGUAGE = "en"
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "pl", "mk", "sk", "ro")

Args = Mapping[str, str | int | float]


@cache
def _ui_bundle(lang: str) -> FluentBundle | None:
    path = locales_root() / lang / "ui.ftl"
    if not path.is_file():
        return None
    # use_isolating=False: the terminal would show the FSI/PDI bidi marks as stray glyphs.
    bundle = FluentBundle([lang], use_isolating=False)
    bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def _format(bundle: FluentBundle, msg_id: str, args: Args) -> str | None:
    if not bundle.has_message(msg_id):
        return None
    message = bundle.get_message(msg_id)
    if message.value is None:
        return None
    text, errors = bundle.format_pattern(message.value, dict(args))
    return None if errors else str(text)


class UiText:
    """Formats UI strings in one language; falls back to English, never to an empty label."""

    def __init__(self, lang: str = REFERENCE_LANGUAGE) -> None:
        self.lang = lang if lang in SUPPORTED_LANGUAGES else REFERENCE_LANGUAGE

    def __call__(self, msg_id: str, /, **args: str | int | float) -> str:
        """The message ``msg_id`` formatted with ``args``."""
        for lang in (self.lang, REFERENCE_LANGUAGE):
            bundle = _ui_bundle(lang)
            if bundle is not None:
                text = _format(bundle, msg_id, args)
                if text is not None:
                    return text
        return msg_id
