"""Keys in the order they were typed, whatever binds them (docs/architecture.md, "Textual").

Textual runs a *priority* binding (F3 "next step", Enter "open" on the case list) at the app as
its key arrives, but hands every other key to the focused widget's own queue, from where what
it changes bubbles up through the widget's parents. Over SSH a burst arrives at once: "DEMO-02"
then Enter opened the case that was highlighted before the filter took the letters, and words
typed just before F3 missed the step they were typed in.

:class:`KeyOrder` holds such a key back: one with a priority binding that arrives while the
focused widget or a parent up to its screen still has messages to handle goes through each of
their queues in turn (public ``call_later``, ``message_queue_size``,
``Screen.active_bindings``) and comes back to the app after them; keys that arrive while one
waits follow it the same way, so the order is kept.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode


class KeyOrder:
    """The keys an app holds back until the keys typed before them have been handled."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        #: Held keys on their way through the queues, by ``id`` (each is alive until it is back).
        self._waiting: dict[int, events.Key] = {}
        #: Keys posted back to the app, to be handled as usual when they arrive.
        self._back: set[int] = set()

    def hold(self, event: events.Key) -> bool:
        """Whether ``event`` is held (the app must not handle it now); it comes back later."""
        if id(event) in self._back:
            self._back.discard(id(event))
            return False
        app = self._app
        focused = app.focused
        if event.is_forwarded or focused is None:
            return False
        screen = app.screen
        chain: list[DOMNode] = [focused, *focused.ancestors]
        chain = chain[: chain.index(screen) + 1] if screen in chain else [focused]
        if not self._waiting:  # none held: only a priority key waits, and only if need be
            active = screen.active_bindings.get(event.key)
            if active is None or not active.binding.priority:
                return False
            if not any(node.message_queue_size for node in chain):
                return False
        self._waiting[id(event)] = event
        self._pass_on(event, chain)
        return True

    def _pass_on(self, event: events.Key, chain: list[DOMNode]) -> None:
        """Through the first queue of ``chain``, then the next; then back to the app.

        A held key always comes back: a widget that is removed handles what is in its queue
        before it closes, and once it is closing, ``call_later`` refuses (returns False) and
        the key goes on to the next queue."""
        while chain:
            node, chain = chain[0], chain[1:]
            if node.call_later(self._pass_on, event, chain):
                return
        self._come_back(event)

    def _come_back(self, event: events.Key) -> None:
        """``event`` to the app again, to be handled as usual."""
        del self._waiting[id(event)]
        self._back.add(id(event))
        self._app.post_message(event)
