"""The ``desistkit`` command. Without a subcommand it opens the TUI.

Only Typer is imported at start-up: every command imports what it needs when it runs, and the
``vault``, ``consent``, ``deck`` and ``locale`` groups are built only when used, so
``desistkit --help`` stays fast and never loads Textual, the crypto stack or the content.
"""

from __future__ import annotations

import gc

# Start-up makes tens of thousands of objects that live as long as the process (modules,
# classes, Typer's commands, then Textual's); the garbage collector would walk them over and
# over while they are made and free nothing. It is paused while this module loads, and again
# in main() until the command runs or the TUI has been built (see _started()).
_collecting = gc.isenabled()
gc.disable()

import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Annotated, Any  # noqa: E402

import typer  # noqa: E402
from typer.core import TyperGroup  # noqa: E402

from desistkit_tui import __version__  # noqa: E402
from desistkit_tui.cli_case import case_due, case_erase, case_retain  # noqa: E402
from desistkit_tui.cli_cases import case_add, case_basis, case_list  # noqa: E402
from desistkit_tui.cli_demo import demo  # noqa: E402
from desistkit_tui.cli_doctor import doctor  # noqa: E402
from desistkit_tui.cli_io import (  # noqa: E402
    SLOT_LABEL_HELP,
    KdfIterations,
    KdfLanes,
    KdfMemory,
    PassFd,
    PassFile,
    error_text,
    fail,
    kdf_params,
    print_settings_problems,
    print_warnings,
    read_new_secret,
    remember_language,
    settings_of,
    use_slot,
    vault_path,
)
from desistkit_tui.cli_settings import keys  # noqa: E402
from desistkit_tui.core import languages  # noqa: E402

if TYPE_CHECKING:
    from desistkit_tui.app import DesistKitApp
    from desistkit_tui.core.config import AppConfig
    from desistkit_tui.core.settings import LoadedSettings

