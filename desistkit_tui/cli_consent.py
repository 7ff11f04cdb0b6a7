"""``desistkit consent print``: the consent page for the person, on paper (issue 18).

No vault is needed: the page is a blank consent text in the person's language and wording,
listing every purpose, for the person to read before agreeing and to keep. It is written
through :func:`desistkit_tui.core.export.deliver` (0600, temp file and rename, no overwrite
without ``--force``). Only Typer is imported until the command runs.
"""

from __future__ import annotations

from typing import Annotated

import typer

from desistkit_tui.cli_export import Force, Output
from desistkit_tui.cli_io import fail
from desistkit_tui.core import languages
from desistkit_tui.core.languages import AddressForm, GenderForm

consent_app = typer.Typer(
    help="The consent page the person reads and keeps: print it.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
_LANGS = ", ".join(languages.codes())


@consent_app.callback()
def _consent_group() -> None:
    """The consent page the person reads and keeps: print it."""


@consent_app.command("print")
def consent_print(
    lang: Annotated[str, typer.Option("--lang", help=f"The person's language: {_LANGS}.")],
    output: Output,
    address: Annotated[AddressForm, typer.Option(help="How the person is addressed.")] = (
        AddressForm.FORMAL
    ),
    gender: Annotated[GenderForm, typer.Option(help="The person's gender form.")] = (
        GenderForm.UNSPECIFIED
    ),
    fmt: Annotated[str, typer.Option("--format", help="pdf or md.")] = "pdf",
    force: Force = False,
) -> None:
    """Write the consent page (one page, every purpose listed) in the person's language and
    wording, to hand to the person before they agree."""
    from desistkit_tui.cli_export import _format, _render
    from desistkit_tui.core.export import ExportRecord, Purpose, deliver, document_time
    from desistkit_tui.core.export.consent_page import blank_consent_document
    from desistkit_tui.core.i18n import Localizer, Wording

    if not languages.is_supported(lang):
        fail(f"unknown language {lang!r} — use one of {_LANGS}")
    fmt = _format(fmt)
    loc = Localizer.create(lang).with_case(lang, Wording(address, gender))
    data = _render(blank_consent_document(loc, document_time()), fmt)
    options = (f"lang={lang}", f"address={address.value}", f"gender={gender.value}")
    done = deliver(data, output, ExportRecord(Purpose.HANDOUT, fmt, "", options), force=force)
    typer.echo(f"Wrote {done.path}")
