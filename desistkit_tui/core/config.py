"""Typed settings for one run of the app, built by the CLI (or a test) and passed in."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from desistkit_tui.core import languages
from desistkit_tui.core.clock import utcnow
from desistkit_tui.core.vault.kdf import KdfParams

if TYPE_CHECKING:
    from desistkit_tui.core.settings import LoadedSettings


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Everything the TUI needs to know from outside; nothing reads global settings later."""

    #: The vault folder to open (or create on first run).
    vault: Path
    #: Interface language of the caseworker (a code of :mod:`desistkit_tui.core.languages`).
    ui_language: str = languages.REFERENCE
    #: Argon2id parameters for a vault created from the TUI.
    kdf: KdfParams = field(default_factory=KdfParams)
    #: Minutes without a key press before the screen locks and keys are dropped (0: never).
    idle_lock_minutes: float = 10.0
    #: Label of the first key slot of a vault created from the TUI (the audit log's "who").
    slot_label: str = "caseworker"
    #: The key slot to unlock with (``--slot LABEL``); ``None``: the one this OS user opened
    #: the vault with last (:mod:`desistkit_tui.core.slot_memory`), else every slot in turn.
    unlock_slot: str | None = None
    #: The clock (tests pass a fixed one so snapshots are stable).
    clock: Callable[[], datetime] = utcnow
    #: Folder of user decks (``None``: the default under the config folder).
    user_decks: Path | None = None
    #: Blink the text cursor. Off by default: each blink repaints the field's lines, twice a
    #: second, for as long as a screen waits (about 1.5 KB/s on the unlock screen, over an SSH
    #: link, for hours after an idle lock; issue 17). The cursor stays visible, steady.
    cursor_blink: bool = False
    #: Days after the newest reflection before the case list hints at a review (0: never).
    review_after_days: int = 90
    #: Seconds between a change and its encrypted autosave (at most).
    autosave_seconds: float = 1.0
    #: The colour theme's name ("": the app's default).
    theme: str = ""
    #: Binding id -> keys (comma-separated), handed to ``App.set_keymap`` once checked.
    keymap: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: The settings file these came from, with its problems (the app shows them in a notice).
    settings: LoadedSettings | None = None

    @classmethod
    def from_settings(
        cls, loaded: LoadedSettings, *, vault: Path, ui_language: str, **overrides: object
    ) -> AppConfig:
        """The config a settings file gives (the CLI's options resolved before: ``vault``,
        ``ui_language``); ``overrides`` for anything else."""
        settings = loaded.settings
        values: dict[str, object] = {
            "idle_lock_minutes": settings.idle_lock_minutes,
            "autosave_seconds": settings.autosave_seconds,
            "user_decks": settings.user_decks_path(),
            "theme": settings.theme,
            "keymap": settings.keys,
            "settings": loaded,
            **overrides,
        }
        return cls(vault=vault, ui_language=ui_language, **values)  # type: ignore[arg-type]


#: The environment variables that name the system's message language, strongest first
#: (POSIX: ``LC_ALL`` overrides ``LC_MESSAGES``, which overrides ``LANG``).
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def _language_of(locale_name: str) -> str:
    """``de_DE.UTF-8`` → ``de``; ``C``, ``POSIX`` and ``C.UTF-8`` → ``""``."""
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return "" if code in ("c", "posix") else code


def ui_language(explicit: str | None, environ: Mapping[str, str], configured: str = "") -> str:
    """The interface language: ``--lang``, else ``DESISTKIT_LANG``, else ``configured`` (the
    settings file's, checked when it was read), else the system locale
    (GNU ``LANGUAGE`` first, then ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``) if the app speaks
    it, else English.

    A language asked for by name (``--lang``, ``DESISTKIT_LANG``) must be one the app has:
    :class:`ValueError` otherwise. One that comes from the system locale is only a hint (a
    server's ``LANG=fr_FR.UTF-8`` or ``LANG=C`` gives English).
    """
    for source, value in (("--lang", explicit), ("DESISTKIT_LANG", environ.get("DESISTKIT_LANG"))):
        if value:
            code = _language_of(value) or value
            if not languages.is_supported(code):
                raise ValueError(
                    f"{source} {value!r} is not a language of DesistKit; "
                    f"choose one of {', '.join(languages.codes())}"
                )
            return code
    if configured and languages.is_supported(configured):
        return configured
    locale_name = next((environ[v] for v in _LOCALE_VARIABLES if environ.get(v)), "")
    if not _language_of(locale_name):
        return languages.REFERENCE  # LANG=C (or nothing): GNU ignores LANGUAGE then, as do we
    for candidate in [*environ.get("LANGUAGE", "").split(":"), locale_name]:
        code = _language_of(candidate)
        if languages.is_supported(code):
            return code
    return languages.REFERENCE
