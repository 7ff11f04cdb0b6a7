"""Recovery keys: 120 random bits, printed in six groups of five Crockford base-32 characters.

Each group is four data characters and one check character, so a typo is caught — and the group
named — before the slow key derivation runs. The check character is a weighted sum over GF(32)
(docs/vault-format.md): every single wrong character and every swap of two neighbours is caught,
as is a whole group typed in the wrong place. Reading forgives case, spaces, dashes and the
look-alikes I/L (for 1) and O (for 0).

    Example layout:  7K2QX-M9D4A-0RT3B-WZ5HC-P8N1E-Q4JV6
"""

from __future__ import annotations

import secrets

from desistkit_tui.core.errors import BadRecoveryKey
from desistkit_tui.core.vault.secret import Secret

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 6
DATA_PER_GROUP = 4
_SIZE = DATA_PER_GROUP + 1
_SEPARATORS = " -\t"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"I": 1, "L": 1, "O": 0})
#: A text with the shape of a recovery key is read as one when at least this many of its groups
#: pass their check: a key with one or two typos does, a passphrase of the same length (almost)
#: never does, so such a passphrase is not mistaken for a mistyped recovery key.
_MIN_VALID_GROUPS = 4


def _gf32_mul(a: int, b: int) -> int:
    """Multiplication in GF(2^5) = GF(2)[x] / (x^5 + x^2 + 1)."""
    product = 0
    for _ in range(5):
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= 0b100101
    return product


#: Weights of the four data characters: x^4, x^3, x^2, x (the check character's weight is 1).
_WEIGHTS = (16, 8, 4, 2)


def _check(values: list[int], group: int) -> int:
    check = group + 1
    for weight, value in zip(_WEIGHTS, values, strict=True):
        check ^= _gf32_mul(weight, value)
    return check


def generate() -> str:
    """A fresh recovery key in its printed form."""
    groups = []
    for g in range(GROUPS):
        values = [secrets.randbelow(32) for _ in range(DATA_PER_GROUP)]
        groups.append("".join(ALPHABET[v] for v in values) + ALPHABET[_check(values, g)])
    return "-".join(groups)


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in _SEPARATORS)


def _group_ok(chunk: str, group: int) -> bool:
    if any(ch not in _VALUE for ch in chunk):
        return False
    values = [_VALUE[ch] for ch in chunk]
    return _check(values[:DATA_PER_GROUP], group) == values[DATA_PER_GROUP]


def looks_like_recovery_key(text: str) -> bool:
    """True when ``text`` is meant as a recovery key (it may still have a typo or two).

    That is: 30 letters and digits once spaces and dashes are dropped, and most groups pass
    their check — a passphrase of that shape is still read as a passphrase.
    """
    compact = _compact(text)
    if len(compact) != GROUPS * _SIZE or not (compact.isascii() and compact.isalnum()):
        return False
    valid = sum(_group_ok(compact[g * _SIZE : (g + 1) * _SIZE], g) for g in range(GROUPS))
    return valid >= _MIN_VALID_GROUPS


def parse(text: str) -> Secret:
    """The key material of a typed recovery key; :class:`BadRecoveryKey` names a wrong group."""
    compact = _compact(text)
    if len(compact) != GROUPS * _SIZE:
        raise BadRecoveryKey("length", groups=GROUPS, size=_SIZE, length=len(compact))
    data: list[str] = []
    for g in range(GROUPS):
        chunk = compact[g * _SIZE : (g + 1) * _SIZE]
        bad = [ch for ch in chunk if ch not in _VALUE]
        if bad:
            # the character is no key's (nothing secret); the group itself is not shown
            raise BadRecoveryKey("character", group=g + 1, char=bad[0])
        if not _group_ok(chunk, g):
            raise BadRecoveryKey("typo", group=g + 1)
        data.extend(ALPHABET[_VALUE[ch]] for ch in chunk[:DATA_PER_GROUP])
    return Secret(("desistkit-recovery:" + "".join(data)).encode("ascii"))
