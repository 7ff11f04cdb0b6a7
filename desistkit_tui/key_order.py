"""Keys in the order they were typed, whatever binds them (docs/architecture.md, "Textual").

Textual runs a *priority* binding (F3 "next step", Enter "open" on the case list, F2 "draw")
at the app as its key arrives, but hands every other key to the focused widget's own queue,
from where what it changes bubbles up through the widget's parents; and what an action changes
often lands later too (``focus()`` is a call the app makes after the keys already waiting).
Over SSH a burst arrives at once: "DEMO-02" then Enter opened the case that was highlighted
before the filter took the letters; words typed just before F3 missed the step they were typed
in; F2, Tab and a note in one burst lost the note when the drawn card took the focus after it.

:class:`KeyOrder` holds keys back so each is handled where the keys before it left things:

* a key with a priority binding that arrives while the focused widget or a parent up to its
  screen still has messages to handle waits until they are handled;
* after a key with a binding has run or been handed on (a priority one runs at once; an arrow
  in a text field is the field's own and runs once the key has gone through the field), the
  keys after it wait until what it asked of the app (a focus change) and of the focused
  widget and its parents is done;
* keys that arrive while one waits follow it, in order.

A held key goes through the app's queue twice (so it comes after what the key before it asked
of the app), then through each busy queue of the focused widget and its parents until they are
quiet (public ``call_later``, ``message_queue_size``, ``Screen.active_bindings``), and is
posted to the app again.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode

#: Rounds through the focused widget's busy queues before a held key goes on anyway (a widget
#: that keeps posting messages to itself must not hold the keyboard), unless a bound key
#: before it is still on its way up to the app (then the rescue timer is the limit).
MAX_ROUNDS = 8
#: Seconds after which a held key goes on whatever its queues did: a queue that took the key's
#: call and never ran it (a widget torn down with its screen) must not stop the keyboard.
RESCUE_SECONDS = 1.0


class KeyOrder:
    """The keys an app holds back until the keys typed before them have had their effect."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        #: Held keys, oldest first; only the oldest is on its way through the queues.
        self._held: deque[events.Key] = deque()
        #: Keys posted back to the app, to be handled as usual when they arrive.
        self._back: set[int] = set()
        #: A priority key's action has run: the next key waits for what it changes.
        self._settling = False
        #: A key bound by the focused widget or a parent, handed to the widget and not back up
        #: at the app yet (its binding runs when it is): a held key waits for it, however
        #: many parents it passes on the way (each is one more round through the queues).
        self._awaiting: events.Key | None = None
        #: The awaited key came back up to the app: its binding runs from there, and what it
        #: posts (an Input's Submitted) is not in any queue yet when the held key looks.
        self._returned = False

    def hold(self, event: events.Key) -> bool:
        """Whether ``event`` is held (the app must not handle it now); it comes back later."""
        if id(event) in self._back:
            self._back.discard(id(event))
            self._settling = self._bound(event)
            self._awaiting = event if self._settling and not self._priority(event) else None
            return False
        if event.is_forwarded:
            if event is self._awaiting:
                self._awaiting = None  # back up at the app: its binding runs now
                self._returned = True
            return False
        if not self._held and not self._settling:
            if not self._priority(event):
                # A key bound by the focused widget or a parent (an arrow in a text field)
                # goes through the field first and runs its binding on the way back: the keys
                # after it wait for that, or a letter behind "Up" is typed on the old line.
                self._settling = self._bound(event)
                self._awaiting = event if self._settling else None
                return False
            if not any(node.message_queue_size for node in self._chain()):
                self._settling = True  # it runs now; the keys after it wait for its effects
                return False
        self._held.append(event)
        if len(self._held) == 1:
            self._travel(event)
        return True

    def _priority(self, event: events.Key) -> bool:
        active = self._app.screen.active_bindings.get(event.key)
        return active is not None and active.binding.priority

    def _bound(self, event: events.Key) -> bool:
        """Whether a binding of the screen, the focused widget or a parent takes ``event``."""
        return event.key in self._app.screen.active_bindings

    def _chain(self) -> list[DOMNode]:
        """The focused widget and its parents up to its screen (the screen if none is)."""
        app = self._app
        screen, focused = app.screen, app.focused
        if focused is None:
            return [screen]
        chain: list[DOMNode] = [focused, *focused.ancestors]
        return chain[: chain.index(screen) + 1] if screen in chain else [focused]

    def _travel(self, event: events.Key) -> None:
        self._app.set_timer(RESCUE_SECONDS, lambda: self._release(event))
        self._app.call_later(self._through_app, event, 1)

    def _on_its_way(self, event: events.Key) -> bool:
        """Whether ``event`` is the held key travelling now (not one released already)."""
        return bool(self._held) and self._held[0] is event

    def _through_app(self, event: events.Key, round_: int) -> None:
        if not self._on_its_way(event):
            return
        if round_ < 2:
            self._app.call_later(self._through_app, event, round_ + 1)
        else:
            self._through_widgets(event, 0)

    def _through_widgets(self, event: events.Key, round_: int) -> None:
        if not self._on_its_way(event):
            return
        if self._returned:
            # Once more through the app's queue: after the returned key's binding, so that
            # what it posted is in the widgets' queues when they are looked at.
            self._returned = False
            self._app.call_later(self._through_app, event, 1)
            return
        chain = self._chain()
        busy = [node for node in chain if node.message_queue_size]
        if not busy and self._awaiting is not None and round_ < 4 * MAX_ROUNDS:
            # Every queue is empty, but the bound key is not back up: a widget is still in
            # its handler (an empty queue does not count the message being handled). Once
            # more through the focused widget's queue, which runs after that handler.
            busy = chain[:1]
        if busy and (round_ < MAX_ROUNDS or self._awaiting is not None):
            self._hop(event, busy, round_)
        else:
            self._release(event)

    def _hop(self, event: events.Key, nodes: list[DOMNode], round_: int) -> None:
        """Through the first queue of ``nodes``, then the next; then look again.

        A widget that is closing refuses ``call_later`` (returns False): the key goes on to the
        next queue. One that took the call and closed without running it leaves the key to the
        rescue timer."""
        if not self._on_its_way(event):
            return
        while nodes:
            node, nodes = nodes[0], nodes[1:]
            if node.call_later(self._hop, event, nodes, round_):
                return
        self._through_widgets(event, round_ + 1)

    def _release(self, event: events.Key) -> None:
        """``event`` to the app again, to be handled as usual; the next held key sets off.
        Once only: by its way through the queues or by the rescue timer, whichever is first."""
        if not self._on_its_way(event):
            return
        self._held.popleft()
        self._back.add(id(event))
        self._app.post_message(event)
        self._settling = False
        self._awaiting = None
        self._returned = False
        if self._held:
            self._travel(self._held[0])
