"""`desistkit case erase`: typed confirmation, --yes, the audit entry, and what it says."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_vault import pw, run
from tests.cli.test_cli_vault import vault as vault  # the fixture


def _codes(vault: Path) -> list[str]:
    listed = run("case", "list", "--json", *pw(vault), vault=vault)
    return [row["code"] for row in json.loads(listed.stdout)]


def test_erase_asks_for_the_code_and_refuses_a_wrong_one(vault: Path) -> None:
    for code in ("K-1", "K-2"):
        assert run("case", "add", code, *pw(vault), vault=vault).returncode == 0
    wrong = run("case", "erase", "K-1", *pw(vault), vault=vault, stdin="K-2\n")
    assert wrong.returncode == 2 and "nothing was erased" in wrong.stderr
    assert "Backups" in wrong.stdout  # says what it cannot reach before asking
    assert _codes(vault) == ["K-1", "K-2"]
    typed = run("case", "erase", "k-1", *pw(vault), vault=vault, stdin="K-1\n")
    assert typed.returncode == 0, typed.stderr
    assert "Erased case K-1." in typed.stdout
    assert _codes(vault) == ["K-2"]
    scripted = run("case", "erase", "K-2", "--yes", *pw(vault), vault=vault)
    assert scripted.returncode == 0 and "Erased case K-2." in scripted.stdout
    assert _codes(vault) == []
    missing = run("case", "erase", "K-9", "--yes", *pw(vault), vault=vault)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_erase_is_in_the_audit_log(vault: Path) -> None:
    from desistkit_tui.core.vault.store import Vault

    assert run("case", "add", "K-1", *pw(vault), vault=vault).returncode == 0
    assert run("case", "erase", "K-1", "--yes", *pw(vault), vault=vault).returncode == 0
    opened = Vault.unlock(vault, "first passphrase")
    erased = [e for e in opened.audit.entries() if e["action"] == "case-erased"]
    assert [(e["who"], e["case"]) for e in erased] == [("caseworker", "K-1")]


def test_case_due_lists_cases_whose_retention_has_come(vault: Path) -> None:
    from datetime import date, timedelta

    from desistkit_tui.core.vault.store import Vault

    today = date.today()
    opened = Vault.unlock(vault, "first passphrase")
    opened.create_case("K-PAST", retention=today - timedelta(days=3))  # e.g. kept from before
    opened.create_case("K-SOON", retention=today + timedelta(days=10))
    opened.create_case("K-NONE")
    opened.lock()
    due = run("case", "due", "--json", *pw(vault), vault=vault)
    assert due.returncode == 0, due.stderr
    assert [(r["code"], r["days_left"]) for r in json.loads(due.stdout)] == [("K-PAST", -3)]
    soon = run("case", "due", "--within", "30", *pw(vault), vault=vault)
    assert "K-PAST" in soon.stdout and "(passed)" in soon.stdout and "in 10 days" in soon.stdout
    assert "K-NONE" not in soon.stdout
    listed = run("case", "list", *pw(vault), vault=vault).stdout
    assert [line.split()[0] for line in listed.splitlines() if "RETENTION ENDED" in line] == [
        "K-PAST"
    ]


def test_case_retain_keeps_a_case_longer_for_a_reason(vault: Path) -> None:
    from datetime import date, timedelta

    from desistkit_tui.core.vault.store import Vault

    today = date.today()
    later = (today + timedelta(days=365)).isoformat()
    opened = Vault.unlock(vault, "first passphrase")
    opened.create_case("K-PAST", retention=today - timedelta(days=3))
    opened.lock()
    for until, reason, said in [
        (today.isoformat(), "appeal pending", "must be after today"),
        ("2020-01-01", "appeal pending", "must be after today"),
        ("next year", "appeal pending", "Invalid isoformat"),
        (later, "  ", "a reason is required"),
    ]:
        bad = run(
            "case",
            "retain",
            "K-PAST",
            "--until",
            until,
            "--reason",
            reason,
            *pw(vault),
            vault=vault,
        )
        assert bad.returncode == 2 and said in bad.stderr and "nothing was changed" in bad.stderr
    due = run("case", "due", "--json", *pw(vault), vault=vault)
    assert [r["code"] for r in json.loads(due.stdout)] == ["K-PAST"]
    kept = run(
        "case",
        "retain",
        "k-past",
        "--until",
        later,
        "--reason",
        "appeal pending",
        *pw(vault),
        vault=vault,
    )
    assert kept.returncode == 0, kept.stderr
    assert f"kept until {later}" in kept.stdout
    due = run("case", "due", "--json", *pw(vault), vault=vault)
    assert json.loads(due.stdout) == []
    opened = Vault.unlock(vault, "first passphrase")
    case = opened.read_case(opened.find("K-PAST").id)
    assert case.retention is not None and case.retention.isoformat() == later
    assert [(c.reason, c.by) for c in case.retention_history] == [("appeal pending", "caseworker")]
    [entry] = [e for e in opened.audit.listing() if e.action == "retention-extended"]
    previous = (today - timedelta(days=3)).isoformat()
    assert dict(entry.detail or {}) == {"previous": previous, "until": later}
    assert "appeal" not in repr(opened.audit.entries())
    missing = run(
        "case", "retain", "K-9", "--until", later, "--reason", "x", *pw(vault), vault=vault
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_backup_restore_and_erase_lists_the_backups(vault: Path, tmp_path: Path) -> None:
    assert run("case", "add", "K-1", *pw(vault), vault=vault).returncode == 0
    archive = tmp_path / "backup.tar"
    made = run("vault", "backup", str(archive), *pw(vault), vault=vault)
    assert made.returncode == 0, made.stderr
    assert "0 problems" in made.stdout and archive.is_file()
    again = run("vault", "backup", str(archive), *pw(vault), vault=vault)
    assert again.returncode == 2 and "exists already" in again.stderr
    restored = tmp_path / "restored"
    back = run("vault", "restore", str(archive), str(restored), *pw(vault), vault=vault)
    assert back.returncode == 0, back.stderr
    assert "0 problems" in back.stdout
    assert _codes(restored) == ["K-1"]
    erased = run("case", "erase", "K-1", "--yes", *pw(vault), vault=vault)
    assert "Backups made since this case was created" in erased.stdout
    assert erased.stdout.count("  - ") == 1


def test_rekey_rotate_case_keys_says_what_it_did(vault: Path) -> None:
    assert run("case", "add", "K-1", *pw(vault), vault=vault).returncode == 0
    asked = run("vault", "rekey", "--rotate-case-keys", *pw(vault), vault=vault)
    assert asked.returncode == 2 and "nothing written afterwards" in asked.stdout
    done = run("vault", "rekey", "--rotate-case-keys", "--yes", *pw(vault), vault=vault)
    assert done.returncode == 0, done.stderr
    assert "New keys for 1 cases; their files re-encrypted." in done.stdout
    assert _codes(vault) == ["K-1"]
