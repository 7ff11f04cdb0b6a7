"""Which key slot this OS user unlocked a vault with last: tried first, alone, next time.

On a team vault every caseworker has a passphrase slot, and an unlock that tries each slot in
turn pays one Argon2id derivation per slot for a wrong passphrase (8 slots: about 7 CPU-seconds
on a shared server). Remembering the slot that worked makes every later unlock, right or wrong,
cost one derivation (issue 17; docs/architecture.md, Budgets).

The memory lives outside the vault, in the user's state folder (``$XDG_STATE_HOME/desistkit/
last-slots.json``, or ``DESISTKIT_STATE_DIR``), and holds no secret: per vault id, the id of a
slot, both of which ``vault.toml`` shows to anyone who can read it. A damaged or missing file is
the same as an empty one. ``--slot LABEL`` (or choosing another slot) overrides it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

from desistkit_tui.core.paths import state_dir

FILENAME = "last-slots.json"
#: Vaults remembered at most (the oldest are forgotten first).
LIMIT = 32


class SlotMemory:
    """The last slot per vault, in one small JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def default(cls) -> SlotMemory:
        return cls(state_dir() / FILENAME)

    def _read(self) -> dict[str, str]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)}

    def recall(self, vault_id: bytes) -> str | None:
        """The id of the slot last used on this vault, if any."""
        return self._read().get(vault_id.hex())

    def remember(self, vault_id: bytes, slot_id: str) -> None:
        """Note the slot that opened the vault (best effort: a failed write only costs the
        next unlock its derivations)."""
        known = self._read()
        if known.get(vault_id.hex()) == slot_id:
            return
        known.pop(vault_id.hex(), None)
        known[vault_id.hex()] = slot_id  # newest last
        self._write(dict(list(known.items())[-LIMIT:]))

    def forget(self, vault_id: bytes) -> None:
        known = self._read()
        if known.pop(vault_id.hex(), None) is not None:
            self._write(known)

    def _write(self, known: dict[str, str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".last-slots.", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as file:
                    json.dump(known, file)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return


class SlotChoice(NamedTuple):
    """What the unlock screen offers on a vault: its passphrase slots and the one to try."""

    #: The labels of the vault's passphrase slots, in the header's order.
    labels: tuple[str, ...]
    #: The label of the slot this OS user opened the vault with last (``None``: none known,
    #: or that slot was removed).
    remembered: str | None


def slot_choice(path: Path, memory: SlotMemory) -> SlotChoice:
    """The passphrase slots of the vault at ``path`` and the remembered one, read from
    ``vault.toml`` without a secret (labels are not secret: ``vault keys`` lists them).
    :class:`VaultError` or :class:`OSError` if the header cannot be read."""
    from desistkit_tui.core.vault import header as vault_header

    header = vault_header.read(path).header
    slots = [slot for slot in header.slots if slot.kind == "passphrase"]
    last = memory.recall(header.vault_id)
    remembered = next((slot.label for slot in slots if slot.id == last), None)
    return SlotChoice(tuple(slot.label for slot in slots), remembered)
