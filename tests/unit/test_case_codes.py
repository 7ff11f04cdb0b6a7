"""A new case's code is checked against every case there is, without listing ``cases/`` for
every new case (:mod:`desistkit_tui.core.vault.case_codes`): the codes are kept while the key
store's generation says no other session created or erased a case."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from desistkit_tui.core.errors import DuplicateCase, StorageError
from desistkit_tui.core.vault import staging
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Vault:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for n in range(3):
        vault.create_case(f"K-{n}")
    vault.lock()
    return Vault.unlock(vault_path, Secret.from_text(PASS))  # nothing kept yet


@pytest.fixture
def listings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every listing of ``cases/`` made for a code check."""
    made: list[str] = []
    real = os.listdir

    def listdir(path: os.PathLike[str]) -> list[str]:
        if Path(path).name == "cases":
            made.append(str(path))
        return real(path)

    monkeypatch.setattr(os, "listdir", listdir)
    return made


def test_this_sessions_creations_and_erasures_keep_the_codes(
    vault: Vault, listings: list[str]
) -> None:
    vault.create_case("A-1")
    assert len(listings) == 1  # the first check after unlock lists the folder
    case = vault.create_case("A-2")
    with pytest.raises(DuplicateCase):
        vault.create_case("a-1")  # a code this session created is taken ...
    vault.erase_case(case.id)
    vault.create_case("A-2")  # ... and one it erased is free again
    assert len(listings) == 1  # without listing again


def test_another_sessions_creation_and_erasure_are_seen(vault: Vault, listings: list[str]) -> None:
    vault.create_case("A-1")  # codes kept
    other = Vault.unlock(vault.root, Secret.from_text(PASS))
    theirs = other.create_case("THEIRS")
    with pytest.raises(DuplicateCase):
        vault.create_case("theirs")
    other.erase_case(other.find("K-0").id)
    vault.create_case("K-0")  # erased by the other session: free
    other.erase_case(theirs.id)
    vault.create_case("THEIRS")
    other.lock()
    assert len(listings) >= 3  # each of the other session's changes made this one list


def test_a_new_code_from_a_profile_edit_is_taken_and_the_old_one_free(vault: Vault) -> None:
    vault.create_case("A-1")  # codes kept
    k1 = vault.find("K-1")
    with vault.open_case(k1.id) as handle:
        handle.save_profile(replace(handle.case, code="RENAMED"))
    with pytest.raises(DuplicateCase):
        vault.create_case("renamed")
    vault.create_case("K-1")


def test_an_erasure_put_back_without_a_new_generation_is_still_seen(vault: Vault) -> None:
    """Another session's erasure had taken the folder out of the list (``.gone-``) when this
    session listed, and never reached its commit point: the folder is put back and the key
    store's generation never moved. A listing that saw the erasure under way keeps nothing."""
    k2 = vault.find("K-2")
    cases = vault.root / "cases"
    os.rename(cases / k2.id, cases / f"{staging.GONE}{k2.id}")  # the erasure, under way
    vault.create_case("A-1")  # lists: K-2 is not in the list right now
    os.rename(cases / f"{staging.GONE}{k2.id}", cases / k2.id)  # put back (no commit)
    with pytest.raises(DuplicateCase):
        vault.create_case("K-2")


def test_a_creation_that_failed_lists_again(
    vault: Vault, listings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.create_case("A-1")
    assert len(listings) == 1

    def broken(*args: object) -> None:
        raise StorageError("write", "cases", OSError(5, "I/O error"))

    with monkeypatch.context() as patch:
        patch.setattr(staging, "create_folder", broken)
        with pytest.raises(StorageError):
            vault.create_case("A-2")
    vault.create_case("A-2")
    assert len(listings) == 2
