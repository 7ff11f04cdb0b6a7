"""The second process that reads case documents for an index rebuild (issue 17).

Rebuilding the index of a city-wide team vault reads 10,000 case documents: decrypt, parse,
check. That is CPU work the interpreter does on one core. :mod:`.head_pool` starts this module
as ``python -m desistkit_tui.core.vault.head_worker``; it reads cases from one end of the list
while the app reads from the other end, and both stop where they meet.

What the process gets and gives, and what it never does (docs/architecture.md, "Secrets in
memory"):

* It first drops core dumps and tracing (:func:`.hardening.harden_process`), before it reads
  any key: an ``exec`` gives a process back its "dumpable" flag.
* **stdin:** the length of a JSON header (4 bytes, big-endian), the header ``{"root": <vault
  folder>, "vault_id": <hex>, "size": <bytes of records>}``, then one record per case: its position in the caller's list (4 bytes, big-endian), the id's length (1 byte), the
  id (ASCII), the case's 32-byte key. Only the keys of the cases it is to read, in the order it
  reads them. They are read straight into one buffer of that size (no buffered copy), which is
  wiped when it is done.
* **stdout:** first an empty list once started (imports done), then JSON lines, each a list of
  ``[position, answer]``; the answer is the case's index
  row (:func:`.index_rows.row_of`, the stamp of the very file read) followed by its revision
  and whether it lists its sessions, or ``null`` for any case it could not read as the app
  writes them. The caller reads a ``null`` case itself, with every check and error report of
  the one-process path: this process only ever says "this is what the file holds", never "this
  file is damaged".
* It writes no file, logs nothing, and its stderr is ``/dev/null``: nothing of a case reaches
  a disk or the terminal. It exits when its list is read, or when the caller kills it.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from desistkit_tui.core.hardening import harden_process
from desistkit_tui.core.model.case_head import CaseHead
from desistkit_tui.core.schema import upgrade
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.atomic import write_all
from desistkit_tui.core.vault.files import file_stamp, parse_doc_raw, read_stat
from desistkit_tui.core.vault.index_rows import row_of
from desistkit_tui.core.vault.kdf import KEY_SIZE
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.secret import Secret

#: Answers per line: how far behind the caller may learn where this process is.
CHUNK = 64


def answer(root: str, vault_id: bytes, case_id: str, key: Secret) -> list[Any] | None:
    """What the index needs of one case document (its row, revision and whether it lists its
    sessions), read as :meth:`.Vault.read_case_head` reads it; ``None`` for anything else: a
    missing, damaged or foreign file, a document :class:`CaseHead` refuses."""
    if not case_id:
        return None
    rel = case_rel(case_id)
    try:
        data, st = read_stat(os.path.join(root, rel))
        plain = envelope.open_sealed(data, key, vault_id, rel)
        head = CaseHead.from_doc(upgrade(parse_doc_raw(rel, plain), "case", rel), rel)
    except Exception:  # noqa: BLE001 - the caller reads it again and reports what it finds
        return None
    if head.id != case_id:
        return None
    return [*row_of(head.summary, file_stamp(st)), head.rev, head.sessions is not None]


def records(view: memoryview) -> Iterator[tuple[int, str, memoryview]]:
    """The (position, case id, key) records of ``view``; stops at a truncated one."""
    at = 0
    while at + 5 <= len(view):
        length = view[at + 4]
        end = at + 5 + length + KEY_SIZE
        if end > len(view):
            return
        position = int.from_bytes(view[at : at + 4], "big")
        yield (
            position,
            bytes(view[at + 5 : at + 5 + length]).decode("ascii"),
            view[end - KEY_SIZE : end],
        )
        at = end


def read_exactly(fd: int, buffer: bytearray) -> int:
    """Fill ``buffer`` from the fd (unbuffered: nothing is copied elsewhere); how much was read
    (less at the end of the input)."""
    view, got = memoryview(buffer), 0
    while got < len(buffer):
        count = os.readv(fd, [view[got:]])
        if not count:
            break
        got += count
    return got


def serve(settings: dict[str, Any], payload: memoryview, out: int) -> None:
    """Answer every record of ``payload``, :data:`CHUNK` per line written to the fd ``out``."""
    root, vault_id = str(settings["root"]), bytes.fromhex(settings["vault_id"])
    key = Secret.zeroed(KEY_SIZE)
    chunk: list[list[Any]] = []
    try:
        for position, case_id, key_bytes in records(payload):
            key.buffer[:] = key_bytes
            chunk.append([position, answer(root, vault_id, case_id, key)])
            if len(chunk) == CHUNK:
                _write(out, chunk)
                chunk = []
        if chunk:
            _write(out, chunk)
    finally:
        key.wipe()


def _write(out: int, chunk: list[list[Any]]) -> None:
    write_all(out, (json.dumps(chunk, separators=(",", ":")) + "\n").encode("utf-8"))


def _length(fd: int) -> int:
    """A 4-byte big-endian length from the fd; 0 at the end of the input."""
    size = bytearray(4)
    return int.from_bytes(size, "big") if read_exactly(fd, size) == 4 else 0


def main() -> int:
    harden_process()
    gc.disable()  # a short life of short-lived objects: reference counting frees them all
    stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
    _write(stdout, [])  # started: the caller may leave the reading to this process now
    header = bytearray(_length(stdin))
    read_exactly(stdin, header)
    try:
        settings = json.loads(header)
        while size := _length(stdin):
            batch = bytearray(size)
            try:
                got = read_exactly(stdin, batch)
                serve(settings, memoryview(batch)[:got], stdout)
            finally:
                batch[:] = bytes(len(batch))
    except (BrokenPipeError, KeyboardInterrupt, ValueError, KeyError):
        return 1  # the caller stopped listening, or sent nothing usable: it reads the rest itself
    return 0


if __name__ == "__main__":
    sys.exit(main())
