"""A case's finished sessions, one line each: the first screenfuls at once, the rest after the
first paint.

Textual's ``OptionList`` measures every option it holds when it is laid out (each prompt
wrapped to the list's width, for its height and the line map), so a case of 500 sessions paid
for 500 lines before its overview was painted, of which eight are on screen. Here
:meth:`SessionList.show` hands the list the first :data:`HEAD` lines (more if the highlight is
further down) and the rest once the screen has been painted (``call_after_refresh``). What the
caseworker sees and can do is the same: a key that needs the whole list (down, up, End, PgDn,
PgUp, Home, Enter) first takes in what is still waiting, so End goes to the oldest session even
when pressed before the rest arrived.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from desistkit_tui.widgets.plain import plain

#: Lines given to the list before the first paint: the list shows at most eight (app.tcss,
#: ``CaseScreen OptionList``), and two more show that it scrolls. Each line is measured twice
#: when the overview is laid out and painted (the list's height, then its line map): 24 cost
#: about 4 ms more CPU than 10 before the paint, for lines below the list's fold; the rest
#: arrives in the frame after (issue 17, figure 12i).
HEAD = 10


class SessionList(OptionList):
    """The overview's session list (``(key, text)`` items; the key is the option's id)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: The items given to :meth:`show` and how many of them the list holds, while some wait.
        self._waiting: tuple[Sequence[tuple[str, str]], int] | None = None

    def show(self, items: Sequence[tuple[str, str]], highlighted: int | None) -> None:
        """Show ``items`` with ``highlighted`` (an index into them) under the cursor.

        Only the items the list takes are read from ``items`` now (a slice); the rest when it
        takes them (``items`` may make its texts as they are asked for:
        :class:`~desistkit_tui.screens.case_texts.SessionLines`)."""
        self._waiting = None
        self.clear_options()
        head = HEAD if highlighted is None else highlighted + HEAD
        self.add_options(_options(items[:head]))
        self.highlighted = highlighted
        if len(items) > head:
            self._waiting = items, head
            self.call_after_refresh(self.take_all)

    def take_all(self) -> None:
        """Take in the lines still waiting (after the first paint, or before a key needs them)."""
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            items, taken = waiting
            self.add_options(_options(items[taken:]))

    @property
    def complete(self) -> bool:
        """Whether every item given to :meth:`show` is in the list."""
        return self._waiting is None

    # The keys that move through or act on the whole list take in what is waiting first.

    def action_cursor_up(self) -> None:
        self.take_all()
        super().action_cursor_up()

    def action_cursor_down(self) -> None:
        self.take_all()
        super().action_cursor_down()

    def action_first(self) -> None:
        self.take_all()
        super().action_first()

    def action_last(self) -> None:
        self.take_all()
        super().action_last()

    def action_page_up(self) -> None:
        self.take_all()
        super().action_page_up()  # type: ignore[no-untyped-call]  # unannotated in Textual

    def action_page_down(self) -> None:
        self.take_all()
        super().action_page_down()  # type: ignore[no-untyped-call]  # unannotated in Textual

    def action_select(self) -> None:
        self.take_all()
        super().action_select()


def _options(items: Sequence[tuple[str, str]]) -> list[Option]:
    return [Option(plain(text), id=key) for key, text in items]
