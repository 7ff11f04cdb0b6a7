"""Nothing leaks through the UI: clipboard, screenshots, crash output, markup, control codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.worker import Worker

from desistkit_tui.core.i18n import Arg, Localizer
from desistkit_tui.core.text import safe
from desistkit_tui.widgets.plain import PlainLabel
from desistkit_tui.widgets.secret_input import SecretInput
from tests.tui.helpers import PASSPHRASE, make_app, make_vault, screen_text, type_text, unlock


async def test_passphrase_never_reaches_the_clipboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(make_vault(tmp_path / "vault"))
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASSPHRASE)
        field = app.screen.query_one(SecretInput)
        field.select_all()
        await pilot.press("ctrl+c", "ctrl+x")
        await pilot.pause()
        assert copied == []
        assert field.value == PASSPHRASE  # cut did not remove (and so did not copy) it
        assert PASSPHRASE not in screen_text(app)  # shown masked


async def test_no_screenshot_command_and_no_screenshot_file(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Quit" in titles
        app.action_screenshot()
        assert app.deliver_screenshot() is None
        await pilot.pause()
    assert not list(tmp_path.rglob("*.svg"))
    assert not list(Path.home().glob("Downloads/*DesistKit*.svg"))


async def test_crash_shows_short_message_without_locals(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))

    def explode() -> None:
        secret_local = "MARKER-LOCAL-VALUE"
        raise RuntimeError(f"boom {len(secret_local)}")

    with pytest.raises(RuntimeError):  # run_test re-raises the app's error for the test
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            vault = app.vault
            assert vault is not None
            app.call_later(explode)
            await pilot.pause()
    assert vault is not None and vault.locked  # the keys were dropped before anything was printed
    printed = capfd.readouterr().err
    assert "internal error" in printed
    assert "MARKER-LOCAL-VALUE" not in printed and "secret_local" not in printed
    assert app.return_code == 1


class _TextApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield PlainLabel(self.text, id="label")


@pytest.mark.parametrize(
    "text",
    ["Weiter mit [Enter]", "[@click=app.quit]quit[/]", "[b]not bold[/b] [red]x[/red]"],
)
async def test_text_is_data_not_markup(text: str) -> None:
    app = _TextApp(text)
    async with app.run_test(size=(60, 5)) as pilot:
        assert text in screen_text(app)
        await pilot.click("#label")
        await pilot.pause()
        assert app.is_running  # the [@click=app.quit] in the text did nothing


class _MarkupLookingText(Localizer):
    """German UI texts, except one message that looks like Rich markup."""

    def __call__(self, msg_id: str, /, **args: Arg) -> str:
        if msg_id == "unlock-passphrase":
            return "Weiter mit [Enter]"
        return super().__call__(msg_id, **args)


async def test_translated_strings_are_not_markup(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault"))
    app.t = _MarkupLookingText.create("de")
    async with app.run_test(size=(80, 24)):
        assert "Weiter mit [Enter]" in screen_text(app)


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("a\x1b]52;c;SGVsbG8=\x07b", "a\ufffd]52;c;SGVsbG8=\ufffdb"),  # OSC 52 clipboard write
        ("x\x1b[2Jy", "x\ufffd[2Jy"),  # clear screen
        ("\u202eevil\u202c", "\ufffdevil\ufffd"),  # bidi override
        ("c1\x9bcsi", "c1\ufffdcsi"),  # C1 CSI
        ("ok äöü ПРИВЕТ", "ok äöü ПРИВЕТ"),
    ],
)
def test_control_characters_are_neutralised(raw: str, cleaned: str) -> None:
    assert safe(raw) == cleaned
    assert safe("line1\nline2\tx", multiline=True) == "line1\nline2\tx"
    assert safe("line1\nline2") == "line1\ufffdline2"


async def test_the_unlock_worker_does_not_carry_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual describes a worker by repr() of its arguments unless told otherwise; that text
    reaches devtools logs and worker errors. The unlock worker gets the passphrase."""
    from textual.dom import DOMNode

    described: list[str] = []
    run_worker = DOMNode.run_worker

    def recording(self: DOMNode, *args: Any, **kwargs: Any) -> Worker[Any]:
        described.append(str(kwargs.get("description", "")))
        return run_worker(self, *args, **kwargs)

    monkeypatch.setattr(DOMNode, "run_worker", recording)
    app = make_app(make_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "wrong passphrase, on purpose")
        await unlock(pilot)
        assert app.vault is not None
    assert "unlock the vault" in described
    assert not [d for d in described if "on purpose" in d or PASSPHRASE in d]


async def test_pasted_text_is_stored_without_control_characters(tmp_path: Path) -> None:
    """A paste (bracketed paste from the SSH client) carries an OSC 52 and a C1 CSI: the field
    gets the text with each control character replaced, so nothing of it is ever saved."""
    from textual import events
    from textual.widgets import Input

    app = make_app(make_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f2")  # new case: the code field has focus
        await pilot.pause()
        app.post_message(events.Paste("K-\x1b]52;c;ZXZpbA==\x07\x9b7"))
        await pilot.pause()
        code = app.screen.query_one("#code", Input).value
    assert code.startswith("K-") and code.endswith("7")
    assert safe(code) == code  # nothing left that a terminal would act on
    assert "\x1b" not in code and "\x9b" not in code
