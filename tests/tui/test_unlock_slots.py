"""The unlock screen on a team vault (issue 17): which key slot is tried, and F2 for another.

A colleague on a shared OS account is not stuck with the slot remembered for that account: the
screen names the slot it will try and F2 moves to the next one, then to "any". A named slot is
tried alone (one derivation, right or wrong); the slot that opens the vault is remembered.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from desistkit_tui.app import create_app
from desistkit_tui.core.slot_memory import SlotMemory
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.admin import add_passphrase
from desistkit_tui.core.vault.header import KeySlot
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.unlock import UnlockScreen
from tests.tui.helpers import (
    FAST_KDF,
    PASSPHRASE,
    config,
    make_app,
    make_vault,
    screen_text,
    unlock,
)

BEN = "ben's own passphrase 2026"


def _team_vault(path: Path) -> tuple[Path, str]:
    """A vault with two passphrase slots, anna's and ben's; returns the recovery key too."""
    vault, recovery = Vault.create(path, Secret.from_text(PASSPHRASE), "anna", kdf=FAST_KDF)
    add_passphrase(vault, "ben", Secret.from_text(BEN), FAST_KDF)
    vault.lock()
    return path, recovery


def _count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tried: list[str] = []
    unwrap = KeySlot.unwrap

    def counted(slot: KeySlot, vault_id: bytes, secret: Secret) -> Secret | None:
        tried.append(slot.label)
        return unwrap(slot, vault_id, secret)

    monkeypatch.setattr(KeySlot, "unwrap", counted)
    return tried


async def _slot_line(pilot: Pilot[Any]) -> str:
    """The slot line, once shown."""
    for _ in range(100):  # the header is read in a worker after the first paint
        await pilot.pause(0.01)
        if "Key slot" in screen_text(pilot.app):
            break
    lines = [line.strip() for line in screen_text(pilot.app).splitlines() if "Key slot" in line]
    assert len(lines) == 1, screen_text(pilot.app)
    return lines[0].strip("│ ")


async def test_f2_picks_a_colleagues_slot_which_is_then_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _team_vault(tmp_path / "vault")
    tried = _count_derivations(monkeypatch)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await _slot_line(pilot) == "Key slot: any (each is tried in turn)"
        assert "f2 Other slot" in screen_text(app)
        await pilot.press("f2")
        assert await _slot_line(pilot) == "Key slot: anna"
        await pilot.press("f2")
        assert await _slot_line(pilot) == "Key slot: ben"
        await unlock(pilot, BEN)
        assert isinstance(app.screen, CasesScreen)
        assert app.session is not None and app.session.vault.who == "ben"
    assert tried == ["ben"]  # ben's slot alone
    raw = vault_header.read(path).header
    ben = next(s for s in raw.slots if s.label == "ben")
    assert SlotMemory.default().recall(raw.vault_id) == ben.id

    # Next time (after an idle lock, say) the screen starts on ben's slot, and says why.
    tried.clear()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await _slot_line(pilot) == "Key slot: ben (used last on this account)"
        await unlock(pilot, PASSPHRASE)  # anna's passphrase on ben's slot: one derivation
        assert isinstance(app.screen, UnlockScreen)
        assert "did not unlock the vault" in screen_text(app)
        assert tried == ["ben"]
        await pilot.press("f2", "f2")  # ben -> any -> anna
        assert await _slot_line(pilot) == "Key slot: anna"
        await unlock(pilot, PASSPHRASE)
        assert isinstance(app.screen, CasesScreen)
        assert app.session is not None and app.session.vault.who == "anna"


async def test_any_tries_every_passphrase_slot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _team_vault(tmp_path / "vault")
    Vault.unlock(path, PASSPHRASE, memory=SlotMemory.default()).lock()  # anna's, remembered
    tried = _count_derivations(monkeypatch)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await _slot_line(pilot) == "Key slot: anna (used last on this account)"
        await pilot.press("f2", "f2")
        assert await _slot_line(pilot) == "Key slot: any (each is tried in turn)"
        await unlock(pilot, "nobody's passphrase")
        assert isinstance(app.screen, UnlockScreen)
        assert sorted(tried) == ["anna", "ben"]
        tried.clear()
        await unlock(pilot, BEN)  # "any" finds ben's slot
        assert isinstance(app.screen, CasesScreen)
        assert app.session is not None and app.session.vault.who == "ben"


async def test_the_recovery_key_opens_whichever_slot_is_shown(tmp_path: Path) -> None:
    path, recovery = _team_vault(tmp_path / "vault")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        assert await _slot_line(pilot) == "Key slot: anna"
        await unlock(pilot, recovery)
        assert isinstance(app.screen, CasesScreen)
        assert app.session is not None and app.session.vault.who == "recovery"


async def test_one_passphrase_slot_shows_no_slot_and_no_f2(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(20):
            await pilot.pause(0.01)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Key slot" not in screen_text(app)
        assert "f2 " not in screen_text(app)
        await pilot.press("f2")  # nothing happens
        assert "Key slot" not in screen_text(app)


async def test_a_slot_named_by_the_option_is_shown_and_not_remembered(tmp_path: Path) -> None:
    """``desistkit --slot ben`` starts the screen on ben's slot; like ``--slot`` on the command
    line it is a one-off: what this account remembers stays as it was."""
    path, _ = _team_vault(tmp_path / "vault")
    Vault.unlock(path, PASSPHRASE, memory=SlotMemory.default()).lock()  # anna's, remembered
    app = create_app(replace(config(path), unlock_slot="ben"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert await _slot_line(pilot) == "Key slot: ben"
        await unlock(pilot, BEN)
        assert isinstance(app.screen, CasesScreen)
    raw = vault_header.read(path).header
    anna = next(s for s in raw.slots if s.label == "anna")
    assert SlotMemory.default().recall(raw.vault_id) == anna.id


async def test_f2_pressed_before_the_slots_are_read_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a slow disk or a busy server the header is read after the caseworker's first F2:
    that press is kept and applied once the slots are known, not dropped."""
    import threading

    from desistkit_tui.core import slot_memory

    path, _ = _team_vault(tmp_path / "vault")
    release = threading.Event()
    real = slot_memory.slot_choice

    def slow(*args: Any, **kwargs: Any) -> slot_memory.SlotChoice:
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(slot_memory, "slot_choice", slow)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")  # before the header has been read
        assert "Key slot" not in screen_text(app)
        release.set()
        assert await _slot_line(pilot) == "Key slot: anna"
