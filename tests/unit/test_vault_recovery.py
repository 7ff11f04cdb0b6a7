"""Recovery keys: format, check characters, forgiving reading."""

from __future__ import annotations

import re

import pytest

from desistkit_tui.core.errors import BadRecoveryKey
from desistkit_tui.core.vault import recovery

SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}")


def _data(code: str) -> str:
    return "".join(group[:4] for group in code.split("-"))


def test_generate_parse_round_trip() -> None:
    seen = set()
    for _ in range(200):
        code = recovery.generate()
        assert SHAPE.fullmatch(code), code
        secret = recovery.parse(code)
        assert secret.reveal() == b"desistkit-recovery:" + _data(code).encode()
        assert recovery.looks_like_recovery_key(code)
        seen.add(code)
    assert len(seen) == 200


def test_every_single_substitution_is_caught_and_named() -> None:
    code = "01237-ZYXW9-ABCDF-48GRV-5555C-V0Z9B"  # holds 0 and Z, which mod 31 confused
    recovery.parse(code)
    for generated in (code, recovery.generate(), recovery.generate()):
        compact = generated.replace("-", "")
        for pos in range(len(compact)):
            for ch in recovery.ALPHABET + "ILO":
                canonical = {"I": "1", "L": "1", "O": "0"}.get(ch, ch)
                if canonical == compact[pos]:
                    continue
                typo = compact[:pos] + ch + compact[pos + 1 :]
                with pytest.raises(BadRecoveryKey, match=rf"group {pos // 5 + 1} "):
                    recovery.parse(typo)
                assert recovery.looks_like_recovery_key(typo)  # still taken as a recovery key


def test_swapped_neighbours_and_moved_groups_are_caught() -> None:
    for _ in range(50):
        code = recovery.generate()
        groups = code.split("-")
        for g, group in enumerate(groups):
            for i in range(4):
                if group[i] == group[i + 1]:
                    continue
                swapped = group[:i] + group[i + 1] + group[i] + group[i + 2 :]
                with pytest.raises(BadRecoveryKey, match=rf"group {g + 1} "):
                    recovery.parse("-".join([*groups[:g], swapped, *groups[g + 1 :]]))
        if groups[0] != groups[1]:
            with pytest.raises(BadRecoveryKey):
                recovery.parse("-".join([groups[1], groups[0], *groups[2:]]))


def test_look_alikes_case_and_spacing_are_forgiven() -> None:
    code = "01237-ZYXW9-ABCDF-48GRV-5555C-V0Z9B"
    expected = recovery.parse(code).reveal()
    for typed in (
        code.lower(),
        code.replace("-", " "),
        code.replace("-", ""),
        code.replace("-", "\t"),
        " " + code.replace("-", " - ") + " ",
        code.replace("0", "O"),
        code.replace("0", "o").replace("1", "I"),
        code.replace("1", "l"),
        code.replace("1", "L"),
    ):
        assert recovery.parse(typed).reveal() == expected, typed


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("01237-ZYXW9-ABCDF-48GRV-5555C", "6 groups"),
        ("01237-ZYXW9-ABCDF-48GRV-5555C-V0Z9B-00000", "6 groups"),
        ("", "6 groups"),
        ("0123U-ZYXW9-ABCDF-48GRV-5555C-V0Z9B", "group 1 has a character that is never used: “U”"),
        ("01237-ZYXW9-ABCDF-48GRV-5555C-V0Z9!", "group 6 has a character"),
    ],
)
def test_malformed_keys(text: str, match: str) -> None:
    with pytest.raises(BadRecoveryKey, match=match):
        recovery.parse(text)


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "horse table river stone clear green",  # 30 letters: the shape, but not the checks
        "mypassphraseisverylong12345678",
        "a" * 30,
        "0" * 30,
        "",
    ],
)
def test_passphrases_are_not_taken_for_recovery_keys(passphrase: str) -> None:
    assert not recovery.looks_like_recovery_key(passphrase)


def test_two_typos_are_still_a_recovery_key_but_random_text_is_not() -> None:
    code = recovery.generate()
    groups = code.split("-")
    flip = {c: recovery.ALPHABET[(recovery.ALPHABET.index(c) + 1) % 32] for c in recovery.ALPHABET}
    two_typos = [flip[groups[0][0]] + groups[0][1:], flip[groups[3][0]] + groups[3][1:]]
    typed = "-".join([two_typos[0], *groups[1:3], two_typos[1], *groups[4:]])
    assert recovery.looks_like_recovery_key(typed)
    with pytest.raises(BadRecoveryKey, match="group 1 "):
        recovery.parse(typed)
