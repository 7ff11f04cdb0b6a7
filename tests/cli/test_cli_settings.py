"""`desistkit config`, `desistkit keys` and `desistkit doctor`, as an admin runs them: real
processes, real files (the config folder is the test's own: tests/conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

FAST = ["--kdf-memory-mib", "1", "--kdf-iterations", "1"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("DESISTKIT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "desistkit_tui.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def settings_file(text: str) -> Path:
    path = Path(os.environ["DESISTKIT_CONFIG_DIR"]) / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def doctor(*args: str, env: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    done = run("doctor", "--json", *args, env=env)
    report = json.loads(done.stdout)
    return done.returncode, {f["check"] + ":" + f["status"]: f for f in report["findings"]}


def test_config_path_and_show_defaults() -> None:
    done = run("config", "path")
    assert done.returncode == 0
    assert done.stdout.strip() == str(Path(os.environ["DESISTKIT_CONFIG_DIR"]) / "settings.toml")
    shown = run("config", "show")
    assert shown.returncode == 0, shown.stderr
    assert "does not exist" in shown.stdout
    assert "idle_lock_minutes = 10.0  # default" in shown.stdout
    assert "# Minutes without a key press" in shown.stdout  # the field's docstring


def test_config_show_reads_the_file_and_names_its_problems() -> None:
    path = settings_file('idle_lock_minutes = 3\ncolour = "red"\n[keys]\n"flow.next" = "f9"\n')
    shown = run("config", "show")
    assert shown.returncode == 1
    assert "idle_lock_minutes = 3.0  # settings file" in shown.stdout
    assert '"flow.next" = "f9"' in shown.stdout
    assert f"{path}, line 2: “colour” is not a setting" in shown.stderr


def test_a_broken_settings_file_does_not_stop_a_command() -> None:
    path = settings_file("language = \n")
    done = run("deck", "list")
    assert done.returncode == 0
    assert "casereflector" in done.stdout
    assert f"warning: {path}, line 1: not valid TOML" in done.stderr


def test_keys_lists_every_binding_id() -> None:
    done = run("keys")
    assert done.returncode == 0, done.stderr
    for binding_id in ("app.quit", "flow.next", "cases.new", "cards.draw"):
        assert f"\n{binding_id} " in done.stdout
    rows = json.loads(run("keys", "--json").stdout)["bindings"]
    assert {"id": "flow.next", "keys": "f3", "default": "f3"}.items() <= rows[
        [r["id"] for r in rows].index("flow.next")
    ].items()


def test_keys_refuses_a_clash_and_an_unknown_id() -> None:
    path = settings_file('[keys]\n"flow.next" = "f2"\n"flow.nxt" = "f9"\n"cases.new" = "f9"\n')
    done = run("keys")
    assert done.returncode == 1
    assert f"{path}, line 2: f2 would do both “flow.next” and “flow.previous” on one screen" in (
        done.stderr
    )
    assert f"{path}, line 3: there is no key binding “keys.flow.nxt”" in done.stderr
    assert "f9 (was f2)" in done.stdout  # cases.new is applied


def test_settings_language_and_vault_reach_the_cli(tmp_path: Path) -> None:
    settings_file(f'language = "de"\nvault = "{tmp_path / "elsewhere"}"\n')
    code, found = doctor()
    assert code == 0
    assert "interface language de (settings file)" in found["language:ok"]["message"]
    assert str(tmp_path / "elsewhere") in found["vault:warning"]["message"]
    # DESISTKIT_LANG is stronger than the file.
    _, found = doctor(env={"DESISTKIT_LANG": "pl"})
    assert "interface language pl (DESISTKIT_LANG)" in found["language:ok"]["message"]


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    (tmp_path / "pw").write_text("first passphrase\n")
    done = run("init", "--passphrase-file", str(tmp_path / "pw"), *FAST, env=_at(path))
    assert done.returncode == 0, done.stderr
    return path


def _at(vault: Path) -> dict[str, str]:
    return {"DESISTKIT_VAULT": str(vault)}


def test_doctor_on_a_sound_vault_warns_of_a_fast_unlock(vault: Path) -> None:
    code, found = doctor(env=_at(vault))
    assert code == 0
    assert found["vault:ok"]["message"].startswith(f"vault at {vault}, 2 key slot(s)")
    assert found["permissions:ok"]["message"] == "0600/0700"
    assert "owner:ok" in found and "disk:ok" in found
    # 1 MiB, 1 pass: far below 0.3 s, measured here without the passphrase.
    assert "faster than 0.3 s" in found["unlock:warning"]["advice"]
    assert "python:ok" in found and "textual 8.2.8" in found["libraries:ok"]["message"]
    text = run("doctor", env=_at(vault))
    assert "warning unlock" in text.stdout and "0 error(s)" in text.stdout


def test_doctor_warns_of_wide_permissions_and_settings_problems(vault: Path) -> None:
    (vault / "vault.toml").chmod(0o644)
    settings_file('theme = "neon-pink"\n[keys]\n"flow.next" = "f2"\n')
    code, found = doctor(env=_at(vault))
    assert code == 0
    assert "vault/vault.toml 0644" in found["permissions:warning"]["message"]
    assert f"chmod -R go-rwx {vault}" == found["permissions:warning"]["advice"]
    text = run("doctor", env=_at(vault)).stdout
    assert "line 1: there is no theme neon-pink" in text
    assert "line 3: f2 would do both" in text


def test_doctor_fails_on_an_error(vault: Path) -> None:
    code, found = doctor(env={**_at(vault), "DESISTKIT_LANG": "xx"})
    assert code == 1
    assert "language:error" in found


def test_every_command_works_on_the_vault_the_settings_file_names(tmp_path: Path) -> None:
    """`vault …` and `case erase|due|retain` looked only at --vault and DESISTKIT_VAULT: an admin
    who set `vault` in the settings file saw `case list` and the TUI open it, and `case erase`
    or `vault verify` reach for another vault (or none)."""
    path = tmp_path / "from-settings"
    settings_file(f'vault = "{path}"\n')
    pw = tmp_path / "pw"
    pw.write_text("first passphrase\n")
    secret = ("--passphrase-file", str(pw))
    assert run("init", *secret, *FAST).returncode == 0
    assert (path / "vault.toml").is_file()
    for command in (
        ["case", "add", "K-1", *secret],
        ["case", "add", "K-2", *secret],
        ["case", "due", *secret],
        ["case", "retain", "K-1", "--until", "2099-01-01", "--reason", "appeal", *secret],
        ["vault", "keys"],
        ["vault", "verify", *secret],
        ["case", "erase", "K-2", "--yes", *secret],
    ):
        done = run(*command)
        assert done.returncode == 0, (command, done.stderr)
    listed = run("case", "list", "--json", *secret)
    assert [row["code"] for row in json.loads(listed.stdout)] == ["K-1"]
