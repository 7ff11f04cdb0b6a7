"""`desistkit case report|handout|summary|export` as a caseworker runs them: real processes, a
real vault, files checked for mode, content, the audit entry and the age round trip."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pyrage
import pytest
from pypdf import PdfReader

from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from tests.export_case import CODE, PASSPHRASE, build_case_vault

MARKERS = ("OWNWORDS", "CWVIEW", "CWNOTE", "HELPS", "HARD", "GOALTEXT", "STEPTEXT", "DRAFTTEXT")


@pytest.fixture
def vault(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    made, _ = build_case_vault(tmp_path / "vault", fast_kdf)
    made.lock()
    (tmp_path / "pw").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return tmp_path / "vault"


def run(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESISTKIT_VAULT": str(vault), "DESISTKIT_LANG": "en"}
    env.pop("DESISTKIT_DEBUG", None)
    pw = ["--passphrase-file", str(vault.parent / "pw")]
    return subprocess.run(
        [sys.executable, "-m", "desistkit_tui.cli", *args, *pw],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _audit(vault: Path) -> list[dict[str, object]]:
    opened = Vault.unlock(vault, Secret.from_text(PASSPHRASE))
    try:
        return [dict(e) for e in opened.audit.entries()]
    finally:
        opened.lock()


def test_report_is_0600_audited_without_content_and_never_overwritten(
    vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    done = run(vault, "case", "report", CODE, "--output", str(out), "--no-caseworker-view")
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and "NOT encrypted" in done.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Case report: K-2026-014" in text and "OWNWORDS" in text and "CWVIEW" not in text
    exported = [e for e in _audit(vault) if e["action"] == "case-exported"]
    assert [e["case"] for e in exported] == [CODE]
    for entry in _audit(vault):
        assert not any(m in str(entry) for m in MARKERS), entry
    first = out.read_bytes()
    again = run(vault, "case", "report", CODE, "--output", str(out))
    assert again.returncode == 2 and "exists already" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
    assert out.read_bytes() == first
    forced = run(vault, "case", "report", CODE, "--output", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() != first  # the caseworker's view is back in
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pw", "report.pdf", "vault"]


def test_missing_folder_is_one_line(vault: Path, tmp_path: Path) -> None:
    done = run(vault, "case", "summary", CODE, "--output", str(tmp_path / "no" / "s.pdf"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"desistkit: The folder for {tmp_path / 'no' / 's.pdf'} does not exist — nothing was "
        "written; check the target folder, then try again"
    ]


def test_summary_and_handout(vault: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    done = run(vault, "case", "summary", CODE, "--format", "md", "-o", str(summary))
    assert done.returncode == 0, done.stderr
    text = summary.read_text(encoding="utf-8")
    assert not any(m in text for m in MARKERS)
    ticked = tmp_path / "ticked.md"
    args = ["--include", "roles", "--include", "goals", "--format", "md", "-o", str(ticked)]
    assert run(vault, "case", "summary", CODE, *args).returncode == 0
    assert "STEPROLE" in ticked.read_text(encoding="utf-8")
    assert "GOALTEXT" in ticked.read_text(encoding="utf-8")
    bad = run(vault, "case", "summary", CODE, "--include", "names", "-o", str(tmp_path / "x"))
    assert bad.returncode != 0 and "unknown field" in bad.stderr
    page = tmp_path / "page.pdf"
    meeting = ["--next-meeting", "2026-12-14"]
    assert run(vault, "case", "handout", CODE, *meeting, "-o", str(page)).returncode == 0
    text = PdfReader(page).pages[0].extract_text()
    assert "Co ustaliliśmy" in text and "CWVIEW" not in text and "14 grudnia 2026" in text


def test_report_encrypted_to_recipients_round_trip(vault: Path, tmp_path: Path) -> None:
    one, two = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    listed = tmp_path / "team.txt"
    listed.write_text(f"# the team\n{two.to_public()}\n", encoding="utf-8")
    out = tmp_path / "report.pdf.age"
    args = ["--encrypt-to", str(one.to_public()), "--encrypt-to-file", str(listed)]
    done = run(vault, "case", "report", CODE, *args, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "NOT encrypted" not in done.stdout and "age" in done.stdout
    data = out.read_bytes()
    assert b"OWNWORDS" not in data and data.startswith(b"age-encryption.org/v1")
    for identity in (one, two):
        plain = pyrage.decrypt(data, [identity])
        assert plain.startswith(b"%PDF")
        text = "".join(p.extract_text() for p in PdfReader(BytesIO(plain)).pages)
        assert "OWNWORDS" in text
    bad = run(vault, "case", "report", CODE, "--encrypt-to", "age1nope", "-o", str(tmp_path / "b"))
    assert bad.returncode == 2 and "not an age recipient" in bad.stderr
    assert not (tmp_path / "b").exists()


def test_subject_access_folder_zip_and_passphrase(vault: Path, tmp_path: Path) -> None:
    folder = tmp_path / "access"
    done = run(vault, "case", "export", CODE, "--output", str(folder))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "case.json", "case.md"]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    assert doc["case"]["code"] == CODE and doc["drafts"]
    assert "DRAFTTEXT" in (folder / "case.md").read_text(encoding="utf-8")
    zipped = tmp_path / "access.zip"
    assert run(vault, "case", "export", CODE, "--format", "zip", "-o", str(zipped)).returncode == 0
    with zipfile.ZipFile(zipped) as archive:
        assert sorted(archive.namelist()) == [
            f"{CODE}/README.md",
            f"{CODE}/case.json",
            f"{CODE}/case.md",
        ]
    secret = tmp_path / "export-pw"
    secret.write_text("hand-over passphrase 42\n", encoding="utf-8")
    sealed = tmp_path / "access.zip.age"
    args = ["--passphrase-protect", "--export-passphrase-file", str(secret), "-o", str(sealed)]
    assert run(vault, "case", "export", CODE, *args).returncode == 0
    plain = pyrage.passphrase.decrypt(sealed.read_bytes(), "hand-over passphrase 42")
    with zipfile.ZipFile(BytesIO(plain)) as archive:
        assert json.loads(archive.read(f"{CODE}/case.json"))["case"]["code"] == CODE


def test_nothing_leaves_without_a_basis_that_covers_it(tmp_path: Path, fast_kdf: KdfParams) -> None:
    from desistkit_tui.core.model import TO_BE_RECORDED

    made, _ = build_case_vault(tmp_path / "vault", fast_kdf, legal=TO_BE_RECORDED)
    made.lock()
    (tmp_path / "pw").write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = tmp_path / "vault"
    for command in ("report", "summary"):
        out = tmp_path / f"{command}.pdf"
        refused = run(vault, "case", command, CODE, "--output", str(out), "--force")
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        assert "legal basis" in refused.stderr.lower(), refused.stderr
        assert not out.exists()
    page = tmp_path / "page.pdf"  # the person's own page needs no basis
    assert run(vault, "case", "handout", CODE, "--output", str(page)).returncode == 0
    assert [e["action"] for e in _audit(vault)].count("case-exported") == 1


def test_export_entry_names_purpose_kind_options_encryption_and_basis(
    vault: Path, tmp_path: Path
) -> None:
    summary = ["--include", "goals", "--include", "roles", "--format", "md"]
    assert (
        run(vault, "case", "summary", CODE, *summary, "-o", str(tmp_path / "s.md")).returncode == 0
    )
    secret = tmp_path / "export-pw"
    secret.write_text("hand-over passphrase 42\n", encoding="utf-8")
    sealed = ["--passphrase-protect", "--export-passphrase-file", str(secret), "--no-own-words"]
    done = run(vault, "case", "report", CODE, *sealed, "-o", str(tmp_path / "r.pdf.age"))
    assert done.returncode == 0, done.stderr

    exported = [e for e in _audit(vault) if e["action"] == "case-exported"]
    assert [(e["case"], e["basis"], e["detail"]) for e in exported] == [
        (
            CODE,
            "consent",
            {
                "purpose": "summary",
                "kind": "md",
                "options": "include=goals,include=roles",
                "encryption": "none",
            },
        ),
        (
            CODE,
            "consent",
            {
                "purpose": "report",
                "kind": "pdf",
                "options": "no-own-words",
                "encryption": "age-passphrase",
            },
        ),
    ]
    listed = run(vault, "vault", "audit", "--case", CODE, "--json", "--verify")
    assert listed.returncode == 0, listed.stderr
    doc = json.loads(listed.stdout)
    rows = [e for e in doc["entries"] if e["action"] == "case-exported"]
    assert [r["detail"]["purpose"] for r in rows] == ["summary", "report"]
    assert all(r["basis"] == "consent" for r in rows) and doc["problems"] == []
    assert all("detail" not in e for e in doc["entries"] if e["action"] != "case-exported")
    text = run(vault, "vault", "audit", "--case", CODE, "--verify")
    assert "basis=consent purpose=report kind=pdf options=no-own-words" in text.stdout
    assert "The audit chain is whole." in text.stdout
    assert not any(m in listed.stdout + text.stdout for m in MARKERS)
    for entry in _audit(vault):
        assert not any(m in str(entry) for m in MARKERS), entry


def test_subject_access_json_holds_the_retention_history(vault: Path, tmp_path: Path) -> None:
    from datetime import date

    opened = Vault.unlock(vault, PASSPHRASE)
    with opened.open_case(opened.find(CODE).id) as handle:
        handle.save_profile(handle.case.retained(date(2031, 1, 31), "appeal pending", date.today()))
    opened.lock()
    folder = tmp_path / "access"
    assert run(vault, "case", "export", CODE, "--output", str(folder)).returncode == 0
    doc = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    [change] = doc["case"]["retention_history"]
    assert (change["until"], change["reason"]) == ("2031-01-31", "appeal pending")
    [entry] = [e for e in doc["audit"] if e["action"] == "retention-extended"]
    assert entry["detail"]["until"] == "2031-01-31" and "reason" not in json.dumps(entry)
