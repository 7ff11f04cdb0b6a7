"""What Python 3.11 added that the app uses, for Python 3.10 too (Ubuntu 22.04's Python).

Import these names from here, never from :mod:`enum`, :mod:`datetime` or :mod:`typing`: a
test runs the unit tests under 3.10 (``make test-pythons``).
"""

from __future__ import annotations

import sys
from datetime import timezone
from enum import Enum

__all__ = ["UTC", "Self", "StrEnum", "Traversable"]

#: ``datetime.UTC`` (3.11) is this same object.
UTC = timezone.utc

if sys.version_info >= (3, 11):
    from enum import StrEnum
    from importlib.resources.abc import Traversable
    from typing import Self
else:  # pragma: no cover - exercised by the 3.10 run of the unit tests
    from importlib.abc import Traversable

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
