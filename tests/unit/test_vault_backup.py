"""vault backup / restore: one encrypted archive, verified; a round trip keeps every case."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from desistkit_tui.core.errors import VaultExists
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault import backup as vault_backup
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


def _everything(vault: Vault) -> dict[str, object]:
    """Every case as read back: profile, sessions, drafts."""
    seen: dict[str, object] = {}
    for summary in vault.summaries():
        assert not summary.problem
        with vault.open_case(summary.id) as handle:
            sessions = {i: handle.load_session(i) for i in handle.session_ids()}
            drafts = {i: handle.load_draft(i) for i in handle.draft_ids()}
            seen[summary.code] = (handle.case.to_doc(), sessions, drafts)
    return seen


def test_backup_and_restore_round_trip(
    vault_path: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    for n in range(3):
        # Codes long enough not to occur by chance in the archive's ciphertext ("K-1", three
        # bytes, is in about one random 100 KiB archive of 160: CI hit it once).
        case = vault.create_case(f"PLAINCODE-{n}")
        with vault.open_case(case.id) as handle:
            handle.save_session(SessionKind.REFLECTION, {"text": f"reflection {n}"})
            handle.save_draft(f"d{n}", {"text": f"draft {n}"})
    before = _everything(vault)
    archive = tmp_path / "vault.tar"
    report = vault_backup.backup(vault, archive)
    assert report.ok, report.problems
    assert report.files_checked >= 1 + 1 + 1 + 3 * 3
    assert archive.stat().st_mode & 0o077 == 0
    with pytest.raises(VaultExists):
        vault_backup.backup(vault, archive)  # never replaced
    assert [e["action"] for e in vault.audit.entries()][-1] == "backup-made"
    # Nothing decrypted inside: no case text in the archive.
    data = archive.read_bytes()
    assert b"reflection 1" not in data and b"PLAINCODE-1" not in data
    vault.lock()

    restored = tmp_path / "restored"
    vault_backup.unpack(archive, restored)
    again = Vault.unlock(restored, PASS)
    assert admin.verify(again).ok
    assert _everything(again) == before
    with pytest.raises(VaultExists):
        vault_backup.unpack(archive, restored)  # only into an empty folder


def test_a_damaged_archive_is_reported(
    vault_path: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        handle.save_session(SessionKind.REFLECTION, {"text": "x"})
    good = tmp_path / "good.tar"
    assert vault_backup.backup(vault, good).ok
    bad = tmp_path / "bad.tar"
    with tarfile.open(good) as source, tarfile.open(bad, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            content = data.read() if data else b""
            if "/sessions/" in member.name:
                content = content[:-1] + bytes([content[-1] ^ 1])
            target.addfile(member, io.BytesIO(content) if data else None)
    report = vault_backup.check(vault, bad)
    assert not report.ok and any("sessions" in getattr(p, "path", "") for p in report.problems)
