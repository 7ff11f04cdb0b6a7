"""The unlock screen: one passphrase field; the slow key derivation runs off the UI thread.

Argon2id cannot be interrupted once it runs, so it runs in a daemon thread of its own (not
Textual's thread pool, which the app waits for when it exits): Esc stops waiting for it, and
Ctrl+Q quits at once. A vault that such an abandoned derivation opens is locked straight away.

On a vault with more than one passphrase slot (a team vault), a line names the slot that will
be tried: the one this OS user opened the vault with last (``core/slot_memory.py``), the one
``--slot`` named, or "any" (each in turn); F2 moves to the next slot, then "any". A named slot
is tried alone, so a wrong passphrase costs one derivation; the slot that opens the vault is
remembered for the next unlock, unless ``--slot`` named it (a one-off, as on the command
line; issue 17).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label

from desistkit_tui.core.errors import VaultError, describe
from desistkit_tui.core.text import safe
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.widgets.plain import PlainLabel
from desistkit_tui.widgets.secret_input import SecretInput

if TYPE_CHECKING:
    from desistkit_tui.core.slot_memory import SlotChoice
    from desistkit_tui.core.vault.store import Vault


#: How often the unlock's progress line moves.
PROGRESS_SECONDS = 0.1


class _Attempt:
    """One unlock, derived in a daemon thread; the screen may abandon it at any time."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._abandoned = False
        self._lock = threading.Lock()
        #: Set on the event loop with the vault, or the exception the unlock raised.
        self.outcome: asyncio.Future[Vault | Exception] = loop.create_future()

    def start(
        self,
        path: Path,
        text: str,
        slot_label: str | None = None,
        *,
        chosen: bool = False,
        remember: bool = True,
    ) -> None:
        """Derive in a thread of its own. ``text`` is held by nothing but that call: Vault.unlock
        turns it into a :class:`Secret` it wipes, and the ``str`` is freed when it returns.

        ``chosen``: the screen showed the slot to try, ``slot_label`` (``None``: each in turn),
        and the slot that opens the vault is remembered unless ``remember`` is false; otherwise
        ``slot_label`` (``--slot``) or else the remembered slot is tried alone."""
        from desistkit_tui.core.slot_memory import SlotMemory
        from desistkit_tui.core.vault import recovery
        from desistkit_tui.core.vault.store import Vault

        handed = [text]
        if chosen and recovery.looks_like_recovery_key(text):
            slot_label = None  # a recovery key opens its own slot, whichever passphrase's is shown
        del text

        def derive() -> None:
            result: Vault | Exception
            memory = SlotMemory.default()
            # Vault.unlock tells a recovery key from a passphrase and wipes what it derives.
            try:
                if chosen:
                    result = Vault.unlock(path, handed.pop(), slot_label=slot_label)
                    if remember and result.slot.kind == "passphrase":
                        memory.remember(result.header.vault_id, result.slot.id)
                else:
                    # The slot this user opened the vault with last is tried alone (issue 17).
                    result = Vault.unlock(path, handed.pop(), slot_label=slot_label, memory=memory)
                # The case list's index, read here rather than after the list screen is shown:
                # the list is then painted in the screen's first frames (issue 17). One that is
                # missing or damaged is rebuilt here too: the list screen would otherwise start
                # that later, once it is laid out. A failure is the list's to report, when it
                # reads the index again.
                with contextlib.suppress(VaultError, OSError):
                    result.index.preload()
                    if result.index.rebuilt:
                        result.summaries(write_index=False)
            except VaultError as exc:  # its traceback's frames would hold the passphrase
                result = exc.with_traceback(None)
            except Exception as exc:  # noqa: BLE001 (handed over: the worker re-raises all but VaultError)
                result = exc
            with self._lock:
                abandoned = self._abandoned
            if not abandoned:
                try:
                    self._loop.call_soon_threadsafe(self._deliver, result)
                    return
                except RuntimeError:  # the event loop is closed: the app has quit
                    pass
            _discard(result)

        threading.Thread(target=derive, name="desistkit-unlock", daemon=True).start()

    def _deliver(self, result: Vault | Exception) -> None:
        """On the event loop: hand the outcome over, unless the screen stopped waiting."""
        with self._lock:
            abandoned = self._abandoned
        if abandoned or self.outcome.done():
            _discard(result)
        else:
            self.outcome.set_result(result)

    def abandon(self) -> None:
        """Stop waiting: whatever the derivation opens later is locked at once."""
        with self._lock:
            self._abandoned = True


