"""Key slots: add, remove, rekey, and a rekey interrupted half-way."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

import pytest

from desistkit_tui.core.errors import (
    DiskFull,
    KeySlotError,
    RekeyUnfinished,
    TamperedFile,
    WrongPassphrase,
)
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault import admin, atomic, envelope, keystore, recovery
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
BOB = "bobs own passphrase"


class _Saved(TypedDict):
    """What :func:`_filled` saved in one case."""

    code: str
    session: str
    body: dict[str, int | str]


def _filled(path: Path, kdf: KdfParams, cases: int = 3) -> tuple[Vault, str, dict[str, _Saved]]:
    """A vault with cases, one session and one draft each; returns what was saved per case id."""
    vault, code = Vault.create(path, Secret.from_text(PASS), "anna", kdf=kdf)
    saved: dict[str, _Saved] = {}
    for n in range(cases):
        case = vault.create_case(f"K-{n}")
        with vault.open_case(case.id) as handle:
            sid = handle.save_session(SessionKind.REFLECTION, {"n": n, "text": f"session {n}"})
            handle.save_draft("draft", {"n": n})
        saved[case.id] = {
            "code": case.code,
            "session": sid,
            "body": {"n": n, "text": f"session {n}"},
        }
    return vault, code, saved


def _assert_all_readable(vault: Vault, saved: dict[str, _Saved]) -> None:
    summaries = {s.id: s for s in vault.summaries()}
    assert set(summaries) == set(saved)
    for case_id, what in saved.items():
        assert summaries[case_id].code == what["code"]
        assert summaries[case_id].reflections == 1
        assert not summaries[case_id].problem
        with vault.open_case(case_id) as handle:
            assert handle.load_session(what["session"])["body"] == what["body"]
            assert handle.load_draft("draft")["body"]["n"] == what["body"]["n"]
    assert vault.audit.verify() == []
    report = admin.verify(vault)
    assert report.ok, report.problems


def _assert_sealed_with_current_key(vault: Vault) -> None:
    ring = vault.files.ring
    sealed = vault.header.keystore_key  # the key-store key, which wraps every case key
    assert sealed is not None
    assert envelope.sealed_key_id(sealed, keystore.SEALED_REL) == ring.data_id
    for key_file in vault.root.glob("cases/*/key.enc"):
        rel = key_file.relative_to(vault.root).as_posix()
        assert envelope.sealed_key_id(key_file.read_bytes(), rel) == ring.data_id
    for entry in vault.root.glob("audit/*.toml.enc"):
        rel = entry.relative_to(vault.root).as_posix()
        assert envelope.sealed_key_id(entry.read_bytes(), rel) == ring.data_id


def test_add_passphrase(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _, _ = _filled(vault_path, fast_kdf, cases=1)
    slot = admin.add_passphrase(vault, " bob ", Secret.from_text(BOB))
    assert slot.label == "bob"
    assert slot.kdf == fast_kdf  # inherits the unlocking slot's parameters
    with pytest.raises(KeySlotError):
        admin.add_passphrase(vault, "bob", Secret.from_text("another"))
    with pytest.raises(KeySlotError):
        admin.add_passphrase(vault, "  ", Secret.from_text("another"))
    vault.lock()

    as_bob = Vault.unlock(vault_path, BOB)
    assert as_bob.who == "bob"
    assert as_bob.slot.id == slot.id
    entries = as_bob.audit.entries()
    assert (entries[-1]["who"], entries[-1]["action"]) == ("bob", "unlocked")
    assert ("anna", "key-added") in [(e["who"], e["action"]) for e in entries]
    as_bob.lock()
    assert Vault.unlock(vault_path, PASS).who == "anna"  # anna's slot is untouched


def test_remove_slot(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, code, _ = _filled(vault_path, fast_kdf, cases=1)
    with pytest.raises(KeySlotError, match="last passphrase"):
        admin.remove_slot(vault, "anna")
    admin.add_passphrase(vault, "bob", Secret.from_text(BOB))
    with pytest.raises(KeySlotError, match="unlocked with that slot"):
        admin.remove_slot(vault, "anna")
    with pytest.raises(KeySlotError):
        admin.remove_slot(vault, "carol")
    removed = admin.remove_slot(vault, "bob")
    assert removed.label == "bob"
    assert [s.label for s in vault.header.slots] == ["anna", "recovery"]
    assert vault.audit.entries()[-1]["action"] == "key-removed"
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, BOB)

    # removing by id works too; the recovery slot may go (then the key no longer opens)
    vault = Vault.unlock(vault_path, PASS)
    recovery_slot = next(s for s in vault.header.slots if s.kind == "recovery")
    admin.remove_slot(vault, recovery_slot.id)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, code)


def test_the_unlocking_slot_cannot_remove_itself_even_from_another_label(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, _, _ = _filled(vault_path, fast_kdf, cases=0)
    admin.add_passphrase(vault, "bob", Secret.from_text(BOB))
    vault.lock()
    as_bob = Vault.unlock(vault_path, BOB)
    with pytest.raises(KeySlotError):
        admin.remove_slot(as_bob, "bob")
    admin.remove_slot(as_bob, "anna")
    as_bob.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASS)


def test_rekey(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, old_code, saved = _filled(vault_path, fast_kdf)
    admin.add_passphrase(vault, "bob", Secret.from_text(BOB))
    old_master = vault.files.ring.master.reveal()
    old_data_id = vault.files.ring.data_id
    with pytest.raises(WrongPassphrase):
        admin.rekey(vault, Secret.from_text("not anna's"))

    result = admin.rekey(vault, Secret.from_text(PASS))
    assert result.removed_labels == ["bob"]
    assert [(s.label, s.kind) for s in vault.header.slots] == [
        ("anna", "passphrase"),
        ("recovery", "recovery"),
    ]
    assert vault.header.retired is None
    assert vault.files.ring.master.reveal() != old_master
    assert vault.files.ring.data_id != old_data_id
    assert vault.audit.entries()[-1]["action"] == "rekeyed"
    _assert_sealed_with_current_key(vault)
    _assert_all_readable(vault, saved)
    vault.lock()

    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, BOB)  # a removed slot's passphrase
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, old_code)  # the old recovery key
    by_recovery = Vault.unlock(vault_path, result.recovery_key)
    _assert_all_readable(by_recovery, saved)
    by_recovery.lock()
    again = Vault.unlock(vault_path, PASS)
    assert vault_header.parse((vault_path / "vault.toml").read_bytes()).header.retired is None
    _assert_all_readable(again, saved)


def test_rekey_can_change_the_kdf_parameters(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _, saved = _filled(vault_path, fast_kdf, cases=1)
    slower = KdfParams(iterations=2, lanes=1, memory_kib=128)
    admin.rekey(vault, Secret.from_text(PASS), kdf=slower)
    assert {s.kdf for s in vault.header.slots} == {slower}
    vault.lock()
    _assert_all_readable(Vault.unlock(vault_path, PASS), saved)


def test_rekey_needs_a_passphrase_session(vault_path: Path, fast_kdf: KdfParams) -> None:
    """From a recovery-key session a rekey would make a passphrase slot labelled "recovery"."""
    vault, code, _ = _filled(vault_path, fast_kdf, cases=0)
    vault.lock()
    by_recovery = Vault.unlock(vault_path, code)
    with pytest.raises(KeySlotError):
        admin.rekey(by_recovery, recovery.parse(code))
    # the way forward: add a passphrase, unlock with it, rekey
    admin.add_passphrase(by_recovery, "admin", Secret.from_text("new admin passphrase"))
    by_recovery.lock()
    admin.rekey(
        Vault.unlock(vault_path, "new admin passphrase"), Secret.from_text("new admin passphrase")
    )


def test_interrupted_rekey_is_finished_at_the_next_unlock(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _, saved = _filled(vault_path, fast_kdf)
    real_reseal = admin._reseal_everything

    def crash(_: Vault) -> None:
        raise KeyboardInterrupt  # the process dies right after vault.toml named the new key

    monkeypatch.setattr(admin, "_reseal_everything", crash)
    with pytest.raises(KeyboardInterrupt):
        admin.rekey(vault, Secret.from_text(PASS))
    monkeypatch.setattr(admin, "_reseal_everything", real_reseal)
    assert vault_header.parse((vault_path / "vault.toml").read_bytes()).header.retired is not None

    finished = Vault.unlock(vault_path, PASS)
    assert finished.header.retired is None
    assert finished.files.ring.retired == {}
    _assert_sealed_with_current_key(finished)
    _assert_all_readable(finished, saved)
    finished.lock()
    _assert_all_readable(Vault.unlock(vault_path, PASS), saved)


_KILL_DURING_REKEY = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desistkit_tui.core.vault import admin, atomic
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    path, passphrase, nth = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    vault = Vault.unlock(path, passphrase)
    calls = 0

    def hook(step):
        global calls
        if step == "replace":
            calls += 1
            if calls == nth:
                os.kill(os.getpid(), signal.SIGKILL)

    atomic.fault_hook = hook
    admin.rekey(vault, Secret.from_text(passphrase))
    sys.exit(3)
    """
)


