"""The head of a case document (core/model/case_head.py): what the index rebuilds from.

It must say what ``Case.from_doc`` says of the same document: the same summary, revision and
session list for every case the app can write, and the same :class:`SchemaError` (same key)
for a summary field that is missing or wrong, so a malformed case is still a damaged row.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desistkit_tui.core import languages
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import SchemaError
from desistkit_tui.core.model import (
    AddressForm,
    BasisKind,
    Case,
    CaseStatus,
    CaseSummary,
    GenderForm,
    Goal,
    GoalStatus,
    Intervention,
    LegalBasis,
)
from desistkit_tui.core.model.case_head import CaseHead, _checked_head, _quick_head
from desistkit_tui.core.schema import Doc, upgrade
from desistkit_tui.core.vault.files import doc_bytes, parse_doc, parse_doc_raw
from desistkit_tui.core.vault.index import REL
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

PATH = "cases/0123456789abcdef/case.toml.enc"
PASS = "correct horse battery staple"

_days = st.dates(date(1990, 1, 1), date(2090, 12, 31))
_zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]
)
_moments = st.builds(
    lambda day, seconds, micro, zone: (
        datetime.combine(day, datetime.min.time(), zone)
        + timedelta(seconds=seconds, microseconds=micro)
    ),
    _days,
    st.integers(0, 86_399),
    st.sampled_from([0, 0, 1, 500_000, 999_999]),
    _zones,
)
_goals = st.builds(
    Goal,
    id=st.text("0123456789abcdef", min_size=8, max_size=8),
    text=st.text(max_size=20),
    own_words=st.text(max_size=10),
    factors=st.lists(st.text(min_size=1, max_size=5), max_size=2).map(tuple),
    target=st.none() | _days,
    status=st.sampled_from(list(GoalStatus)),
    created=_days,
)
_cases = st.builds(
    Case,
    id=st.just("0123456789abcdef"),
    code=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,31}", fullmatch=True),
    address=st.sampled_from(list(AddressForm)),
    gender=st.sampled_from(list(GenderForm)),
    language=st.sampled_from(languages.codes()),
    status=st.sampled_from(list(CaseStatus)),
    retention=st.none() | _days,
    created=_moments,
    last_activity=_moments,
    reflections=st.integers(0, 10**6),
    card_sessions=st.integers(0, 10**6),
    rev=st.integers(0, 10**9),
    last_reflection=st.none() | _days,
    goals=st.lists(_goals, max_size=4, unique_by=lambda g: g.id).map(tuple),
    interventions=st.just((Intervention("i1", "mentor meeting"),)) | st.just(()),
    sessions=st.none()
    | st.lists(st.text("0123456789abcdef-", min_size=5, max_size=30), unique=True).map(tuple),
    legal=st.sampled_from([LegalBasis(kind=k) for k in BasisKind if k is not BasisKind.CONSENT]),
)


def _head_of(text: bytes) -> CaseHead:
    return CaseHead.from_doc(upgrade(parse_doc_raw(PATH, text), "case", PATH), PATH)


@settings(max_examples=150, deadline=None)
@given(_cases)
def test_the_head_says_what_the_whole_case_says(case: Case) -> None:
    """Written by the app, read back: the head parsed with rtoml is the summary, revision and
    session list of the case read whole with tomli; its times have a plain ``timezone``."""
    text = doc_bytes(case.to_doc())
    whole = Case.from_doc(upgrade(parse_doc(PATH, text), "case", PATH), PATH)
    head = _head_of(text)
    assert head == CaseHead(whole.id, whole.code, whole.rev, whole.sessions, whole.summary)
    assert head.summary == CaseSummary.of(case)
    assert type(head.summary.last_activity.tzinfo) is timezone
    assert head.summary.last_activity.utcoffset() == case.last_activity.utcoffset()
    doc = parse_doc(PATH, text)
    assert _quick_head(doc) == _checked_head(doc, PATH) == head  # both paths agree


def _case() -> Case:
    at = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    goal = Goal("g1", "find work", target=date(2026, 3, 1), created=date(2026, 1, 15))
    return Case(
        id="0123456789abcdef",
        code="K-1",
        created=at,
        last_activity=at,
        reflections=2,
        rev=5,
        goals=(goal,),
        sessions=("s1",),
    )


def _goal(change: dict[str, Any]) -> Doc:
    doc = _case().to_doc()
    doc["goals"] = [doc["goals"][0] | change]
    return doc


def _legal(change: dict[str, Any]) -> Doc:
    doc = _case().to_doc()
    doc["legal"] = doc["legal"] | change
    return doc


_WRONG: list[tuple[Doc, str]] = [
    (_case().to_doc() | {"nickname": "Anna"}, "nickname"),
    (_case().to_doc() | {"address": "formel"}, "address"),
    (_case().to_doc() | {"gender": ["female"]}, "gender"),
    (_case().to_doc() | {"status": "open"}, "status"),
    (_case().to_doc() | {"status": {"a": 1}}, "status"),
    (_case().to_doc() | {"language": "fr"}, "language"),
    (_case().to_doc() | {"reflections": "2"}, "reflections"),
    (_case().to_doc() | {"card_sessions": 1.5}, "card_sessions"),
    (_case().to_doc() | {"rev": True}, "rev"),
    (_case().to_doc() | {"code": 7}, "code"),
    (_case().to_doc() | {"id": ["x"]}, "id"),
    (_case().to_doc() | {"retention": "2031-12-31"}, "retention"),
    (_case().to_doc() | {"retention": datetime(2031, 12, 31, tzinfo=UTC)}, "retention"),
    (_case().to_doc() | {"last_reflection": 3}, "last_reflection"),
    (_case().to_doc() | {"created": datetime(2026, 1, 15, 9, 30)}, "created"),
    (_case().to_doc() | {"last_activity": date(2026, 1, 15)}, "last_activity"),
    (_case().to_doc() | {"goals": ["g1"]}, "goals"),
    (_case().to_doc() | {"goals": {}}, "goals"),
    (_case().to_doc() | {"interventions": [1]}, "interventions"),
    (_case().to_doc() | {"retention_history": "none"}, "retention_history"),
    (_case().to_doc() | {"sessions": ["s1", "s1"]}, "sessions"),
    (_case().to_doc() | {"sessions": [1]}, "sessions"),
    (_case().to_doc() | {"legal": "consent"}, "legal"),
    (_goal({"status": "done"}), "status"),
    (_goal({"target": "2026-03-01"}), "target"),
    (_goal({"colour": "red"}), "colour"),
    (_legal({"kind": "contract"}), "kind"),
    (_legal({"kind": 1}), "kind"),
    (_legal({"signed": True}), "signed"),
]


@pytest.mark.parametrize(("doc", "key"), _WRONG)
def test_a_wrong_summary_field_is_the_same_error_as_for_the_whole_case(doc: Doc, key: str) -> None:
    with pytest.raises(SchemaError) as whole:
        Case.from_doc(doc, PATH)
    with pytest.raises(SchemaError) as head:
        CaseHead.from_doc(doc, PATH)
    assert _quick_head(doc) is None  # the quick path leaves it to the checked one
    assert (
        (head.value.path, head.value.key)
        == (whole.value.path, whole.value.key)
        == (
            head.value.path,
            key,
        )
    )
    assert str(head.value) == str(whole.value)


@pytest.mark.parametrize("key", ["id", "code", "address", "status", "created", "rev", "legal"])
def test_a_missing_summary_field_is_the_same_error_as_for_the_whole_case(key: str) -> None:
    doc = _case().to_doc()
    del doc[key]
    with pytest.raises(SchemaError) as whole:
        Case.from_doc(doc, PATH)
    with pytest.raises(SchemaError) as head:
        CaseHead.from_doc(doc, PATH)
    assert head.value.key == whole.value.key == key


def test_a_code_with_terminal_controls_is_made_safe_as_in_the_whole_case() -> None:
    doc = _case().to_doc() | {"code": "K\x1b[31m-1"}
    assert _quick_head(doc) is None
    assert CaseHead.from_doc(doc, PATH).code == Case.from_doc(doc, PATH).code == "K\ufffd[31m-1"


@pytest.mark.parametrize(("change", "key"), [({"status": "open"}, "status"), ({"rev": "5"}, "rev")])
def test_a_case_whose_summary_fields_are_wrong_is_a_damaged_row_after_a_rebuild(
    vault_path: Path, fast_kdf: KdfParams, change: dict[str, Any], key: str
) -> None:
    vault, _ = Vault.create(vault_path, Secret.from_text(PASS), "anna", kdf=fast_kdf)
    bad = vault.create_case("K-BAD")
    good = vault.create_case("K-GOOD")
    with vault.open_case(bad.id) as handle:
        vault.files.write_doc(case_rel(bad.id), handle.case.to_doc() | change, handle._key)
    vault.lock()
    shutil.rmtree(vault_path / REL)  # the index is rebuilt from the case documents
    vault = Vault.unlock(vault_path, Secret.from_text(PASS))
    listed = {s.id: s for s in vault.summaries()}
    problem = listed[bad.id].problem
    assert isinstance(problem, SchemaError)
    assert problem.key == key
    assert listed[bad.id].code.startswith("?")
    assert not listed[good.id].problem
    assert listed[good.id].code == "K-GOOD"
    assert {s.id: s.problem is not None for s in vault.index.rebuild()} == {
        bad.id: True,
        good.id: False,
    }
