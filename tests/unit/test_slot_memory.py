"""Team vaults: the slot this OS user opened the vault with last is tried alone (issue 17).

Each test counts the Argon2id derivations an unlock pays (``KdfParams.derive``), which is what a
wrong passphrase costs a shared server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desistkit_tui.core.errors import WrongPassphrase
from desistkit_tui.core.paths import state_dir
from desistkit_tui.core.slot_memory import SlotChoice, SlotMemory, slot_choice
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault


def _team(path: Path, kdf: KdfParams, slots: int = 4) -> bytes:
    vault, _ = Vault.create(path, Secret.from_text("first caseworker 1"), "cw1", kdf=kdf)
    for n in range(2, slots + 1):
        admin.add_passphrase(vault, f"cw{n}", Secret.from_text(f"caseworker number {n}"), kdf)
    vault_id = vault.header.vault_id
    vault.lock()
    return vault_id


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many derivations ran (appended to as they happen)."""
    counted: list[int] = []
    derive = KdfParams.derive

    def counting(params: KdfParams, secret: Secret, salt: bytes) -> Secret:
        counted.append(1)
        return derive(params, secret, salt)

    monkeypatch.setattr(KdfParams, "derive", counting)
    return counted


def test_a_wrong_passphrase_costs_one_derivation_once_a_slot_is_remembered(
    vault_path: Path, fast_kdf: KdfParams, derivations: list[int]
) -> None:
    _team(vault_path, fast_kdf)
    derivations.clear()
    memory = SlotMemory.default()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "not the passphrase", memory=memory)
    assert len(derivations) == 4  # nothing remembered yet: every passphrase slot in turn
    derivations.clear()
    Vault.unlock(vault_path, "caseworker number 4", memory=memory).lock()
    assert len(derivations) == 4  # cw4 is the last slot
    derivations.clear()
    Vault.unlock(vault_path, "caseworker number 4", memory=memory).lock()
    assert len(derivations) == 1  # remembered: tried first and alone
    derivations.clear()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "not the passphrase", memory=memory)
    assert len(derivations) == 1


def test_slot_label_picks_another_slot_once(
    vault_path: Path, fast_kdf: KdfParams, derivations: list[int]
) -> None:
    _team(vault_path, fast_kdf)
    memory = SlotMemory.default()
    Vault.unlock(vault_path, "caseworker number 4", memory=memory).lock()
    derivations.clear()
    # A colleague on the same account: the remembered slot does not fit their passphrase...
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "caseworker number 2", memory=memory)
    assert len(derivations) == 1
    derivations.clear()
    # ... so they name theirs (--slot cw2): one derivation; the account's slot stays remembered
    vault = Vault.unlock(vault_path, "caseworker number 2", slot_label="cw2", memory=memory)
    assert vault.who == "cw2" and len(derivations) == 1
    vault.lock()
    derivations.clear()
    assert Vault.unlock(vault_path, "caseworker number 4", memory=memory).who == "cw4"
    assert len(derivations) == 1


def test_a_removed_slot_is_forgotten(vault_path: Path, fast_kdf: KdfParams) -> None:
    _team(vault_path, fast_kdf, slots=2)
    memory = SlotMemory.default()
    Vault.unlock(vault_path, "caseworker number 2", memory=memory).lock()
    vault = Vault.unlock(vault_path, "first caseworker 1", slot_label="cw1", memory=memory)
    admin.remove_slot(vault, "cw2")
    vault.lock()
    assert Vault.unlock(vault_path, "first caseworker 1", memory=memory).who == "cw1"


def test_the_memory_holds_no_secret_and_lives_outside_the_vault(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault_id = _team(vault_path, fast_kdf, slots=2)
    memory = SlotMemory.default()
    vault = Vault.unlock(vault_path, "caseworker number 2", memory=memory)
    slot_id = vault.slot.id
    vault.lock()
    assert memory.path.parent == state_dir() and not memory.path.is_relative_to(vault_path)
    assert json.loads(memory.path.read_text()) == {vault_id.hex(): slot_id}
    memory.forget(vault_id)
    assert memory.recall(vault_id) is None


def test_a_damaged_memory_is_an_empty_one(
    vault_path: Path, fast_kdf: KdfParams, derivations: list[int]
) -> None:
    _team(vault_path, fast_kdf, slots=2)
    derivations.clear()
    memory = SlotMemory.default()
    memory.path.parent.mkdir(parents=True, exist_ok=True)
    memory.path.write_text("[not, json")
    assert Vault.unlock(vault_path, "caseworker number 2", memory=memory).who == "cw2"
    assert len(derivations) == 2


def test_slot_choice_lists_the_passphrase_slots_and_the_remembered_one(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """What the unlock screen offers: passphrase slots only (not the recovery key's), in the
    header's order, and the remembered slot's label; a slot removed since is not remembered."""
    _team(vault_path, fast_kdf, slots=3)
    memory = SlotMemory.default()
    assert slot_choice(vault_path, memory) == SlotChoice(("cw1", "cw2", "cw3"), None)
    Vault.unlock(vault_path, "caseworker number 3", memory=memory).lock()
    assert slot_choice(vault_path, memory).remembered == "cw3"
    vault = Vault.unlock(vault_path, "first caseworker 1", slot_label="cw1")
    admin.remove_slot(vault, "cw3")
    vault.lock()
    assert slot_choice(vault_path, memory) == SlotChoice(("cw1", "cw2"), None)
