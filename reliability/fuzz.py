"""Target 7, parser fuzzing with hypothesis: every reader raises only typed errors.

Inputs are made from real documents of the fixture vault: a value replaced, removed or
wrapped; bytes inserted, deleted or flipped (non-UTF-8 among them); nesting thousands deep.
Vault documents are *authentic*: sealed with the real key at their real path, so only the
parser stands between them and the app. Each input is read the way the app reads it (the case
list from the index; a case; a session through the history and the card view; a draft through
resuming it; ``vault.toml`` through unlocking, its Argon2id replaced by a cheap stand-in; a
user deck through loading the content and naming what was skipped). Held: no exception, or a
typed project error. Any other exception is an untyped crash (classed by type and place).
"""

from __future__ import annotations

import contextlib
import copy
import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import tomli
import tomli_w
from desistkit_tui.core.cards import from_body
from desistkit_tui.core.compat import UTC
from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.history import draft_of_type, load_history
from desistkit_tui.core.model import CaseSummary
from desistkit_tui.core.vault import envelope, index_files
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.index import CaseIndex
from desistkit_tui.core.vault.kdf import KdfParams
from desistkit_tui.core.vault.keyshards import ShardedKeyStore
from desistkit_tui.core.vault.keystore import FOLDER
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from reliability import fixture
from reliability.harness import Context, TargetResult, describe, is_typed, patched, short

NAME = "parser fuzzing"
Doc = dict[str, Any]

_text = st.text(st.characters(codec="utf-8"), max_size=12)
_scalars = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    _text,
    st.booleans(),
    st.dates(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(),
    st.times(),
)
VALUES = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)


def _slots(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) of a TOML document, tables and arrays alike."""
    found: list[tuple[Any, Any]] = []
    items = (
        doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else []
    )
    for key, value in items:
        found.append((doc, key))
        found += _slots(value)
    return found


@st.composite
def mutated(draw: st.DrawFn, doc: Doc) -> Doc:
    """``doc`` with one to three values replaced, removed or wrapped in a list."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        places = _slots(doc)
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "delete", "wrap", "add"]))
        if action == "delete":
            del container[key]
        elif action == "wrap":
            container[key] = [container[key]]
        elif action == "add" and isinstance(container, dict):
            container[draw(_text)] = draw(VALUES)
        else:
            container[key] = draw(VALUES)
    return doc


def _dump(doc: Doc) -> bytes:
    return tomli_w.dumps(doc).encode("utf-8")


def _dump_json(doc: Doc) -> bytes:
    """The index's form since schema 4 (issue 17): JSON; dates and times become strings (its
    head and shards since schema 5)."""
    return json.dumps(doc, default=str).encode("utf-8")


@st.composite
def plaintexts(draw: st.DrawFn, doc: Doc, dump: Callable[[Doc], bytes] = _dump) -> bytes:
    """The bytes of a document to seal: a mutated document, mangled bytes, or deep nesting."""
    kind = draw(st.sampled_from(["doc", "doc", "doc", "bytes", "deep"]))
    if kind == "doc":
        try:
            return dump(draw(mutated(doc)))
        except (TypeError, ValueError):
            return dump(doc)
    if kind == "deep":
        depth = draw(st.sampled_from([500, 3000, 50_000]))
        if dump is _dump_json:
            where = draw(st.sampled_from([b'"cases":', b'"ledger":', b'"zz":']))
            head = b'{"schema":5,"kind":"index","shard":0,' + where
            return head + b"[" * depth + b"]" * depth + b"}"
        opener, closer = draw(st.sampled_from([(b"[", b"]"), (b"{a=", b"}")]))
        return (
            _dump(doc)
            + b"\nzz = "
            + opener * depth
            + b"1" * (opener == b"{a=")
            + closer * depth
            + b"\n"
        )
    data = bytearray(dump(doc))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["insert", "delete", "flip"]))
        if edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif edit == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


