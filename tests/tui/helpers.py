"""Shared helpers for Pilot and snapshot tests: a real vault, a real app, the visible text."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerCancelled

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.model import (
    TO_BE_RECORDED,
    AddressForm,
    BasisKind,
    CaseStatus,
    GenderForm,
    LegalBasis,
)
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=64)
FIXED = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)

S = TypeVar("S", bound=Screen[Any])


#: The legal basis of the test vaults' cases (docs/data-protection.md, "Legal basis and consent").
STATUTORY = LegalBasis(BasisKind.STATUTORY_TASK, note="youth welfare act")


def config(vault: Path) -> AppConfig:
    """The app as tests run it: fast KDF, no cursor blink, no idle lock, fixed clock."""
    return AppConfig(
        vault=vault, kdf=FAST_KDF, cursor_blink=False, idle_lock_minutes=0, clock=lambda: FIXED
    )


def make_app(vault: Path) -> DesistKitApp:
    return create_app(config(vault))


def make_vault(path: Path, codes: tuple[str, ...] = ()) -> Path:
    """A real vault with cases whose dates are fixed (for stable snapshots)."""
    vault, _ = Vault.create(path, Secret.from_text(PASSPHRASE), "anna", kdf=FAST_KDF)
    statuses = (CaseStatus.ACTIVE, CaseStatus.PAUSED, CaseStatus.CLOSED)
    for n, code in enumerate(codes):
        case = vault.create_case(
            code,
            address=AddressForm.INFORMAL if n % 2 else AddressForm.FORMAL,
            gender=tuple(GenderForm)[n % 4],
            retention=date(2030, 1, 1),
        )
        with vault.open_case(case.id) as handle:
            when = FIXED.replace(day=1 + n % 28, month=1 + n % 12)
            handle.save_profile(
                replace(
                    handle.case,
                    created=when,
                    last_activity=when,
                    status=statuses[n % 3],
                    reflections=n % 5,
                    card_sessions=n % 3,
                    # every fourth case, from the second on, has its basis still to record
                    legal=TO_BE_RECORDED if n % 4 == 1 else STATUTORY,
                )
            )
    vault.lock()
    return path


def screen_text(app: App[Any]) -> str:
    """What the terminal shows right now, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def top_screen(app: App[Any], kind: type[S]) -> S:
    """The screen on top of the stack, which the test expects to be a ``kind``."""
    screen = app.screen
    assert isinstance(screen, kind), f"{type(screen).__name__} is on top, not {kind.__name__}"
    return screen


async def top_screen_soon(pilot: Pilot[Any], kind: type[S], seconds: float = 10) -> S:
    """The screen on top once it is a ``kind`` (a key kept while a worker ran is replayed after
    the next paint, which a loaded machine delays past :func:`settle`); the test fails with
    what is on top if that does not happen within ``seconds``."""
    for _ in range(int(seconds / 0.05)):
        if isinstance(pilot.app.screen, kind):
            break
        await pilot.pause(0.05)
    return top_screen(pilot.app, kind)


async def type_text(pilot: Pilot[Any], text: str) -> None:
    await pilot.press(*[ch if ch != " " else "space" for ch in text])


async def click_as_terminal(pilot: Pilot[Any], selector: str) -> None:
    """Click the widget the way a terminal's mouse report arrives: as a press and a release
    posted to the app, which finds the widget and makes the click in its own task.
    (``Pilot.click`` hands the events to the screen from the test's task instead.)"""
    x, y = pilot.app.screen.query_one(selector).region.offset
    for kind in (events.MouseDown, events.MouseUp):
        pilot.app.post_message(
            kind(None, x, y, 0, 0, 1, False, False, False, screen_x=x, screen_y=y)
        )
        await pilot.pause()


async def settle(pilot: Pilot[Any]) -> None:
    """Let the vault work running in workers finish, and the app handle what it posted back
    (a worker's result can start the next worker: wait until none is left)."""
    for _ in range(100):
        with suppress(WorkerCancelled):  # its screen was closed meanwhile
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not pilot.app.workers:
            return


async def type_burst(pilot: Pilot[Any], text: str) -> None:
    """Type ``text`` as one burst, as a fast typist or a slow SSH link delivers it: every key
    is posted before the app handles the first (``type_text`` waits for the app after each
    key, about 60 ms a key under Pilot)."""
    for ch in text:
        pilot.app.post_message(events.Key("space" if ch == " " else ch, ch))
    await pilot.pause()


async def unlock(pilot: Pilot[Any], passphrase: str = PASSPHRASE) -> None:
    """Unlock from the unlock screen: the passphrase typed in one burst, then Enter."""
    await type_burst(pilot, passphrase)
    await pilot.press("enter")
    await settle(pilot)
