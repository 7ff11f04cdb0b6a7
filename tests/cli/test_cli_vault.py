"""The `desistkit` command as an admin uses it: real processes, real vault files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FAST = ["--kdf-memory-mib", "1", "--kdf-iterations", "1"]


def run(
    *args: str, vault: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "DESISTKIT_VAULT": str(vault), **(env or {})}
    full_env.pop("DESISTKIT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "desistkit_tui.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    (tmp_path / "pw").write_text("first passphrase\n")
    result = run("init", "--passphrase-file", str(tmp_path / "pw"), *FAST, vault=path)
    assert result.returncode == 0, result.stderr
    assert "Recovery key" in result.stdout
    return path


def pw(vault: Path) -> list[str]:
    return ["--passphrase-file", str(vault.parent / "pw")]


def test_case_add_and_list_json(vault: Path) -> None:
    assert (
        run("case", "add", "K-1", "--address", "informal", *pw(vault), vault=vault).returncode == 0
    )
    assert (
        run("case", "add", "K-2", "--retention", "2031-01-31", *pw(vault), vault=vault).returncode
        == 0
    )
    result = run(
        "case", "list", "--json", "--passphrase-file", "-", vault=vault, stdin="first passphrase\n"
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["code"] for r in rows] == ["K-1", "K-2"]
    assert rows[1]["retention"] == "2031-01-31"


def test_errors_are_one_line_without_traceback(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "bad").write_text("wrong\n")
    cases = [
        run("case", "list", "--passphrase-file", str(tmp_path / "bad"), vault=vault),
        run("case", "add", "Max Mustermann", *pw(vault), vault=vault),
        run("case", "list", *pw(vault), vault=tmp_path / "nowhere"),
        run("init", *pw(vault), *FAST, vault=vault),
        run("case", "list", "--passphrase-file", str(tmp_path / "missing"), vault=vault),
        run("case", "list", vault=vault, stdin=""),  # no terminal to ask
    ]
    for result in cases:
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("desistkit: "), result.stderr
    assert "did not unlock" in cases[0].stderr
    assert "no vault at" in cases[2].stderr


def test_passphrase_from_file_descriptor(vault: Path) -> None:
    read, write = os.pipe()
    os.write(write, b"first passphrase\n")
    os.close(write)
    env = {**os.environ, "DESISTKIT_VAULT": str(vault)}
    result = subprocess.run(
        [sys.executable, "-m", "desistkit_tui.cli", "case", "list", "--passphrase-fd", str(read)],
        pass_fds=(read,),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    os.close(read)
    assert result.returncode == 0, result.stderr
    assert "No cases yet" in result.stdout


def test_key_slots_add_remove_rekey(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "pw2").write_text("second passphrase\n")
    added = run(
        "vault",
        "add-key",
        "--label",
        "ben",
        *pw(vault),
        "--new-passphrase-file",
        str(tmp_path / "pw2"),
        vault=vault,
    )
    assert added.returncode == 0, added.stderr
    keys = run("vault", "keys", vault=vault)
    assert "ben" in keys.stdout and "recovery" in keys.stdout
    as_ben = ["--passphrase-file", str(tmp_path / "pw2")]
    # ben on the same OS account: the slot used last there is tried alone (issue 17), so he
    # names his own
    assert run("--slot", "ben", "case", "add", "K-3", *as_ben, vault=vault).returncode == 0
    asked = run("vault", "remove-key", "ben", *pw(vault), vault=vault)  # no terminal, no --yes
    assert asked.returncode == 2 and "confirm with --yes" in asked.stderr
    assert "no longer open this vault" in asked.stdout and "Copies of vault.toml" in asked.stdout
    assert run("--slot", "ben", "case", "list", *as_ben, vault=vault).returncode == 0  # still there
    removed = run("vault", "remove-key", "ben", "--yes", *pw(vault), vault=vault)
    assert removed.returncode == 0, removed.stderr
    assert run("case", "list", *as_ben, vault=vault).returncode != 0
    asked = run("vault", "rekey", *pw(vault), vault=vault)
    assert asked.returncode == 2 and "confirm with --yes" in asked.stderr
    assert "The case keys do not change" in asked.stdout
    rekeyed = run("vault", "rekey", "--yes", *pw(vault), vault=vault)
    assert rekeyed.returncode == 0, rekeyed.stderr
    new_code = rekeyed.stdout.split("shown only now):")[1].split()[0]
    listed = run("case", "list", "--passphrase-file", "-", vault=vault, stdin=new_code + "\n")
    assert listed.returncode == 0, listed.stderr
    assert "K-3" in listed.stdout


def test_verify_names_damaged_file(vault: Path) -> None:
    assert run("case", "add", "K-1", *pw(vault), vault=vault).returncode == 0
    ok = run("vault", "verify", *pw(vault), vault=vault)
    assert ok.returncode == 0 and "0 problems" in ok.stdout
    case_file = next(vault.glob("cases/*/case.toml.enc"))
    data = bytearray(case_file.read_bytes())
    data[40] ^= 0x01
    case_file.write_bytes(bytes(data))
    bad = run("vault", "verify", *pw(vault), vault=vault)
    assert bad.returncode == 1
    assert "DAMAGED" in bad.stdout and case_file.name in bad.stdout
    listed = run("case", "list", *pw(vault), vault=vault)
    assert listed.returncode == 0 and "DAMAGED" in listed.stdout  # the others still load
    (damaged,) = [line for line in listed.stdout.splitlines() if "DAMAGED" in line]
    assert "1970" not in damaged and " — " in damaged  # its activity is unknown, not the epoch
    # typed errors speak the interface language; the CLI's own words stay English
    german = run("--lang", "de", "vault", "verify", *pw(vault), vault=vault)
    (line,) = [line for line in german.stdout.splitlines() if line.startswith("DAMAGED")]
    assert line.endswith(
        "hat die Integritätsprüfung nicht bestanden – stellen Sie diese Datei "
        "aus einer Sicherung wieder her; `desistkit vault verify` listet alle beschädigten "
        "Dateien auf"
    )
    assert "1 problem." in german.stdout


def test_typed_errors_speak_the_interface_language(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "bad").write_text("wrong\n")
    wrong = ["case", "list", "--passphrase-file", str(tmp_path / "bad")]
    german = run("--lang", "de", *wrong, vault=vault)
    assert german.stderr == (
        "desistkit: Mit dieser Passphrase ließ sich der Tresor nicht entsperren – prüfen Sie die "
        "Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut\n"
    )
    polish = run(*wrong, vault=vault, env={"DESISTKIT_LANG": "pl"})
    assert polish.stderr.startswith("desistkit: To hasło nie otwiera sejfu – sprawdź Caps Lock")
    macedonian = run(*wrong, vault=vault, env={"LANG": "mk_MK.UTF-8"})
    assert macedonian.stderr.startswith("desistkit: Со таа лозинка сефот не се отклучи")
    # a wrong language setting does not hide the error: it is told in English
    unknown = run(*wrong, vault=vault, env={"DESISTKIT_LANG": "xx"})
    assert unknown.stderr.startswith("desistkit: That passphrase did not unlock the vault — ")
    # the CLI's own messages stay English
    missing = ["case", "list", "--passphrase-file", str(tmp_path / "missing")]
    assert "cannot read the passphrase file" in run("--lang", "de", *missing, vault=vault).stderr


def test_tune_proposes_the_settings_init_then_uses(tmp_path: Path) -> None:
    result = run(
        "vault", "tune", "--target", "0.2", "--memory-mib", "8", vault=Path("/nonexistent")
    )
    assert result.returncode == 0, result.stderr
    measured = result.stdout.splitlines()[0]
    assert measured.startswith("argon2id memory=8 MiB iterations=")
    use = next(line for line in result.stdout.splitlines() if line.startswith("Use: "))
    flags = use.removeprefix("Use: desistkit init ").split()
    assert flags[::2] == ["--kdf-memory-mib", "--kdf-iterations", "--kdf-lanes"]
    # The proposed command gives the slot exactly what was measured, lanes included.
    (tmp_path / "pw").write_text("tuned passphrase\n")
    path = tmp_path / "vault"
    made = run("init", "--passphrase-file", str(tmp_path / "pw"), *flags, vault=path)
    assert made.returncode == 0, made.stderr
    listed = run("vault", "keys", vault=path)
    assert listed.returncode == 0, listed.stderr
    memory, iterations, lanes = flags[1::2]
    assert f"argon2id m={memory} MiB t={iterations} p={lanes}" in listed.stdout


def test_tune_defaults_to_the_default_memory() -> None:
    result = run("vault", "tune", "--target", "0.1", vault=Path("/nonexistent"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("argon2id memory=19 MiB ")


def test_help_does_not_import_textual_or_crypto() -> None:
    code = (
        "import sys; sys.argv=['desistkit','--help']\n"
        "from desistkit_tui import cli\n"
        "try:\n    cli.app()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in sys.modules if m.split('.')[0] in ('textual','cryptography','fluent','babel')]\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert "Usage" in result.stdout
    assert "HEAVY []" in result.stdout, result.stdout


def test_rekey_and_add_key_take_new_kdf_settings(vault: Path, tmp_path: Path) -> None:
    """How an existing vault adopts what `vault tune` proposes."""
    rekeyed = run(
        "vault", "rekey", "--yes", *pw(vault), "--kdf-memory-mib", "2", "--kdf-iterations", "3",
        vault=vault,
    )  # fmt: skip
    assert rekeyed.returncode == 0, rekeyed.stderr
    (tmp_path / "pw2").write_text("second passphrase\n")
    added = run(
        "vault", "add-key", "--label", "bo", *pw(vault),
        "--new-passphrase-file", str(tmp_path / "pw2"), "--kdf-lanes", "2",
        vault=vault,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    keys = {
        line.split()[1]: line.split("argon2id ")[1]
        for line in run("vault", "keys", vault=vault).stdout.splitlines()[1:]
    }
    # lanes unchanged by rekey (FAST: 1 MiB, 1 pass; the default lanes, 4)
    assert keys["caseworker"] == "m=2 MiB t=3 p=4"
    assert keys["recovery"] == "m=2 MiB t=3 p=4"
    assert keys["bo"] == "m=2 MiB t=3 p=2"  # the rest from the slot that unlocked
    as_bo = ["--slot", "bo", "case", "list", "--passphrase-file", str(tmp_path / "pw2")]
    listed = run(*as_bo, vault=vault)  # bo on this account names the slot (issue 17)
    assert listed.returncode == 0, listed.stderr


@pytest.mark.parametrize("flag", ["--kdf-lanes", "--kdf-iterations", "--kdf-memory-mib"])
def test_kdf_options_refuse_zero(tmp_path: Path, flag: str) -> None:
    (tmp_path / "pw").write_text("a passphrase\n")
    result = run("init", "--passphrase-file", str(tmp_path / "pw"), flag, "0", vault=tmp_path / "v")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and flag in result.stderr
    assert not (tmp_path / "v").exists()


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    """The passphrase policy lives in the core; `init` applies it as the TUI does."""
    (tmp_path / "pw").write_text("short\n")
    result = run("init", "--passphrase-file", str(tmp_path / "pw"), *FAST, vault=tmp_path / "v")
    assert result.returncode == 2
    *_, line = result.stderr.strip().splitlines()  # after the warning about the test KDF
    assert line == (
        "desistkit: The passphrase is too short: it needs at least 10 characters — choose a "
        "longer one: four or more unrelated words are easy to remember"
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "v").exists()
    env = {"DESISTKIT_LANG": "de"}  # a typed error: in the interface language, as every error
    german = run(
        "init", "--passphrase-file", str(tmp_path / "pw"), *FAST, vault=tmp_path / "v", env=env
    )
    assert "Die Passphrase ist zu kurz; sie muss mindestens 10 Zeichen lang sein" in german.stderr
    assert not (tmp_path / "v").exists()
    (tmp_path / "pw").write_text("päßwörtchen\n")  # 11 characters (15 bytes of UTF-8)
    made = run("init", "--passphrase-file", str(tmp_path / "pw"), *FAST, vault=tmp_path / "v")
    assert made.returncode == 0, made.stderr


def test_init_and_add_key_refuse_the_most_guessed_passphrases(vault: Path, tmp_path: Path) -> None:
    """Long enough is not enough: `password123` and `aaaaaaaaaa` are among the first guesses."""
    (tmp_path / "common").write_text("password123\n")
    result = run("init", "--passphrase-file", str(tmp_path / "common"), *FAST, vault=tmp_path / "v")
    assert result.returncode == 2
    assert "among the most guessed" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "v").exists()
    (tmp_path / "repeated").write_text("aaaaaaaaaa\n")
    added = run(
        "vault", "add-key", "--label", "ben", *pw(vault),
        "--new-passphrase-file", str(tmp_path / "repeated"),
        vault=vault,
    )  # fmt: skip
    assert added.returncode == 2 and "among the most guessed" in added.stderr
    assert "ben" not in run("vault", "keys", vault=vault).stdout


def test_add_key_refuses_a_short_passphrase(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "pw2").write_text("123456789\n")  # 9 characters
    added = run(
        "vault", "add-key", "--label", "ben", *pw(vault),
        "--new-passphrase-file", str(tmp_path / "pw2"),
        vault=vault,
    )  # fmt: skip
    assert added.returncode == 2
    assert "too short" in added.stderr and "Traceback" not in added.stderr
    assert "ben" not in run("vault", "keys", vault=vault).stdout


def test_rekey_refuses_to_keep_a_short_passphrase(tmp_path: Path) -> None:
    """A vault made before the rule (or by the library) with a short passphrase: rekey would
    put the new master key under it, so it says how to change it first."""
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    path = tmp_path / "vault"
    made, _ = Vault.create(path, Secret.from_text("short"), "anna", kdf=KdfParams(1, 1, 64))
    made.lock()
    (tmp_path / "pw").write_text("short\n")
    rekeyed = run("vault", "rekey", "--passphrase-file", str(tmp_path / "pw"), vault=path)
    assert rekeyed.returncode == 2
    assert "shorter than 10 characters" in rekeyed.stderr and "add-key" in rekeyed.stderr
    assert "recovery key" not in rekeyed.stdout.lower()


def test_case_add_refuses_a_retention_date_in_the_past(vault: Path) -> None:
    """The rule the new-case dialog applies, in the core for the CLI too."""
    added = run("case", "add", "K-7", "--retention", "2001-01-31", *pw(vault), vault=vault)
    assert added.returncode == 2
    assert "2001-01-31 must be after today" in added.stderr and "Traceback" not in added.stderr
    listed = run("case", "list", "--json", *pw(vault), vault=vault)
    assert json.loads(listed.stdout) == []


_SECOND_AUDIT_ENTRY_FAILS = """
import errno, os, re, sys
real_write, audit_writes = os.write, []