class _Readers:
    """The fixture vault, unlocked, and the app's way of reading each kind of document."""

    def __init__(self, fx: fixture.Fixture) -> None:
        self.fx = fx
        self.vault = Vault.unlock(fx.path, fixture.PASS)
        self.case_id = fx.alpha
        self.handle = self.vault.open_case(self.case_id, write=False)
        self.decks = fixture.shipped_content().decks

    def original(self, rel: str, key: Secret | None = None) -> Doc:
        if rel.startswith(f"{index_files.FOLDER}/"):
            return index_files.parse_index(self.vault.files.open_bytes(rel), rel)
        if rel.startswith(f"{FOLDER}/"):  # a key shard: sealed JSON (format 3)
            loaded: Doc = json.loads(self.vault.files.open_bytes(rel, key))
            return loaded
        return self.vault.files.read_doc(rel, key)

    def case_key(self) -> Secret:
        return self.handle._key

    def write(self, rel: str, plain: bytes, key: Secret | None = None) -> None:
        files = self.vault.files
        files.path(rel).write_bytes(
            envelope.seal(plain, key or files.ring.data, files.vault_id, rel)
        )

    def key_store(self) -> None:
        """As opening a case reads it (the table from the header, then the case's shard)."""
        store = ShardedKeyStore(self.vault.files)
        try:
            store.load(self.vault.header)
            store.case_key(self.case_id).wipe()
        finally:
            store.wipe()

    def index(self) -> None:
        today = date(2026, 3, 14)
        for summary in CaseIndex(self.vault.files, self.vault.read_case).summaries(flush=False):
            summary.hints(today, 90)
            summary.last_activity.isoformat()

    def case(self) -> None:
        CaseSummary.of(self.vault.read_case(self.case_id)).hints(date(2026, 3, 14), 90)

    def session(self, session_id: str) -> None:
        doc = self.handle.load_session(session_id)
        load_history(self.handle)
        body = doc.get("body")
        if isinstance(body, dict) and body.get("type") != "reflection":
            from_body(body, f"sessions/{session_id}", self.decks)

    def draft(self, draft_id: str) -> None:
        body = self.handle.load_draft(draft_id)["body"]
        found = draft_of_type(self.handle, "reflection")
        if found is not None:
            ReflectionFlow.from_draft(found[1], f"drafts/{found[0]}")
        if body.get("type") != "reflection":
            from_body(body, f"drafts/{draft_id}", self.decks)


