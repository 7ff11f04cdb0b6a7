"""``desistkit demo``: the app on a throw-away vault of fictional cases (trainings, projectors)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from desistkit_tui.core import languages


def demo(
    ctx: typer.Context,
    cards: Annotated[
        bool, typer.Option("--cards", help="Start in the card mode, without a case.")
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help=f"Interface language: {', '.join(languages.codes())}.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Open the app on a throw-away vault of fictional cases (no passphrase, no lock); it is
    deleted when the app closes."""
    from desistkit_tui.app import create_app
    from desistkit_tui.cli import tui_language
    from desistkit_tui.core.clock import utcnow
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.core.demo import DemoVault
    from desistkit_tui.terminal import terminal_is_utf8
    from desistkit_tui.themes import theme_for_terminal

    ui_lang = tui_language(ctx, lang)
    demo = DemoVault(utcnow().date(), ui_lang)
    try:
        config = AppConfig(vault=demo.vault.root, ui_language=ui_lang, idle_lock_minutes=0)
        app = create_app(
            config,
            demo=demo,
            demo_cards=cards,
            theme=theme_for_terminal(os.environ),
            ascii_only=not terminal_is_utf8(os.environ),
        )
        app.run()
    finally:
        demo.close()
    if app.return_code:
        raise typer.Exit(app.return_code)
