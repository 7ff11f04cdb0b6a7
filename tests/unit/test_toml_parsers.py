"""The two TOML readers read what the app writes alike (core/vault/files.py).

``parse_doc`` (tomli) reads every document; ``parse_doc_raw`` (rtoml, compiled) reads the case
documents the index is rebuilt from. For any document tomli-w writes, padded as the vault pads
it, both give the same values of the same types (dates, times with their offsets, integers of
any size, nested tables, arrays of tables), except that rtoml's datetimes carry its own
``tzinfo`` class of the same offset. Both refuse what is not a document the same way.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desistkit_tui.core.errors import Damage, TamperedFile
from desistkit_tui.core.model import SessionKind
from desistkit_tui.core.vault.files import doc_bytes, parse_doc, parse_doc_raw
from desistkit_tui.core.vault.keys import KdfParams
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

REL = "cases/x/case.toml.enc"


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types; datetimes with the same offset (any tzinfo class)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, datetime):
        return (
            a == b and a.utcoffset() == b.utcoffset() and (a.tzinfo is None) == (b.tzinfo is None)
        )
    return bool(a == b)


_zones = st.sampled_from(
    [None, timezone.utc, timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=-8))]
)
_scalars = (
    st.text()
    | st.integers(-(2**63), 2**63 - 1)
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.dates()
    | st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(), _zones)
    | st.times()
)
_keys = st.text(min_size=1, max_size=12)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=25,
)
_docs = st.dictionaries(_keys, _values, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_docs)
def test_both_parsers_read_what_tomli_w_writes_alike(doc: dict[str, Any]) -> None:
    plain = doc_bytes(doc)
    assert _same(parse_doc(REL, plain), doc)
    assert _same(parse_doc_raw(REL, plain), doc)


def test_both_parsers_read_a_real_vault_alike(vault_path: Path, fast_kdf: KdfParams) -> None:
    """Every document of a vault with a case, goals, a consent and sessions: case, sessions."""
    vault, _ = Vault.create(vault_path, Secret.from_text("pass phrase"), "anna", kdf=fast_kdf)
    case = vault.create_case("K-2026-014", retention=date(2030, 1, 1))
    with vault.open_case(case.id) as handle:
        handle.save_session(
            SessionKind.REFLECTION,
            {"held_on": date(2026, 3, 1), "note": 'quotes " and \\ and \t and ünïcødé ✓'},
        )
        handle.save_session(SessionKind.CARDS, {"deck": "values", "picked": ["a", "b"]})
        key = handle._key
        rels = [case_rel(case.id)] + [
            case_rel(case.id, f"sessions/{s}.toml.enc") for s in handle.session_ids()
        ]
        for rel in rels:
            plain = vault.files.open_bytes(rel, key)
            assert _same(parse_doc_raw(rel, plain), parse_doc(rel, plain)), rel


@pytest.mark.parametrize(
    "plain",
    [
        b"\xff\xfe not utf-8",
        b"a = ",
        b"a = 1\na = 2",
        b"a = 2026-13-01",
        b'a = "\x01"',
        b"a = " + b"[" * 100_000,
        b"a = " + b"{b = " * 50_000,
    ],
)
def test_both_parsers_refuse_what_is_no_document(plain: bytes) -> None:
    for parse in (parse_doc, parse_doc_raw):
        with pytest.raises(TamperedFile) as caught:
            parse(REL, plain)
        assert caught.value.damage is Damage.NOT_DOCUMENT


def test_the_padding_is_read_as_nothing_and_a_crlf_line_end_is_kept() -> None:
    for plain in (b"a = 1\r\n\n\n\n", b'a = """x\n\n"""\n\n\n', b"t = 07:30:00\n" + b"\n" * 900):
        assert _same(parse_doc_raw(REL, plain), parse_doc(REL, plain))
    assert parse_doc_raw(REL, b"t = 07:30:00\n\n") == {"t": time(7, 30)}
