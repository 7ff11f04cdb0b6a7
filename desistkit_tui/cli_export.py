"""Printing and exporting from the CLI: ``deck print`` and ``case report|handout|summary|export``.

Only Typer is imported at start-up; each command imports the export layer when it runs. Every
command writes through :func:`desistkit_tui.core.export.deliver` (0600, temp file and rename,
no overwrite without ``--force``, audit entry without content) and says where the file is and
whether it is encrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from desistkit_tui.cli_io import PassFd, PassFile, fail
from desistkit_tui.core import languages
from desistkit_tui.core.languages import AddressForm, GenderForm

if TYPE_CHECKING:
    from desistkit_tui.core.content import ContentSet
    from desistkit_tui.core.export import Delivered, Document, Encryption, Payload
    from desistkit_tui.core.export.case_data import CaseData
    from desistkit_tui.core.i18n import Localizer

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


# -- case documents --------------------------------------------------------------------------

Code = Annotated[str, typer.Argument(help="The case code.")]
Format = Annotated[str, typer.Option("--format", help="md or pdf.")]


def _export_case(
    ctx: typer.Context,
    code: str,
    output: Path,
    purpose: str,
    options: list[str],
    build: Callable[[CaseData, ContentSet], Payload],
    *,
    kind: str,
    force: bool,
    encryption: Encryption | None,
    passphrase_file: Path | None,
    passphrase_fd: int | None,
    drafts_and_audit: bool = False,
) -> None:
    """Unlock, read the case, build the export, deliver it (audited), lock."""
    from desistkit_tui.cli_content import _load
    from desistkit_tui.cli_io import unlock, vault_path
    from desistkit_tui.core.export import ExportRecord, Purpose, deliver
    from desistkit_tui.core.export.case_data import read_case_data
    from desistkit_tui.core.legal import check_export

    content = _load()
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        data = read_case_data(vault, code, content.decks, drafts_and_audit=drafts_and_audit)
        payload = build(data, content)
        basis = data.case.legal.kind.value  # the kind only, never the note
        record = ExportRecord(
            Purpose(purpose),
            kind,
            data.case.code,
            tuple(options),
            encryption.label if encryption is not None else "",
        )
        done = deliver(
            payload,
            output,
            record,
            force=force,
            encryption=encryption,
            audit=lambda r: vault.record("case-exported", r.case, basis, r.detail()),
            folder_name=data.case.code.replace("/", "_"),
            gate=lambda r: check_export(data.case.legal, r.purpose),
        )
    finally:
        vault.lock()
    report_delivered(done)


def _format(value: str) -> str:
    if value not in ("md", "pdf"):
        fail(f"unknown format {value!r} — use md or pdf")
    return value


def _render(doc: Document, fmt: str) -> bytes:
    from desistkit_tui.core.export.markdown import render_markdown
    from desistkit_tui.core.export.pdf import render_pdf

    return render_pdf(doc) if fmt == "pdf" else render_markdown(doc).encode("utf-8")


def _ui_localizer(content: ContentSet) -> Localizer:
    from desistkit_tui.cli_io import error_language
    from desistkit_tui.core.i18n import Localizer

    return Localizer.create(error_language(), content)


def case_report(
    ctx: typer.Context,
    code: Code,
    output: Output,
    fmt: Format = "pdf",
    no_own_words: Annotated[
        bool, typer.Option("--no-own-words", help="Leave out the person's own words.")
    ] = False,
    no_caseworker_view: Annotated[
        bool, typer.Option("--no-caseworker-view", help="Leave out the caseworker's view.")
    ] = False,
    force: Force = False,
    encrypt_to: EncryptTo = None,
    encrypt_to_file: EncryptToFile = None,
    passphrase_protect: PassphraseProtect = False,
    export_passphrase_file: ExportPassFile = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Write a case report: profile, development chart, changes, reflections, goals, cards."""
    from desistkit_tui.core.export import document_time
    from desistkit_tui.core.export.case_report import ReportOptions
    from desistkit_tui.core.export.case_report import case_report as build_report

    fmt = _format(fmt)
    encryption = encryption_of(
        encrypt_to, encrypt_to_file, passphrase_protect, export_passphrase_file
    )
    opts = ReportOptions(own_words=not no_own_words, caseworker_view=not no_caseworker_view)

    def build(data: CaseData, content: ContentSet) -> Payload:
        return _render(build_report(_ui_localizer(content), data, opts, document_time()), fmt)

    _export_case(
        ctx,
        code,
        output,
        "report",
        list(opts.names),
        build,
        kind=fmt,
        force=force,
        encryption=encryption,
        passphrase_file=passphrase_file,
        passphrase_fd=passphrase_fd,
    )


