"""What the CLI's commands share: passphrase input, one-line errors, opening the vault.

Typed errors (:class:`~desistkit_tui.core.errors.DesistKitError`, skipped decks) are worded by
:func:`error_text` in the interface language, chosen as for the TUI (``--lang``,
``DESISTKIT_LANG``, the locale); the CLI's own texts (help, prompts, reports) stay English.

Passphrases come from the terminal (no echo), ``--passphrase-file PATH`` (``-`` for standard
input) or ``--passphrase-fd N`` — never from argv or a plain environment variable, which other
users of a shared server can read in ``ps`` or ``/proc``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from desistkit_tui.core.vault import kdf

if TYPE_CHECKING:
    from desistkit_tui.core.errors import Described
    from desistkit_tui.core.settings import LoadedSettings
    from desistkit_tui.core.vault.kdf import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault


def settings_of(ctx: typer.Context) -> LoadedSettings:
    """The settings file as the root command read it (read now if it did not)."""
    obj = ctx.find_root().obj
    loaded = obj.get("settings") if isinstance(obj, dict) else None
    if loaded is None:
        from desistkit_tui.core.settings import load_settings

        loaded = load_settings()
    return loaded


def vault_path(ctx: typer.Context) -> Path:
    """The vault every command works on: ``--vault``, then ``DESISTKIT_VAULT``, then the
    settings file's ``vault``, then the default (:func:`desistkit_tui.core.paths.resolve_vault`).
    The one place a command finds it: ``vault verify`` or ``case erase`` must never reach
    another vault than the TUI and ``case list`` do."""
    from desistkit_tui.core.paths import resolve_vault

    obj = ctx.find_root().obj
    explicit = obj.get("vault") if isinstance(obj, dict) else None
    return resolve_vault(explicit, settings_of(ctx).settings.vault_path())


#: The help of ``--label`` (``init``, ``vault add-key``): a slot label is not secret.
SLOT_LABEL_HELP = (
    "Name of the key slot, shown in `vault keys` and the audit log and stored unencrypted in "
    'vault.toml (readable without a passphrase): use initials or a role ("cw-2", '
    '"team lead"), not a full name.'
)
PassFile = Annotated[
    Path | None,
    typer.Option(
        "--passphrase-file",
        help="Read the passphrase from the first line of this file ('-': standard input).",
        allow_dash=True,
    ),
]
PassFd = Annotated[
    int | None,
    typer.Option("--passphrase-fd", help="Read the passphrase from this open file descriptor."),
]


# `case basis CODE`: the options that record a legal basis (checked in cli_legal.py).
BasisKindOpt = Annotated[
    str | None,
    typer.Option(
        "--kind", help="Record the basis: consent, statutory-task, other or to-be-recorded."
    ),
]
GivenOpt = Annotated[
    str | None, typer.Option("--given", help="Consent: the day it was given (YYYY-MM-DD).")
]
ScopeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--scope",
        help="Consent covers (repeat): counselling-records, card-sessions, case-conference, "
        "handover.",
    ),
]
RecipientOpt = Annotated[
    list[str] | None,
    typer.Option("--recipient", help="An agency, by role, never a name (repeat)."),
]
ConsentLangOpt = Annotated[
    str | None, typer.Option("--consent-language", help="The consent text's language code.")
]
NoteOpt = Annotated[
    str | None, typer.Option("--note", help="The law or mandate, or what 'other' is.")
]
WithdrawOpt = Annotated[
    str | None,
    typer.Option("--withdraw", help="Record a withdrawal of consent on this day (YYYY-MM-DD)."),
]


# The options' ranges are the bounds every key slot is held to (kdf.py, docs/vault-format.md).
KdfMemory = Annotated[
    int | None,
    typer.Option(
        "--kdf-memory-mib",
        min=1,
        max=kdf.MAX_MEMORY_KIB // 1024,
        help="Argon2id memory in MiB (see vault tune).",
    ),
]
KdfIterations = Annotated[
    int | None,
    typer.Option(
        "--kdf-iterations",
        min=kdf.MIN_ITERATIONS,
        max=kdf.MAX_ITERATIONS,
        help="Argon2id passes (see vault tune).",
    ),
]
KdfLanes = Annotated[
    int | None,
    typer.Option(
        "--kdf-lanes",
        min=kdf.MIN_LANES,
        max=kdf.MAX_LANES,
        help="Argon2id lanes (see vault tune).",
    ),
]


def kdf_params(
    memory_mib: int | None, iterations: int | None, lanes: int | None, base: KdfParams
) -> KdfParams | None:
    """The Argon2id settings the ``--kdf-…`` options ask for, the rest taken from ``base``;
    ``None`` when no option was given. Weak settings are allowed, with a warning; settings
    outside the bounds (memory × passes too, which no single option's range can check)
    raise :class:`~desistkit_tui.core.errors.KdfBounds` before anything is written."""
    if memory_mib is None and iterations is None and lanes is None:
        return None
    params = kdf.KdfParams(
        iterations=iterations or base.iterations,
        lanes=lanes or base.lanes,
        memory_kib=memory_mib * 1024 if memory_mib else base.memory_kib,
    )
    if params.weak:
        typer.echo(
            "desistkit: warning: these key-derivation settings are weak (tests only)", err=True
        )
    return params


#: The root's ``--lang`` (None: not given), kept for :func:`error_text`.
_lang_option: str | None = None
_lang_configured = ""


def remember_language(lang: str | None, configured: str = "") -> None:
    """Keep the root's ``--lang`` (and the settings file's language) for wording errors
    (main() words them after the command)."""
    global _lang_option, _lang_configured
    _lang_option = lang
    _lang_configured = configured


def error_language() -> str:
    """The interface language, as the TUI would choose it; English if that setting is wrong
    (the command that needs it says so; an error is never lost to a bad ``--lang``)."""
    from desistkit_tui.core.config import ui_language

    try:
        return ui_language(_lang_option, os.environ, _lang_configured)
    except ValueError:
        return "en"


def print_settings_problems(loaded: LoadedSettings) -> None:
    """Each problem of the settings file, one line on standard error (the command goes on
    with the defaults for them)."""
    for problem in loaded.problems:
        typer.echo(f"desistkit: warning: {error_text(problem)}", err=True)


def error_text(error: BaseException | Described) -> str:
    """A typed error in the interface language: what happened — what to do, one line."""
    from desistkit_tui.core.errors import describe
    from desistkit_tui.core.i18n import Localizer

    return describe(error, Localizer.create(error_language()))


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one line to stderr and exit non-zero."""
    typer.echo(f"desistkit: {message}", err=True)
    raise typer.Exit(code)


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].removesuffix("\r")


