"""File and folder modes: 0600/0700 in a private vault, 0660/02770 in a team vault, any umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask000", "umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    value: int = request.param
    old = os.umask(value)
    try:
        yield value
    finally:
        os.umask(old)


def _wrong_modes(root: Path, file_mode: int, folder_mode: int) -> list[str]:
    wrong = []
    if stat.S_IMODE(root.stat().st_mode) != folder_mode:
        wrong.append(f"{root}: {oct(stat.S_IMODE(root.stat().st_mode))}")
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            mode = stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode)
            if mode != folder_mode:
                wrong.append(f"{folder}/{name}/: {oct(mode)}")
        for name in files:
            mode = stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode)
            if mode != file_mode:
                wrong.append(f"{folder}/{name}: {oct(mode)}")
    return wrong


def _count(root: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(root))


def _exercise(path: Path, kdf: KdfParams, team: bool, check: CheckModes) -> None:
    vault, _ = Vault.create(path, Secret.from_text(PASS), "anna", team=team, kdf=kdf)
    check(path)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:  # creates .lock
        handle.save_session(SessionKind.REFLECTION, {"x": 1})
        handle.save_draft("d", {"x": 2})
    vault.summaries()  # index
    check(path)
    admin.add_passphrase(vault, "bob", Secret.from_text("bob's passphrase"))
    admin.rekey(vault, Secret.from_text(PASS))
    check(path)
    other = vault.create_case("K-2")
    with vault.open_case(other.id) as handle:
        handle.save_draft("d", {"x": 3})
    vault.lock()
    again = Vault.unlock(path, PASS)  # audit entry
    again.lock()
    check(path)
    assert _count(path) >= 14


class CheckModes:
    def __init__(self, file_mode: int, folder_mode: int) -> None:
        self.file_mode, self.folder_mode = file_mode, folder_mode

    def __call__(self, root: Path) -> None:
        assert _wrong_modes(root, self.file_mode, self.folder_mode) == []


def test_private_vault_modes(vault_path: Path, fast_kdf: KdfParams, umask: int) -> None:
    _exercise(vault_path, fast_kdf, team=False, check=CheckModes(0o600, 0o700))


def test_team_vault_modes(vault_path: Path, fast_kdf: KdfParams, umask: int) -> None:
    _exercise(vault_path, fast_kdf, team=True, check=CheckModes(0o660, 0o2770))


def test_existing_empty_folder_gets_the_vault_mode(
    vault_path: Path, fast_kdf: KdfParams, umask: int
) -> None:
    vault_path.mkdir(mode=0o755)
    os.chmod(vault_path, 0o755)
    Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)[0].lock()
    assert _wrong_modes(vault_path, 0o600, 0o700) == []


@pytest.mark.parametrize("team", [False, True], ids=["private", "team"])
def test_verify_reports_and_repairs_modes_open_to_others(
    vault_path: Path, fast_kdf: KdfParams, team: bool
) -> None:
    """A folder or file others can read (a copy without -p, a chmod -R) is reported, apart
    from damage, and ``repair`` closes it again; a team vault keeps its group access."""
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", team=team, kdf=fast_kdf)
    case = vault.create_case("K-1")
    assert admin.verify(vault).ok  # 0660/02770 in a team vault are as they should be
    case_file = vault_path / "cases" / case.id / "case.toml.enc"
    os.chmod(vault_path, 0o755)
    os.chmod(case_file, 0o644)
    report = admin.verify(vault)
    found = sorted((p.variant, p.msg_args["path"], p.msg_args["mode"]) for p in report.problems)
    assert found == [
        ("loose-permissions", ".", "0755"),
        ("loose-permissions", f"cases/{case.id}/case.toml.enc", "0644"),
    ]
    assert all(p.recoverable for p in report.problems)
    repaired = admin.verify(vault, repair=True)
    assert repaired.ok and len(repaired.repaired) == 2
    assert _wrong_modes(vault_path, *((0o660, 0o2770) if team else (0o600, 0o700))) == []
    vault.lock()
