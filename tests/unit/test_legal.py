"""The legal basis recorded per case (core/model/legal.py) and the check at the edge
(core/legal.py): every branch of check_export, the record's document round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desistkit_tui.core.errors import ExportRefused, SchemaError
from desistkit_tui.core.legal import EXEMPT, Purpose, check_export, covers
from desistkit_tui.core.model import TO_BE_RECORDED, BasisKind, LegalBasis, Scope, Withdrawal

PATH = "cases/x/case.toml.enc [legal]"
ALL_SCOPES = frozenset(Scope)
CONSENT = LegalBasis(
    BasisKind.CONSENT,
    given=date(2026, 3, 1),
    scope=ALL_SCOPES,
    recipients=("Probation service", "youth welfare office"),
    language="de",
)


def _refused(basis: LegalBasis, purpose: str, recipient: str | None = None) -> ExportRefused:
    with pytest.raises(ExportRefused) as caught:
        check_export(basis, purpose, recipient)
    return caught.value


@pytest.mark.parametrize("purpose", sorted(set(Purpose) - EXEMPT))
def test_nothing_recorded_covers_nothing(purpose: Purpose) -> None:
    error = _refused(TO_BE_RECORDED, purpose, "probation service")
    assert error.variant == "no-basis"
    assert error.msg_args["purpose"] == purpose.value
    assert not covers(TO_BE_RECORDED, purpose)


@pytest.mark.parametrize("purpose", sorted(EXEMPT))
@pytest.mark.parametrize(
    "basis",
    [TO_BE_RECORDED, CONSENT.withdraw(date(2026, 4, 1)), LegalBasis(BasisKind.OTHER)],
)
def test_the_persons_own_page_and_access_are_exempt(purpose: Purpose, basis: LegalBasis) -> None:
    check_export(basis, purpose, "anyone")
    assert covers(basis, purpose.value)


@pytest.mark.parametrize("purpose", list(Purpose))
def test_a_statutory_task_covers_every_purpose(purpose: Purpose) -> None:
    basis = LegalBasis(BasisKind.STATUTORY_TASK, note="§ 52 JGG")
    check_export(basis, purpose, "court")
    check_export(basis, purpose)


def test_other_covers_once_it_says_what_it_is() -> None:
    assert _refused(LegalBasis(BasisKind.OTHER, note="  "), "report").variant == "no-note"
    check_export(LegalBasis(BasisKind.OTHER, note="court order 12/26"), "handover", "court")


@pytest.mark.parametrize(
    ("purpose", "scope"),
    [
        ("report", Scope.COUNSELLING_RECORDS),
        ("summary", Scope.CASE_CONFERENCE),
        ("handover", Scope.HANDOVER),
        ("deck", Scope.CARD_SESSIONS),
    ],
)
def test_consent_covers_what_its_scope_lists(purpose: str, scope: Scope) -> None:
    check_export(CONSENT, purpose, "probation service")
    narrower = replace(CONSENT, scope=ALL_SCOPES - {scope})
    error = _refused(narrower, purpose, "probation service")
    assert (error.variant, error.msg_args["purpose"]) == ("not-in-scope", purpose)


def test_a_withdrawn_consent_blocks_a_handover() -> None:
    withdrawn = CONSENT.withdraw(date(2026, 11, 30))
    error = _refused(withdrawn, "handover", "probation service")
    assert (error.variant, error.msg_args["date"]) == ("withdrawn", "2026-11-30")
    assert _refused(withdrawn, Purpose.REPORT).variant == "withdrawn"


def test_consent_given_again_after_a_withdrawal_holds() -> None:
    again = replace(CONSENT.withdraw(date(2026, 5, 1)), given=date(2026, 6, 1))
    assert not again.withdrawn
    check_export(again, "report")
    assert len(again.withdrawals) == 1  # the withdrawal stays on record


@pytest.mark.parametrize("purpose", ["summary", "handover"])
def test_another_agency_must_be_named_by_its_role(purpose: str) -> None:
    check_export(CONSENT, purpose, "  probation   SERVICE ")  # case and spacing do not matter
    error = _refused(CONSENT, purpose, "police")
    assert (error.variant, error.msg_args["recipient"]) == ("recipient-not-named", "police")


def test_a_handover_needs_a_recipient_a_conference_summary_does_not() -> None:
    assert _refused(CONSENT, "handover").variant == "no-recipient"
    assert _refused(CONSENT, "handover", " ").variant == "no-recipient"
    check_export(CONSENT, "summary")  # to the case conference as a whole


def test_an_unknown_purpose_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        check_export(CONSENT, "force")


def test_refusals_are_worded() -> None:
    error = _refused(CONSENT.withdraw(date(2026, 11, 30)), "handover", "court")
    assert str(error) == (
        "Nothing left the vault: the person withdrew their consent on 2026-11-30 — record or "
        "update the legal basis in the case overview (F3); `desistkit case basis CODE` shows it"
    )


def test_withdrawal_rules() -> None:
    with pytest.raises(ValueError):
        TO_BE_RECORDED.withdraw(date(2026, 4, 1))
    with pytest.raises(ValueError):
        CONSENT.withdraw(date(2026, 2, 1))  # before it was given
    withdrawn = CONSENT.withdraw(date(2026, 4, 1))
    assert withdrawn.withdrawn_on == date(2026, 4, 1)
    with pytest.raises(ValueError):
        withdrawn.withdraw(date(2026, 4, 2))  # already withdrawn
    assert not CONSENT.withdrawn and CONSENT.withdrawn_on is None


def test_record_round_trips() -> None:
    full = CONSENT.withdraw(date(2026, 4, 1))
    for basis in (full, TO_BE_RECORDED, LegalBasis(BasisKind.STATUTORY_TASK, note="SGB VIII")):
        assert LegalBasis.from_doc(basis.to_doc(), PATH) == basis
    assert full.to_doc()["withdrawals"] == [{"on": date(2026, 4, 1)}]
    assert Withdrawal.from_doc({"on": date(2026, 4, 1)}, PATH) == Withdrawal(date(2026, 4, 1))


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"kind": "implied"}, "kind"),
        ({"scope": ["everything"]}, "scope"),
        ({"scope": ["handover", "handover"]}, "scope"),
        ({"language": "fr"}, "language"),
        ({"given": "2026-03-01"}, "given"),
        ({"withdrawals": [{"on": "yesterday"}]}, "on"),
        ({"surname": "x"}, "surname"),
    ],
)
def test_record_refuses(change: dict[str, Any], key: str) -> None:
    with pytest.raises(SchemaError) as caught:
        LegalBasis.from_doc(CONSENT.to_doc() | change, PATH)
    assert caught.value.key == key
