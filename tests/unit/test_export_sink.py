"""The export layer's safety (core/export/sink.py, encrypt.py): 0600 through a temp file, no
overwrite without force, nothing left behind on a failed write, age round trips, reproducible
zips, the gate and the audit record."""

from __future__ import annotations

import errno
import os
import stat
import zipfile
from io import BytesIO
from pathlib import Path

import pyrage
import pytest

from desistkit_tui.core.errors import BadRecipient, ExportExists, ExportFailed
from desistkit_tui.core.export import (
    Encryption,
    ExportRecord,
    Purpose,
    deliver,
    document_time,
    write_file,
    write_folder,
    zip_bytes,
)
from desistkit_tui.core.export.encrypt import check_recipients, recipients_from_file

RECORD = ExportRecord(Purpose.REPORT, "pdf", "K-2026-014", ("no-own-words",))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".desistkit-export-"))


def test_file_is_0600_and_complete(tmp_path: Path) -> None:
    target = write_file(b"hello", tmp_path / "out.pdf")
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportExists):
        write_file(b"new", target)
    assert target.read_bytes() == b"old"
    write_file(b"new", target, force=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_never_writes_through_a_symlink(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"keep")
    (tmp_path / "out.pdf").symlink_to(elsewhere)
    with pytest.raises(ExportExists):
        write_file(b"new", tmp_path / "out.pdf", force=True)
    assert elsewhere.read_bytes() == b"keep"


def test_full_disk_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls = {"n": 0}

    def full(fd: int, data: bytes | memoryview) -> int:
        calls["n"] += 1
        if calls["n"] > 1:  # the first chunk goes through, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[:10])

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ExportFailed) as caught:
        write_file(b"x" * 1000, tmp_path / "out.pdf")
    assert caught.value.variant == "disk-full"
    assert list(tmp_path.iterdir()) == []  # neither the target nor the temp file


def test_full_disk_while_writing_a_folder_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: bytes | memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ExportFailed):
        write_folder({"a.md": b"a", "b/c.json": b"{}"}, tmp_path / "export")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as caught:
        write_file(b"x", tmp_path / "missing" / "out.pdf")
    assert caught.value.variant == "no-folder"
    assert "does not exist" in str(caught.value)
    if os.geteuid() != 0:  # root ignores folder permissions
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportFailed) as denied:
            write_file(b"x", locked / "out.pdf")
        assert denied.value.variant == "permission"


def test_folder_modes_and_replace(tmp_path: Path) -> None:
    target = write_folder({"case.md": b"# x", "sessions/1.json": b"{}"}, tmp_path / "export")
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    for path in target.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)
    with pytest.raises(ExportExists):
        write_folder({"case.md": b"new"}, target)
    write_folder({"case.md": b"new"}, target, force=True)
    assert (target / "case.md").read_bytes() == b"new"
    assert not (target / "sessions").exists()
    assert _leftovers(tmp_path) == []


def test_zip_is_reproducible() -> None:
    files = {"b.json": b"{}", "a.md": b"# a"}
    assert zip_bytes(files, "K-1") == zip_bytes(dict(reversed(files.items())), "K-1")
    with zipfile.ZipFile(BytesIO(zip_bytes(files, "K-1"))) as archive:
        assert archive.namelist() == ["K-1/a.md", "K-1/b.json"]


def test_age_round_trip_to_recipients(tmp_path: Path) -> None:
    one, two = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    recipients = (str(one.to_public()), str(two.to_public()))
    done = deliver(
        b"%PDF-report", tmp_path / "r.pdf.age", RECORD, encryption=Encryption(recipients)
    )
    data = done.path.read_bytes()
    assert done.encrypted and data.startswith(b"age-encryption.org/v1")
    assert b"%PDF-report" not in data
    assert pyrage.decrypt(data, [one]) == b"%PDF-report"
    assert pyrage.decrypt(data, [two]) == b"%PDF-report"
    assert stat.S_IMODE(done.path.stat().st_mode) == 0o600


def test_age_round_trip_with_a_passphrase_and_a_folder(tmp_path: Path) -> None:
    done = deliver(
        {"case.md": b"# case"},
        tmp_path / "export.zip.age",
        ExportRecord(Purpose.SUBJECT_ACCESS, "folder", "K-1"),
        encryption=Encryption(passphrase="correct horse battery"),
        folder_name="K-1",
    )
    plain = pyrage.passphrase.decrypt(done.path.read_bytes(), "correct horse battery")
    with zipfile.ZipFile(BytesIO(plain)) as archive:
        assert archive.read("K-1/case.md") == b"# case"


def test_recipients_are_checked(tmp_path: Path) -> None:
    good = str(pyrage.x25519.Identity.generate().to_public())
    assert check_recipients([f" {good} "]) == (good,)
    with pytest.raises(BadRecipient):
        check_recipients([good, "age1nonsense"])
    listed = tmp_path / "recipients.txt"
    listed.write_text(f"# the team\n{good}\n\n{good}\n", encoding="utf-8")
    assert recipients_from_file(listed) == (good, good)


def test_gate_refuses_before_anything_is_written(tmp_path: Path) -> None:
    seen: list[ExportRecord] = []

    class Refused(Exception):
        pass

    def gate(record: ExportRecord) -> None:
        seen.append(record)
        raise Refused

    with pytest.raises(Refused):
        deliver(b"x", tmp_path / "r.pdf", RECORD, gate=gate, audit=seen.append)
    assert seen == [RECORD]  # the gate saw it; no audit entry, no file
    assert list(tmp_path.iterdir()) == []


def test_audit_gets_the_record_after_writing(tmp_path: Path) -> None:
    audited: list[ExportRecord] = []
    deliver(b"x", tmp_path / "r.pdf", RECORD, audit=audited.append)
    assert audited == [RECORD]
    assert RECORD.fields() == {
        "purpose": "report",
        "kind": "pdf",
        "case": "K-2026-014",
        "options": "no-own-words",
        "encryption": "none",
    }


def test_document_time_is_fixed() -> None:
    assert document_time(environ={"SOURCE_DATE_EPOCH": "1767225600"}).isoformat() == (  # type: ignore[arg-type]
        "2026-01-01T00:00:00+00:00"
    )
    first = document_time(environ={})  # type: ignore[arg-type]
    assert (first.hour, first.minute, first.second) == (0, 0, 0)
