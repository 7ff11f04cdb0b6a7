"""Create, fill, lock, unlock and read back a vault; passphrases and recovery keys."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desistkit_tui.core.errors import (
    BadRecoveryKey,
    Conflict,
    DuplicateCase,
    NoSuchCase,
    NoVault,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from desistkit_tui.core.model import AddressForm, CaseStatus, GenderForm, SessionKind
from desistkit_tui.core.vault import recovery
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"


def _create(path: Path, kdf: KdfParams, passphrase: str = PASS) -> tuple[Vault, str]:
    return Vault.create(path, Secret.from_text(passphrase), "anna", kdf=kdf)


def test_round_trip(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = _create(vault_path, fast_kdf)
    one = vault.create_case(
        "K-2026-001",
        address=AddressForm.INFORMAL,
        gender=GenderForm.FEMININE,
        language="de",
        retention=date(2031, 1, 31),
    )
    two = vault.create_case("K-2026-002")
    bodies: dict[str, dict[str, Any]] = {
        one.id: {"answers": {"q1": "Ja", "q2": ["a", "b"]}, "note": "Zeile 1\nZeile 2 — ü"},
        two.id: {"cards": [3, 1, 4], "note": ""},
    }
    saved: dict[str, str] = {}
    for case in (one, two):
        with vault.open_case(case.id) as handle:
            assert not handle.read_only
            saved[case.id] = handle.save_session(SessionKind.REFLECTION, bodies[case.id])
            handle.save_draft("draft-1", {"step": 2, "text": "halb fertig"})
            handle.save_profile(replace(handle.case, status=CaseStatus.PAUSED))
    vault.lock()
    assert vault.locked

    again = Vault.unlock(vault_path, PASS)
    listed = {s.id: s for s in again.summaries()}
    assert set(listed) == {one.id, two.id}
    assert listed[one.id].code == "K-2026-001"
    assert listed[one.id].retention == date(2031, 1, 31)
    for case in (one, two):
        summary = listed[case.id]
        assert (summary.status, summary.reflections, summary.card_sessions) == (
            CaseStatus.PAUSED,
            1,
            0,
        )
        assert summary.problem is None
        with again.open_case(case.id) as handle:
            assert handle.case.code == case.code
            assert handle.case.address is case.address
            assert handle.case.gender is case.gender
            assert handle.case.language == case.language
            assert handle.case.retention == case.retention
            assert handle.case.rev == 2  # the profile save and the session's count
            assert handle.session_ids() == [saved[case.id]]
            session = handle.load_session(saved[case.id])
            assert session["body"] == bodies[case.id]
            assert session["type"] == "reflection"
            assert handle.draft_ids() == ["draft-1"]
            assert handle.load_draft("draft-1")["body"] == {"step": 2, "text": "halb fertig"}
            handle.discard_draft("draft-1")
            assert handle.draft_ids() == []
    again.lock()


def test_wrong_passphrase(vault_path: Path, fast_kdf: KdfParams) -> None:
    _create(vault_path, fast_kdf)[0].lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASS + " ")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, Secret.from_text("correct horse battery stapler"))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASS, slot_label="bob")  # the right secret, but no such slot
    assert Vault.unlock(vault_path, Secret.from_text(PASS)).who == "anna"


def test_passphrase_is_normalised(vault_path: Path, fast_kdf: KdfParams) -> None:
    _create(vault_path, fast_kdf, passphrase="cafe\u0301 au lait")[0].lock()  # decomposed é
    assert Vault.unlock(vault_path, "caf\u00e9 au lait").who == "anna"  # composed é


def test_recovery_key_unlocks(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, code = _create(vault_path, fast_kdf)
    case = vault.create_case("K-1")
    vault.lock()
    for typed in (code, code.lower(), code.replace("-", " "), code.replace("-", "")):
        opened = Vault.unlock(vault_path, typed)
        assert opened.who == "recovery"
        assert [s.id for s in opened.summaries()] == [case.id]
        opened.lock()
    with pytest.raises(WrongPassphrase):  # a well-formed key that is not this vault's
        Vault.unlock(vault_path, recovery.generate())


def test_recovery_key_typo_named_before_any_kdf(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, code = _create(vault_path, fast_kdf)

    def no_kdf(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
        raise AssertionError("the KDF ran for a recovery key with a typo")

    monkeypatch.setattr(KdfParams, "derive", no_kdf)
    groups = code.split("-")
    for g, group in enumerate(groups):
        wrong = "Y" if group[2] != "Y" else "X"
        typo = "-".join([*groups[:g], group[:2] + wrong + group[3:], *groups[g + 1 :]])
        with pytest.raises(BadRecoveryKey, match=rf"group {g + 1}\b"):
            Vault.unlock(vault_path, typo)
        # A letter that is never used names the group too.
        never = "-".join([*groups[:g], "U" + group[1:], *groups[g + 1 :]])
        with pytest.raises(BadRecoveryKey, match=rf"group {g + 1} has a character"):
            Vault.unlock(vault_path, never)


def test_passphrase_shaped_like_a_recovery_key_still_unlocks(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    # 30 letters and digits once spaces are dropped, none outside the recovery alphabet: it was
    # once taken for a mistyped recovery key, so this passphrase could never unlock.
    passphrase = "horse table river stone clear green"
    assert len(passphrase.replace(" ", "")) == 30
    assert not recovery.looks_like_recovery_key(passphrase)
    _create(vault_path, fast_kdf, passphrase=passphrase)[0].lock()
    assert Vault.unlock(vault_path, passphrase).who == "anna"


def test_default_kdf_params_work(vault_path: Path) -> None:
    """The one test with the real (slow) Argon2id parameters."""
    vault, _code = Vault.create(vault_path, Secret.from_text(PASS), "anna")
    assert vault.slot.kdf == KdfParams()
    assert not vault.slot.kdf.weak
    vault.lock()
    assert Vault.unlock(vault_path, PASS, slot_label="anna").who == "anna"


def test_fast_params_are_flagged_weak(fast_kdf: KdfParams) -> None:
    assert fast_kdf.weak
    with pytest.raises(ValueError):
        KdfParams(iterations=1, lanes=2, memory_kib=8)


def test_no_vault_and_existing_vault(vault_path: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(NoVault):
        Vault.unlock(vault_path, PASS)
    assert not Vault.exists(vault_path)
    _create(vault_path, fast_kdf)
    assert Vault.exists(vault_path)
    with pytest.raises(VaultExists):
        _create(vault_path, fast_kdf)
    other = vault_path.parent / "not-empty"
    other.mkdir()
    (other / "something.txt").write_text("hello")
    with pytest.raises(VaultExists):
        _create(other, fast_kdf)


def test_case_codes(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = _create(vault_path, fast_kdf)
    case = vault.create_case("  K-7  ")
    assert case.code == "K-7"
    with pytest.raises(DuplicateCase):
        vault.create_case("k-7")
    for bad in ("", "-K", "Anna Müller", "x" * 33):
        with pytest.raises(ValueError):
            vault.create_case(bad)
    assert vault.find("k-7").id == case.id
    with pytest.raises(NoSuchCase):
        vault.find("K-8")
    with pytest.raises(NoSuchCase):
        vault.open_case("0123456789abcdef")


def test_locked_vault_refuses_work(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = _create(vault_path, fast_kdf)
    vault.lock()
    vault.lock()  # twice is harmless
    with pytest.raises(VaultLocked):
        vault.summaries()
    with pytest.raises(VaultLocked):
        vault.create_case("K-1")


def test_profile_changed_elsewhere_is_a_conflict(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = _create(vault_path, fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        # Another place (a synced copy) saved the profile meanwhile: its rev moved on.
        elsewhere = replace(handle.case, status=CaseStatus.CLOSED, rev=handle.case.rev + 1)
        vault.files.write_doc(case_rel(case.id), elsewhere.to_doc(), handle._key)
        with pytest.raises(Conflict):
            handle.save_profile(replace(handle.case, status=CaseStatus.PAUSED))
    assert vault.read_case(case.id).status is CaseStatus.CLOSED  # nothing was overwritten


def test_a_correction_is_a_version_not_one_more_reflection(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, _ = _create(vault_path, fast_kdf)
    case = vault.create_case("K-2026-009")
    with vault.open_case(case.id) as handle:
        first = handle.save_session(
            SessionKind.REFLECTION, {"factors": []}, held_on=date(2026, 1, 5)
        )
        handle.save_session(SessionKind.REFLECTION, {"factors": [], "replaces": first})
        handle.save_session(SessionKind.REFLECTION, {"factors": []}, held_on=date(2026, 2, 5))
        handle.save_session(SessionKind.CARDS, {"cards": []})
        assert (handle.case.reflections, handle.case.card_sessions) == (2, 1)
        assert len(handle.session_ids()) == 4  # the correction is kept, as a version
        assert handle.uncounted() is None  # and is not taken for a session left uncounted
    [summary] = vault.summaries()
    assert summary.reflections == 2
    vault.lock()
    again = Vault.unlock(vault_path, PASS)
    assert [c.reflections for c in again.summaries()] == [2]
