"""Full disk, quota, I/O errors and read-only folders: typed errors, nothing half-written."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from desistkit_tui.core.errors import DiskFull, StorageError
from desistkit_tui.core.model import CaseStatus, SessionKind
from desistkit_tui.core.vault import admin, atomic
from desistkit_tui.core.vault.atomic import TMP_SUFFIX
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@dataclass
class Opened:
    vault: Vault
    handle: CaseHandle

    @property
    def folder(self) -> Path:
        return self.vault.root / case_rel(self.handle.case.id, "")

    def snapshot(self) -> dict[str, bytes]:
        return {
            p.relative_to(self.folder).as_posix(): p.read_bytes()
            for p in sorted(self.folder.rglob("*"))
            if p.is_file()
        }


@pytest.fixture
def opened(vault_path: Path, fast_kdf: KdfParams) -> Iterator[Opened]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-DISK")
    handle = vault.open_case(case.id)
    handle.save_draft("d1", {"text": "OLD"})
    yield Opened(vault, handle)
    atomic.fault_hook = None
    handle.close()
    vault.lock()


def _fail_at(step: str, error: OSError) -> Callable[[str], None]:
    def hook(name: str) -> None:
        if name == step:
            raise error

    return hook


SAVES: dict[str, Callable[[CaseHandle], object]] = {
    "profile": lambda h: h.save_profile(replace(h.case, status=CaseStatus.CLOSED)),
    "draft": lambda h: h.save_draft("d1", {"text": "NEW"}),
    "new draft": lambda h: h.save_draft("d2", {"text": "NEW"}),
    "session": lambda h: h.save_session(SessionKind.REFLECTION, {"text": "NEW"}),
}
FULL = [
    ("write", errno.ENOSPC),
    ("fsync", errno.ENOSPC),  # some file systems only say so at fsync
    ("open", errno.ENOSPC),
    ("write", errno.EDQUOT),
]


@pytest.mark.parametrize("save", sorted(SAVES))
@pytest.mark.parametrize(("step", "code"), FULL, ids=[f"{s}-{errno.errorcode[c]}" for s, c in FULL])
def test_full_disk(opened: Opened, save: str, step: str, code: int) -> None:
    before = opened.snapshot()
    case_before = opened.handle.case
    atomic.fault_hook = _fail_at(step, OSError(code, os.strerror(code)))
    with pytest.raises(DiskFull) as caught:
        SAVES[save](opened.handle)
    assert "no space" in str(caught.value)
    assert opened.snapshot() == before  # nothing half-written, no temp file left
    assert not list(opened.folder.rglob(f"*{TMP_SUFFIX}"))
    assert opened.handle.case == case_before
    assert opened.handle.load_draft("d1")["body"] == {"text": "OLD"}

    atomic.fault_hook = None  # space again: the same save works
    SAVES[save](opened.handle)
    assert admin.verify(opened.vault).ok


def test_io_error_is_a_storage_error(opened: Opened) -> None:
    before = opened.snapshot()
    atomic.fault_hook = _fail_at("fsync", OSError(errno.EIO, os.strerror(errno.EIO)))
    with pytest.raises(StorageError) as caught:
        opened.handle.save_draft("d1", {"text": "NEW"})
    assert not isinstance(caught.value, DiskFull)
    assert caught.value.msg_args["cause"] == "io"
    assert "input/output error" in str(caught.value)
    assert opened.snapshot() == before


@pytest.mark.parametrize("save", sorted(SAVES))
def test_read_only_case_folder(opened: Opened, save: str) -> None:
    before = opened.snapshot()
    if os.geteuid() == 0:
        # root ignores the folder's permissions: let the OS error come from the hook instead
        atomic.fault_hook = _fail_at(
            "open", PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        )
        undo: Callable[[], None] = lambda: None  # noqa: E731
    else:
        folders = [opened.folder, opened.folder / "drafts", opened.folder / "sessions"]
        for folder in folders:
            folder.mkdir(exist_ok=True)
            os.chmod(folder, 0o500)

        def undo() -> None:
            for folder in folders:
                os.chmod(folder, 0o700)

    try:
        with pytest.raises(StorageError) as caught:
            SAVES[save](opened.handle)
    finally:
        undo()
        atomic.fault_hook = None
    message = str(caught.value)
    assert "permission denied" in message
    assert "Could not write" in message and "permissions" in message  # says what and what to do
    assert not isinstance(caught.value, DiskFull)
    after = opened.snapshot()
    assert after == before
    assert opened.handle.load_draft("d1")["body"] == {"text": "OLD"}
