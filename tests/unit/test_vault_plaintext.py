"""No case data reaches the disk in plaintext: not in the vault, not in TMPDIR."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from desistkit_tui.core.model import CaseStatus, SessionKind
from desistkit_tui.core.vault import admin
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
CODE = "ZQX-MARKCODE-7781"  # case codes are pseudonyms, but still case data
MARKERS = [
    CODE,
    "MarkerReflection4242",
    "MarkerDraft9191",
    "Gefährdungsmarker-ßü-Ω",  # non-ASCII: UTF-8 and UTF-16 differ from Latin-1
    "MarkerCardNote5353",
]


def _needles() -> list[bytes]:
    needles = []
    for marker in MARKERS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.append(marker.encode(encoding))
        needles.append(marker.casefold().encode("utf-8"))
    return needles


def _scripted_session(path: Path, kdf: KdfParams) -> None:
    vault, _ = Vault.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    case = vault.create_case(CODE)
    with vault.open_case(case.id) as handle:
        handle.save_session(
            SessionKind.REFLECTION,
            {"answers": {"risk": MARKERS[1], "note": MARKERS[3]}, "code_again": CODE},
        )
        handle.save_session(SessionKind.CARDS, {"cards": [{"id": 4, "note": MARKERS[4]}]})
        handle.save_draft("autosave", {"text": MARKERS[2], "more": MARKERS[3]})
        handle.save_profile(replace(handle.case, status=CaseStatus.PAUSED))
    vault.create_case("K-OTHER")
    assert vault.find(CODE).id == case.id
    admin.add_passphrase(vault, "bob", Secret.from_text("bob's passphrase"))
    assert admin.verify(vault).ok
    admin.rekey(vault, Secret.from_text(PASS))
    vault.lock()
    again = Vault.unlock(path, PASS)
    with again.open_case(again.find(CODE).id) as handle:
        assert handle.load_draft("autosave")["body"]["text"] == MARKERS[2]
        handle.save_draft("autosave", {"text": MARKERS[2] + " edited"})
    again.lock()


def _scan(root: Path) -> list[str]:
    found = []
    needles = _needles()
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            if any(m.casefold() in name.casefold() for m in MARKERS):
                found.append(f"name: {folder}/{name}")
        for name in files:
            data = Path(folder, name).read_bytes()
            for needle in needles:
                if needle in data:
                    found.append(f"{folder}/{name} holds {needle!r}")
    return found


def test_no_case_data_in_plaintext(vault_path: Path, fast_kdf: KdfParams) -> None:
    tmpdir = Path(os.environ["TMPDIR"])
    assert Path(tempfile.gettempdir()) == tmpdir  # the fixture's TMPDIR is the one in use
    _scripted_session(vault_path, fast_kdf)
    assert _scan(vault_path) == []
    assert _scan(tmpdir) == []
    assert sum(len(f) for _, _, f in os.walk(vault_path)) > 10  # the scan saw the files


def test_the_scan_would_see_a_leak(tmp_path: Path) -> None:
    """The scanner itself finds each marker in each encoding (so the test above can fail)."""
    for n, needle in enumerate(_needles()):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "leak.bin").write_bytes(b"xx" + needle + b"yy")
        assert _scan(folder) != []
