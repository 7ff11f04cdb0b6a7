"""The time, as DesistKit records it: UTC, to the second."""

from __future__ import annotations

from datetime import datetime

from desistkit_tui.core.compat import UTC


def utcnow() -> datetime:
    """Now, in UTC, to the second (what every saved timestamp holds)."""
    return datetime.now(UTC).replace(microsecond=0)
