"""Finding, reading and building every deck: shipped ones first, then the user's.

:func:`load_content` never fails because of one broken deck: the deck is skipped and a
:class:`~desistkit_tui.core.errors.ContentProblem` says why. Call it once at start-up
and pass the :class:`~desistkit_tui.core.content.model.ContentSet` around.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desistkit_tui.core import languages
from desistkit_tui.core.compat import Traversable
from desistkit_tui.core.content.model import (
    Catalogue,
    ContentSet,
    Deck,
    DeckTexts,
    FtlFile,
)
from desistkit_tui.core.content.parse import FileKind, ParsedFile, parse_structure
from desistkit_tui.core.content.validate import Built, build_catalogue, build_deck
from desistkit_tui.core.errors import ContentError, ContentProblem, ContentWarning
from desistkit_tui.core.paths import config_dir
from desistkit_tui.core.resources import decks_root

_STRUCTURE_FILES: dict[str, FileKind] = {"catalogue.toml": "catalogue", "deck.toml": "cards"}
_BOM = b"\xef\xbb\xbf"


def user_decks_dir(config: Path | None = None) -> Path:
    """Where user decks are looked for: ``<config dir>/decks``.

    The config dir is ``$DESISTKIT_CONFIG_DIR`` if set, else the platform's (XDG) one.
    """
    return (config if config is not None else config_dir()) / "decks"


@dataclass(frozen=True, slots=True)
class _Folder:
    name: str
    display: str
    root: Traversable
    user: bool


@dataclass(slots=True)
class _Source:
    """One deck folder as read from disk."""

    folder: _Folder
    kind: FileKind | None = None
    parsed: ParsedFile | None = None
    files: list[FtlFile] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[ContentWarning] = field(default_factory=list)

    @property
    def deck_id(self) -> str:
        header = self.parsed.header if self.parsed is not None else None
        return header.id if header is not None else self.folder.name


def _read_text(entry: Traversable, display: str, source: _Source) -> str | None:
    try:
        data = entry.read_bytes()
    except OSError as exc:
        message = f"cannot read it: {exc.strerror or exc} — check its permissions"
        source.errors.append(ContentError(display, None, None, message))
        return None
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
        source.warnings.append(
            ContentWarning(display, None, 1, "starts with a BOM; save as UTF-8 without BOM")
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        source.errors.append(ContentError(display, None, line, "not UTF-8 text — save it as UTF-8"))
        return None


def _read_folder(folder: _Folder) -> _Source:
    source = _Source(folder)
    try:
        entries = sorted((e for e in folder.root.iterdir() if e.is_file()), key=lambda e: e.name)
    except OSError as exc:
        message = f"cannot read the folder: {exc.strerror or exc} — check its permissions"
        source.errors.append(ContentError(folder.display, None, None, message))
        return source
    structures = [e for e in entries if e.name in _STRUCTURE_FILES]
    if len(structures) > 1:
        message = "holds both catalogue.toml and deck.toml — a deck folder holds one of them"
        source.errors.append(ContentError(folder.display, None, None, message))
        return source
    for entry in structures:
        display = f"{folder.display}/{entry.name}"
        text = _read_text(entry, display, source)
        if text is not None:
            source.kind = _STRUCTURE_FILES[entry.name]
            source.parsed = parse_structure(text, display, source.kind)
            header = source.parsed.header
            if header is not None and header.id != folder.name:
                line = header.locator.line("deck", None, "id")
                message = f'deck id "{header.id}" differs from its folder name "{folder.name}"'
                source.warnings.append(ContentWarning(display, "id", line, message))
    for entry in entries:
        if not entry.name.endswith(".ftl"):
            continue
        display = f"{folder.display}/{entry.name}"
        lang = entry.name.removesuffix(".ftl")
        if not languages.is_supported(lang):
            known = ", ".join(languages.codes())
            message = f'"{lang}" is not a supported language ({known}); file ignored'
            source.warnings.append(ContentWarning(display, None, None, message))
            continue
        text = _read_text(entry, display, source)
        if text is not None:
            source.files.append(FtlFile(lang, display, text, folder.user))
    return source


def _shipped_folders(root: Traversable) -> list[_Folder]:
    return [
        _Folder(entry.name, f"decks/{entry.name}", entry, user=False)
        for entry in sorted(root.iterdir(), key=lambda e: e.name)
        if entry.is_dir() and not entry.name.startswith((".", "_"))
    ]


def _user_folders(path: Path) -> list[_Folder]:
    """One deck folder, or a folder of deck folders (a folder that cannot be listed: itself)."""
    if not path.is_dir():
        return []
    if any((path / name).is_file() for name in _STRUCTURE_FILES):
        return [_Folder(path.name, str(path), path, user=True)]
    try:
        entries = sorted(path.iterdir())
    except OSError:
        return [_Folder(path.name, str(path), path, user=True)]  # reported by _read_folder
    return [
        _Folder(entry.name, str(entry), entry, user=True)
        for entry in entries
        if entry.is_dir() and not entry.name.startswith((".", "_"))
    ]


def _build(
    kind: FileKind,
    deck_id: str,
    sources: Sequence[_Source],
    catalogues: dict[str, Catalogue],
    strict: bool,
) -> tuple[Built[Catalogue] | Built[Deck], DeckTexts]:
    parts = [s.parsed for s in sources if s.parsed is not None]
    texts = DeckTexts(deck_id, tuple(f for s in sources for f in s.files))
    built: Built[Catalogue] | Built[Deck]
    if not parts:  # the structure file could not be read (not UTF-8, unreadable)
        built = Built(errors=[e for s in sources for e in s.errors])
        if not built.errors:
            message = "no deck.toml or catalogue.toml could be read"
            built.errors.append(ContentError(sources[0].folder.display, None, None, message))
        return built, texts
    if kind == "catalogue":
        built = build_catalogue(parts, texts, strict)
    else:
        built = build_deck(parts, texts, catalogues, strict)
    read_errors = [e for s in sources for e in s.errors]
    if read_errors:
        built.errors[:0] = read_errors
        built.value = None
    return built, texts


@dataclass(slots=True)
class _Loader:
    strict: bool
    catalogues: dict[str, Catalogue] = field(default_factory=dict)
    decks: dict[str, Deck] = field(default_factory=dict)
    texts: dict[str, DeckTexts] = field(default_factory=dict)
    origins: dict[str, tuple[str, ...]] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)
    warnings: list[ContentWarning] = field(default_factory=list)

    def skip(
        self,
        deck_id: str,
        source: _Source,
        errors: Sequence[ContentError],
        extension: bool = False,
    ) -> None:
        problem = ContentProblem(deck_id, source.folder.display, tuple(errors), extension)
        self.problems.append(problem)

    def skip_because(
        self, deck_id: str, source: _Source, message: str, extension: bool = False
    ) -> None:
        error = ContentError(source.folder.display, None, None, message)
        self.skip(deck_id, source, [error], extension)

    def group(self, kind: FileKind, deck_id: str, group: Sequence[_Source]) -> None:
        """Build one deck from its shipped folder and the user folders that extend it."""
        base, *extensions = group
        if base.kind is None and not base.errors:
            message = f'no deck.toml or catalogue.toml, and no deck "{deck_id}" to add texts to'
            self.skip_because(deck_id, base, message)
            return
        built, texts = _build(kind, deck_id, [base], self.catalogues, self.strict)
        if built.value is None:
            self.skip(deck_id, base, built.errors)
            for extension in extensions:
                self.skip_because(
                    deck_id, extension, f'extends deck "{deck_id}", which did not load'
                )
            return
        accepted = [base]
        for extension in extensions:
            if extension.kind not in (None, kind):
                message = f'"{deck_id}" is a {kind} deck; this folder cannot extend it'
                self.skip_because(deck_id, extension, message, extension=True)
                continue
            trial, trial_texts = _build(
                kind, deck_id, [*accepted, extension], self.catalogues, self.strict
            )
            if trial.value is None:
                self.skip(deck_id, extension, trial.errors, extension=True)
                continue
            accepted.append(extension)
            built, texts = trial, trial_texts
        self.warnings.extend(built.warnings)
        if isinstance(built.value, Catalogue):
            self.catalogues[deck_id] = built.value
        elif isinstance(built.value, Deck):
            self.decks[deck_id] = built.value
        self.texts[deck_id] = texts
        self.origins[deck_id] = tuple(s.folder.display for s in accepted)

    def run(self, sources: Sequence[_Source]) -> None:
        groups: dict[str, list[_Source]] = {}
        for source in sources:
            self.warnings.extend(source.warnings)
            groups.setdefault(source.deck_id, []).append(source)
        for group in groups.values():
            group.sort(key=lambda s: s.kind is None)  # stable: structure before texts-only
        for kind in ("catalogue", "cards"):
            for deck_id, group in groups.items():
                group_kind = group[0].kind
                if group_kind == kind or (group_kind is None and kind == "cards"):
                    self.group(kind, deck_id, group)


def load_content(
    user_dir: Path | None = None,
    *,
    user_decks: bool = True,
    shipped: Traversable | None = None,
    strict: bool = False,
) -> ContentSet:
    """Load, validate and index every deck; broken decks are skipped and reported.

    ``user_dir`` is a folder of user deck folders (or one deck folder); by default
    :func:`user_decks_dir`. ``user_decks=False`` reads shipped content only. ``shipped``
    replaces the shipped ``decks/`` folder (tests). ``strict`` also parses every non-English
    Fluent file, so syntax errors there count as errors (``desistkit deck check``); without it
    they are left to the resolver, which falls back to English.

    Raises :class:`FileNotFoundError` only when the shipped content itself is missing.
    """
    root = shipped if shipped is not None else decks_root()
    folders = _shipped_folders(root)
    resolved_user_dir: Path | None = None
    if user_decks:
        resolved_user_dir = user_dir if user_dir is not None else user_decks_dir()
        folders += _user_folders(resolved_user_dir)
    loader = _Loader(strict)
    loader.run([_read_folder(folder) for folder in folders])
    return ContentSet(
        catalogues=MappingProxyType(loader.catalogues),
        decks=MappingProxyType(loader.decks),
        texts=MappingProxyType(loader.texts),
        problems=tuple(loader.problems),
        warnings=tuple(dict.fromkeys(loader.warnings)),
        user_dir=resolved_user_dir,
        origins=MappingProxyType(loader.origins),
    )


@cache
def default_content() -> ContentSet:
    """The shipped decks plus the user's, loaded on first call and kept for the process.

    The app calls this once at start-up (or passes a :func:`load_content` result around);
    tests that change ``DESISTKIT_CONFIG_DIR`` call ``default_content.cache_clear()``.
    """
    return load_content()
