"""Key material and passphrases in wipeable buffers whose repr never shows them."""

from __future__ import annotations

import secrets
import unicodedata

from desistkit_tui.core.compat import Self


class Secret:
    """Bytes kept in a ``bytearray`` that is overwritten by :meth:`wipe`.

    ``repr`` and ``str`` are redacted, so a crash report, log line or debugger listing of
    locals never prints the value. Python cannot promise that no other copy exists (the
    interpreter may have copied an immutable ``str`` a passphrase came from), but every buffer
    this program owns is wiped when the vault locks.
    """

    __slots__ = ("_buf",)

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self._buf = bytearray(data)

    @classmethod
    def random(cls, size: int = 32) -> Self:
        """Fresh random key material."""
        return cls(secrets.token_bytes(size))

    @classmethod
    def zeroed(cls, size: int) -> Self:
        """A buffer to derive or decrypt into."""
        return cls(bytes(size))

    @classmethod
    def from_text(cls, text: str) -> Self:
        """A passphrase, encoded as UTF-8 (normalised by the caller)."""
        return cls(unicodedata.normalize("NFC", text).encode("utf-8"))

    @property
    def buffer(self) -> bytearray:
        """The live buffer (for ``derive_into``/``decrypt_into``); never store it elsewhere."""
        return self._buf

    def reveal(self) -> bytes:
        """A short-lived ``bytes`` copy for APIs that only take ``bytes``."""
        return bytes(self._buf)

    def wipe(self) -> None:
        """Overwrite the buffer with zeros and empty it."""
        # In place: a slice of the same length is copied over the buffer, not reallocated
        # (one call instead of a Python loop per byte: two keys per case on an index rebuild).
        self._buf[:] = bytes(len(self._buf))
        self._buf.clear()

    def __len__(self) -> int:
        return len(self._buf)

    def __bool__(self) -> bool:
        return bool(self._buf)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return secrets.compare_digest(bytes(self._buf), bytes(other._buf))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Secret: {len(self._buf)} bytes, redacted>"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")
