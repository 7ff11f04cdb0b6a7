"""What Python 3.11 added that the app uses, for Python 3.10 too (Ubuntu 22.04's Python).

Import these names from here, never from :mod:`enum`, :mod:`datetime` or :mod:`typing`: a
test runs the unit tests under 3.10 (``make test-pythons``).
"""

from __future__ import annotations

import sys
from datetime import timezone
from enum import Enum
from typing import TYPE_CHECKING

__all__ = ["UTC", "Self", "StrEnum", "Traversable"]

#: ``datetime.UTC`` (3.11) is this same object.
UTC = timezone.utc

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable


def __getattr__(name: str) -> object:
    """``Traversable`` when first asked for: ``importlib.resources`` costs ~15 ms to import,
    and a process that reads no packaged file (the index's helpers, :mod:`.vault.head_worker`)
    never needs it."""
    if name == "Traversable":
        if sys.version_info >= (3, 11):
            from importlib.resources.abc import Traversable
        else:  # pragma: no cover - exercised by the 3.10 run of the unit tests
            from importlib.abc import Traversable
        return Traversable
    raise AttributeError(name)


if sys.version_info >= (3, 11):
    from enum import StrEnum
    from typing import Self
else:  # pragma: no cover - exercised by the 3.10 run of the unit tests
    from typing_extensions import Self

    class StrEnum(str, Enum):
        """``enum.StrEnum`` of 3.11: members are strings; ``str()`` and ``format()`` give the
        value (a plain ``(str, Enum)`` gives ``ClassName.MEMBER``)."""

        def __str__(self) -> str:
            return str(self.value)

        def __format__(self, format_spec: str) -> str:
            return str(self.value).__format__(format_spec)

        @staticmethod
        def _generate_next_value_(
            name: str, start: int, count: int, last_values: list[object]
        ) -> str:
            return name.lower()
