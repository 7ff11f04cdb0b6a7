"""Typed settings for one run of the app, built by the CLI (or a test) and passed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desistkit_tui.core.model import utcnow
from desistkit_tui.core.vault.kdf import KdfParams


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Everything the TUI needs to know from outside; nothing reads global settings later."""

    #: The vault folder to open (or create on first run).
    vault: Path
    #: Interface language of the caseworker (en, de, pl, mk, sk, ro).
    ui_language: str = "en"
    #: Argon2id parameters for a vault created from the TUI.
    kdf: KdfParams = field(default_factory=KdfParams)
    #: Minutes without a key press before the screen locks and keys are dropped (0: never).
    idle_lock_minutes: float = 10.0
    #: Label of the first key slot of a vault created from the TUI (the audit log's "who").
    slot_label: str = "caseworker"
    #: The clock (tests pass a fixed one so snapshots are stable).
    clock: Callable[[], datetime] = utcnow
    #: Folder of user decks (``None``: the default under the config folder).
    user_decks: Path | None = None
    #: Blink the text cursor (off in tests and snapshots).
    cursor_blink: bool = True
    #: Days after the newest reflection before the case list hints at a review (0: never).
    review_after_days: int = 90
    #: Seconds between a change and its encrypted autosave (at most).
    autosave_seconds: float = 1.0
