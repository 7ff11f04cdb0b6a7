"""The Textual adapter (``desistkit_tui/textual_compat.py``): one test per use of a Textual
internal, each checking the internal's shape and the behaviour it carries end to end, so that
a Textual upgrade that changes one fails here by name; then the public mechanisms that
replaced the others (the command palette's commands and search hints, the summary's F10)."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import replace
from pathlib import Path

import pytest
from rich.style import Style
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.command import CommandInput, CommandPalette
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, TextArea

from desistkit_tui.app import DesistKitApp, create_app
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.screens.cards.summary import SummaryScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.textual_compat import (
    CrashReportApp,
    LineRepaintTextArea,
    SteadyInput,
    move_focus_before_later_keys,
    show_bindings,
    translate_binding_descriptions,
)
from desistkit_tui.widgets.case_list import CaseList
from tests.tui.helpers import PASSPHRASE, config, make_vault, screen_text, unlock
from tests.tui.test_cards_helpers import CODE, card_app, start_cards

DE = Localizer.create("de")


def german(vault: Path) -> DesistKitApp:
    return create_app(replace(config(vault), ui_language="de"))


# -- use 1: DOMNode._bindings.key_to_bindings --------------------------------------------------


class _Keys(Screen[None]):
    BINDINGS = [Binding("f2", "new", "key-new-case")]


def test_use_1_the_bindings_table_has_the_shape_the_adapter_rewrites() -> None:
    first, second = _Keys(), _Keys()
    table = first._bindings
    assert isinstance(table, BindingsMap)
    assert isinstance(table.key_to_bindings, dict)
    [binding] = table.key_to_bindings["f2"]
    assert isinstance(binding, Binding) and binding.description == "key-new-case"
    assert "description" in {f.name for f in dataclasses.fields(Binding)}
    translate_binding_descriptions(first, DE)
    assert [b.description for b in first._bindings.key_to_bindings["f2"]] == ["Neuer Fall"]
    # Per instance: the class's table and the other screens' are left alone.
    assert [b.description for b in second._bindings.key_to_bindings["f2"]] == ["key-new-case"]
    assert [b.description for b in _Keys()._bindings.key_to_bindings["f2"]] == ["key-new-case"]


async def test_use_1_footer_and_keys_panel_speak_german(tmp_path: Path) -> None:
    app = german(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert f"^q {DE('key-quit')}" in screen_text(app).splitlines()[-1]  # the app's keys
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)
        footer = screen_text(app).splitlines()[-1]
        for key, msg in (("f2", "key-new-case"), ("^l", "key-lock"), ("f1", "key-help")):
            assert f"{key} {DE(msg)}" in footer  # the screen's keys and the app's again
        assert "^p Befehle" in footer
        app.action_show_help_panel()  # the palette's Keys command: every key, described
        await pilot.pause()
        text = screen_text(app)
        assert DE("key-new-case") in text and DE("key-quit") in text
        assert "key-" not in text


def test_use_1_show_bindings_shows_only_the_named_ones() -> None:
    class _Hidden(Screen[None]):
        BINDINGS = [
            Binding("f12", "blank", "key-blank", id="x.blank", show=False),
            Binding("f11", "other", "key-help", id="x.other", show=False),
        ]

    screen = _Hidden()
    show_bindings(screen, ("x.blank",))
    table = screen._bindings.key_to_bindings
    shown = {b.id: b.show for bs in table.values() for b in bs if b.id}
    assert shown == {"x.blank": True, "x.other": False}
    assert not any(b.show for b in _Hidden()._bindings.key_to_bindings["f12"])  # per instance


# -- use 2: Widget._set_dirty ------------------------------------------------------------------


def test_use_2_set_dirty_takes_nothing_but_regions() -> None:
    parameters = list(inspect.signature(Widget._set_dirty).parameters.values())
    assert [p.name for p in parameters] == ["self", "regions"]
    assert parameters[1].kind is inspect.Parameter.VAR_POSITIONAL


async def test_use_2_the_case_list_repaints_what_the_filter_leaves(tmp_path: Path) -> None:
    """The list's lines are cached; only ``_set_dirty`` tells the screen's repaint that they
    are stale (without it the rows filtered out would stay on the terminal)."""
    codes = ("ALPHA-1", "BRAVO-2", "CHARLIE-3")
    app = create_app(config(make_vault(tmp_path / "vault", codes)))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        case_list = app.screen.query_one(CaseList)
        assert all(code in screen_text(app) for code in codes)
        await pilot.press(*"bravo")
        await pilot.pause()
        text = screen_text(app)
        assert case_list.row_count == 1
        assert "BRAVO-2" in text and "ALPHA-1" not in text and "CHARLIE-3" not in text
        await pilot.press("escape")  # clears the filter: every row again
        await pilot.pause()
        assert app.screen.query_one("#filter", Input).value == ""
        assert all(code in screen_text(app) for code in codes)


# -- use 3: App._fatal_error -------------------------------------------------------------------


def test_use_3_fatal_error_is_the_hook_textual_calls_for_an_unhandled_exception() -> None:
    assert list(inspect.signature(App._fatal_error).parameters) == ["self"]
    assert "_fatal_error" in CrashReportApp.__dict__
    handler = inspect.getsource(App._handle_exception)
    assert "self._fatal_error()" in handler and "self.panic(error)" in handler


# -- use 4: App._check_bindings ----------------------------------------------------------------


def test_use_4_check_bindings_takes_a_key_and_a_priority() -> None:
    assert list(inspect.signature(App._check_bindings).parameters) == ["self", "key", "priority"]


class _ThreeFields(App[None]):
    """The bare app of the issue: three text areas; keys after a Tab went to the first."""

    def compose(self) -> ComposeResult:
        for name in ("one", "two", "three"):
            yield TextArea(id=name, tab_behavior="focus")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and await move_focus_before_later_keys(self, event):
            return
        await super().on_event(event)


async def test_use_4_keys_queued_after_a_tab_go_to_the_next_field() -> None:
    app = _ThreeFields()
    async with app.run_test() as pilot:
        await pilot.pause()
        # One burst, as from a slow SSH link: every key is queued before any is handled.
        for key, char in [("a", "a"), ("tab", "\t"), ("b", "b"), ("tab", "\t"), ("c", "c")]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        texts = [app.query_one(f"#{n}", TextArea).text for n in ("one", "two", "three")]
        assert texts == ["a", "b", "c"]
        indent = TextArea(tab_behavior="indent")
        await app.mount(indent)
        indent.focus()
        await pilot.pause()
        app.post_message(events.Key("tab", "\t"))  # a field that takes Tab gets it
        await pilot.pause()
        assert app.focused is indent and indent.text.strip(" \t") == "" and indent.text


def _explode() -> None:
    secret_local = "-".join(("MARKER", "LOCAL", "VALUE"))  # not in the source the traceback shows
    raise RuntimeError(f"boom {len(secret_local)}")


@pytest.mark.parametrize("debug", [False, True])
async def test_use_3_a_crash_locks_and_prints_the_german_message_without_locals(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    debug: bool,
) -> None:
    monkeypatch.setenv("DESISTKIT_DEBUG", "1" if debug else "")
    app = german(make_vault(tmp_path / "vault", ("K-1",)))
    with pytest.raises(RuntimeError):  # run_test re-raises the app's error for the test
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            vault = app.vault
            assert vault is not None
            app.call_later(_explode)
            await pilot.pause()
    assert vault is not None and vault.locked and app.return_code == 1
    printed = " ".join(capfd.readouterr().err.split())  # the console wraps long lines
    assert DE("crash-message") in printed
    assert "MARKER-LOCAL-VALUE" not in printed  # the local variable's value
    assert ("RuntimeError: boom 18" in printed) is debug  # the traceback only when asked


class _SelfRenderingError(Exception):
    """An error that renders itself: Textual hands it to ``panic`` without ``_fatal_error``."""

    def __rich__(self) -> str:
        return "rendered error"


async def test_a_self_rendering_error_locks_the_vault_too(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    app = create_app(config(make_vault(tmp_path / "vault", ("K-1",))))

    def explode() -> None:
        raise _SelfRenderingError

    with pytest.raises(_SelfRenderingError):
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            vault = app.vault
            assert vault is not None
            app.call_later(explode)
            await pilot.pause()
    assert vault is not None and vault.locked and app.return_code == 1
    assert "rendered error" in capfd.readouterr().err


# -- public: the command palette, the summary's F10 --------------------------------------------


async def test_the_palette_commands_and_search_hints_are_german(tmp_path: Path) -> None:
    app = german(make_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        unlock_screen = app.screen
        commands = {c.title: c.help for c in app.get_system_commands(unlock_screen)}
        assert commands == {
            DE("palette-theme"): DE("palette-theme-help"),
            DE("palette-quit"): DE("palette-quit-help"),
            DE("palette-keys"): DE("palette-keys-show-help"),
            DE("palette-maximize"): DE("palette-maximize-help"),  # the passphrase field
        }
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Befehle suchen…"
        assert "Befehle suchen…" in screen_text(app)
        await pilot.press(*"farb", "enter")  # the theme command: the list of themes
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Farbschemata suchen…"
        await pilot.press("escape")
        await pilot.pause()
        assert unlock_screen.is_current
        unlock_screen.query_one("#passphrase").focus()
        unlock_screen.action_maximize()
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(unlock_screen)]
        assert DE("palette-minimize") in titles and DE("palette-maximize") not in titles


@pytest.mark.parametrize("read_only", [False, True])
async def test_the_summary_names_what_f10_does(tmp_path: Path, read_only: bool) -> None:
    """Saving, F10 saves; read-only (another session holds the case), F10 only finishes."""
    app = card_app(tmp_path)
    other = Vault.unlock(tmp_path / "vault", PASSPHRASE)
    holder = other.open_case(other.find(CODE).id) if read_only else None
    t = Localizer.create("en")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await start_cards(pilot)
            await pilot.press("f2", "f10")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            footer = screen_text(app).splitlines()[-1]
            shown, hidden = ("key-cards-finish", "key-cards-save")
            if not read_only:
                shown, hidden = hidden, shown
            assert f"f10 {t(shown)}" in footer and t(hidden) not in footer
            await pilot.press("f10")  # either way, the session ends
            await pilot.pause()
            assert not isinstance(app.screen, SummaryScreen)
    finally:
        if holder is not None:
            holder.close()
        other.lock()


# -- use 5: textual._context.visible_screen_stack ----------------------------------------------


def test_use_5_the_background_screens_live_in_a_context_variable_the_adapter_empties() -> None:
    import contextvars

    from textual._context import visible_screen_stack

    from desistkit_tui.textual_compat import forget_screen_stack

    assert isinstance(visible_screen_stack, contextvars.ContextVar)
    screen = Screen[object]()

    def remembered() -> list[Screen[object]]:
        visible_screen_stack.set([screen])
        forget_screen_stack()
        return visible_screen_stack.get()

    assert contextvars.copy_context().run(remembered) == []


# -- use 6: the message loop keeps the last message ---------------------------------------------


def test_use_6_a_message_remembers_its_sender_and_the_loop_its_last_message() -> None:
    from textual.message import Message
    from textual.message_pump import MessagePump

    source = inspect.getsource(MessagePump._process_messages_loop)
    assert "message = await self._get_message()" in source
    sender = Screen[None]()
    assert Message().set_sender(sender)._sender is sender


# -- use 7: TextArea.selection repaints the whole field -----------------------------------------


class _Spy(TextArea):
    """Records the lines it draws (Textual draws only the lines it was told are stale)."""

    def __init__(self, text: str) -> None:
        super().__init__(text, soft_wrap=True, compact=True, id="area")
        self.drawn: set[int] = set()

    def render_line(self, y: int) -> Strip:
        self.drawn.add(y)
        return super().render_line(y)


class _LineSpy(_Spy, LineRepaintTextArea):
    pass


class _Field(App[None]):
    CSS = "#area { width: 24; height: 6; }"

    def __init__(self, area: TextArea) -> None:
        super().__init__()
        self.area = area

    def compose(self) -> ComposeResult:
        yield self.area


async def _drawn_after(area: _Spy, *keys: str) -> set[int]:
    async with _Field(area).run_test(size=(40, 10)) as pilot:
        area.focus()
        area.move_cursor((1, 1))
        await pilot.pause()
        area.drawn.clear()
        await pilot.press(*keys)
        await pilot.pause()
        return set(area.drawn)


async def test_use_7_a_letter_redraws_every_line_of_a_plain_text_area() -> None:
    """What the adapter works around: the repaint of ``selection`` (set by every edit)."""
    assert await _drawn_after(_Spy("one\ntwo\nthree"), "x") == set(range(6))


async def test_use_7_a_letter_or_a_cursor_move_redraws_only_the_lines_it_touched() -> None:
    assert await _drawn_after(_LineSpy("one\ntwo\nthree"), "x") == {1}
    assert await _drawn_after(_LineSpy("one\ntwo\nthree"), "right") == {1}
    assert await _drawn_after(_LineSpy("one\ntwo\nthree"), "down") == {1, 2}


EDITS = [
    *"ab",
    "enter",
    *"cd",
    "up",
    "end",
    "backspace",  # within a line
    "home",
    "backspace",  # joins two lines
    "shift+down",
    "x",  # a selection over two lines replaced
    *"a long line that wraps",  # soft-wrapped: its second line appears
    "ctrl+z",
    "ctrl+y",
    "ctrl+z",
    "shift+up",
    "delete",
    "end",
    "delete",  # joins the next line
    "down",
    "down",
    *"日本a",  # wide letters: two cells each
    "left",
    "left",
    "backspace",
    "x",
    "right",
    "right",
    "home",
    "delete",
]


def _cells(app: App[None]) -> list[list[tuple[str, Style | None]]]:
    """Every cell on the screen with its style: the cursor and the selection are styles."""
    return [
        [(char, segment.style) for segment in strip for char in segment.text]
        for strip in app.screen._compositor.render_strips()
    ]


async def _picture(area: _Spy) -> list[list[list[tuple[str, Style | None]]]]:
    pictures = []
    async with _Field(area).run_test(size=(40, 10)) as pilot:
        area.focus()
        await pilot.pause()
        for key in EDITS:
            await pilot.press(key)
            await pilot.pause()
            pictures.append(_cells(pilot.app))
        area.load_text("new\ntext")
        await pilot.pause()
        pictures.append(_cells(pilot.app))
    return pictures


async def test_use_7_the_field_shows_what_a_plain_text_area_shows_after_every_key() -> None:
    text = "one\ntwo\nthree\nfour"
    expected = await _picture(_Spy(text))
    assert await _picture(_LineSpy(text)) == expected


# -- use 8: Input.content_width sets the field's virtual_size ----------------------------------


class _Fields(App[None]):
    def __init__(self, field: Input) -> None:
        super().__init__()
        self.field = field

    def compose(self) -> ComposeResult:
        yield self.field


async def _layouts_while_typing(field: Input, text: str) -> tuple[int, str, int]:
    """How often the screen was laid out while ``text`` was typed into ``field`` (20 cells
    wide), what the field then shows, and how far it scrolled."""
    app = _Fields(field)
    async with app.run_test(size=(20, 3)) as pilot:
        field.focus()
        await pilot.pause()
        layouts = 0
        screen = app.screen
        original = screen._refresh_layout

        def counted(*args: object, **kwargs: object) -> None:
            nonlocal layouts
            layouts += 1
            original(*args, **kwargs)  # type: ignore[arg-type]

        screen._refresh_layout = counted  # type: ignore[method-assign]
        await pilot.press(*text)
        await pilot.pause()
        shown = "".join(s.text for s in screen._compositor.render_strips())
        return layouts, shown, field.scroll_offset.x


async def test_use_8_a_plain_input_lays_the_screen_out_at_every_letter() -> None:
    """What the adapter works around: ``Input._watch_value`` sets ``virtual_size`` (a reactive
    with ``layout=True``) from ``content_width``."""
    assert "content_width" in inspect.getsource(Input._watch_value)
    layouts, _, _ = await _layouts_while_typing(Input(compact=True), "abcdef")
    assert layouts >= 6


async def test_use_8_a_steady_input_does_not_while_the_text_fits_and_still_scrolls() -> None:
    layouts, _, scrolled = await _layouts_while_typing(SteadyInput(compact=True), "abcdef")
    assert layouts == 0 and scrolled == 0
    long = "abcdefghijklmnopqrstuvwxyz"  # longer than the field: it scrolls as a plain one
    plain = await _layouts_while_typing(Input(compact=True), long)
    steady = await _layouts_while_typing(SteadyInput(compact=True), long)
    assert steady[1:] == plain[1:] and steady[2] > 0


async def _drawn_without_component_styles(area: TextArea) -> list[Strip]:
    """The field drawn once as the app shows it, then as if its component styles were not
    resolved yet (the styles and the cache of what they resolve to)."""
    from textual.geometry import Region

    async with _Field(area).run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        drawn = area.render_lines(Region(0, 1, 24, 1))
        assert "one" in drawn[0].text
        area._component_styles.clear()
        area._rich_style_cache.clear()
        return area.render_lines(Region(0, 1, 24, 2))


async def test_use_9_a_text_area_drawn_without_its_component_styles_stops_the_app() -> None:
    """What the adapter works around (Textualize/textual#6528): a ``TextArea`` drawn before its
    component styles are resolved raises (and the app stops)."""
    with pytest.raises(KeyError, match="text-area--gutter"):
        await _drawn_without_component_styles(TextArea("one"))


async def test_use_9_a_line_repaint_text_area_draws_blank_lines_until_they_are_there() -> None:
    drawn = await _drawn_without_component_styles(LineRepaintTextArea("one"))
    assert [strip.text for strip in drawn] == [" " * 24] * 2  # in the field's own colours