app = typer.Typer(
    name="desistkit",
    help="DesistKit TUI: CaseReflector, DesistCards and the manual, for distancing work.",
    add_completion=False,
    pretty_exceptions_enable=False,  # its tracebacks print local variables, secrets included
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
case_app = typer.Typer(help="Cases, without the TUI.", no_args_is_help=True)
app.add_typer(case_app, name="case")
case_app.command("list")(case_list)
case_app.command("add")(case_add)
case_app.command("basis")(case_basis)
case_app.command("erase")(case_erase)
case_app.command("due")(case_due)
case_app.command("retain")(case_retain)
app.command("demo")(demo)

#: Command groups built only when used: name -> (module, Typer attribute, the group's help).
#: The help must equal the Typer's own (a test checks): ``desistkit --help`` shows it without
#: importing the module.
LAZY_GROUPS: dict[str, tuple[str, str, str]] = {
    "vault": ("desistkit_tui.cli_vault", "vault_app", "Keys, verification and tuning of a vault."),
    "consent": (
        "desistkit_tui.cli_consent",
        "consent_app",
        "The consent page the person reads and keeps: print it.",
    ),
    "deck": (
        "desistkit_tui.cli_content",
        "deck_app",
        "The card decks and the factor catalogue: list, show, check.",
    ),
    "locale": (
        "desistkit_tui.cli_content",
        "locale_app",
        "Translations: what is missing or unsound in each language.",
    ),
    "config": (
        "desistkit_tui.cli_settings",
        "config_app",
        "The settings file: where it is and what is in effect.",
    ),
}
#: The order of the groups in ``desistkit --help`` (after the plain commands).
GROUP_ORDER = ("vault", "case", "consent", "deck", "locale", "config")


def lazy_typer(name: str) -> typer.Typer:
    """The Typer of a lazily built group (imports its module)."""
    import importlib

    module, attr, _ = LAZY_GROUPS[name]
    sub = getattr(importlib.import_module(module), attr)
    assert isinstance(sub, typer.Typer)
    return sub


class _LazyGroup(TyperGroup):
    """Stands in for a command group until it is used: ``desistkit --help`` needs only its
    name and help; running it builds the real group (as ``add_typer`` would) and hands over."""

    def __init__(self, name: str, help: str) -> None:
        super().__init__(name=name, help=help)

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        from typer.main import get_group_from_info
        from typer.models import TyperInfo

        assert self.name is not None
        group = get_group_from_info(
            TyperInfo(lazy_typer(self.name), name=self.name),
            pretty_exceptions_short=app.pretty_exceptions_short,
            suggest_commands=app.suggest_commands,
            rich_markup_mode=app.rich_markup_mode,
        )
        return group.make_context(info_name, args, parent=parent, **extra)


def command() -> TyperGroup:
    """The whole CLI as one Click group, its lazily built groups standing in."""
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    for name, (_, _, help_) in LAZY_GROUPS.items():
        group.add_command(_LazyGroup(name, help_), name)
    groups = {name: group.commands.pop(name) for name in GROUP_ORDER}
    group.commands.update(groups)
    return group


@contextmanager
def start_up() -> Iterator[None]:
    """Build the app inside this: no garbage collection meanwhile, and what was built (modules,
    classes, styles: they live as long as the process) is then frozen out of the collector's
    sight, so every later full collection walks only what the session makes (~10 ms instead of
    ~60 ms with a 1,000-case list on screen)."""
    gc.disable()
    try:
        yield
    finally:
        _started()


def _started() -> None:
    gc.freeze()
    gc.enable()


VaultOpt = Annotated[
    Path | None,
    typer.Option(
        "--vault",
        help="The vault folder (default: DESISTKIT_VAULT, else the XDG data folder).",
        show_default=False,
    ),
]


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    vault: VaultOpt = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help=f"Interface language: {', '.join(languages.codes())} (default: "
            "DESISTKIT_LANG, else the system locale if the app speaks it, else "
            f"{languages.REFERENCE}).",
            show_default=False,
        ),
    ] = None,
    slot: Annotated[
        str | None,
        typer.Option(
            "--slot",
            help="Unlock with this key slot (its label, see `vault keys`); default: the slot "
            "you opened this vault with last on this account (one key derivation), else each "
            "slot in turn.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """Open the TUI on the vault (it offers to create one on first run)."""
    if version:
        typer.echo(f"desistkit {__version__}")
        raise typer.Exit()
    from desistkit_tui.core.settings import load_settings

    settings = load_settings()
    ctx.obj = {"vault": vault, "lang": lang, "settings": settings, "slot": slot}
    use_slot(slot)
    remember_language(lang, settings.settings.language)
    # Before any passphrase is read or any case decrypted: no core dumps, no tracing.
    from desistkit_tui.core.hardening import harden_process

    harden_process()
    if ctx.invoked_subcommand is None:
        _run_tui(vault_path(ctx), tui_language(ctx), settings, slot)
    else:
        if ctx.invoked_subcommand not in ("config", "doctor", "keys"):  # they report them
            print_settings_problems(settings)
        _started()


def build_tui(config: Callable[[], AppConfig]) -> DesistKitApp:
    """The app as ``desistkit`` starts it: built in :func:`start_up`, with the module of its
    usual first screen (the unlock screen, which loads the vault and the crypto stack in the
    background once it has painted)."""
    with start_up():
        from dataclasses import replace

        import desistkit_tui.screens.unlock  # noqa: F401
        from desistkit_tui import themes
        from desistkit_tui.app import create_app
        from desistkit_tui.core.remembered import remember_theme, start_theme
        from desistkit_tui.terminal import terminal_is_utf8

        settings = config()
        theme = start_theme(
            themes.theme_for_terminal(os.environ),
            settings.theme,
            themes.DEFAULT,
            themes.THEME_NAMES,
        )
        return create_app(
            # Chosen here (the terminal, the file, then memory); an unknown name stays for
            # the app to report with the file's other problems.
            replace(settings, theme="" if settings.theme in themes.THEME_NAMES else settings.theme),
            theme=theme,
            on_theme_change=remember_theme,
            ascii_only=not terminal_is_utf8(os.environ),
        )


def tui_language(ctx: typer.Context, lang: str | None = None) -> str:
    """The interface language for the TUI: ``lang`` (a subcommand's ``--lang``), the root's
    ``--lang``, ``DESISTKIT_LANG``, then the locale."""
    from desistkit_tui.core.config import ui_language

    explicit = lang or (ctx.obj.get("lang") if isinstance(ctx.obj, dict) else None)
    try:
        return ui_language(explicit, os.environ, settings_of(ctx).settings.language)
    except ValueError as exc:
        fail(str(exc))


def _run_tui(vault: Path, lang: str, settings: LoadedSettings, slot: str | None = None) -> None:
    def config() -> AppConfig:
        from desistkit_tui.core.config import AppConfig

        return AppConfig.from_settings(settings, vault=vault, ui_language=lang, unlock_slot=slot)

    app_ = build_tui(config)
    app_.run()
    if app_.return_code:
        raise typer.Exit(app_.return_code)


@app.command()
def init(
    ctx: typer.Context,
    team: Annotated[bool, typer.Option("--team", help="Group-shared folder for a team.")] = False,
    label: Annotated[str, typer.Option(help=SLOT_LABEL_HELP)] = "caseworker",
    kdf_memory_mib: KdfMemory = None,
    kdf_iterations: KdfIterations = None,
    kdf_lanes: KdfLanes = None,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Create a vault. Shows the recovery key once: write it down."""
    from desistkit_tui.core.errors import HeaderMissing
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.names import vault_remains
    from desistkit_tui.core.vault.store import Vault

    path = vault_path(ctx)
    if Vault.exists(path):
        fail(f"there is a vault at {path} already — open it with `desistkit`")
    if vault_remains(path):  # cases without their header: restore it, never init over them
        raise HeaderMissing(str(path))
    defaults = KdfParams()
    kdf = kdf_params(kdf_memory_mib, kdf_iterations, kdf_lanes, defaults) or defaults
    secret = read_new_secret(passphrase_file, passphrase_fd, "New passphrase")
    vault, code = Vault.create(path, secret, label, team=team, kdf=kdf)
    secret.wipe()
    vault.lock()
    typer.echo(f"Created a {'team ' if team else ''}vault at {path}")
    typer.echo("")
    typer.echo("Recovery key (shown only now — write it down and keep it like a key to a safe):")
    typer.echo("")
    typer.echo(f"    {code}")
    typer.echo("")
    typer.echo("It opens the vault if the passphrase is lost. It is not stored anywhere else.")


app.command("doctor")(doctor)
app.command("keys")(keys)


def _register_exports() -> None:
    from desistkit_tui.cli_export import register_case_commands

    register_case_commands(case_app)


_register_exports()


def main() -> None:
    """Console entry point: typed errors become one line; nothing prints a traceback."""
    from desistkit_tui.core.errors import DesistKitError

    gc.disable()  # until the command runs or the TUI is built (root() calls _started())
    try:
        try:
            command()()
        finally:  # what was done is done: say what did not go with it (an audit entry…)
            print_warnings()
    except DesistKitError as exc:
        typer.echo(f"desistkit: {error_text(exc)}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("desistkit: interrupted; nothing half-written was kept", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: no traceback with local variables
        if os.environ.get("DESISTKIT_DEBUG"):
            raise
        typer.echo(
            f"desistkit: internal error ({type(exc).__name__}); your saved data is unchanged. "
            "Run again with DESISTKIT_DEBUG=1 to see where it happened.",
            err=True,
        )
        sys.exit(70)


if _collecting:  # this module has loaded: collect again (main() pauses it once more)
    gc.enable()

if __name__ == "__main__":
    main()
