"""The index's files (schema 5, docs/vault-format.md §9): the case rows and the ledger spread
over :data:`SHARDS` sealed shards by a hash of the case id, and a head that lists the shards
written so far.

A change to one case rewrites its one shard (about 1/32 of the rows), not the whole index. A
shard is written the first time a case of it is recorded; the head lists it from then on (the
head is rewritten only when a shard is new: at most :data:`SHARDS` times in a vault's life), so
a listed shard that is missing or damaged was deleted or broken from outside: its part of the
ledger is lost (docs/vault-format.md §9.1). The index of schema 1–4 was one file,
:data:`LEGACY`; it is read once, split into shards and removed.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from functools import partial
from typing import Any

from desistkit_tui.core.errors import Damage, TamperedFile, VaultError
from desistkit_tui.core.schema import CURRENT, upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.atomic import fsync_folder, oserror
from desistkit_tui.core.vault.files import VaultFiles, padded_length, parse_doc

#: The folder of the index (schema 5).
FOLDER = "index"
#: The index of schema 1–4: one file (TOML, then JSON since schema 4).
LEGACY = "index.toml.enc"
#: The head: which shards have been written (``present``).
HEAD = f"{FOLDER}/head.json.enc"
#: The number of shards. A case's shard is ``crc32(case id) % SHARDS``; changing the number
#: needs a new schema (readers check it in the head).
SHARDS = 32
SUFFIX = ".json.enc"


def shard_of(case_id: str) -> int:
    """The shard that holds ``case_id``'s row and ledger entry."""
    return zlib.crc32(case_id.encode("utf-8", "surrogatepass")) % SHARDS


def shard_rel(shard: int) -> str:
    return f"{FOLDER}/{shard:02d}{SUFFIX}"


def shard_number(name: str) -> int | None:
    """The shard a file name in ``index/`` stands for, or None (the head, temp files)."""
    stem = name.removesuffix(SUFFIX)
    if stem == name or len(stem) != 2 or not stem.isdigit():
        return None
    number = int(stem)
    return number if number < SHARDS else None


def parse_index(plain: bytes, rel: str) -> dict[str, Any]:
    """A decrypted index document: JSON since schema 4 (parsed in C), TOML before.
    :class:`TamperedFile` if it is neither."""
    if plain[:1] != b"{":
        return parse_doc(rel, plain)
    try:
        doc = json.loads(plain)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise TamperedFile(rel, Damage.NOT_DOCUMENT) from None
    if type(doc) is not dict:
        raise TamperedFile(rel, Damage.NOT_DOCUMENT)
    return doc


def read_doc(files: VaultFiles, rel: str) -> dict[str, Any]:
    """An index file decrypted, parsed and upgraded to the current schema."""
    return upgrade(parse_index(files.open_bytes(rel), rel), "index", rel)


def read_shard(files: VaultFiles, shard: int) -> dict[str, Any]:
    """One shard (``cases`` rows, ``ledger`` rows, maybe ``lost``)."""
    rel = shard_rel(shard)
    doc = read_doc(files, rel)
    if doc.get("shard") != shard:
        raise TamperedFile(rel, Damage.WRONG_RECORD)
    return doc


def read_head(files: VaultFiles) -> set[int]:
    """The shards the head lists."""
    doc = read_doc(files, HEAD)
    present = doc.get("present")
    if doc.get("shards") != SHARDS or type(present) is not list:
        raise TamperedFile(HEAD, Damage.WRONG_RECORD)
    if not all(type(n) is int and 0 <= n < SHARDS for n in present):
        raise TamperedFile(HEAD, Damage.WRONG_RECORD)
    return set(present)


def read_legacy(files: VaultFiles) -> dict[str, Any]:
    """The index of schema 1–4 (``index.toml.enc``), upgraded: every row in one document."""
    return read_doc(files, LEGACY)


def on_disk(files: VaultFiles) -> set[int]:
    """The shards whose files exist (one listing of ``index/``)."""
    try:
        names = os.listdir(files.path(FOLDER))
    except FileNotFoundError:
        return set()
    return {n for n in map(shard_number, names) if n is not None}


def index_bytes(doc: dict[str, Any]) -> bytes:
    """The plaintext an index file is sealed as: compact JSON, padded like every document
    (docs/vault-format.md §8, "Padding"; blanks after JSON are JSON)."""
    plain = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return plain + b"\n" * (padded_length(len(plain)) - len(plain))


def write_doc(files: VaultFiles, rel: str, doc: dict[str, Any]) -> None:
    """Seal ``doc`` with the data key and write it crash-safely (the caller holds the vault's
    lock)."""
    files.write_raw(rel, envelope.seal(index_bytes(doc), files.ring.data, files.vault_id, rel))


def write_shard(
    files: VaultFiles, shard: int, cases: list[Any], ledger: list[Any], lost: bool
) -> None:
    doc: dict[str, Any] = {
        "schema": CURRENT["index"],
        "kind": "index",
        "shard": shard,
        "cases": cases,
        "ledger": ledger,
    }
    if lost:
        doc["lost"] = True
    write_doc(files, shard_rel(shard), doc)


def write_head(files: VaultFiles, present: set[int]) -> None:
    doc = {"schema": CURRENT["index"], "kind": "index", "shards": SHARDS}
    write_doc(files, HEAD, {**doc, "present": sorted(present)})


def remove_legacy(files: VaultFiles) -> None:
    """Remove the schema-4 index once every shard holds its rows (a crash before this reads
    the old file again and splits it again)."""
    path = files.path(LEGACY)
    try:
        os.unlink(path)
        fsync_folder(files.root)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise oserror(exc, path) from exc


def check(files: VaultFiles) -> tuple[int, list[VaultError]]:
    """For ``vault verify``: how many index files were read, and what is wrong with them (a
    shard the head lists but that is missing is reported too; stale rows are not damage)."""
    checked, problems = 0, []
    readers: list[tuple[str, Callable[[], object]]] = []
    if files.path(LEGACY).exists():
        readers.append((LEGACY, partial(read_legacy, files)))
    listed: set[int] = set()
    if files.path(HEAD).exists():
        checked += 1
        try:
            listed = read_head(files)
        except (FileNotFoundError, VaultError) as exc:
            problems.append(
                exc if isinstance(exc, VaultError) else TamperedFile(HEAD, Damage.MISSING)
            )
    for shard in sorted(listed | on_disk(files)):
        readers.append((shard_rel(shard), partial(read_shard, files, shard)))
    for rel, read in readers:
        checked += 1
        try:
            read()
        except FileNotFoundError:
            problems.append(TamperedFile(rel, Damage.MISSING))
        except VaultError as exc:
            problems.append(exc)
    return checked, problems
