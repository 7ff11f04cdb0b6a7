"""What the files of a vault tell without a key (docs/vault-format.md, "What the files reveal
without a key"): record ids give the day only, sealed documents are padded to size buckets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.model import SessionKind, new_record_id
from desistkit_tui.core.vault.envelope import HEADER_SIZE, TAG_SIZE
from desistkit_tui.core.vault.files import PAD_FLOOR, padded_length
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.vault.verify import verify

PASS = "correct horse battery staple"
MORNING = datetime(2026, 3, 14, 9, 30, 12, 345_000, tzinfo=UTC)
EVENING = datetime(2026, 3, 14, 21, 5, 59, 999_000, tzinfo=UTC)
MIDNIGHT_MS = int(datetime(2026, 3, 14, tzinfo=UTC).timestamp() * 1000)


def test_a_record_id_tells_the_day_it_was_made_not_the_moment() -> None:
    morning, evening = new_record_id(MORNING), new_record_id(EVENING)
    assert morning.split("-")[0] == evening.split("-")[0] == f"{MIDNIGHT_MS:013d}"
    assert new_record_id(datetime(2026, 3, 13, 23, 59, tzinfo=UTC)) < morning
    assert new_record_id(datetime(2026, 3, 15, 0, 0, tzinfo=UTC)) > evening


def test_record_ids_made_one_after_another_sort_in_that_order_and_are_unique() -> None:
    made = [new_record_id(MORNING) for _ in range(500)]
    assert made == sorted(made) and len(set(made)) == len(made)


def test_old_millisecond_ids_are_still_read(tmp_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = Vault.create(tmp_path / "v", Secret.from_text(PASS), "cw1", kdf=fast_kdf)
    case = vault.create_case("K-1")
    old = "1768469400123-3fa85f64"  # the format until this change: the save's millisecond
    with vault.open_case(case.id) as handle:
        handle.save_session(SessionKind.CARDS, {"cards": []}, old)
        new = handle.save_session(SessionKind.CARDS, {"cards": []})
        assert handle.session_ids() == [old, new]
        assert handle.load_session(old)["id"] == old


def test_padding_sizes() -> None:
    assert [padded_length(n) for n in (0, 1, 1024, 1025, 2048, 2049, 70_000)] == [
        1024,
        1024,
        1024,
        2048,
        2048,
        4096,
        131_072,
    ]


def test_every_sealed_document_is_padded_so_sizes_hide_length_and_kind(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    root = tmp_path / "v"
    vault, _ = Vault.create(root, Secret.from_text(PASS), "cw1", kdf=fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        short = handle.save_session(SessionKind.CARDS, {"note": "ok"})
        longer = handle.save_session(SessionKind.REFLECTION, {"note": "x" * 700})
        handle.save_draft(new_record_id(), {"type": "cards", "note": "y" * 300})
    vault.lock()
    sessions = root / "cases" / case.id / "sessions"
    assert (sessions / f"{short}.toml.enc").stat().st_size == (
        sessions / f"{longer}.toml.enc"
    ).stat().st_size
    sealed = [p for p in root.rglob("*.enc") if p.name != "key.enc"]
    assert len(sealed) >= 6  # case, two sessions, a draft, the index, audit entries
    for path in sealed:
        plain = path.stat().st_size - HEADER_SIZE - TAG_SIZE
        assert plain >= PAD_FLOOR and plain & (plain - 1) == 0, path
    reopened = Vault.unlock(root, PASS)  # padded files read back, the audit chain holds
    report = verify(reopened)
    assert report.ok, report.problems
