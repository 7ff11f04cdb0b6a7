"""The passphrase policy: how long a new passphrase must be, and how strong it looks.

One home for the rule. Every place that sets a passphrase applies :func:`check_new`: the CLI's
``init``, ``vault add-key`` and ``vault rekey`` (which keeps the passphrase for the new master
key), and the TUI's create-vault screen (through :meth:`VaultSession.create
<desistkit_tui.core.vault_session.VaultSession.create>`). The screen also rates the passphrase
while it is typed (:func:`strength`). Length is what matters most for a passphrase, so that is
what the rule asks for; it counts characters (code points after NFC), not bytes. A refusal is
:class:`~desistkit_tui.core.errors.PassphraseTooShort` (message ``error-passphrase-too-short``).
"""

from __future__ import annotations

from desistkit_tui.core.errors import PassphraseTooShort
from desistkit_tui.core.vault.secret import Secret

#: The shortest passphrase accepted for a new key slot.
MIN_LENGTH = 10
#: From this length on (with enough different characters) a passphrase is rated "good".
GOOD_LENGTH = 16
GOOD_DISTINCT = 8


def length(secret: Secret) -> int:
    """The passphrase's length in characters, counted in its UTF-8 buffer (no copy is made)."""
    return sum(1 for byte in secret.buffer if byte & 0xC0 != 0x80)


def check_new(secret: Secret) -> None:
    """Refuse a passphrase too short for a new key slot (:class:`PassphraseTooShort`)."""
    if length(secret) < MIN_LENGTH:
        raise PassphraseTooShort(MIN_LENGTH)


def strength(passphrase: str) -> str:
    """A message id rating a passphrase while it is typed (``create-strength-…``)."""
    if len(passphrase) < MIN_LENGTH:
        return "create-strength-short"
    if len(passphrase) < GOOD_LENGTH or len(set(passphrase)) < GOOD_DISTINCT:
        return "create-strength-fair"
    return "create-strength-good"