def _cheap_derive(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
    return Secret.zeroed(32)  # never opens a slot: Argon2id's cost is the headers target's


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    folder = ctx.folder(NAME)
    readers = _Readers(fixture.build(folder / "vault"))
    examples = ctx.pick(25, 600, 3000)
    fx, handle = readers.fx, readers.handle
    session_id, draft_id = handle.session_ids()[-1], handle.draft_ids()[0]
    card_draft = handle.draft_ids()[-1]
    case_key = readers.case_key()
    store = readers.vault.files.case_keys
    assert isinstance(store, ShardedKeyStore)  # the fixture is format 3
    shard_rel, shard_key = store.shard_file(fx.alpha)
    index_shard = index_files.shard_rel(index_files.shard_of(fx.alpha))
    vault_docs: list[tuple[str, str, Secret | None, Callable[[], None]]] = [
        ("index shard (authentic)", index_shard, None, readers.index),
        ("index head (authentic)", index_files.HEAD, None, readers.index),
        ("key shard (authentic)", shard_rel, shard_key, readers.key_store),
        ("case document (authentic)", case_rel(fx.alpha), case_key, readers.case),
        (
            "session (authentic)",
            case_rel(fx.alpha, f"sessions/{session_id}.toml.enc"),
            case_key,
            lambda: readers.session(session_id),
        ),
        (
            "reflection draft (authentic)",
            case_rel(fx.alpha, f"drafts/{draft_id}.toml.enc"),
            case_key,
            lambda: readers.draft(draft_id),
        ),
        (
            "card draft (authentic)",
            case_rel(fx.alpha, f"drafts/{card_draft}.toml.enc"),
            case_key,
            lambda: readers.draft(card_draft),
        ),
    ]
    for name, rel, key, read in vault_docs:
        original = readers.vault.files.path(rel).read_bytes()
        doc = readers.original(rel, key)

        def attempt(
            plain: bytes,
            rel: str = rel,
            key: Secret | None = key,
            name: str = name,
            read: Callable[[], None] = read,
        ) -> None:
            readers.write(rel, plain, key)
            _judge(result, name, read, plain)

        json_body = rel.startswith((f"{index_files.FOLDER}/", f"{FOLDER}/"))
        dump = _dump_json if json_body else _dump
        _explore(plaintexts(doc, dump), attempt, examples, ctx.seed)
        readers.vault.files.path(rel).write_bytes(original)
    _fuzz_header(result, fx, examples, ctx.seed)
    _fuzz_decks(result, folder / "decks", examples, ctx.seed)
    handle.close()
    readers.vault.lock()
    result.notes.append(f"{examples} hypothesis examples per input kind (9 kinds)")
    return result


def _explore(
    strategy: st.SearchStrategy[Any], attempt: Callable[[Any], None], n: int, seed: int
) -> None:
    @hypothesis_seed(seed)
    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def examples(value: Any) -> None:
        attempt(value)

    examples()


def _judge(result: TargetResult, kind: str, read: Callable[[], object], value: object) -> None:
    try:
        read()
    except BaseException as exc:
        if is_typed(exc):
            result.hold()
        else:
            result.fail(f"{kind}: untyped {describe(exc)}", f"{kind} crashed", short(value))
    else:
        result.hold()


def _fuzz_header(result: TargetResult, fx: fixture.Fixture, n: int, seed: int) -> None:
    from reliability.headers import seal

    path = fx.path / vault_header.FILENAME
    original = path.read_bytes()
    raw = vault_header.parse(original)
    doc = tomli.loads(raw.body.decode("utf-8"))

    def attempt(body: bytes) -> None:
        path.write_bytes(seal(body, raw.mac))
        _judge(result, "vault.toml", lambda: Vault.unlock(fx.path, fixture.PASS).lock(), body)

    with patched(KdfParams, "derive", _cheap_derive):
        _explore(plaintexts(doc), attempt, n, seed)
    path.write_bytes(original)


_DECK = b"""schema = 1

[deck]
id = "fuzzdeck"
kind = "cards"
version = "0.1.0"
catalogue = "casereflector"

[[category]]
id = "team"
symbol = "X"
ascii = "T"
colour = "#888888"

[[card]]
id = "team-question"
category = "team"
kind = "question"
factors = ["partner"]
"""
_FTL = (
    b"category-team = Team\ncategory-team-description = Cards our team wrote.\n"
    b"card-team-question-title = Our question\ncard-team-question = What would you ask?\n"
)


@st.composite
def _deck_files(draw: st.DrawFn) -> tuple[bytes, bytes, bytes]:
    """deck.toml, en.ftl and de.ftl of a user deck, one of them mangled."""
    files = [_DECK, _FTL, _FTL.replace(b"Team", b"Das Team")]
    which = draw(st.integers(0, 2))
    if which == 0 and draw(st.booleans()):
        with contextlib.suppress(TypeError, ValueError):
            files[0] = _dump(draw(mutated(tomli.loads(_DECK.decode()))))
    else:
        data = bytearray(files[which])
        for _ in range(draw(st.integers(1, 3))):
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(st.sampled_from([b"\xff", b"\xc3", b"\x80\x80", b"\x00", b"\x1b["]))
        files[which] = bytes(data)
    return files[0], files[1], files[2]


def _fuzz_decks(result: TargetResult, folder: Path, n: int, seed: int) -> None:
    from desistkit_tui.core.content import load_content

    def read(user: Path) -> None:
        content = load_content(user)
        for problem in content.problems:
            problem.summary  # noqa: B018 (the notice the app shows)

    def attempt(files: tuple[bytes, bytes, bytes]) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        deck = folder / "fuzzdeck"
        deck.mkdir(parents=True)
        for name, data in zip(("deck.toml", "en.ftl", "de.ftl"), files, strict=True):
            (deck / name).write_bytes(data)
        _judge(result, "user deck", lambda: read(folder), files)

    _explore(_deck_files(), attempt, n, seed)