def write(fd, data):
    name = os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))
    if re.match(r"\\.\\d{10}\\.toml\\.enc\\.", name):  # an audit entry's temp file
        audit_writes.append(name)
        if len(audit_writes) == 2:  # 1: "unlocked", 2: "case-created"
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return real_write(fd, data)

os.write = write
from desistkit_tui.cli import main
sys.argv[0] = "desistkit"
main()
"""


def test_case_add_succeeds_with_a_warning_when_its_audit_entry_fails(vault: Path) -> None:
    """The case was created: say so, exit 0, and warn that its audit entry is missing
    (before: an error, so the caseworker added the case again)."""
    full_env = {**os.environ, "DESISTKIT_VAULT": str(vault)}
    added = subprocess.run(
        [sys.executable, "-c", _SECOND_AUDIT_ENTRY_FAILS, "case", "add", "K-1", *pw(vault)],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    assert "Added case K-1." in added.stdout
    (warning,) = added.stderr.splitlines()
    assert warning.startswith("desistkit: warning: It was done, but its entry in the audit log")
    assert "case-created" in warning and "no space left" in warning
    listed = run("case", "list", *pw(vault), vault=vault)
    assert listed.returncode == 0 and "K-1" in listed.stdout


def test_verify_tells_recoverable_states_from_damage_and_repairs_them(vault: Path) -> None:
    assert run("case", "add", "K-1", *pw(vault), vault=vault).returncode == 0
    staged = vault / "cases" / ".new-0123456789abcdef"
    staged.mkdir(mode=0o700)  # a creation killed half-way (cleaned up at the next unlock…)
    os.chmod(vault, 0o755)  # …and a folder others can read (reported, repaired on request)
    found = run("vault", "verify", *pw(vault), vault=vault)
    assert found.returncode == 1
    (line,) = [line for line in found.stdout.splitlines() if line.strip()][:-1]
    assert line.startswith("RECOVERABLE  Other users of this computer can open .")
    assert "DAMAGED" not in found.stdout and not staged.exists()
    repaired = run("vault", "verify", "--repair", *pw(vault), vault=vault)
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.startswith("REPAIRED Other users")
    assert "0 problems" in repaired.stdout
    assert oct(vault.stat().st_mode & 0o777) == "0o700"


@pytest.mark.parametrize("command", [("init",), ("vault", "add-key")])
def test_label_help_says_it_is_stored_unencrypted(command: tuple[str, ...]) -> None:
    result = run(*command, "--help", vault=Path("/nonexistent"), env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "stored unencrypted in vault.toml" in text
    assert "use initials or a role" in text and "not a full name" in text
