"""Recovery keys: 120 random bits, printed in six groups of five Crockford base-32 characters.

Each group is four data characters and one check character (a weighted sum of the group's
values and its position, mod 31), so a typo or two swapped neighbours is caught — and the group
named — before the slow key derivation runs. Reading forgives case, spaces, dashes and the
look-alikes I/L (for 1) and O (for 0).

    Example layout:  7K2QX-M9D4A-0RT3B-WZ5HC-P8N1E-Q4JV6
"""

from __future__ import annotations

import secrets

from desistkit_tui.core.vault.errors import BadRecoveryKey
from desistkit_tui.core.vault.secret import Secret

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 6
DATA_PER_GROUP = 4
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"I": 1, "L": 1, "O": 0})


def _check(values: list[int], group: int) -> int:
    return (sum((i + 1) * v for i, v in enumerate(values)) + 7 * (group + 1)) % 31


def generate() -> str:
    """A fresh recovery key in its printed form."""
    groups = []
    for g in range(GROUPS):
        values = [secrets.randbelow(32) for _ in range(DATA_PER_GROUP)]
        groups.append("".join(ALPHABET[v] for v in values) + ALPHABET[_check(values, g)])
    return "-".join(groups)


def looks_like_recovery_key(text: str) -> bool:
    """True when ``text`` has the shape of a recovery key (it may still have a typo)."""
    compact = "".join(ch for ch in text.upper() if ch not in " -")
    return len(compact) == GROUPS * (DATA_PER_GROUP + 1) and all(ch in _VALUE for ch in compact)


def parse(text: str) -> Secret:
    """The key material of a typed recovery key; :class:`BadRecoveryKey` names a wrong group."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t")
    size = DATA_PER_GROUP + 1
    if len(compact) != GROUPS * size:
        raise BadRecoveryKey(
            f"a recovery key has {GROUPS} groups of {size} characters; this one has "
            f"{len(compact)} characters"
        )
    data: list[str] = []
    for g in range(GROUPS):
        chunk = compact[g * size : (g + 1) * size]
        bad = [ch for ch in chunk if ch not in _VALUE]
        if bad:
            raise BadRecoveryKey(f"group {g + 1} has a character that is never used: {bad[0]!r}")
        values = [_VALUE[ch] for ch in chunk]
        if _check(values[:DATA_PER_GROUP], g) != values[DATA_PER_GROUP]:
            raise BadRecoveryKey(f"group {g + 1} ({chunk}) has a typo")
        data.extend(ALPHABET[v] for v in values[:DATA_PER_GROUP])
    return Secret(("desistkit-recovery:" + "".join(data)).encode("ascii"))
