"""Schema versions and migrations; strict documents (unknown keys and bad values refused)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from desistkit_tui.core import schema
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import SchemaError, UnsupportedVersion
from desistkit_tui.core.model import (
    TO_BE_RECORDED,
    AddressForm,
    BasisKind,
    Case,
    CaseStatus,
    GenderForm,
    LegalBasis,
    Scope,
)
from desistkit_tui.core.schema import Doc, Migration, upgrade
from desistkit_tui.core.vault.index import read_index
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PASS = "correct horse battery staple"
PATH = "cases/x/case.toml.enc"


def _v1_to_v2(doc: Doc) -> Doc:
    doc["name"] = doc.pop("title")
    return doc


def _v2_to_v3(doc: Doc) -> Doc:
    doc["tags"] = [t.strip() for t in doc.pop("tags_csv").split(",")]
    return doc


CURRENT: Mapping[str, int] = {"thing": 3}
MIGRATIONS: Mapping[str, Mapping[int, Migration]] = {"thing": {1: _v1_to_v2, 2: _v2_to_v3}}


def test_older_document_is_migrated_step_by_step() -> None:
    old: Doc = {"schema": 1, "kind": "thing", "title": "T", "tags_csv": "a, b"}
    new = upgrade(old, "thing", PATH, CURRENT, MIGRATIONS)
    assert new == {"schema": 3, "kind": "thing", "name": "T", "tags": ["a", "b"]}
    assert old == {"schema": 1, "kind": "thing", "title": "T", "tags_csv": "a, b"}  # untouched
    middle: Doc = {"schema": 2, "kind": "thing", "name": "T", "tags_csv": "c"}
    assert upgrade(middle, "thing", PATH, CURRENT, MIGRATIONS)["tags"] == ["c"]
    current: Doc = {"schema": 3, "kind": "thing", "name": "T", "tags": []}
    assert upgrade(current, "thing", PATH, CURRENT, MIGRATIONS) == current


def test_newer_schema_is_refused() -> None:
    with pytest.raises(UnsupportedVersion) as caught:
        upgrade({"schema": 4, "kind": "thing"}, "thing", PATH, CURRENT, MIGRATIONS)
    assert (caught.value.path, caught.value.version) == (PATH, 4)


def test_missing_migration_is_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="no upgrade from schema 1 of"):
        upgrade({"schema": 1, "kind": "thing"}, "thing", PATH, CURRENT, {"thing": {}})


@pytest.mark.parametrize(
    ("doc", "key"),
    [
        ({"schema": 1, "kind": "other"}, "kind"),
        ({"schema": 1}, "kind"),
        ({"kind": "thing"}, "schema"),
        ({"schema": 0, "kind": "thing"}, "schema"),
        ({"schema": True, "kind": "thing"}, "schema"),
        ({"schema": "1", "kind": "thing"}, "schema"),
    ],
)
def test_kind_and_schema_are_checked(doc: Doc, key: str) -> None:
    with pytest.raises(SchemaError) as caught:
        upgrade(doc, "thing", PATH, CURRENT, MIGRATIONS)
    assert (caught.value.path, caught.value.key) == (PATH, key)


def _case() -> Case:
    at = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    return Case(
        id="0123456789abcdef",
        code="K-1",
        address=AddressForm.INFORMAL,
        gender=GenderForm.NEUTRAL,
        language="pl",
        status=CaseStatus.PAUSED,
        retention=date(2031, 12, 31),
        created=at,
        last_activity=at,
        reflections=2,
        card_sessions=1,
        rev=5,
    )


def test_case_document_round_trip() -> None:
    case = _case()
    assert Case.from_doc(case.to_doc(), PATH) == case
    no_retention = replace(case, retention=None)
    assert "retention" not in no_retention.to_doc()
    assert Case.from_doc(no_retention.to_doc(), PATH) == no_retention


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"nickname": "Anna"}, "nickname"),  # unknown key, named
        ({"address": "formel"}, "address"),
        ({"gender": "female"}, "gender"),
        ({"status": "open"}, "status"),
        ({"language": "fr"}, "language"),
        ({"reflections": "2"}, "reflections"),
        ({"rev": True}, "rev"),
        ({"code": 7}, "code"),
        ({"retention": "2031-12-31"}, "retention"),
        ({"retention": datetime(2031, 12, 31, tzinfo=UTC)}, "retention"),
        ({"created": datetime(2026, 1, 15, 9, 30)}, "created"),  # no time zone
        ({"last_activity": date(2026, 1, 15)}, "last_activity"),
    ],
)
def test_case_from_doc_refuses(change: dict[str, Any], key: str) -> None:
    doc = _case().to_doc() | change
    with pytest.raises(SchemaError) as caught:
        Case.from_doc(doc, PATH)
    assert (caught.value.path, caught.value.key) == (PATH, key)
    assert key in str(caught.value)


@pytest.mark.parametrize("key", ["id", "code", "address", "created", "reflections", "rev"])
def test_case_from_doc_needs_every_field(key: str) -> None:
    doc = _case().to_doc()
    del doc[key]
    with pytest.raises(SchemaError) as caught:
        Case.from_doc(doc, PATH)
    assert caught.value.key == key


def test_old_case_file_is_migrated_and_saved_new(
    vault_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case file with a field that a (future) next schema drops: read, then written so."""
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    rel = case_rel(case.id)
    with vault.open_case(case.id) as handle:
        legacy = handle.case.to_doc() | {"legacy_pager": "0171 555"}
        vault.files.write_doc(rel, legacy, handle._key)
    with pytest.raises(SchemaError, match="legacy_pager"):
        vault.read_case(case.id)  # the current schema knows no such key

    def drop_pager(doc: Doc) -> Doc:
        doc.pop("legacy_pager", None)
        return doc

    now = schema.CURRENT["case"]
    monkeypatch.setitem(schema.CURRENT, "case", now + 1)
    monkeypatch.setitem(schema.MIGRATIONS, "case", {**schema.MIGRATIONS["case"], now: drop_pager})
    assert vault.read_case(case.id).code == "K-1"
    with vault.open_case(case.id) as handle:
        handle.save_profile(replace(handle.case, status=CaseStatus.CLOSED))
        on_disk = vault.files.read_doc(rel, handle._key)
    assert on_disk["schema"] == now + 1
    assert "legacy_pager" not in on_disk
    assert on_disk["status"] == "closed"


