"""The CLI at the edges of a vault (issue 13, items 2 and 9): Argon2id settings beyond the
bounds, a lost header, a recovery key given to rekey, and small slots in `vault keys`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault, read_header
from tests.cli.test_cli_vault import FAST, pw, run


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """A vault made by `init`, with the passphrase in ``pw`` beside it."""
    path = tmp_path / "vault"
    (tmp_path / "pw").write_text("first passphrase\n")
    made = run("init", "--passphrase-file", str(tmp_path / "pw"), *FAST, vault=path)
    assert made.returncode == 0, made.stderr
    return path


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--kdf-memory-mib", "1025"], "1<=x<=1024"),
        (["--kdf-iterations", "1001"], "1<=x<=1000"),
        (["--kdf-lanes", "65"], "1<=x<=64"),
        # Each within its range, together beyond: 1 GiB × 65 passes.
        (["--kdf-memory-mib", "1024", "--kdf-iterations", "65"], "at most 1 GiB × 64 passes"),
    ],
)
def test_init_refuses_kdf_settings_beyond_the_bounds(
    tmp_path: Path, flags: list[str], said: str
) -> None:
    (tmp_path / "pw").write_text("a passphrase\n")
    result = run("init", "--passphrase-file", str(tmp_path / "pw"), *flags, vault=tmp_path / "v")
    assert result.returncode == 2, result.stderr
    assert said in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "v").exists()


def _slots(vault: Path) -> object:
    """The key slots of vault.toml (each unlock moves the audit head kept there too)."""
    return read_header(vault).header.slots


def test_add_key_and_rekey_refuse_them_before_writing(vault: Path, tmp_path: Path) -> None:
    before = _slots(vault)
    (tmp_path / "pw2").write_text("second passphrase\n")
    for command in (
        ["vault", "add-key", "--label", "bo", "--new-passphrase-file", str(tmp_path / "pw2")],
        ["vault", "rekey"],
    ):
        result = run(*command, *pw(vault), "--kdf-memory-mib", "1024", "--kdf-iterations",
                     "100", vault=vault)  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert "at most 1 GiB × 64 passes" in result.stderr
        assert "vault tune" in result.stderr
    assert _slots(vault) == before


def test_vault_keys_shows_small_slots_in_kib(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    made, _ = Vault.create(path, Secret.from_text("a passphrase"), "anna", kdf=KdfParams(1, 1, 64))
    made.lock()
    listed = run("vault", "keys", vault=path)
    assert listed.returncode == 0, listed.stderr
    assert "argon2id m=64 KiB t=1 p=1" in listed.stdout
    assert "m=0 MiB" not in listed.stdout


def test_a_lost_header_is_not_an_invitation_to_init(vault: Path) -> None:
    assert run("case", "add", "K-1", *pw(vault), vault=vault).returncode == 0
    (vault / "vault.toml").unlink()
    listed = run("case", "list", *pw(vault), vault=vault)
    assert listed.returncode == 2
    assert "has lost its header, vault.toml" in listed.stderr
    assert "restore vault.toml from a backup; do not run `desistkit init` there" in listed.stderr
    init = run("init", *pw(vault), *FAST, vault=vault)
    assert init.returncode == 2 and "restore vault.toml" in init.stderr
    assert not (vault / "vault.toml").exists()
    german = run("--lang", "de", "vault", "keys", vault=vault)
    assert "Kopfdatei vault.toml" in german.stderr


def test_rekey_with_the_recovery_key_says_so(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "rk").write_text(_recovery_key(vault) + "\n")
    result = run("vault", "rekey", "--passphrase-file", str(tmp_path / "rk"), vault=vault)
    assert result.returncode == 2
    assert "not with the recovery key" in result.stderr
    assert "passphrase did not unlock" not in result.stderr


def _recovery_key(vault: Path) -> str:
    """A fresh recovery key for the fixture vault (its own was printed once, by init)."""
    result = run("vault", "rekey", "--yes", *pw(vault), vault=vault)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("(shown only now):")[1].split()[0]
