"""Encrypted hand-over: an export written as an ``age`` file (https://age-encryption.org).

Through pyrage, Python bindings to the Rust ``rage`` implementation of age: a colleague in
another agency opens the file with the standard ``age`` tool (``age -d -i key.txt``), and the
plaintext never touches the disk. Recipients are age X25519 public keys (``age1…``); a
passphrase uses age's scrypt recipient.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desistkit_tui.core.errors import BadRecipient, ExportFailed


@dataclass(frozen=True, slots=True)
class Encryption:
    """Encrypt to these recipients, or with a passphrase (exactly one of the two)."""

    recipients: tuple[str, ...] = ()
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if bool(self.recipients) == (self.passphrase is not None):
            raise ValueError("encrypt to recipients or with a passphrase, not both or neither")

    @property
    def label(self) -> str:
        """How the audit entry names it."""
        return "age-recipients" if self.recipients else "age-passphrase"


def _pyrage() -> Any:
    import pyrage

    return pyrage


def parse_recipient(text: str) -> Any:
    """An age X25519 recipient; :class:`BadRecipient` if ``text`` is not one."""
    pyrage = _pyrage()
    text = text.strip()
    try:
        return pyrage.x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError):
        raise BadRecipient(text) from None


def recipients_from_file(path: Path) -> tuple[str, ...]:
    """The recipients listed in a file, one per line (``#`` comments and blank lines skipped),
    as ``age -R`` reads them."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportFailed(str(path), exc) from None
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            found.append(line)
    return tuple(found)


def check_recipients(recipients: Iterable[str]) -> tuple[str, ...]:
    """The recipients, each checked (before any document is built)."""
    checked = tuple(r.strip() for r in recipients)
    for recipient in checked:
        parse_recipient(recipient)
    return checked


def encrypt(data: bytes, encryption: Encryption) -> bytes:
    """``data`` as an age file (binary format)."""
    pyrage = _pyrage()
    if encryption.passphrase is not None:
        return bytes(pyrage.passphrase.encrypt(data, encryption.passphrase))
    recipients = [parse_recipient(r) for r in encryption.recipients]
    return bytes(pyrage.encrypt(data, recipients))
