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

