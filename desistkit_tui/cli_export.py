"""Printing and exporting from the CLI: ``deck print`` and ``case report|handout|summary|export``.

Only Typer is imported at start-up; each command imports the export layer when it runs. Every
command writes through :func:`desistkit_tui.core.export.deliver` (0600, temp file and rename,
no overwrite without ``--force``, audit entry without content) and says where the file is and
whether it is encrypted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from desistkit_tui.cli_io import fail
from desistkit_tui.core import languages
from desistkit_tui.core.languages import AddressForm, GenderForm

if TYPE_CHECKING:
    from desistkit_tui.core.export import Delivered, Encryption

_LANGS = ", ".join(languages.codes())

Output = Annotated[
    Path, typer.Option("--output", "-o", help="Where to write it (a new file or folder).")
]
Force = Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")]
EncryptTo = Annotated[
    list[str] | None,
    typer.Option(
        "--encrypt-to",
        help="Write an age file for this recipient (age1…); give it once per recipient.",
    ),
]
EncryptToFile = Annotated[
    Path | None,
    typer.Option(
        "--encrypt-to-file", help="Write an age file for the recipients listed in this file."
    ),
]
PassphraseProtect = Annotated[
    bool,
    typer.Option(
        "--passphrase-protect",
        help="Write an age file protected by a passphrase (asked at the terminal).",
    ),
]
ExportPassFile = Annotated[
    Path | None,
    typer.Option(
        "--export-passphrase-file",
        help="With --passphrase-protect: read that passphrase from this file's first line.",
    ),
]


def encryption_of(
    encrypt_to: list[str] | None,
    encrypt_to_file: Path | None,
    passphrase_protect: bool,
    passphrase_file: Path | None = None,
) -> Encryption | None:
    """The ``--encrypt-to…`` / ``--passphrase-protect`` options as an :class:`Encryption`
    (recipients checked now, before anything is decrypted or built)."""
    from desistkit_tui.core.export import Encryption
    from desistkit_tui.core.export.encrypt import check_recipients, recipients_from_file

    recipients = list(encrypt_to or [])
    if encrypt_to_file is not None:
        recipients += recipients_from_file(encrypt_to_file)
    if recipients and passphrase_protect:
        fail("give --encrypt-to/--encrypt-to-file or --passphrase-protect, not both")
    if recipients:
        return Encryption(check_recipients(recipients))
    if encrypt_to_file is not None:
        fail(f"{encrypt_to_file} lists no recipient")
    if not passphrase_protect:
        if passphrase_file is not None:
            fail("--export-passphrase-file needs --passphrase-protect")
        return None
    from desistkit_tui.cli_io import read_secret

    secret = read_secret(passphrase_file, None, "Passphrase for the export", confirm=True)
    try:
        text = secret.reveal().decode("utf-8")
    finally:
        secret.wipe()
    if len(text) < 10:
        fail("a passphrase for an export needs at least 10 characters")
    return Encryption(passphrase=text)


def report_delivered(done: Delivered) -> None:
    """Tell where the export is and whether it is encrypted."""
    if done.encrypted:
        how = (
            "encrypted with a passphrase"
            if done.record.encryption == "age-passphrase"
            else "encrypted for the given age recipients"
        )
        typer.echo(f"Wrote {done.path} ({how}; open it with `age -d`).")
    else:
        typer.echo(f"Wrote {done.path}")
        typer.echo(
            "It is NOT encrypted: keep it where only you can read it, and delete it when it "
            "is no longer needed."
        )


def deck_print(
    deck: Annotated[str, typer.Argument(help="The deck id (see `deck list`).")] = "desistcards",
    lang: Annotated[str, typer.Option("--lang", help=f"Card language: {_LANGS}.")] = "en",
    output: Output = Path("cards.pdf"),
    address: Annotated[AddressForm, typer.Option(help="How the person is addressed.")] = (
        AddressForm.FORMAL
    ),
    gender: Annotated[GenderForm, typer.Option(help="The person's gender form.")] = (
        GenderForm.UNSPECIFIED
    ),
    layout: Annotated[
        str, typer.Option("--layout", help="Cards per A4 sheet: 8-up, 4-up or 1-up.")
    ] = "8-up",
    one_sided: Annotated[
        bool,
        typer.Option("--one-sided", help="Fronts and backs on separate sheets (no duplex)."),
    ] = False,
    card: Annotated[
        str | None, typer.Option("--card", help="Only this card, on one page (for slides).")
    ] = None,
    force: Force = False,
) -> None:
    """Print a deck as an A4 PDF with cut marks (fronts, mirrored backs, a cover)."""
    from desistkit_tui.cli_content import _check_lang, _load
    from desistkit_tui.core.export import ExportRecord, Purpose, deliver, document_time
    from desistkit_tui.core.export.cards import LAYOUTS, PrintOptions, print_deck, print_single_card
    from desistkit_tui.core.i18n import Localizer, Wording

    _check_lang(lang)
    if layout not in LAYOUTS:
        fail(f"unknown layout {layout!r} — use one of {', '.join(LAYOUTS)}")
    content = _load()
    if deck not in content.decks:
        fail(f"no card deck {deck!r} — decks: {', '.join(content.decks) or 'none'}")
    the_deck = content.decks[deck]
    if card is not None and not the_deck.has_card(card):
        fail(f"deck {deck} has no card {card!r} — `desistkit deck show {deck}` lists them")
    loc = Localizer.create(lang, content).with_case(lang, Wording(address, gender))
    created = document_time()
    if card is not None:
        data = print_single_card(loc, the_deck, card, lang, created)
    else:
        data = print_deck(loc, the_deck, PrintOptions(lang, layout, one_sided), created)
    options = [f"deck={deck}", f"lang={lang}", f"layout={layout}", f"address={address.value}"]
    options += [f"gender={gender.value}"] + (["one-sided"] if one_sided else [])
    options += [f"card={card}"] if card else []
    record = ExportRecord(Purpose.DECK, "pdf", "", tuple(options))
    done = deliver(data, output, record, force=force)
    typer.echo(f"Wrote {done.path}")
