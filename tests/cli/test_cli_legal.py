"""`desistkit case basis CODE` and the basis kind in `case list --json` (issue 18): real
processes, real vault files."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from desistkit_tui.core.model import BasisKind, LegalBasis, Scope
from desistkit_tui.core.vault.store import Vault
from tests.cli.test_cli_vault import pw, run, vault  # noqa: F401  (the fixture)

NOTE = "NoteMarker6262"


def _record(path: Path) -> None:
    v = Vault.unlock(path, "first passphrase")
    case = v.create_case("K-C")
    consent = LegalBasis(
        BasisKind.CONSENT,
        note=NOTE,
        given=date(2026, 3, 1),
        scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.HANDOVER}),
        recipients=("probation service",),
        language="pl",
    )
    with v.open_case(case.id) as handle:
        handle.save_profile(replace(handle.case, legal=consent))
    v.lock()


def test_case_list_json_shows_the_basis_kind_never_the_note(vault: Path) -> None:  # noqa: F811
    assert run("case", "add", "K-N", *pw(vault), vault=vault).returncode == 0
    _record(vault)
    result = run("case", "list", "--json", *pw(vault), vault=vault)
    assert result.returncode == 0, result.stderr
    assert {r["code"]: r["basis"] for r in json.loads(result.stdout)} == {
        "K-C": "consent",
        "K-N": "to-be-recorded",
    }
    assert NOTE not in result.stdout


def test_case_basis_prints_the_record_and_what_it_covers(vault: Path) -> None:  # noqa: F811
    _record(vault)
    text = run("case", "basis", "k-c", *pw(vault), vault=vault)
    assert text.returncode == 0, text.stderr
    assert "Legal basis: consent" in text.stdout
    assert "Consent given: 2026-03-01" in text.stdout
    assert "Consent covers: counselling-records, handover" in text.stdout
    assert "Agencies (by role): probation service" in text.stdout
    assert f"Note: {NOTE}" in text.stdout
    assert "report yes, summary no, handover yes, deck no" in text.stdout
    data = json.loads(run("case", "basis", "K-C", "--json", *pw(vault), vault=vault).stdout)
    assert (data["code"], data["kind"], data["language"]) == ("K-C", "consent", "pl")
    assert data["covers"] == {"report": True, "summary": False, "handover": True, "deck": False}
    missing = run("case", "basis", "K-X", *pw(vault), vault=vault)
    assert missing.returncode == 2 and "There is no case" in missing.stderr


def test_case_basis_records_a_consent_and_its_withdrawal(vault: Path) -> None:  # noqa: F811
    assert run("case", "add", "K-W", *pw(vault), vault=vault).returncode == 0
    incomplete = run("case", "basis", "K-W", "--kind", "consent", *pw(vault), vault=vault)
    assert incomplete.returncode == 2 and "needs the day it was given" in incomplete.stderr
    recorded = run(
        "case", "basis", "K-W", "--kind", "consent", "--given", "2026-03-01",
        "--scope", "handover", "--recipient", "probation  service", "--consent-language", "sk",
        *pw(vault), vault=vault,
    )  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    assert "Agencies (by role): probation service" in recorded.stdout
    withdrawn = run("case", "basis", "K-W", "--withdraw", "2026-11-30", *pw(vault), vault=vault)
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert "Withdrawn: 2026-11-30" in withdrawn.stdout
    assert "desistkit case erase K-W" in withdrawn.stdout  # what follows, said at once
    again = run("case", "basis", "K-W", "--withdraw", "2026-12-01", *pw(vault), vault=vault)
    assert again.returncode == 2 and "only a consent that holds" in again.stderr
    v = Vault.unlock(vault, "first passphrase")
    legal = v.read_case(v.find("K-W").id).legal
    assert (legal.kind, legal.language, legal.recipients) == (
        BasisKind.CONSENT,
        "sk",
        ("probation service",),
    )
    assert legal.withdrawn_on == date(2026, 11, 30)
    actions = [(e["action"], e.get("basis")) for e in v.audit.entries() if e["case"] == "K-W"]
    assert ("basis-recorded", "consent") in actions
    assert ("consent-withdrawn", "consent") in actions
    v.lock()
