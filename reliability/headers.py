"""Target 2, crafted headers: ``vault.toml`` with absurd KDF parameters and a valid checksum.

The checksum needs no key, so anyone who can write the vault folder can craft a header that
passes it. Each crafted header is unlocked (with a wrong passphrase) in a forked child with a
memory limit and a time limit. Held: a typed error, before any Argon2id derivation, within
the limit. A derivation with the crafted parameters, a timeout, a MemoryError or any untyped
error is a failure. ``quick`` stops a child at its first derivation (so it costs nothing); the
default lets it run to show what it costs (time or memory).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli
import tomli_w
from desistkit_tui.core.vault import header as vault_header
from desistkit_tui.core.vault.envelope import digest
from desistkit_tui.core.vault.kdf import KdfParams
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

from reliability import fixture
from reliability.harness import Context, TargetResult, describe, in_child, is_typed

NAME = "crafted headers"
GIB_KIB = 1024 * 1024
#: What Argon2id costs with the shipped defaults (a realistic slot to multiply).
DEFAULT_SLOT = {"iterations": 64, "lanes": 4, "memory_kib": 19 * 1024}
Doc = dict[str, Any]
Craft = Callable[[Doc], Doc | bytes]


class _Derived(BaseException):
    """Raised in a quick child at the first key derivation (not a project error)."""


def _slot_params(**params: Any) -> Craft:
    def craft(doc: Doc) -> Doc:
        for slot in doc["slot"]:
            slot.update(params)
        return doc

    return craft


def _many_slots(count: int, params: dict[str, int]) -> Craft:
    def craft(doc: Doc) -> Doc:
        first = doc["slot"][0]
        doc["slot"] = [first | params | {"id": f"{n:08x}", "label": f"s{n}"} for n in range(count)]
        return doc

    return craft


def _raw(suffix: bytes) -> Craft:
    def craft(doc: Doc) -> bytes:
        return tomli_w.dumps(doc).encode("utf-8") + suffix

    return craft


def _nested(depth: int) -> bytes:
    return b"\n[deep]\nx = " + b"[" * depth + b"]" * depth + b"\n"


def _inline(depth: int) -> bytes:
    return b"\n[deep2]\nx = " + b"{a = " * depth + b"1" + b"}" * depth + b"\n"


def _non_utf8(doc: Doc) -> bytes:
    text = tomli_w.dumps(doc).encode("utf-8")
    return text.replace(b'label = "anna"', b'label = "an\xff\xfena"')


def crafts() -> dict[str, Craft]:
    """Every crafted header, by name: each must be refused before any derivation."""
    return {
        "memory_kib 2 GiB": _slot_params(memory_kib=2 * GIB_KIB),
        "memory_kib 4 GiB": _slot_params(memory_kib=4 * GIB_KIB),
        "memory_kib 2^32-1": _slot_params(memory_kib=2**32 - 1),
        "memory_kib 2^63-1": _slot_params(memory_kib=2**63 - 1),
        "iterations 2^32-1": _slot_params(iterations=2**32 - 1),
        "iterations 10^6": _slot_params(iterations=10**6),
        "iterations 2^63-1": _slot_params(iterations=2**63 - 1),
        "lanes 2^24-1": _slot_params(lanes=2**24 - 1, memory_kib=8 * (2**24 - 1)),
        "lanes 2^32": _slot_params(lanes=2**32, memory_kib=8 * 2**32),
        "lanes 1000, memory 64 MiB": _slot_params(lanes=1000, memory_kib=64 * 1024),
        "negative iterations": _slot_params(iterations=-1),
        "negative memory": _slot_params(memory_kib=-(2**63)),
        "zero lanes": _slot_params(lanes=0),
        "huge int iterations 10^30": _slot_params(iterations=10**30),
        "huge int memory 10^40": _slot_params(memory_kib=10**40),
        "float memory": _slot_params(memory_kib=1e308),
        "inf iterations": _slot_params(iterations=float("inf")),
        "string lanes": _slot_params(lanes="4"),
        "bool iterations": _slot_params(iterations=True),
        "empty salt": _slot_params(salt=""),
        "salt 1 MiB": _slot_params(salt="QUFB" * (1 << 18)),
        "20 default slots": _many_slots(20, DEFAULT_SLOT),
        "64 default slots": _many_slots(64, DEFAULT_SLOT),
        "1000 default slots": _many_slots(1000, DEFAULT_SLOT),
        "4 slots of 1 GiB": _many_slots(4, DEFAULT_SLOT | {"memory_kib": GIB_KIB}),
        "version 10^100": lambda doc: doc | {"version": 10**100},
        "nested arrays 100000 deep": _raw(_nested(100_000)),
        "nested arrays 3000 deep": _raw(_nested(3_000)),
        "nested inline tables 100000 deep": _raw(_inline(100_000)),
        "non-UTF-8 label": _non_utf8,
        "NUL in label": _raw(b'\n[x]\nlabel = "a\x00b"\n'),
        "no slots": lambda doc: doc | {"slot": []},
        "slot is a string": lambda doc: doc | {"slot": "x" * 1000},
    }


def seal(body: bytes, mac: str) -> bytes:
    """``body`` with a valid checksum (it needs no key) and the old MAC."""
    trailer = f'checksum = "{digest(body)}"\nmac = "{mac}"\n'
    return body + trailer.encode("ascii")


def craft_file(base: bytes, craft: Craft) -> bytes:
    raw = vault_header.parse(base)
    doc = tomli.loads(raw.body.decode("utf-8"))
    made = craft(copy.deepcopy(doc))
    body = made if isinstance(made, bytes) else tomli_w.dumps(made).encode("utf-8")
    return seal(body, raw.mac)


def _unlock_once(path: Path, short_circuit: bool) -> dict[str, Any]:
    calls: list[tuple[int, int, int]] = []
    real = KdfParams.derive

    def spy(self: KdfParams, secret: Secret, salt: bytes) -> Secret:
        calls.append((self.iterations, self.lanes, self.memory_kib))
        if short_circuit:
            raise _Derived
        return real(self, secret, salt)

    KdfParams.derive = spy  # type: ignore[method-assign]
    try:
        Vault.unlock(path, "not the passphrase").lock()
        outcome, error = "accepted", ""
    except _Derived:
        outcome, error = "derived", ""
    except BaseException as exc:
        outcome, error = ("typed" if is_typed(exc) else "untyped"), describe(exc)
    finally:
        KdfParams.derive = real  # type: ignore[method-assign]
    return {"outcome": outcome, "error": error, "calls": calls[:3], "derivations": len(calls)}


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    path = ctx.folder(NAME) / "vault"
    vault, _ = Vault.create(path, Secret.from_text(fixture.PASS), "anna", kdf=fixture.FAST_KDF)
    vault.lock()
    header_path = path / vault_header.FILENAME
    base = header_path.read_bytes()
    timeout = float(ctx.pick(10, 15))
    limit = 2.0  # seconds: "quickly", with room for a loaded machine
    memory_mib = 768
    for name, craft in crafts().items():
        header_path.write_bytes(craft_file(base, craft))
        child = in_child(lambda: _unlock_once(path, ctx.quick), timeout, memory_mib)
        repro = f"vault.toml: {name}, checksum recomputed; unlock"
        if child.status == "timeout":
            result.fail("timeout", f"unlock ran past {timeout:.0f} s", repro)
        elif child.status != "ok":
            why = child.error or f"{child.status} {child.signal}"
            result.fail(f"crash: {why}", "the unlocking process died", repro)
        else:
            _judge(result, child.value, child.seconds, limit, repro)
    header_path.write_bytes(base)
    result.notes.append(
        f"each unlock in a child limited to +{memory_mib} MiB and {timeout:.0f} s; held "
        f"= typed error, no derivation, under {limit:.0f} s"
    )
    return result


def _judge(
    result: TargetResult, report: dict[str, Any], seconds: float, limit: float, repro: str
) -> None:
    outcome, derivations = report["outcome"], report["derivations"]
    if outcome == "typed" and not derivations and seconds < limit:
        result.hold()
    elif outcome == "untyped":
        result.fail(
            f"untyped {report['error']}", "an untyped crash instead of a typed error", repro
        )
    elif derivations or outcome == "derived":
        params = report["calls"][0] if report["calls"] else "?"
        result.fail(
            "derived before refusing",
            "Argon2id ran with the crafted parameters before any check "
            f"(first call t, p, m = {params}; {derivations} derivation(s), {seconds:.1f} s)",
            repro,
        )
    elif outcome == "accepted":
        result.fail("accepted", "a crafted header unlocked", repro)
    else:
        result.fail("slow", f"refused, but only after {seconds:.1f} s", repro)
