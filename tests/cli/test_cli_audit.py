"""`desistkit vault audit`: who, what, which case, when; filters; --verify finds a cut log."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_vault import pw, run
from tests.cli.test_cli_vault import vault as vault  # the fixture


def test_audit_lists_filters_and_verifies(vault: Path) -> None:
    for code in ("K-1", "K-2"):
        assert run("case", "add", code, *pw(vault), vault=vault).returncode == 0
    listed = run("vault", "audit", "--case", "k-1", "--json", *pw(vault), vault=vault)
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)["entries"]
    assert [(e["who"], e["action"], e["case"]) for e in entries] == [
        ("caseworker", "case-created", "K-1")
    ]
    assert set(entries[0]) == {"seq", "at", "who", "action", "case"}  # never content
    text = run("vault", "audit", "--since", "2000-01-01", *pw(vault), vault=vault).stdout
    assert "vault-created" in text and "K-2" in text
    future = run("vault", "audit", "--since", "2999-01-01", "--json", *pw(vault), vault=vault)
    assert json.loads(future.stdout)["entries"] == []
    whole = run("vault", "audit", "--verify", *pw(vault), vault=vault)
    assert whole.returncode == 0 and "The audit chain is whole." in whole.stdout

    entries = sorted((vault / "audit").iterdir())
    for newest in entries[-2:]:  # someone removes the newest entries
        newest.unlink()
    cut = run("vault", "audit", "--verify", *pw(vault), vault=vault)
    assert cut.returncode == 1 and "The audit chain breaks." in cut.stdout
    # (that command's own unlock appended after the head the header kept: a gap, not a heal)
    assert "is missing from the audit chain" in cut.stdout
    verified = run("vault", "verify", *pw(vault), vault=vault)
    # That unlock appended after the head the header kept: the removed entries stay a gap.
    assert verified.returncode == 1 and "is missing from the audit chain" in verified.stdout
