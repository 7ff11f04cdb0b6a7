"""Sealed TOML documents on disk: the one place that turns documents into files and back."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rtoml
import tomli
import tomli_w

from desistkit_tui.core.errors import Damage, StorageError, TamperedFile, VaultLocked
from desistkit_tui.core.vault import envelope
from desistkit_tui.core.vault.atomic import Modes, atomic_write, ensure_folder, exclusive_write
from desistkit_tui.core.vault.keys import KeyRing
from desistkit_tui.core.vault.secret import Secret

if TYPE_CHECKING:
    from desistkit_tui.core.vault.keyshards import CaseKeys

Doc = dict[str, Any]
#: The folder of temp files being written (docs/vault-format.md §12), swept at unlock.
TMP = "tmp"
#: The smallest padded plaintext of a document (docs/vault-format.md §8, "Padding").
PAD_FLOOR = 1024


def padded_length(size: int) -> int:
    """The plaintext length a document of ``size`` bytes is padded to: the next power of two,
    at least :data:`PAD_FLOOR`, so a file's size tells its length only to within a factor of
    two (and nothing at all below 1 KiB)."""
    return max(PAD_FLOOR, 1 << max(size - 1, 0).bit_length())


def doc_bytes(doc: Doc) -> bytes:
    """The plaintext a document is sealed as: its TOML (UTF-8), then newlines up to
    :func:`padded_length`. Blank lines at the end are TOML, so every reader (older ones too)
    parses the padded text as the document itself."""
    plain = tomli_w.dumps(doc).encode("utf-8")
    return plain + b"\n" * (padded_length(len(plain)) - len(plain))


def parse_doc(rel: str, plain: bytes) -> Doc:
    """Parse a decrypted document (UTF-8 TOML); :class:`TamperedFile` if it is none."""
    try:
        return tomli.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        # RecursionError: values nested thousands deep (tomli parses them recursively).
        raise TamperedFile(rel, Damage.NOT_DOCUMENT) from None


def parse_doc_raw(rel: str, plain: bytes) -> Doc:
    """Like :func:`parse_doc`, with the compiled parser (rtoml, about 3x faster than tomli on
    case documents; issue 17): for reads that keep a few fields, such as the index rebuilt
    from every case document. Its datetimes carry rtoml's own ``tzinfo`` class (same offset,
    but it neither pickles nor compares equal to :class:`datetime.timezone`): a caller
    replaces it on what it keeps. tests/unit/test_toml_parsers.py checks both parsers read
    the documents the app writes alike."""
    try:
        # Without the padding's newlines (insignificant at the end of a document; a CR before
        # them is kept, so "\r\n" stays a line end): a tenth of rtoml's time at 2 KiB. Cut
        # before decoding: the padding is neither decoded nor copied.
        end = len(plain.rstrip(b"\n"))
        return rtoml.loads(plain[: end + (plain[end - 1 : end] == b"\r")].decode("utf-8"))
    except (UnicodeDecodeError, rtoml.TomlParsingError, RecursionError):
        raise TamperedFile(rel, Damage.NOT_DOCUMENT) from None


#: What tells whether a file changed since it was read: its mtime (ns), size and inode.
Stamp = tuple[int, int, int]


def file_stamp(st: os.stat_result) -> Stamp:
    """The :data:`Stamp` of a ``stat`` result."""
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def read_whole(path: str) -> bytes:
    """The bytes of the file at ``path`` (:func:`read_stat`)."""
    return read_stat(path)[0]


def read_stat(path: str) -> tuple[bytes, os.stat_result]:
    """The bytes of the file at ``path`` and its ``fstat`` (the very file read): one
    ``open``, ``fstat`` and ``read`` of its size, then reads until the end if it grew
    meanwhile (a short read of a regular file is its end). os.open rather than ``open``: no
    buffered file object per file when the index reads 10,000 (issue 17)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        chunks = [os.read(fd, st.st_size + 1)]
        if len(chunks[0]) <= st.st_size:
            return chunks[0], st
        while chunks[-1]:
            chunks.append(os.read(fd, 1 << 16))
        return b"".join(chunks), st
    finally:
        os.close(fd)


@dataclass(slots=True)
class VaultFiles:
    """A vault folder, its id and modes, and (once unlocked) its keys."""

    root: Path
    vault_id: bytes
    modes: Modes
    keys: KeyRing | None = None
    #: The case keys: format 3 (:mod:`.keyshards`) or 2 (:mod:`.keystore`, a vault read
    #: before it is migrated); None in a format-1 vault (``key.enc``).
    case_keys: CaseKeys | None = None
    _tmp_ready: bool = field(default=False, repr=False)

    def path(self, rel: str) -> Path:
        return self.root / rel

    @property
    def tmp(self) -> Path:
        """The vault's ``tmp/`` folder (made when first needed)."""
        folder = self.root / TMP
        if not self._tmp_ready:
            ensure_folder(folder, self.modes)
            self._tmp_ready = True
        return folder

    def write_bytes(self, path: Path, data: bytes, *, sync_folder: bool = True) -> None:
        """Replace the file at ``path`` (inside the vault) with ``data``, crash-safely (see
        :func:`.atomic.atomic_write` for ``sync_folder``)."""
        atomic_write(path, data, self.modes, self.tmp, sync_folder=sync_folder)

    def read_bytes(self, rel: str) -> bytes:
        try:
            return read_whole(os.path.join(self.root, rel))
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise StorageError("read", rel, exc) from exc

    def open_bytes(self, rel: str, key: Secret | None = None) -> bytes:
        """Decrypt the file at ``rel`` (with the data key unless ``key`` is given)."""
        data = self.read_bytes(rel)
        if key is None:
            key = self.ring.data_key_for(envelope.sealed_key_id(data, rel))
        return envelope.open_sealed(data, key, self.vault_id, rel)

    def read_doc(self, rel: str, key: Secret | None = None) -> Doc:
        """A sealed TOML document, decrypted and parsed."""
        return parse_doc(rel, self.open_bytes(rel, key))

    def read_doc_raw(self, rel: str, key: Secret | None = None) -> Doc:
        """A sealed TOML document, decrypted and parsed by :func:`parse_doc_raw`."""
        return parse_doc_raw(rel, self.open_bytes(rel, key))

    def seal_doc(self, rel: str, doc: Doc, key: Secret | None = None) -> bytes:
        return envelope.seal(doc_bytes(doc), key or self.ring.data, self.vault_id, rel)

    def write_doc(self, rel: str, doc: Doc, key: Secret | None = None) -> None:
        """Seal ``doc`` and write it to ``rel`` crash-safely."""
        path = self.path(rel)
        ensure_folder(path.parent, self.modes)
        atomic_write(path, self.seal_doc(rel, doc, key), self.modes, self.tmp)

    def create_doc(self, rel: str, doc: Doc, key: Secret | None = None) -> bool:
        """Like :meth:`write_doc`, but only if ``rel`` does not exist yet."""
        path = self.path(rel)
        ensure_folder(path.parent, self.modes)
        return exclusive_write(path, self.seal_doc(rel, doc, key), self.modes, self.tmp)

    def write_raw(self, rel: str, data: bytes) -> None:
        path = self.path(rel)
        ensure_folder(path.parent, self.modes)
        atomic_write(path, data, self.modes, self.tmp)

    @property
    def ring(self) -> KeyRing:
        if self.keys is None:
            raise VaultLocked()
        return self.keys
