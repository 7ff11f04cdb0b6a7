"""The passphrase policy: how long a new passphrase must be, and how guessable it may be.

One home for the rule. Every place that sets a passphrase applies :func:`check_new`: the CLI's
``init``, ``vault add-key`` and ``vault rekey`` (which keeps the passphrase for the new master
key), and the TUI's create-vault screen (through :meth:`VaultSession.create
<desistkit_tui.core.vault_session.VaultSession.create>`). The screen also rates the passphrase
while it is typed (:func:`strength`).

Two rules: at least :data:`MIN_LENGTH` characters (code points after NFC, not bytes), and not
among the most guessable passphrases. Guessability is estimated by zxcvbn (Dropbox's estimator,
the ``zxcvbn`` package: it ships its dictionaries of common passwords, names and words, keyboard
patterns, repeats and sequences, and works offline); a passphrase it expects to fall within
10^6 guesses (its score 0 or 1: ``aaaaaaaaaa``, ``password123``, ``qwertyuiop``,
``1234567890``) is refused with :class:`~desistkit_tui.core.errors.PassphraseTooWeak`; a short
one with :class:`~desistkit_tui.core.errors.PassphraseTooShort`. zxcvbn rates at most 72
characters; a longer passphrase is rated by its first 72 (the rest can only make it stronger).

The estimator needs the passphrase as a ``str`` (which cannot be wiped, docs/architecture.md,
"Secrets in memory"); it is made for the call and dropped right after it.
"""

from __future__ import annotations

from desistkit_tui.core.errors import PassphraseTooShort, PassphraseTooWeak
from desistkit_tui.core.vault.secret import Secret

#: The shortest passphrase accepted for a new key slot.
MIN_LENGTH = 10
#: The lowest zxcvbn score accepted (0-4; 2 means at least 10^6 guesses expected).
MIN_SCORE = 2
#: The score rated "strong" while typing (at least 10^10 guesses expected).
GOOD_SCORE = 4
#: zxcvbn refuses longer input.
_RATED = 72


def length(secret: Secret) -> int:
    """The passphrase's length in characters, counted in its UTF-8 buffer (no copy is made)."""
    return sum(1 for byte in secret.buffer if byte & 0xC0 != 0x80)


def score(passphrase: str) -> int:
    """zxcvbn's score, 0 (guessed within 10^3 tries) to 4 (more than 10^10)."""
    from zxcvbn import zxcvbn  # loaded when a passphrase is set, not for every command

    result = zxcvbn(passphrase[:_RATED])
    return int(result["score"])


def check_new(secret: Secret) -> None:
    """Refuse a passphrase too short (:class:`PassphraseTooShort`) or too guessable
    (:class:`PassphraseTooWeak`) for a new key slot."""
    if length(secret) < MIN_LENGTH:
        raise PassphraseTooShort(MIN_LENGTH)
    if score(secret.reveal().decode("utf-8", "replace")) < MIN_SCORE:
        raise PassphraseTooWeak()


def strength(passphrase: str) -> str:
    """A message id rating a passphrase while it is typed (``create-strength-…``)."""
    if len(passphrase) < MIN_LENGTH:
        return "create-strength-short"
    rated = score(passphrase)
    if rated < MIN_SCORE:
        return "create-strength-weak"
    if rated < GOOD_SCORE:
        return "create-strength-fair"
    return "create-strength-good"
