"""`desistkit consent print` as a caseworker runs it: a real process, no vault, a real file
checked for mode, page count, text and the refusal to overwrite."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESISTKIT_VAULT": str(cwd / "no-vault"), "DESISTKIT_LANG": "en"}
    env.pop("DESISTKIT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "desistkit_tui.cli", "consent", "print", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_prints_one_page_0600_and_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "consent.pdf"
    args = ["--address", "formal", "--gender", "feminine"]
    done = run(tmp_path, "--lang", "pl", "--output", str(out), *args)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pages, text = _text(out)
    assert pages == 1 and "Pani zgoda" in text and "Twoja zgoda" not in text
    assert not (tmp_path / "no-vault").exists()  # no vault needed, none made
    first = out.read_bytes()
    again = run(tmp_path, "--lang", "ro", "--address", "informal", "--output", str(out))
    assert again.returncode == 2 and "exists already" in again.stderr
    assert "Traceback" not in again.stderr
    assert out.read_bytes() == first
    forced = run(tmp_path, "--lang", "ro", "--address", "informal", "-o", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pages, text = _text(out)
    assert pages == 1 and "Consimțământul tău" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["consent.pdf"]


def test_markdown_and_cyrillic(tmp_path: Path) -> None:
    out = tmp_path / "soglasnost.md"
    done = run(tmp_path, "--lang", "mk", "--address", "informal", "--format", "md", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "Твојата согласност" in text and "Вашата" not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_wrong_input_is_one_line(tmp_path: Path) -> None:
    out = str(tmp_path / "c.pdf")
    unknown = run(tmp_path, "--lang", "xx", "-o", out)
    assert unknown.returncode == 2 and "unknown language 'xx'" in unknown.stderr
    bad = run(tmp_path, "--lang", "de", "--format", "docx", "-o", out)
    assert bad.returncode == 2 and "unknown format 'docx'" in bad.stderr
    assert not (tmp_path / "c.pdf").exists()