def _discard(result: object) -> None:
    from desistkit_tui.core.vault.store import Vault

    if isinstance(result, Vault):
        result.lock()


class UnlockScreen(BaseScreen[None]):
    """Asks for the passphrase (or the recovery key) and opens the vault."""

    BINDINGS = [
        Binding("enter", "unlock", "key-unlock", id="unlock.submit", show=True),
        Binding("escape", "cancel_unlock", "key-cancel", id="unlock.cancel", show=True),
        Binding("f2", "next_slot", "key-other-slot", id="unlock.slot", show=True),
    ]

    def __init__(self, locked: bool = False, idle_minutes: float | None = None) -> None:
        super().__init__()
        self.locked_by_user = locked
        #: Set when the idle lock brought the screen: the message says so.
        self.idle_minutes = idle_minutes
        self.attempts = 0
        #: The unlock being derived, if any.
        self._attempt: _Attempt | None = None
        #: The vault's passphrase slots (set once read, when there are several) and the one
        #: shown, to be tried (``None``: each in turn).
        self._slots: SlotChoice | None = None
        self._slot: str | None = None
        #: Whether the header's slots have been read, and F2 presses that came before (they
        #: are applied then, not lost: keys typed ahead land where the screen says).
        self._slots_read = False
        self._early_f2 = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="panel"):
            yield Label(self.t("unlock-title"), id="title", markup=False)
            yield PlainLabel(str(self.dk.config.vault), id="vault-path", classes="muted")
            if self.idle_minutes is not None:
                text = self.t("unlock-locked-idle", minutes=self.idle_minutes)
                yield Label(text, id="locked-why", classes="muted wrap", markup=False)
            elif self.locked_by_user:
                yield Label(
                    self.t("unlock-locked"), id="locked-why", classes="muted wrap", markup=False
                )
            yield Label(self.t("unlock-passphrase"), markup=False)
            yield SecretInput(id="passphrase")
            yield PlainLabel("", id="slot", classes="wrap")
            yield Label(self.t("unlock-hint-recovery"), classes="muted wrap", markup=False)
            yield PlainLabel("", id="message", classes="wrap")
        yield footer()

    def on_mount(self) -> None:
        # Not query_one: when the app quits just as the idle lock switches here, the screen can
        # be mounted while its children are already being removed.
        for field in self.query(SecretInput):
            field.focus()
        # The vault and crypto stack (~35 ms of imports) and the case list's translations load
        # once the screen has painted, while the passphrase is typed. On this thread, not a
        # worker: imports made in another thread leave a malloc arena of their own behind
        # (+0.6-1 MiB of peak memory).
        self.call_after_refresh(self._preload)
        self.query_one("#slot").display = False
        self._read_slots()

    def on_unmount(self) -> None:
        self._abandon()  # the app quits, or the screen is replaced: stop waiting

    def _preload(self) -> None:
        import desistkit_tui.core.vault.store
        import desistkit_tui.core.vault_session  # noqa: F401 (the app's, once unlocked)
        from desistkit_tui.core.vault.head_pool import start_ahead
        from desistkit_tui.screens.cases import prepare

        prepare(self.t)  # the case list's translations: parsed now, not after the unlock
        # A vault whose index is gone: the processes that rebuild it start while the
        # passphrase is typed (no key reaches them before the unlock; issue 17).
        path = self.dk.config.vault
        threading.Thread(
            target=start_ahead, args=(path,), name="index-helpers", daemon=True
        ).start()

    def _read_slots(self) -> None:
        """The vault's passphrase slots, from its header, in a worker (a header that cannot be
        read shows nothing here: the unlock reports it)."""
        from desistkit_tui.core.slot_memory import SlotMemory, slot_choice

        read = partial(slot_choice, self.dk.config.vault, SlotMemory.default())
        in_background(self, read, self._show_slots, self._no_slots, group="slots")

    def _no_slots(self, error: Failure) -> None:
        del error  # the unlock itself reports a vault it cannot read
        self._slots_read = True
        self.refresh_bindings()

    def _show_slots(self, choice: SlotChoice) -> None:
        self._slots_read = True
        early, self._early_f2 = self._early_f2, 0
        if len(choice.labels) >= 2:
            wanted = self.dk.config.unlock_slot
            self._slots = choice
            self._slot = wanted if wanted in choice.labels else choice.remembered
            self._say_slot()
            for _ in range(early):
                self.action_next_slot()
        self.refresh_bindings()

    def _say_slot(self) -> None:
        label = self.query_one("#slot", PlainLabel)
        label.display = True
        if self._slot is None:
            label.set_text(self.t("unlock-slot-any"))
        elif self._slots is not None and self._slot == self._slots.remembered:
            label.set_text(self.t("unlock-slot-last", slot=safe(self._slot)))
        else:
            label.set_text(self.t("unlock-slot", slot=safe(self._slot)))

    def action_next_slot(self) -> None:
        """F2: the next passphrase slot, then "any" (each in turn), then the first again."""
        if not self._slots_read:
            self._early_f2 += 1  # applied once the slots are known
            return
        if self._slots is None or self._attempt is not None:
            return
        order: list[str | None] = [*self._slots.labels, None]
        self._slot = order[(order.index(self._slot) + 1) % len(order)]
        self._say_slot()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc (cancel) exists only while a key is being derived; F2 (another slot) only on a
        vault with several passphrase slots, while none is being derived."""
        if action == "cancel_unlock":
            return self._attempt is not None
        if action == "next_slot":  # until the slots are read, a press is kept for then
            return (self._slots is not None or not self._slots_read) and self._attempt is None
        return True

    @on(Input.Submitted, "#passphrase")
    def action_unlock(self) -> None:
        if self._attempt is not None:
            return
        field = self.query_one(SecretInput)
        text = field.value
        if not text:
            self._say(self.t("unlock-empty"), error=True)
            return
        field.clear_secret()
        field.disabled = True
        self._say(self.t("unlock-working"))
        self._attempt = _Attempt(asyncio.get_running_loop())
        self._progress(time.monotonic())
        self.refresh_bindings()
        # Handed to the derivation here, not to the worker: a worker's arguments live as long
        # as the worker, which every widget mounted from it keeps (its context).
        if self._slots is not None:
            # A slot --slot named is a one-off, as on the command line: not remembered.
            named = self._slot is not None and self._slot == self.dk.config.unlock_slot
            self._attempt.start(
                self.dk.config.vault, text, self._slot, chosen=True, remember=not named
            )
        else:
            self._attempt.start(self.dk.config.vault, text, self.dk.config.unlock_slot)
        del text
        self._unlock(self._attempt)

    def _progress(self, started: float) -> None:
        """While the key is derived (0.3-1 s, longer under load): a turning bar and the
        seconds so far, ten times a second; it stops with the attempt. ASCII: it reads the
        same on every terminal."""
        frames = "|/-\\"
        ticks = 0

        def tick() -> None:
            nonlocal ticks
            if self._attempt is None:
                timer.stop()
                return
            ticks += 1
            seconds = round(time.monotonic() - started, 1)
            self._say(self.t("unlock-progress", spinner=frames[ticks % 4], seconds=seconds))

        timer = self.set_interval(PROGRESS_SECONDS, tick)

    def action_cancel_unlock(self) -> None:
        """Stop waiting for the derivation (it finishes unseen; what it opens is locked)."""
        if self._attempt is None:
            return
        self._abandon()
        self._ready(self.t("unlock-cancelled"), error=False)

    def _abandon(self) -> None:
        attempt, self._attempt = self._attempt, None
        if attempt is not None:
            attempt.abandon()
            self.workers.cancel_group(self, "unlock")

    # An async worker that awaits the thread: Textual's thread workers run in the event loop's
    # default executor, which the app waits for on exit. A description of our own: Textual's
    # default is repr() of the arguments.
    @work(exclusive=True, group="unlock", description="unlock the vault")
    async def _unlock(self, attempt: _Attempt) -> None:
        try:
            result = await attempt.outcome
        except asyncio.CancelledError:
            attempt.abandon()
            raise
        if attempt is not self._attempt:  # abandoned meanwhile
            _discard(result)
            return
        self._attempt = None
        if isinstance(result, VaultError):
            self._failed(describe(result, self.t))
        elif isinstance(result, Exception):
            raise result  # not ours to word: the app reports it as an internal error
        else:
            self.dk.vault_opened(result)

    def _failed(self, message: str) -> None:
        self.attempts += 1
        self._ready(message, error=True)

    def _ready(self, message: str, *, error: bool) -> None:
        """The field takes a passphrase again."""
        self.refresh_bindings()
        field = self.query_one(SecretInput)
        field.disabled = False
        field.focus()
        self._say(message, error=error)

    def _say(self, message: str, error: bool = False) -> None:
        label = self.query_one("#message", PlainLabel)
        label.set_text(message)
        label.set_class(error, "error")