def test_unknown_key_in_a_case_file_lists_the_case_with_its_problem(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    bad = vault.create_case("K-BAD")
    good = vault.create_case("K-GOOD")
    with vault.open_case(bad.id) as handle:
        vault.files.write_doc(
            case_rel(bad.id), handle.case.to_doc() | {"surname": "x"}, handle._key
        )
    listed = {s.id: s for s in vault.summaries()}
    assert "surname" in str(listed[bad.id].problem)
    assert not listed[good.id].problem


def test_newer_case_file_is_refused(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        vault.files.write_doc(case_rel(case.id), handle.case.to_doc() | {"schema": 99}, handle._key)
    with pytest.raises(UnsupportedVersion):
        vault.read_case(case.id)


def test_a_document_of_another_kind_is_refused(vault_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    with vault.open_case(case.id) as handle:
        handle.save_draft("d", {"x": 1})
        draft = vault.files.read_doc(case_rel(case.id, "drafts/d.toml.enc"), handle._key)
        # a draft document sealed, correctly, at a session's path: the kind gives it away
        vault.files.write_doc(case_rel(case.id, "sessions/d.toml.enc"), draft, handle._key)
        with pytest.raises(SchemaError) as caught:
            handle.load_session("d")
        assert caught.value.key == "kind"


FIXTURE_VAULT = Path(__file__).resolve().parent.parent / "fixtures" / "vault-schema1"


def test_a_vault_written_with_schema_1_opens_and_saves_as_schema_5(tmp_path: Path) -> None:
    """The checked-in schema-1 vault (see tests/fixtures/vault-schema1.md): cases migrate."""
    import os
    import shutil

    path = tmp_path / "old"
    shutil.copytree(FIXTURE_VAULT, path)
    for folder, _, files in os.walk(path):
        os.chmod(folder, 0o700)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o600)
    vault = Vault.unlock(path, "schema one fixture passphrase")
    by_code = {s.code: s for s in vault.summaries()}
    assert set(by_code) == {"FIX-001", "FIX-002"}
    # index schema 1 -> 2 forgets its entries; they are re-read and written back as schema 5
    # (JSON shards), with a ledger that adopts the cases found
    index = read_index(vault.files)
    assert index["schema"] == 5
    assert {code for _, code, _ in index["ledger"]} == {"FIX-001", "FIX-002"}
    first = by_code["FIX-001"]
    assert (first.reflections, first.open_goals, first.last_reflection) == (1, 0, None)
    with vault.open_case(first.id) as handle:
        case = handle.case
        assert (case.address, case.gender, case.language) == (
            AddressForm.INFORMAL,
            GenderForm.FEMININE,
            "de",
        )
        assert case.goals == () and case.interventions == ()
        assert case.legal == TO_BE_RECORDED  # no basis was recorded before schema 4
        assert handle.load_session(handle.session_ids()[0])["body"]["note"].startswith("fictional")
        assert handle.load_draft(handle.draft_ids()[0])["body"]["note"].startswith("fictional")
        handle.save_profile(replace(case, status=CaseStatus.PAUSED))
        on_disk = vault.files.read_doc(case_rel(first.id), handle._key)
    assert on_disk["schema"] == 5
    assert on_disk["goals"] == [] and on_disk["status"] == "paused"
    assert on_disk["retention_history"] == []
    assert on_disk["legal"]["kind"] == "to-be-recorded"
    # the session files present at the first open after the upgrade are adopted as its list
    assert on_disk["sessions"] == handle.session_ids()
    vault.lock()


def test_a_schema_3_case_loads_as_to_be_recorded_and_keeps_its_basis_once_saved(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """Case schema 3 had no legal basis: it loads as "to be recorded"; a basis recorded then
    is encrypted in the case file and read back whole, and the case list learns its kind."""
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1")
    rel = case_rel(case.id)
    with vault.open_case(case.id) as handle:
        old = handle.case.to_doc() | {"schema": 3}
        del old["legal"]
        vault.files.write_doc(rel, old, handle._key)
    assert vault.read_case(case.id).legal == TO_BE_RECORDED
    basis = LegalBasis(
        BasisKind.CONSENT,
        note="read aloud, signed copy in the paper file",
        given=date(2026, 3, 1),
        scope=frozenset({Scope.COUNSELLING_RECORDS, Scope.HANDOVER}),
        recipients=("probation service",),
        language="de",
    ).withdraw(date(2026, 9, 1))
    with vault.open_case(case.id) as handle:
        handle.save_profile(replace(handle.case, legal=basis))
    assert b"probation" not in (vault_path / rel).read_bytes()  # encrypted with the case
    assert vault.read_case(case.id).legal == basis
    assert [s.basis for s in vault.summaries()] == [BasisKind.CONSENT]
    vault.lock()


def test_a_schema_4_case_loads_with_no_retention_history_and_keeps_one_once_extended(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """Case schema 4 had no retention history: it loads with none; an extension is kept,
    reason included, encrypted in the case file, and the audit entry holds the dates only."""
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    case = vault.create_case("K-1", retention=date(2026, 6, 30))
    rel = case_rel(case.id)
    with vault.open_case(case.id) as handle:
        old = handle.case.to_doc() | {"schema": 4}
        del old["retention_history"]
        vault.files.write_doc(rel, old, handle._key)
    assert vault.read_case(case.id).retention_history == ()
    with vault.open_case(case.id) as handle:
        with pytest.raises(ValueError):
            handle.case.retained(date(2026, 7, 1), "   ", date(2026, 6, 30))
        with pytest.raises(ValueError):
            handle.case.retained(date(2026, 6, 30), "appeal", date(2026, 6, 30))
        kept = handle.case.retained(date(2027, 6, 30), "appeal\x1b[2J pending", date(2026, 7, 1))
        handle.save_profile(kept)
    assert b"appeal" not in (vault_path / rel).read_bytes()  # encrypted with the case
    read = vault.read_case(case.id)
    assert read.retention == date(2027, 6, 30)
    [change] = read.retention_history
    assert change.previous == date(2026, 6, 30) and change.by == ""
    assert "\x1b" not in change.reason and change.reason.startswith("appeal")
    [entry] = [e for e in vault.audit.listing() if e.action == "retention-extended"]
    assert dict(entry.detail or {}) == {"previous": "2026-06-30", "until": "2027-06-30"}
    assert entry.as_json()["detail"] == {"previous": "2026-06-30", "until": "2027-06-30"}
    vault.lock()
