"""Names in a vault folder that can be checked without the crypto library.

The app decides between the create-vault and the unlock screen before its first paint; that
must not import the store, the header parser or ``cryptography`` (~35 ms, 8 MiB).
"""

from __future__ import annotations

from pathlib import Path

#: The header: key slots, KDF parameters, the vault id (docs/vault-format.md).
FILENAME = "vault.toml"


def vault_exists(path: Path) -> bool:
    """Whether ``path`` holds a vault (its header file is there)."""
    return (path / FILENAME).is_file()
