"""Per-case locks: a second handle opens read-only, in this process or another."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desistkit_tui.core.errors import CaseBusy, ReadOnlyCase
from desistkit_tui.core.model import CaseStatus, SessionKind
from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        handle.save_draft("d", {"text": "first"})
    yield vault
    vault.lock()


def _case_id(vault: Vault) -> str:
    return vault.find("K-1").id


def _assert_refuses_writes(handle: CaseHandle) -> None:
    assert handle.read_only
    with pytest.raises(ReadOnlyCase):
        handle.save_draft("d", {"text": "second"})
    with pytest.raises(ReadOnlyCase):
        handle.save_session(SessionKind.CARDS, {"x": 1})
    with pytest.raises(ReadOnlyCase):
        handle.save_profile(replace(handle.case, status=CaseStatus.CLOSED))
    with pytest.raises(ReadOnlyCase):
        handle.discard_draft("d")
    # reading still works
    assert handle.load_draft("d")["body"] == {"text": "first"}
    assert handle.session_ids() == []


@pytest.mark.parametrize("same_vault_object", [True, False])
def test_second_handle_is_read_only(vault: Vault, same_vault_object: bool) -> None:
    case_id = _case_id(vault)
    other = vault if same_vault_object else Vault.unlock(vault.root, PASS)
    first = vault.open_case(case_id)
    assert not first.read_only
    second = other.open_case(case_id)
    _assert_refuses_writes(second)
    first.save_draft("d", {"text": "first"})  # the holder still writes
    second.close()
    first.close()
    third = other.open_case(case_id)  # the lock is free again
    assert not third.read_only
    third.save_draft("d", {"text": "first"})
    third.close()


def test_read_only_on_request(vault: Vault) -> None:
    with vault.open_case(_case_id(vault), write=False) as handle:
        _assert_refuses_writes(handle)
        with vault.open_case(_case_id(vault)) as writer:  # it took no lock
            assert not writer.read_only


_HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desistkit_tui.core.vault.store import Vault

    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
    handle = vault.open_case(sys.argv[3])
    print("writable" if not handle.read_only else "read-only", flush=True)
    sys.stdin.readline()
    handle.close()
    vault.lock()
    """
)


def test_lock_held_by_another_process(vault: Vault) -> None:
    case_id = _case_id(vault)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(vault.root), PASS, case_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "writable"
        with vault.open_case(case_id) as handle:
            _assert_refuses_writes(handle)
        with pytest.raises(CaseBusy):
            vault.erase_case(case_id)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    with vault.open_case(case_id) as handle:  # released when the other process closed it
        assert not handle.read_only


def test_lock_of_a_killed_process_is_free(vault: Vault) -> None:
    case_id = _case_id(vault)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(vault.root), PASS, case_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "writable"
    holder.kill()  # SIGKILL: no chance to release anything
    holder.wait()
    with vault.open_case(case_id) as handle:
        assert not handle.read_only


def test_erase_of_a_case_open_elsewhere_is_refused(vault: Vault) -> None:
    case_id = _case_id(vault)
    handle = vault.open_case(case_id)
    with pytest.raises(CaseBusy):
        vault.erase_case(case_id)
    other = Vault.unlock(vault.root, PASS)
    with pytest.raises(CaseBusy):
        other.erase_case(case_id)
    handle.close()
    assert other.erase_case(case_id) == "K-1"


def test_close_wipes_the_case_key(vault: Vault) -> None:
    handle = vault.open_case(_case_id(vault))
    buffer = handle._key.buffer
    assert len(buffer) == 32
    handle.close()
    assert buffer == bytearray()
