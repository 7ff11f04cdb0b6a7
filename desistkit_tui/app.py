"""The Textual app: built by :func:`create_app`, the one factory for the CLI and the tests."""

from __future__ import annotations

import gc
import os
import signal
import time
from collections.abc import Callable, Iterable, Sequence
from types import FrameType
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text
from textual import events, work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.content import Content
from textual.filter import LineFilter
from textual.screen import Screen
from textual.theme import Theme
from textual.widget import Widget

from desistkit_tui import themes
from desistkit_tui.core.config import AppConfig
from desistkit_tui.core.text import safe
from desistkit_tui.key_order import KeyOrder
from desistkit_tui.textual_compat import (
    CrashReportApp,
    forget_last_messages,
    forget_rendered_text,
    forget_screen_stack,
    move_focus_before_later_keys,
    release_worker_threads,
    show_bindings,
    translate_binding_descriptions,
)
from desistkit_tui.widgets.forget import forget_values

if TYPE_CHECKING:
    from desistkit_tui.core.content import ContentSet
    from desistkit_tui.core.demo import DemoVault
    from desistkit_tui.core.model import Case
    from desistkit_tui.core.vault.store import Vault
    from desistkit_tui.core.vault_session import VaultSession
from desistkit_tui.core.i18n import Localizer

IDLE_CHECK_SECONDS = 15.0
#: After an unlock, the case list paints first; then the decks and catalogue load.
CONTENT_AFTER_UNLOCK_SECONDS = 0.5