@pytest.mark.parametrize("nth", [1, 2, 3, 5, 8, 12, 13, 14])
def test_rekey_killed_at_any_write_is_finished(
    vault_path: Path, fast_kdf: KdfParams, nth: int
) -> None:
    """kill -9 at the nth file write of a rekey (1: before vault.toml changed; later: while the
    audit log is re-sealed; the last: the header without `retired`): the next unlock finishes it, nothing is lost."""
    vault, _, saved = _filled(vault_path, fast_kdf)
    vault.lock()
    done = subprocess.run(
        [sys.executable, "-c", _KILL_DURING_REKEY, str(vault_path), PASS, str(nth)],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
    )
    assert done.returncode == -9, done.stderr
    again = Vault.unlock(vault_path, PASS)
    assert again.header.retired is None
    _assert_sealed_with_current_key(again)
    _assert_all_readable(again, saved)


def test_rekey_wraps_the_case_keys_anew_without_touching_case_files(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """Format 2: the case keys live in the key store, whose key the header seals with the
    data key; a rekey reseals that one key (no case file is rewritten)."""
    vault, _, saved = _filled(vault_path, fast_kdf)
    old_data = Secret(bytearray(vault.files.ring.data.buffer))
    case_files = {p: p.read_bytes() for p in vault_path.glob("cases/*/*.toml.enc")}
    admin.rekey(vault, Secret.from_text(PASS))
    assert {p: p.read_bytes() for p in vault_path.glob("cases/*/*.toml.enc")} == case_files
    sealed = vault.header.keystore_key
    assert sealed is not None
    with pytest.raises(TamperedFile):  # the old data key no longer opens the key-store key
        envelope.open_sealed(sealed, old_data, vault.files.vault_id, keystore.SEALED_REL)
    vault.lock()
    _assert_all_readable(Vault.unlock(vault_path, PASS), saved)


def test_a_rekey_that_cannot_reseal_is_done_and_returns_its_recovery_key(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while re-sealing, after the new vault.toml is in place: the rekey is done,
    so its new recovery key is returned (before: an error, the key never shown, and the old
    one no longer opened the vault); the next unlock finishes the re-sealing."""
    vault, old_code, saved = _filled(vault_path, fast_kdf)

    def full() -> None:
        raise DiskFull("audit/0000000001.toml.enc")

    monkeypatch.setattr(vault.audit, "reseal", full)
    result = admin.rekey(vault, Secret.from_text(PASS))
    assert [type(w) for w in vault.warnings] == [RekeyUnfinished]
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, old_code)
    finished = Vault.unlock(vault_path, result.recovery_key)
    assert finished.header.retired is None and finished.warnings == []
    _assert_sealed_with_current_key(finished)
    _assert_all_readable(finished, saved)
    finished.lock()


def test_the_new_recovery_key_is_shown_before_the_rekey_writes(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """If showing it fails (or the process dies while it is shown), nothing changed: the
    old recovery key still opens the vault."""
    vault, old_code, saved = _filled(vault_path, fast_kdf)
    before = (vault_path / "vault.toml").read_bytes()
    shown: list[str] = []

    def show(code: str) -> None:
        assert (vault_path / "vault.toml").read_bytes() == before
        shown.append(code)
        raise KeyboardInterrupt  # the caseworker pressed Ctrl+C while it was shown

    with pytest.raises(KeyboardInterrupt):
        admin.rekey(vault, Secret.from_text(PASS), show=show)
    assert (vault_path / "vault.toml").read_bytes() == before
    Vault.unlock(vault_path, old_code).lock()
    result = admin.rekey(vault, Secret.from_text(PASS), show=shown.append)
    assert shown[-1] == result.recovery_key
    vault.lock()
    _assert_all_readable(Vault.unlock(vault_path, result.recovery_key), saved)


def test_a_rekey_whose_header_write_fails_changes_nothing(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, old_code, saved = _filled(vault_path, fast_kdf)
    atomic.fault_hook = _full_at("write")
    try:
        with pytest.raises(DiskFull):
            admin.rekey(vault, Secret.from_text(PASS))
    finally:
        atomic.fault_hook = None
    _assert_all_readable(vault, saved)  # this session goes on with the old keys
    vault.lock()
    Vault.unlock(vault_path, old_code).lock()


def _full_at(step: str) -> Callable[[str], None]:
    def hook(name: str) -> None:
        if name == step:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return hook
