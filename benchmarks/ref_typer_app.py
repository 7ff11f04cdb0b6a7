"""Reference for figure 7: a minimal two-command Typer app (same venv, same Typer).

``python benchmarks/ref_typer_app.py --help`` is timed against ``desistkit --help``. It is
configured like ``desistkit_tui.cli`` (no completion, no pretty exceptions, no Rich markup) so
the ratio shows what our CLI adds, not what Typer's options cost.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    help="A minimal two-command Typer app.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    typer.echo(f"hello {name}")


@app.command()
def bye(name: str = "world") -> None:
    """Say goodbye."""
    typer.echo(f"bye {name}")


if __name__ == "__main__":
    app()
