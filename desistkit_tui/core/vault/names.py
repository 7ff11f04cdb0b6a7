"""Names in a vault folder that can be checked without the crypto library.

The app decides between the create-vault and the unlock screen before its first paint; that
must not import the store, the header parser or ``cryptography`` (~35 ms, 8 MiB).
"""

from __future__ import annotations

from pathlib import Path

#: The header: key slots, KDF parameters, the vault id (docs/vault-format.md).
FILENAME = "vault.toml"
#: The folder of the cases, and each case's document in its folder.
CASES = "cases"
CASE_FILE = "case.toml.enc"
#: What else a vault folder holds (docs/vault-format.md, "Folder layout").
_CONTENTS = ("cases", "audit", "index", "index.toml.enc")


def vault_exists(path: Path) -> bool:
    """Whether ``path`` holds a vault (its header file is there)."""
    return (path / FILENAME).is_file()


def vault_remains(path: Path) -> bool:
    """Whether ``path`` holds a vault's other files (cases, audit log, index), with or without
    its header: a folder where ``vault.toml`` was lost is not a place for a new vault."""
    return any((path / name).exists() for name in _CONTENTS)


def case_rel(case_id: str, name: str = CASE_FILE) -> str:
    """The path of a case's file (its document by default) inside the vault."""
    return f"{CASES}/{case_id}/{name}"