class DesistKitApp(CrashReportApp[int]):
    """DesistKit TUI. Holds the config, the catalogue and (while unlocked) the vault."""

    CSS_PATH = "app.tcss"
    TITLE = "DesistKit"
    BINDINGS = [
        Binding("ctrl+q", "quit", "key-quit", id="app.quit", priority=True),
        Binding("ctrl+l", "lock", "key-lock", id="app.lock"),
        Binding("f1", "help", "key-help", id="app.help"),
        # Our own palette binding, so its footer label is translated (Textual adds an English
        # "palette" one only when the app has none).
        Binding(
            "ctrl+p", "command_palette", "key-palette", id="app.palette", show=False, priority=True
        ),
        # A trainer's keys (issue 16), shown in a demo's footers; everywhere in the keys panel
        # and the manual. F12 blanks the screen at once; Ctrl+T: high contrast and back.
        Binding("f12", "blank", "key-blank", id="app.blank", show=False),
        Binding("ctrl+t", "toggle_contrast", "key-contrast", id="app.contrast", show=False),
    ]

    def __init__(
        self,
        config: AppConfig,
        *,
        demo: DemoVault | None = None,
        demo_cards: bool = False,
        theme: str = themes.DEFAULT,
        on_theme_change: Callable[[str], None] | None = None,
        ascii_only: bool = False,
    ) -> None:
        self.config = config
        #: A demo: an unlocked throw-away vault of fictional cases; no lock, deleted at exit.
        self.demo = demo is not None
        #: Every text of the app, in the interface language (screens: ``self.t``); the decks
        #: are loaded when a deck's text is first asked for, if they are not loaded by then.
        self.t = Localizer.create(config.ui_language, self.require_content)
        super().__init__()
        #: The unlocked vault, through the service layer (``None`` while locked).
        self.session: VaultSession | None = None
        #: Decks and catalogue, once loaded (``None`` until then).
        self.content: ContentSet | None = None
        self._last_input = time.monotonic()
        #: Keys held back until the keys typed before them are handled (``key_order``).
        self._key_order = KeyOrder(self)
        self._previous_hup: object = None
        self._demo = demo
        self._demo_cards = demo_cards
        for known in themes.THEMES:
            self.register_theme(known)
        self.theme = theme if theme in themes.THEME_NAMES else themes.DEFAULT
        #: The theme Ctrl+T returns to from high contrast.
        self._theme_before_contrast = (
            self.theme if self.theme != themes.HIGH_CONTRAST else themes.DEFAULT
        )
        self._on_theme_change = on_theme_change
        #: The terminal takes no UTF-8 (``LANG=C``): every line is drawn in ASCII.
        self.ascii_only = ascii_only
        if self.demo:  # the trainer's keys in every footer
            show_bindings(self, ("app.blank", "app.contrast"))

    # -- start, lock, quit ------------------------------------------------------------------

    def on_mount(self) -> None:
        translate_binding_descriptions(self, self.t)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.title = self.t("app-title")
        self._apply_settings()
        if self.config.idle_lock_minutes > 0:
            self.set_interval(IDLE_CHECK_SECONDS, self._check_idle)
        self._install_hangup_handler()
        if self._demo is not None:
            from desistkit_tui.core.vault_session import VaultSession
            from desistkit_tui.screens.cases import CasesScreen

            self.sub_title = self.t("demo-banner")
            self.session = VaultSession(self._demo.vault)
            self.push_screen(CasesScreen())
            if self._demo_cards:
                from desistkit_tui.screens.cards import CardSetupScreen

                self.push_screen(CardSetupScreen(None))
            self.call_after_refresh(self._load_content)  # after the first paint
        else:
            # Content loads once the vault is open: it is not needed before, and its 3-4 MiB
            # would add to the peak while Argon2id holds its memory (docs/architecture.md, Budgets: < 80 MiB).
            self.push_screen(self._entry_screen())

    def _apply_settings(self) -> None:
        """The theme and the key map of the settings file (``config.theme``, ``config.keymap``),
        once checked; whatever is refused, and every problem the file had, in one notice: the
        app goes on with the defaults for them."""
        from desistkit_tui.core.errors import SettingsProblem, describe

        loaded = self.config.settings
        problems: list[SettingsProblem] = list(loaded.problems) if loaded is not None else []
        theme = self.config.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        elif theme:
            problems.append(
                SettingsProblem(
                    "unknown-theme",
                    file=str(loaded.path) if loaded is not None else "settings.toml",
                    line=loaded.lines.get("theme", 0) if loaded is not None else 0,
                    key="theme",
                    value=theme,
                    allowed=", ".join(sorted(self.available_themes)),
                )
            )
        if self.config.keymap:
            from desistkit_tui.keymap import check_keymap

            keymap, refused = check_keymap(self.config.keymap, loaded)
            problems += refused
            self.set_keymap(keymap)
        if problems:  # kept by the app; the first screen shows it as it comes up
            self.notify(
                "\n".join(describe(problem, self.t) for problem in problems),
                title=self.t("settings-problems"),
                severity="warning",
                timeout=30,
                markup=False,
            )

    @work(thread=True, exclusive=True, group="content")
    def _load_content(self) -> None:
        """Decks and catalogue, off the UI thread after the first paint; say what was skipped."""
        from desistkit_tui.core.content import load_content

        content = load_content(self.config.user_decks)
        self.call_from_thread(self._content_loaded, content)

    def _content_loaded(self, content: ContentSet) -> None:
        from desistkit_tui.core.errors import describe

        if self.content is None:  # require_content() may have loaded it first
            self.content = content
        for problem in content.problems:
            self.notify(
                describe(problem, self.t),
                title=self.t("content-skipped"),
                severity="warning",
                timeout=20,
                markup=False,
            )

    def require_content(self) -> ContentSet:
        """The decks and catalogue; loads them now if the background load has not finished."""
        if self.content is None:
            from desistkit_tui.core.content import load_content

            self.content = load_content(self.config.user_decks)
        return self.content

    def localizer(self, case: Case | None = None) -> Localizer:
        """``self.t``; with ``case``, bound to the person's language and wording too."""
        from desistkit_tui.core.i18n import Wording

        if case is None:
            return self.t
        return self.t.with_case(case.language, Wording(case.address, case.gender))

    def _entry_screen(self) -> Screen[None]:
        # Not the store: the unlock screen paints before the crypto stack is imported.
        from desistkit_tui.core.vault.names import vault_exists

        if vault_exists(self.config.vault):
            from desistkit_tui.screens.unlock import UnlockScreen

            return UnlockScreen()
        from desistkit_tui.screens.create_vault import CreateVaultScreen

        return CreateVaultScreen()

    @property
    def vault(self) -> Vault | None:
        """The unlocked vault (``None`` while locked); screens use :attr:`session`."""
        return self.session.vault if self.session is not None else None

    def vault_opened(self, vault: Vault | VaultSession) -> None:
        """Called by the unlock and create screens: show the case list."""
        from desistkit_tui.core.vault_session import VaultSession
        from desistkit_tui.screens.cases import CasesScreen

        self.session = vault if isinstance(vault, VaultSession) else VaultSession(vault)
        self._last_input = time.monotonic()
        self.switch_screen(CasesScreen())
        self._warn_if_read_only(self.session.vault)
        if self.content is None:  # once the list has painted (require_content() if sooner)
            self.set_timer(CONTENT_AFTER_UNLOCK_SECONDS, self._load_content)

    def _warn_if_read_only(self, vault: Vault) -> None:
        """Reading never depends on writing: a vault that could not be written at unlock is
        open read-only, and the caseworker is told so (and why) before anything is lost."""
        from desistkit_tui.core.errors import VaultReadOnly, describe

        for warning in vault.warnings:
            if isinstance(warning, VaultReadOnly):
                text = f"{describe(warning, self.t)} ({describe(warning.cause, self.t)})"
                self.notify(text, severity="warning", timeout=30, markup=False)

    def action_lock(self) -> None:
        """Drop every key and go back to the unlock screen (Ctrl+L)."""
        self.lock_vault()

    def lock_vault(self, idle_minutes: float | None = None) -> None:
        """Save the open draft, close the case, wipe the keys and show the unlock screen,
        which says why it is there (``idle_minutes``: the idle lock did it)."""
        if self.demo:
            self.notify(self.t("demo-no-lock"), markup=False)
            return
        if self.vault is None:
            return
        self._close_vault()
        forget_screen_stack()  # in the app's context: the unlock screen's tasks copy it
        shown = self.screen_stack[1:]
        while len(self.screen_stack) > 2:
            self.pop_screen()
        from desistkit_tui.screens.unlock import UnlockScreen

        self.switch_screen(UnlockScreen(locked=True, idle_minutes=idle_minutes))
        forget_values(self, shown)
        self.clear_notifications()  # a notification may quote a case
        forget_last_messages(self)
        self.call_after_refresh(self._forget_after_lock)

    def _forget_after_lock(self) -> None:
        """Once the screens that showed the case are gone: empty the text caches and collect
        what they held (docs/architecture.md, Secrets in memory)."""
        release_worker_threads()
        forget_rendered_text()
        gc.collect()

    def _close_vault(self) -> None:
        # Top screen first: a flow saves its draft through the case a lower screen holds open.
        # On the UI thread, on purpose: nothing may happen between the decision to lock and
        # the wiped keys; each step waits for the vault operation a worker may be running.
        for screen in reversed(self.screen_stack):
            closer = getattr(screen, "release_case", None)
            if callable(closer):
                closer()
        if self.session is not None:
            self.session.lock()
            self.session = None

    async def action_quit(self) -> None:
        self._close_vault()
        self.exit(0)

    def action_help(self) -> None:
        """Open the manual (it holds no case data, so it works locked or unlocked)."""
        from desistkit_tui.screens.manual import ManualScreen

        if not isinstance(self.screen, ManualScreen):
            self.push_screen(ManualScreen())

    # -- themes and the trainer's keys ------------------------------------------------------

    def use_theme(self, name: str) -> None:
        """Switch to one of :data:`themes.THEME_NAMES` (the palette, Ctrl+T, the settings)."""
        self.theme = name
        if name != themes.HIGH_CONTRAST:
            self._theme_before_contrast = name

    def _theme_changed(self, theme: Theme) -> None:
        """Tell whoever keeps the settings (``on_theme_change``), so the choice is kept."""
        if self._on_theme_change is not None and theme.name in themes.THEME_NAMES:
            self._on_theme_change(theme.name)

    def get_loading_widget(self) -> Widget:
        """What a busy widget shows (``widget.loading = True``): Textual's indicator, drawn
        four times a second (``widgets/quiet_loading.py``)."""
        from desistkit_tui.widgets.quiet_loading import QuietLoading

        return QuietLoading()

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title; in high contrast the sub-title (the DEMO banner) is not dimmed."""
        if self.theme == themes.HIGH_CONTRAST and sub_title:
            return Content.assemble(Content(title), " — ", Content(sub_title))
        return super().format_title(title, sub_title)

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then ASCII stand-ins where the terminal is not UTF-8."""
        filters = super().get_line_filters()
        if self.ascii_only:
            from desistkit_tui.terminal import AsciiFilter

            return [*filters, AsciiFilter()]
        return filters

    def action_toggle_contrast(self) -> None:
        """High contrast, and back to the theme before it (Ctrl+T)."""
        if self.theme == themes.HIGH_CONTRAST:
            self.use_theme(self._theme_before_contrast)
        else:
            self.use_theme(themes.HIGH_CONTRAST)

    def action_blank(self) -> None:
        """Blank the screen at once; any key brings it back (F12)."""
        from desistkit_tui.screens.blank import BlankScreen

        if not isinstance(self.screen, BlankScreen):
            self.push_screen(BlankScreen())

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A steady cursor unless config.cursor_blink asks for a blinking one (see there)."""
        if not self.config.cursor_blink and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False

    # -- idle lock --------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.Paste):
            self._last_input = time.monotonic()
        if isinstance(event, events.Paste):
            # Pasted text is data: nothing a terminal would act on is stored or shown.
            event.text = safe(event.text, multiline=True)
        if isinstance(event, events.Key) and self._key_order.hold(event):
            return  # comes back once the focused widget has handled the keys before it
        if isinstance(event, events.Key) and await move_focus_before_later_keys(self, event):
            return  # Tab moved the focus before the keys that came with it are handed on
        await super().on_event(event)

    def _check_idle(self) -> None:
        idle = time.monotonic() - self._last_input
        if self.vault is not None and idle >= self.config.idle_lock_minutes * 60:
            self.lock_vault(idle_minutes=self.config.idle_lock_minutes)

    # -- hang-up: the SSH link dropped ------------------------------------------------------

    def _install_hangup_handler(self) -> None:
        try:
            self._previous_hup = signal.signal(signal.SIGHUP, self._on_hangup)
        except ValueError:  # not in the main thread (some test runners)
            self._previous_hup = None

    def _on_hangup(self, signum: int, frame: FrameType | None) -> None:
        """Save what can be saved, drop the keys, and leave without touching the terminal.

        ``os._exit`` skips every ``finally``, so a demo removes its throw-away vault here.
        """
        self._close_vault()
        if self._demo is not None:
            self._demo.close()
        os._exit(129)

    # -- nothing leaks: no screenshots, no tracebacks with local variables -------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, ours to word: in the interface language, and without
        "Screenshot" (it would write the screen, case data included, to disk)."""
        t = self.t
        yield SystemCommand(t("palette-theme"), t("palette-theme-help"), self.action_change_theme)
        yield SystemCommand(t("palette-quit"), t("palette-quit-help"), self.action_quit)
        if screen.query("HelpPanel"):
            help_panel = t("palette-keys-hide-help"), self.action_hide_help_panel
        else:
            help_panel = t("palette-keys-show-help"), self.action_show_help_panel
        yield SystemCommand(t("palette-keys"), *help_panel)
        if screen.maximized is not None:
            yield SystemCommand(
                t("palette-minimize"), t("palette-minimize-help"), screen.action_minimize
            )
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                t("palette-maximize"), t("palette-maximize-help"), screen.action_maximize
            )

    def action_command_palette(self) -> None:
        """The command palette, with its search field's hint in the interface language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            palette = CommandPalette(placeholder=self.t("palette-search"), id="--command-palette")
            self.push_screen(palette)

    def search_themes(self) -> None:
        """The theme list (the palette's Theme command), its hint in the interface language."""
        palette = CommandPalette(
            providers=[themes.ThemeCommands], placeholder=self.t("palette-search-themes")
        )
        self.push_screen(palette)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Refused: a screenshot would write case data to disk in plaintext."""
        self.notify(self.t("screenshot-refused"), severity="warning")

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        self.notify(self.t("screenshot-refused"), severity="warning")
        return None

    def panic(self, *renderables: RenderableType) -> None:
        """Any fatal error, an unexpected exception included: drop the keys, then print."""
        try:
            self._close_vault()
        finally:
            super().panic(*renderables)

    def crash_report(self) -> RenderableType:
        """A short message instead of Textual's traceback (which shows local variables);
        with DESISTKIT_DEBUG set, the traceback without them, then the message."""
        message = Text(self.t("crash-message"), style="bold")
        if os.environ.get("DESISTKIT_DEBUG"):
            from rich.traceback import Traceback

            return Group(Traceback(show_locals=False), message)
        return message


def create_app(
    config: AppConfig,
    *,
    demo: DemoVault | None = None,
    demo_cards: bool = False,
    theme: str = themes.DEFAULT,
    on_theme_change: Callable[[str], None] | None = None,
    ascii_only: bool = False,
) -> DesistKitApp:
    """The one way to build the app (CLI, Pilot tests and snapshot tests).

    ``theme``: a name of :data:`themes.THEME_NAMES` (the CLI passes the settings' choice, or
    :func:`themes.theme_for_terminal`); ``on_theme_change`` is called with the new name when
    the caseworker picks another (palette, Ctrl+T), for the settings to remember it.
    ``ascii_only``: the terminal is not UTF-8 (:func:`terminal.terminal_is_utf8`).
    """
    return DesistKitApp(
        config,
        demo=demo,
        demo_cards=demo_cards,
        theme=theme,
        on_theme_change=on_theme_change,
        ascii_only=ascii_only,
    )
