"""A Fluent bundle whose files are parsed when a message is first looked for in them.

Parsing every UI file (``ui.ftl``, ``reflection.ftl``, ``cards.ftl``…) with fluent.syntax
takes ~20 ms; the unlock screen needs a few messages of ``ui.ftl``. With ``lazy=True`` the
files are added one by one, in their order, until the message is found (UI message ids are
unique across the files, so the order cannot change a text). Decks pass ``lazy=False``: a
later file there may override an earlier one, so all of them are added at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fluent.runtime import FluentBundle

from desistkit_tui.core.content import ftl
from desistkit_tui.core.content.model import FtlFile


class LazyBundle:
    """One language's :class:`FluentBundle` and the files not added to it yet."""

    def __init__(self, lang: str, files: Iterable[FtlFile], *, lazy: bool) -> None:
        # use_isolating=False: terminals show Fluent's FSI/PDI bidi marks as stray glyphs.
        self.fluent = FluentBundle([lang], use_isolating=False)
        self._pending = list(files)
        self._pending.reverse()  # pop() from the end takes the files in their order
        if not lazy:
            self.load_all()

    @property
    def pending(self) -> int:
        """How many files are not parsed yet."""
        return len(self._pending)

    def _add_next(self) -> bool:
        if not self._pending:
            return False
        file = self._pending.pop()
        # Later files (user overrides) replace earlier messages.
        self.fluent.add_resource(ftl.parse_ftl(file.text), allow_overrides=True)
        return True

    def load_all(self) -> bool:
        """Add every pending file; whether there was any."""
        added = False
        while self._add_next():
            added = True
        return added

    def has_message(self, msg_id: str) -> bool:
        while not self.fluent.has_message(msg_id):
            if not self._add_next():
                return False
        return True

    def format(self, msg_id: str, args: dict[str, Any]) -> tuple[str | None, list[Exception]]:
        """The formatted message (``None`` if it has no value) and Fluent's errors.

        A message may refer to a term or message of a file not added yet: on an error, the
        rest is added and the message formatted once more.
        """
        while True:
            pattern = self.fluent.get_message(msg_id).value
            if pattern is None:
                return None, []
            text, errors = self.fluent.format_pattern(pattern, args)
            if not errors or not self.load_all():
                return str(text), list(errors)
