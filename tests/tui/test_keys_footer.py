"""The footer (widgets/keys_footer.py) repaints when the keys it shows change, not when the
focus moves between widgets that leave them as they are; it wraps again at a new width."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from desistkit_tui.widgets.keys_footer import KeysFooter
from tests.tui.helpers import make_app, make_vault, settle, unlock


class CountingFooter(KeysFooter):
    def __init__(self) -> None:
        super().__init__(palette=False, app_keys=False)
        self.renders = 0

    def render(self) -> Text:
        self.renders += 1
        return super().render()


class Field(Input):
    BINDINGS = [Binding("f6", "noop", "Shown by the field")]

    def action_noop(self) -> None:
        pass


class FooterApp(App[None]):
    BINDINGS = [Binding(f"f{n}", "noop", f"Key number {n}") for n in range(1, 6)]

    def compose(self) -> ComposeResult:
        yield Input(id="first")
        yield Input(id="second")
        yield Field(id="third")
        yield CountingFooter()

    def action_noop(self) -> None:
        pass


async def test_a_focus_change_that_leaves_the_keys_repaints_nothing() -> None:
    app = FooterApp()
    async with app.run_test(size=(100, 10)) as pilot:
        footer = app.query_one(CountingFooter)
        await pilot.pause()
        before = footer.renders
        app.query_one("#second").focus()
        await pilot.pause()
        assert footer.renders == before
        app.query_one("#third").focus()  # its own key joins the footer
        await pilot.pause()
        assert footer.renders > before
        assert "f6 Shown by the field" in str(footer.render())


async def test_a_narrower_terminal_wraps_the_case_lists_keys_onto_another_line(
    tmp_path: Path,
) -> None:
    """The footer asks for no repaint of its own on a resize: Textual lays it out again."""
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(140, 24)) as pilot:
        await unlock(pilot)
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        assert footer.size.height == 1
        await pilot.resize_terminal(50, 24)
        await settle(pilot)
        assert footer.size.height == 2
        assert len(str(footer.render()).splitlines()) == 2
