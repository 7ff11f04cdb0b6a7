"""``desistkit doctor``: is this machine ready for DesistKit, and what to do where it is not.

Each check gives one :class:`Finding` (ok, warning or error) with what to do. Nothing here
needs the passphrase: the key slots' Argon2id parameters are read from ``vault.toml`` and one
derivation with them is timed on a throw-away input. The texts are English, as every CLI
report is; a problem of the settings file or of a user deck is worded by the error layer
(``describe``), in the interface language.
"""

from __future__ import annotations

import os
import platform
import shutil
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desistkit_tui.core.errors import Described, DesistKitError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desistkit_tui.core.errors import SettingsProblem
    from desistkit_tui.core.settings import LoadedSettings
    from desistkit_tui.core.vault.atomic import Modes
    from desistkit_tui.core.vault.header import KeySlot

Status = Literal["ok", "warning", "error"]
#: Unlock times outside this range (seconds) are a warning: too fast is weak against guessing,
#: too slow makes the caseworker wait (docs/architecture.md, Budgets).
UNLOCK_RANGE = (0.3, 2.0)
#: Free space below these (bytes) is a warning, then an error.
DISK_WARNING, DISK_ERROR = 200 * 2**20, 20 * 2**20
#: The libraries whose versions are reported (distribution names).
LIBRARIES = (
    "textual",
    "rich",
    "typer",
    "cryptography",
    "tomli",
    "tomli-w",
    "rtoml",
    "platformdirs",
    "fluent.runtime",
    "fluent.syntax",
    "babel",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the report."""

    check: str
    status: Status
    message: str
    #: What to do (empty when nothing is to be done).
    advice: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


Words = Callable[[Described], str]
#: Checks of the settings that need the app (key map, theme names), given by the CLI: core
#: never imports Textual.
AppChecks = Callable[["LoadedSettings"], list["SettingsProblem"]]


def run(
    *,
    vault: Path,
    environ: Mapping[str, str],
    words: Words,
    explicit_language: str | None = None,
    time_unlock: bool = True,
    app_checks: AppChecks | None = None,
) -> list[Finding]:
    """Every check, in report order. ``words`` renders a typed problem (the CLI's
    ``error_text``); ``time_unlock=False`` skips the Argon2id timing (tests of other checks)."""
    from desistkit_tui.core.settings import load_settings

    loaded = load_settings()
    findings = [*_python(), *_libraries(), *_terminal(environ)]
    findings += _language(environ, explicit_language, loaded.settings.language)
    findings += _vault(vault, time_unlock)
    findings += _settings(loaded, words, app_checks(loaded) if app_checks else [])
    findings += _user_decks(loaded.settings.user_decks_path(), words)
    return findings


def _python() -> Iterator[Finding]:
    version = platform.python_version()
    # Older ones cannot install the package (requires-python); 3.14+ is not tested yet.
    if sys.version_info >= (3, 14):
        yield Finding("python", "warning", f"Python {version}", "3.10 to 3.13 are tested")
    else:
        yield Finding("python", "ok", f"Python {version} ({sys.executable})")


def _libraries() -> Iterator[Finding]:
    from importlib import metadata

    from desistkit_tui import __version__

    found, missing = [f"desistkit-tui {__version__}"], []
    for name in LIBRARIES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            missing.append(name)
    if missing:
        yield Finding(
            "libraries",
            "error",
            f"missing: {', '.join(missing)}",
            "install DesistKit again (README, Offline install)",
        )
    yield Finding("libraries", "ok", ", ".join(found))


def colour_depth(environ: Mapping[str, str]) -> str:
    """What the terminal is likely to show: none, 8/16, 256 or truecolor colours."""
    term = environ.get("TERM", "")
    if "NO_COLOR" in environ:
        return "none (NO_COLOR)"
    if environ.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return "truecolor"
    if "256color" in term:
        return "256"
    if term in ("", "dumb") or term.startswith(("vt100", "vt220")):
        return "none"
    return "8/16"


def _terminal(environ: Mapping[str, str]) -> Iterator[Finding]:
    term = environ.get("TERM", "")
    if not term or term == "dumb":
        yield Finding(
            "terminal",
            "warning",
            f"TERM is {term or 'not set'}",
            "run DesistKit in a terminal (xterm-256color, PuTTY, tmux…); set TERM for it",
        )
    else:
        yield Finding("terminal", "ok", f"TERM={term}")
    depth = colour_depth(environ)
    status: Status = "warning" if depth.startswith("none") else "ok"
    advice = "states are shown with symbols and words too" if status == "warning" else ""
    yield Finding("colours", status, f"colours: {depth}", advice)
    encoding = _encoding(environ)
    if encoding.replace("-", "").lower() == "utf8":
        yield Finding("encoding", "ok", "UTF-8")
    else:
        yield Finding(
            "encoding",
            "warning",
            f"character set {encoding}: non-ASCII text (ä, ł, ш) may show as ?",
            "set LANG=C.UTF-8 (or your language's .UTF-8 locale) and a UTF-8 terminal",
        )
    size = shutil.get_terminal_size(fallback=(0, 0))
    if size.columns == 0:
        yield Finding("size", "warning", "size unknown (not a terminal)", "")
    elif size.columns < 80 or size.lines < 24:
        yield Finding(
            "size",
            "warning",
            f"{size.columns}x{size.lines}",
            "DesistKit is laid out for at least 80x24; enlarge the window",
        )
    else:
        yield Finding("size", "ok", f"{size.columns}x{size.lines}")


def _encoding(environ: Mapping[str, str]) -> str:
    name = next((environ[v] for v in ("LC_ALL", "LC_CTYPE", "LANG") if environ.get(v)), "")
    if not name or name in ("C", "POSIX"):
        return "ASCII (LANG=C)" if name else "ASCII (no locale set)"
    return name.split(".", 1)[1].split("@")[0] if "." in name else "not UTF-8"


def _language(
    environ: Mapping[str, str], explicit: str | None, configured: str
) -> Iterator[Finding]:
    from desistkit_tui.core.config import ui_language

    locale_name = next(
        (environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "not set"
    )
    try:
        picked = ui_language(explicit, environ, configured)
    except ValueError as exc:
        yield Finding("language", "error", str(exc), "fix --lang or DESISTKIT_LANG")
        return
    source = (
        "--lang"
        if explicit
        else "DESISTKIT_LANG"
        if environ.get("DESISTKIT_LANG")
        else "settings file"
        if configured
        else "locale"
    )
    yield Finding("language", "ok", f"locale {locale_name}; interface language {picked} ({source})")


def _vault(path: Path, time_unlock: bool) -> Iterator[Finding]:
    from desistkit_tui.core.vault.atomic import Modes
    from desistkit_tui.core.vault.names import vault_exists

    if not vault_exists(path):
        yield Finding(
            "vault",
            "warning",
            f"no vault at {path}",
            "start `desistkit` (it offers to create one) or `desistkit init`; --vault or "
            "DESISTKIT_VAULT for another folder",
        )
        yield from _disk(path.parent if not path.exists() else path)
        return
    from desistkit_tui.core.vault.store import read_header

    try:
        header = read_header(path).header
    except DesistKitError as exc:
        yield Finding("vault", "error", f"{path}: {exc}", "`desistkit vault verify` says more")
        return
    kind = "team vault" if header.team else "vault"
    yield Finding("vault", "ok", f"{kind} at {path}, {len(header.slots)} key slot(s)")
    yield from _permissions(path, Modes(header.team), header.team)
    yield from _disk(path)
    if time_unlock:
        yield from _unlock_time(header.slots)


def _permissions(path: Path, modes: Modes, team: bool) -> Iterator[Finding]:
    wider: list[str] = []
    foreign: list[str] = []
    uid = os.getuid()
    for item in [path, *sorted(path.rglob("*"))]:
        info = item.lstat()
        if stat.S_ISLNK(info.st_mode):
            continue
        allowed = (modes.folder if stat.S_ISDIR(info.st_mode) else modes.file) & 0o777
        if stat.S_IMODE(info.st_mode) & 0o777 & ~allowed:
            wider.append(f"{item.relative_to(path.parent)} {stat.S_IMODE(info.st_mode):04o}")
        if info.st_uid != uid and not team:
            foreign.append(str(item.relative_to(path.parent)))
    if wider:
        expected = "0660/2770" if team else "0600/0700"
        shown = ", ".join(wider[:3]) + (f" and {len(wider) - 3} more" if len(wider) > 3 else "")
        yield Finding(
            "permissions",
            "warning",
            f"wider than {expected}: {shown}",
            f"chmod -R go-rwx {path}"
            if not team
            else f"chmod -R o-rwx {path} (group access is for the team only)",
        )
    else:
        yield Finding("permissions", "ok", "0660/2770 (team)" if team else "0600/0700")
    if foreign:
        yield Finding(
            "owner",
            "warning",
            f"not yours: {', '.join(foreign[:3])}",
            f"chown -R {os.getuid()} {path}, or open the vault as its owner",
        )
    else:
        yield Finding("owner", "ok", f"owned by uid {uid}")


def _disk(path: Path) -> Iterator[Finding]:
    where = path
    while not where.exists() and where != where.parent:
        where = where.parent
    free = shutil.disk_usage(where).free
    text = f"{free / 2**30:.1f} GiB free" if free >= 2**30 else f"{free // 2**20} MiB free"
    if free < DISK_ERROR:
        yield Finding("disk", "error", text, "free disk space: saving would fail")
    elif free < DISK_WARNING:
        yield Finding("disk", "warning", text, "free disk space soon")
    else:
        yield Finding("disk", "ok", text)


def _unlock_time(slots: Sequence[KeySlot]) -> Iterator[Finding]:
    low, high = UNLOCK_RANGE
    measured: dict[tuple[int, int, int], float] = {}
    for slot in slots:
        params = slot.kdf
        key = (params.memory_kib, params.iterations, params.lanes)
        if key not in measured:
            measured[key] = params.seconds()
        seconds = measured[key]
        text = (
            f"slot {slot.id} ({slot.kind}): {seconds:.2f} s here "
            f"(argon2id m={params.memory_kib // 1024} MiB t={params.iterations} p={params.lanes})"
        )
        if seconds < low:
            yield Finding(
                "unlock",
                "warning",
                text,
                f"faster than {low} s is weak against guessing: `desistkit vault tune`, then "
                "`desistkit vault rekey` with its settings",
            )
        elif seconds > high:
            yield Finding(
                "unlock",
                "warning",
                text,
                f"slower than {high} s: `desistkit vault tune`, then `desistkit vault rekey`",
            )
        else:
            yield Finding("unlock", "ok", text)


def _settings(
    loaded: LoadedSettings, words: Words, more: list[SettingsProblem]
) -> Iterator[Finding]:
    problems = [*loaded.problems, *more]
    if not loaded.exists:
        yield Finding("settings", "ok", f"no settings file ({loaded.path}): defaults")
    elif not problems:
        yield Finding("settings", "ok", str(loaded.path))
    for problem in problems:
        yield Finding("settings", "warning", words(problem), "fix the file, or delete the line")


def _user_decks(configured: Path | None, words: Words) -> Iterator[Finding]:
    from desistkit_tui.core.content import load_content, user_decks_dir

    folder = configured if configured is not None else user_decks_dir()
    if not folder.exists():
        if configured is not None:
            yield Finding(
                "user decks",
                "warning",
                f"{folder} does not exist",
                "create it, or fix user_decks in the settings file",
            )
        else:
            yield Finding("user decks", "ok", f"none ({folder})")
        return
    content = load_content(folder)
    if not content.problems:
        yield Finding("user decks", "ok", f"{folder}")
    for problem in content.problems:
        yield Finding(
            "user decks", "warning", words(problem), f"`desistkit deck check {folder}` says more"
        )
