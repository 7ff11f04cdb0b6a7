"""Which interface language the TUI starts in: --lang, DESISTKIT_LANG, the system locale."""

from __future__ import annotations

import pytest

from desistkit_tui.core.config import ui_language


@pytest.mark.parametrize(
    ("explicit", "environ", "expected"),
    [
        (None, {}, "en"),
        (None, {"LANG": "C"}, "en"),
        (None, {"LANG": "C.UTF-8", "LANGUAGE": "de"}, "en"),  # C locale: LANGUAGE is ignored
        (None, {"LANG": "de_DE.UTF-8"}, "de"),
        (None, {"LANG": "sk_SK.utf8@euro"}, "sk"),
        (None, {"LANG": "fr_FR.UTF-8"}, "en"),  # not one of ours: English
        (None, {"LANG": "de_DE.UTF-8", "LC_MESSAGES": "pl_PL.UTF-8"}, "pl"),
        (None, {"LC_MESSAGES": "pl_PL.UTF-8", "LC_ALL": "ro_RO.UTF-8"}, "ro"),
        (None, {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:mk:de"}, "mk"),
        (None, {"LANG": "de_DE.UTF-8", "DESISTKIT_LANG": "pl"}, "pl"),
        ("mk", {"LANG": "de_DE.UTF-8", "DESISTKIT_LANG": "pl"}, "mk"),
        ("de_AT", {}, "de"),
    ],
)
def test_precedence(explicit: str | None, environ: dict[str, str], expected: str) -> None:
    assert ui_language(explicit, environ) == expected


@pytest.mark.parametrize(
    ("explicit", "environ", "message"),
    [
        ("fr", {}, "--lang 'fr' is not a language of DesistKit"),
        ("C", {}, "--lang 'C' is not a language of DesistKit"),
        (None, {"DESISTKIT_LANG": "xx", "LANG": "de_DE.UTF-8"}, "DESISTKIT_LANG 'xx' is not"),
    ],
)
def test_a_language_asked_for_by_name_must_exist(
    explicit: str | None, environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        ui_language(explicit, environ)
    assert "choose one of en, de, pl, mk, sk, ro" in str(caught.value)
