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
    serve: Annotated[
        bool,
        typer.Option(
            "--serve",
            help="Serve the demo to a web browser (textual-serve) instead of this terminal: "
            "each browser tab gets its own throw-away demo. Demo data only.",
        ),
    ] = False,
    host: Annotated[
        str, typer.Option("--host", help="With --serve: the address to listen on.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="With --serve: the port.")] = 8000,
) -> None:
    """Open the app on a throw-away vault of fictional cases (no passphrase, no lock); it is
    deleted when the app closes."""
    if serve:
        _serve(ctx, lang, cards, host, port)
        return
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


#: Why ``demo --serve`` opens no vault (printed when one is named).
REFUSE_VAULT = (
    "desistkit demo --serve shows the demo's fictional cases only and never opens a vault: "
    "a web page can be reached by anyone who can reach the port, and a browser keeps what it "
    "showed. Leave out --vault (and DESISTKIT_VAULT) to serve the demo."
)


def _serve(ctx: typer.Context, lang: str | None, cards: bool, host: str, port: int) -> None:
    """``desistkit demo --serve``: each browser session runs ``desistkit demo`` of its own."""
    import shlex
    import sys

    from desistkit_tui.cli import tui_language

    named = ctx.obj.get("vault") if isinstance(ctx.obj, dict) else None
    if named is not None or os.environ.get("DESISTKIT_VAULT"):
        typer.echo(REFUSE_VAULT, err=True)
        raise typer.Exit(2)
    from textual_serve.server import Server

    ui_lang = tui_language(ctx, lang)
    # The browser's terminal (xterm.js) is UTF-8 and has every colour, whatever this one has.
    env = {"LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "DESISTKIT_LANG": ui_lang}
    argv = [sys.executable, "-m", "desistkit_tui.cli", "demo", "--lang", ui_lang]
    command = " ".join(
        ["env", "-u", "NO_COLOR", "-u", "DESISTKIT_VAULT"]
        + [f"{k}={shlex.quote(v)}" for k, v in env.items()]
        + [shlex.quote(a) for a in argv + (["--cards"] if cards else [])]
    )
    url = f"http://{host}:{port}"
    typer.echo(f"Serving the DesistKit demo (fictional cases only) on {url}")
    typer.echo(f"host {host}, port {port}; Ctrl+C stops it.")
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"Warning: {host} is not this machine only; others can open the demo.", err=True)
    sys.stdout.flush()
    Server(command, host=host, port=port, title="DesistKit demo").serve()
