"""A Fluent bundle whose files are parsed when a message of theirs is first needed.

Parsing every UI file (``ui.ftl``, ``reflection.ftl``, ``cards.ftl``…) with fluent.syntax
takes ~20 ms; the unlock screen needs a few messages of ``ui.ftl``, the case list a few of
``caselist.ftl``. With ``lazy=True`` a cheap scan finds which file defines which message, and
a file is parsed when one of its messages is first asked for (UI message ids are unique across
the files, which ``locale check`` enforces, so the order of parsing cannot change a text).
Decks pass ``lazy=False``: a later file there may override an earlier one, so all of them are
added at once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from fluent.runtime import FluentBundle

from desistkit_tui.core import languages
from desistkit_tui.core.content import ftl
from desistkit_tui.core.content.model import FtlFile

#: A message starts at the beginning of a line (continuation lines are indented).
_MESSAGE_ID = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)


class LazyBundle:
    """One language's :class:`FluentBundle` and the files not added to it yet.

    Worker threads format strings too (the unlock worker its error message), so adding a file
    and looking a message up happen under one lock.
    """

    def __init__(self, lang: str, files: Iterable[FtlFile], *, lazy: bool) -> None:
        self._lock = threading.RLock()
        # use_isolating=False: terminals show Fluent's FSI/PDI bidi marks as stray glyphs.
        # The registry's locale gives the plural rules (the same as cldr.plural_category).
        self.fluent = FluentBundle([languages.locale_of(lang)], use_isolating=False)
        self._pending = list(files)
        #: Message id -> the pending file that defines it.
        self._where: dict[str, FtlFile] = {}
        if lazy:
            for file in self._pending:
                for msg_id in _MESSAGE_ID.findall(file.text):
                    self._where.setdefault(msg_id, file)
        else:
            self.load_all()

    @property
    def pending(self) -> int:
        """How many files are not parsed yet."""
        return len(self._pending)

    def _add(self, file: FtlFile) -> None:
        self._pending.remove(file)
        # Later files (user overrides) replace earlier messages.
        self.fluent.add_resource(ftl.parse_ftl(file.text), allow_overrides=True)

    def load_all(self) -> bool:
        """Add every pending file, in order; whether there was any."""
        with self._lock:
            added = bool(self._pending)
            while self._pending:
                self._add(self._pending[0])
            return added

    def has_message(self, msg_id: str) -> bool:
        with self._lock:
            if self.fluent.has_message(msg_id):
                return True
            file = self._where.get(msg_id)
            if file is not None and file in self._pending:
                self._add(file)
            elif not self.load_all():  # not found by the scan: make sure, once
                return False
            return self.fluent.has_message(msg_id)

    def format(self, msg_id: str, args: dict[str, Any]) -> tuple[str | None, list[Exception]]:
        """The formatted message (``None`` if it has no value) and Fluent's errors.

        A message may refer to a term or message of a file not added yet: on an error, the
        rest is added and the message formatted once more.
        """
        with self._lock:
            while True:
                pattern = self.fluent.get_message(msg_id).value
                if pattern is None:
                    return None, []
                text, errors = self.fluent.format_pattern(pattern, args)
                if not errors or not self.load_all():
                    return str(text), list(errors)
