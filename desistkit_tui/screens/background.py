"""Vault work off the UI thread: a blocking call in a worker, its result back as a message.

Screens never read or write the vault on the UI thread once it is unlocked. They call the
service layer (:class:`~desistkit_tui.core.vault_session.VaultSession`,
:class:`~desistkit_tui.core.workspace.CaseWorkspace`) through :func:`in_background`: the call
runs in a Textual worker thread, and its result (or its typed error) is posted back to the
screen as a :class:`VaultDone` message, whose handler (every screen has it, see
``screens/base.py``) runs the continuation on the UI thread. A screen that was closed in the
meantime gets nothing: Textual drops messages posted to a closed screen.

Only :class:`VaultError` and :class:`OSError` are results; anything else is a bug and ends the
app through its crash path, as it would have on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker

from desistkit_tui.core.errors import VaultError

T = TypeVar("T")
#: What a vault call may fail with, for the screen to show.
Failure = VaultError | OSError


@dataclass
class VaultDone(Message, bubble=False):
    """A vault call made for this screen has finished: run ``then`` on the UI thread."""

    then: Callable[[], object]


def in_background(
    screen: Screen[Any],
    call: Callable[[], T],
    done: Callable[[T], object],
    failed: Callable[[Failure], object],
    *,
    group: str = "vault",
    afterwards: Callable[[], object] | None = None,
) -> Worker[None]:
    """Run ``call()`` in a worker thread; then ``done(result)`` or ``failed(error)`` on the UI
    thread, if ``screen`` is still open. ``afterwards()`` runs in the worker once the outcome
    is posted: work the screen need not wait for (an audit entry), done while it draws."""

    def work() -> None:
        try:
            result = call()
        except (VaultError, OSError) as exc:
            screen.post_message(VaultDone(partial(failed, exc)))
        else:
            screen.post_message(VaultDone(partial(done, result)))
        if afterwards is not None:
            afterwards()

    # A description of our own: Textual's default shows the call's arguments.
    return screen.run_worker(work, thread=True, group=group, description=group)
