"""Where DesistKit keeps things (XDG folders through platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "desistkit"


def data_dir() -> Path:
    """``$XDG_DATA_HOME/desistkit``."""
    return platformdirs.user_data_path(APP)


def config_dir() -> Path:
    """``$XDG_CONFIG_HOME/desistkit`` (or ``DESISTKIT_CONFIG_DIR``)."""
    override = os.environ.get("DESISTKIT_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP)


def state_dir() -> Path:
    """``$XDG_STATE_HOME/desistkit`` (or ``DESISTKIT_STATE_DIR``): what the app remembers
    between runs of one OS user, never a secret or case data."""
    override = os.environ.get("DESISTKIT_STATE_DIR")
    return Path(override) if override else platformdirs.user_state_path(APP)


def default_vault() -> Path:
    """The vault used when neither ``--vault`` nor ``DESISTKIT_VAULT`` names one."""
    return data_dir() / "vault"


def resolve_vault(explicit: Path | None, configured: Path | None = None) -> Path:
    """``--vault`` first, then ``DESISTKIT_VAULT``, then ``configured`` (the settings
    file's), then the default."""
    if explicit is not None:
        return explicit.expanduser()
    env = os.environ.get("DESISTKIT_VAULT")
    if env:
        return Path(env).expanduser()
    return configured.expanduser() if configured is not None else default_vault()