def case_handout(
    ctx: typer.Context,
    code: Code,
    output: Output,
    fmt: Format = "pdf",
    next_meeting: Annotated[
        str | None, typer.Option("--next-meeting", help="The next meeting (YYYY-MM-DD).")
    ] = None,
    force: Force = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Write the person's page: goals, next steps, what helps, in their language and form."""
    from datetime import date

    from desistkit_tui.core.export import document_time
    from desistkit_tui.core.export.case_pages import handout
    from desistkit_tui.core.i18n import Localizer, Wording

    fmt = _format(fmt)
    try:
        meeting = date.fromisoformat(next_meeting) if next_meeting else None
    except ValueError:
        fail(f"--next-meeting takes a date as YYYY-MM-DD, not {next_meeting!r}")

    def build(data: CaseData, content: ContentSet) -> Payload:
        case = data.case
        loc = Localizer.create(case.language, content).with_case(
            case.language, Wording(case.address, case.gender)
        )
        return _render(handout(loc, data, document_time(), meeting), fmt)

    options = [f"next-meeting={meeting.isoformat()}"] if meeting else []
    _export_case(
        ctx,
        code,
        output,
        "handout",
        options,
        build,
        kind=fmt,
        force=force,
        encryption=None,
        passphrase_file=passphrase_file,
        passphrase_fd=passphrase_fd,
    )


def case_summary(
    ctx: typer.Context,
    code: Code,
    output: Output,
    fmt: Format = "pdf",
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            help="Include this free-text field (repeat for each): resources, needs, goals, "
            "goal-own-words, steps, roles, own-words, view. Without it: no free text.",
        ),
    ] = None,
    force: Force = False,
    encrypt_to: EncryptTo = None,
    encrypt_to_file: EncryptToFile = None,
    passphrase_protect: PassphraseProtect = False,
    export_passphrase_file: ExportPassFile = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Write a case-conference summary: pseudonymous, roles not names, no free text unless
    --include names it."""
    from desistkit_tui.core.export import document_time
    from desistkit_tui.core.export.case_pages import FREE_TEXT_FIELDS, conference_summary

    fmt = _format(fmt)
    fields = list(dict.fromkeys(include or []))
    unknown = [f for f in fields if f not in FREE_TEXT_FIELDS]
    if unknown:
        fail(f"unknown field {unknown[0]!r} — use one of {', '.join(FREE_TEXT_FIELDS)}")
    encryption = encryption_of(
        encrypt_to, encrypt_to_file, passphrase_protect, export_passphrase_file
    )

    def build(data: CaseData, content: ContentSet) -> Payload:
        loc = _ui_localizer(content)
        return _render(conference_summary(loc, data, document_time(), fields), fmt)

    _export_case(
        ctx,
        code,
        output,
        "summary",
        [f"include={f}" for f in fields],
        build,
        kind=fmt,
        force=force,
        encryption=encryption,
        passphrase_file=passphrase_file,
        passphrase_fd=passphrase_fd,
    )


def case_export(
    ctx: typer.Context,
    code: Code,
    output: Output,
    fmt: Annotated[str, typer.Option("--format", help="folder or zip.")] = "folder",
    force: Force = False,
    encrypt_to: EncryptTo = None,
    encrypt_to_file: EncryptToFile = None,
    passphrase_protect: PassphraseProtect = False,
    export_passphrase_file: ExportPassFile = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Subject access: everything about one case, decrypted, as Markdown and JSON (a folder,
    or a zip; an age file with --encrypt-to or --passphrase-protect)."""
    from desistkit_tui.core.export import document_time
    from desistkit_tui.core.export.subject_access import subject_access_files

    if fmt not in ("folder", "zip"):
        fail(f"unknown format {fmt!r} — use folder or zip")
    encryption = encryption_of(
        encrypt_to, encrypt_to_file, passphrase_protect, export_passphrase_file
    )

    def build(data: CaseData, content: ContentSet) -> Payload:
        return subject_access_files(_ui_localizer(content), data, document_time())

    _export_case(
        ctx,
        code,
        output,
        "subject-access",
        [f"format={fmt}"],
        build,
        kind="zip" if encryption is not None else fmt,
        force=force,
        encryption=encryption,
        passphrase_file=passphrase_file,
        passphrase_fd=passphrase_fd,
        drafts_and_audit=True,
    )


def register_case_commands(case_app: typer.Typer) -> None:
    """Add ``report``, ``handout``, ``summary`` and ``export`` to ``desistkit case``."""
    case_app.command("report")(case_report)
    case_app.command("handout")(case_handout)
    case_app.command("summary")(case_summary)
    case_app.command("export")(case_export)