def read_secret(file: Path | None, fd: int | None, prompt: str, *, confirm: bool = False) -> Secret:
    """A passphrase from the file, the descriptor, or the terminal (asked twice if confirm)."""
    from desistkit_tui.core.vault.secret import Secret

    if file is not None and fd is not None:
        fail("give --passphrase-file or --passphrase-fd, not both")
    if file is not None:
        try:
            text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"cannot read the passphrase file {file}: {exc.strerror}")
        return _non_empty(Secret.from_text(_first_line(text)))
    if fd is not None:
        try:
            with os.fdopen(fd, "r", encoding="utf-8", closefd=False) as stream:
                return _non_empty(Secret.from_text(_first_line(stream.read())))
        except OSError as exc:
            fail(f"cannot read the passphrase from descriptor {fd}: {exc.strerror}")
    if not sys.stdin.isatty():
        fail("no terminal to ask for the passphrase — use --passphrase-file or --passphrase-fd")
    import getpass

    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        fail("the two passphrases differ; nothing was changed")
    return _non_empty(Secret.from_text(first))


def read_new_secret(file: Path | None, fd: int | None, prompt: str) -> Secret:
    """A new passphrase (asked twice at a terminal) that meets the passphrase policy
    (:func:`desistkit_tui.core.passphrase.check_new`); refused ones are wiped."""
    from desistkit_tui.core.passphrase import check_new

    secret = read_secret(file, fd, prompt, confirm=True)
    try:
        check_new(secret)
    except BaseException:
        secret.wipe()
        raise
    return secret


def _non_empty(secret: Secret) -> Secret:
    if not secret:
        fail("the passphrase is empty")
    return secret


#: The vaults this command unlocked: their warnings (work done, but e.g. its audit entry not
#: written) are printed when it ends, by :func:`print_warnings` (main() calls it).
_opened: list[Vault] = []


def opened(vault: Vault) -> Vault:
    """Have ``vault``'s warnings printed when the command ends (:func:`unlock` does this)."""
    _opened.append(vault)
    return vault


#: The key slot ``--slot`` named (``None``: the remembered one, else each in turn).
_slot: list[str | None] = [None]


def use_slot(label: str | None) -> None:
    """The root's ``--slot``: every unlock of this command tries that slot only."""
    _slot[0] = label


def unlock(vault_path: Path, file: Path | None, fd: int | None) -> Vault:
    """Unlock the vault, asking for the passphrase (or recovery key) as configured.

    The slot this OS user opened the vault with last is tried alone, unless ``--slot`` names
    one (:mod:`desistkit_tui.core.slot_memory`): a wrong passphrase costs one derivation.
    """
    from desistkit_tui.core.slot_memory import SlotMemory
    from desistkit_tui.core.vault.store import Vault, read_header

    read_header(vault_path)  # a missing or damaged vault fails before any prompt
    secret = read_secret(file, fd, "Passphrase or recovery key")
    text = secret.reveal().decode("utf-8")
    secret.wipe()
    # Vault.unlock tells a recovery key from a passphrase.
    return opened(Vault.unlock(vault_path, text, slot_label=_slot[0], memory=SlotMemory.default()))


def print_warnings() -> None:
    """Print (to stderr) the warnings of the vaults this command opened, once each."""
    for vault in _opened:
        for warning in vault.warnings:
            text = error_text(warning)
            cause = getattr(warning, "cause", None)
            if isinstance(cause, BaseException):
                text += f" ({error_text(cause)})"
            typer.echo(f"desistkit: warning: {text}", err=True)
        vault.warnings.clear()
    _opened.clear()
