"""``desistkit locale check``: how complete and sound each translation is, against English.

Policy: a language with no files at all (no ``ui.ftl``, no deck ``.ftl``, no manual) is
reported as *not yet translated* — a warning, so CI can run the check while only English
exists. A language with any file is checked strictly: missing files or messages, syntax errors,
variables that do not match English and plural selects lacking a category the language needs
are errors; messages still identical to English, messages English does not have and missing
``$address``/``$gender`` variation are warnings. Which languages exist, which CLDR plural rules
they follow and whether their grammar tells address and gender forms apart comes from the
registry, :mod:`desistkit_tui.core.languages`. Every message an error may ask for
(:func:`desistkit_tui.core.errors.message_ids`) must be in English's UI files (``errors.ftl``),
and so, by the rules above, in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from fluent.syntax import ast

from desistkit_tui.core import languages
from desistkit_tui.core.compat import Traversable
from desistkit_tui.core.content import ftl
from desistkit_tui.core.content.model import ContentSet, FtlFile
from desistkit_tui.core.content.msgids import person_facing_ids
from desistkit_tui.core.errors import Severity
from desistkit_tui.core.i18n.cldr import plural_categories
from desistkit_tui.core.i18n.resolver import ui_files
from desistkit_tui.core.languages import REFERENCE
from desistkit_tui.core.resources import locales_root

_ORDER = ("zero", "one", "two", "few", "many", "other")
_PLURAL_KEYWORDS = frozenset(_ORDER)

Status = Literal["reference", "not-translated", "checked"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one language's files."""

    lang: str
    severity: Severity
    file: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        key = f" [{self.key}]" if self.key else ""
        return f"{where}: {self.severity.value}: {self.message}{key}"


@dataclass(frozen=True, slots=True)
class LanguageReport:
    """The outcome for one language."""

    lang: str
    status: Status
    findings: tuple[Finding, ...] = ()
    messages: int = 0
    translated: int = 0

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings that fail the check."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings that only inform."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)


@dataclass(frozen=True, slots=True)
class LocaleReport:
    """The outcome for every language checked."""

    languages: tuple[LanguageReport, ...]

    @property
    def ok(self) -> bool:
        """Whether no language has errors."""
        return not any(r.errors for r in self.languages)


@dataclass(frozen=True, slots=True)
class _Unit:
    """One set of messages to compare: the UI strings or one deck's texts."""

    name: str
    english: tuple[FtlFile, ...]
    translated: tuple[FtlFile, ...]
    expected_path: str
    person_facing: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Collector:
    lang: str
    findings: list[Finding] = field(default_factory=list)

    def add(
        self, severity: Severity, file: str, line: int | None, key: str | None, msg: str
    ) -> None:
        self.findings.append(Finding(self.lang, severity, file, line, key, msg))


#: UI files whose messages speak to the person, not the caseworker (the consent page): checked
#: for ``$address`` variation like a deck's card texts.
PERSON_FACING_UI_FILES = ("consent.ftl",)


def _person_facing_ui(english: Sequence[FtlFile]) -> frozenset[str]:
    names = {f"locales/{REFERENCE}/{name}" for name in PERSON_FACING_UI_FILES}
    return frozenset(m for file in english if file.path in names for m in ftl.messages(file))


def _units(content: ContentSet, root: Traversable, lang: str) -> list[_Unit]:
    english_ui = ui_files(root, REFERENCE)
    facing_ui = _person_facing_ui(english_ui)
    units = [_Unit("ui", english_ui, ui_files(root, lang), f"locales/{lang}/ui.ftl", facing_ui)]
    for deck_id, texts in content.texts.items():
        english = texts.for_lang(REFERENCE)
        model = content.catalogues.get(deck_id) or content.decks.get(deck_id)
        folder = english[0].path.rpartition("/")[0] if english else f"decks/{deck_id}"
        facing = person_facing_ids(model) if model is not None else frozenset()
        units.append(_Unit(deck_id, english, texts.for_lang(lang), f"{folder}/{lang}.ftl", facing))
    return units


def _merged(files: Sequence[FtlFile]) -> dict[str, tuple[FtlFile, ast.Message]]:
    merged: dict[str, tuple[FtlFile, ast.Message]] = {}
    for file in files:
        for msg_id, message in ftl.messages(file).items():
            merged[msg_id] = (file, message)
    return merged


def _duplicate_findings(out: _Collector, unit: _Unit, files: Sequence[FtlFile]) -> None:
    """UI message ids must be unique across the UI files: they are parsed one file at a time
    as messages are needed (:mod:`.bundle`), so which of two would win is not defined."""
    if unit.name != "ui":
        return  # a deck's later file overrides an earlier one on purpose (user decks)
    first_seen: dict[str, FtlFile] = {}
    for file in files:
        for msg_id, message in ftl.messages(file).items():
            first = first_seen.setdefault(msg_id, file)
            if first is not file:
                line = ftl.message_line(file, message)
                out.add(Severity.ERROR, file.path, line, msg_id, f"also defined in {first.path}")


def _source(file: FtlFile, message: ast.Message) -> str:
    value = message.value
    if value is None or value.span is None:
        return ""
    return " ".join(file.text[value.span.start : value.span.end].split())


def _plural_findings(out: _Collector, file: FtlFile, msg_id: str, shape: ftl.Shape) -> None:
    needed = plural_categories(out.lang)
    for select in shape.selects:
        if select.variable is None or select.variable in ftl.WORDING_VARIABLES:
            continue
        words = {k for k in select.keys if not k.replace(".", "", 1).lstrip("-").isdigit()}
        if not words or not words <= _PLURAL_KEYWORDS:
            continue
        missing = sorted(needed - words, key=_ORDER.index)
        if missing:
            branches = ", ".join(f"[{m}]" for m in missing)
            out.add(
                Severity.ERROR,
                file.path,
                select.line,
                msg_id,
                f"plural select on ${select.variable} lacks {branches} — {out.lang} uses "
                f"{', '.join(sorted(needed, key=_ORDER.index))}",
            )


def _compare(
    out: _Collector,
    unit: _Unit,
    en_entry: tuple[FtlFile, ast.Message] | None,
    entry: tuple[FtlFile, ast.Message],
    msg_id: str,
) -> None:
    file, message = entry
    line = ftl.message_line(file, message)
    shape = ftl.shape(file, message)
    _plural_findings(out, file, msg_id, shape)
    if en_entry is None:
        out.add(Severity.WARNING, file.path, line, msg_id, "not in English (obsolete?)")
        return
    en_file, en_message = en_entry
    en_shape = ftl.shape(en_file, en_message)
    for var in sorted(shape.variables - en_shape.variables - ftl.WORDING_VARIABLES):
        out.add(
            Severity.ERROR, file.path, line, msg_id, f"uses ${var}, which English does not pass"
        )
    for var in sorted(en_shape.variables - shape.variables - ftl.WORDING_VARIABLES):
        out.add(
            Severity.ERROR, file.path, line, msg_id, f"does not use ${var}, which English shows"
        )
    english_text = _source(en_file, en_message)
    if english_text and " " in english_text and english_text == _source(file, message):
        out.add(Severity.WARNING, file.path, line, msg_id, "still identical to English")
    language = languages.find(out.lang)
    if (
        language is not None
        and language.distinguishes_gender
        and "gender" in en_shape.selector_variables
        and "gender" not in shape.selector_variables
    ):
        out.add(
            Severity.WARNING, file.path, line, msg_id, "English varies by $gender; this does not"
        )
    if (
        language is not None
        and language.distinguishes_address
        and msg_id in unit.person_facing
        and "address" not in shape.selector_variables
    ):
        out.add(
            Severity.WARNING,
            file.path,
            line,
            msg_id,
            f"speaks to the person but has no $address select ({out.lang} has formal and "
            "informal address)",
        )


def _check_unit(out: _Collector, unit: _Unit) -> tuple[int, int]:
    english = _merged(unit.english)
    if not unit.translated:
        if english:
            out.add(
                Severity.ERROR,
                unit.expected_path,
                None,
                None,
                f"missing file ({len(english)} messages to translate)",
            )
        return len(english), 0
    for file in unit.translated:
        for error in ftl.syntax_errors(file):
            out.add(Severity.ERROR, error.file, error.line, error.key, error.message)
    _duplicate_findings(out, unit, unit.translated)
    translated = _merged(unit.translated)
    for msg_id, (en_file, en_message) in english.items():
        if msg_id not in translated:
            where = f"{en_file.path}:{ftl.message_line(en_file, en_message)}"
            # UI strings: name the file the message belongs in (cards.ftl, reflection.ftl…)
            target = unit.translated[0].path
            if en_file.path.startswith(f"locales/{REFERENCE}/"):
                target = f"locales/{out.lang}/" + en_file.path.rpartition("/")[2]
            out.add(Severity.ERROR, target, None, msg_id, f"missing (English: {where})")
    for msg_id, entry in translated.items():
        _compare(out, unit, english.get(msg_id), entry, msg_id)
    return len(english), sum(1 for m in english if m in translated)


def _error_findings(out: _Collector, ui: dict[str, tuple[FtlFile, ast.Message]]) -> None:
    """Every message of an error class (and of a skipped deck) is in English's UI files."""
    from desistkit_tui.core.errors import message_ids

    path = f"locales/{REFERENCE}/errors.ftl"
    for msg_id in sorted(message_ids() - ui.keys()):
        out.add(Severity.ERROR, path, None, msg_id, "missing: an error uses it (core/errors/)")


def _check_reference(content: ContentSet, root: Traversable, errors: bool) -> LanguageReport:
    out = _Collector(REFERENCE)
    total = 0
    if errors:
        _error_findings(out, _merged(ui_files(root, REFERENCE)))
    for unit in _units(content, root, REFERENCE):
        for file in unit.english:
            for error in ftl.syntax_errors(file):
                out.add(Severity.ERROR, error.file, error.line, error.key, error.message)
        _duplicate_findings(out, unit, unit.english)
        merged = _merged(unit.english)
        total += len(merged)
        for msg_id, (file, message) in merged.items():
            _plural_findings(out, file, msg_id, ftl.shape(file, message))
    return LanguageReport(REFERENCE, "reference", tuple(out.findings), total, total)


def check_language(
    content: ContentSet,
    lang: str,
    *,
    locales: Traversable | None = None,
    errors: bool | None = None,
) -> LanguageReport:
    """Check one language against English (``lang="en"`` checks the reference itself).

    ``errors``: whether English must have every error message (default: for the shipped
    ``locales/`` only, not for a test's folder of a few messages).
    """
    root = locales if locales is not None else locales_root()
    if lang == REFERENCE:
        return _check_reference(content, root, locales is None if errors is None else errors)
    units = _units(content, root, lang)
    has_manual = (root / lang / "manual.md").is_file()
    if not has_manual and not any(u.translated for u in units):
        return LanguageReport(lang, "not-translated")
    out = _Collector(lang)
    total = done = 0
    for unit in units:
        unit_total, unit_done = _check_unit(out, unit)
        total += unit_total
        done += unit_done
    if not has_manual:
        out.add(Severity.WARNING, f"locales/{lang}/manual.md", None, None, "no manual yet")
    else:
        _manual_findings(out, root, lang)
    return LanguageReport(lang, "checked", tuple(out.findings), total, done)


def _headings(text: str) -> list[tuple[int, int]]:
    """(line, level) of each Markdown heading outside code blocks."""
    found: list[tuple[int, int]] = []
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            found.append((number, len(line) - len(line.lstrip("#"))))
    return found


def _manual_findings(out: _Collector, root: Traversable, lang: str) -> None:
    """A translated manual has English's sections, in the same order and at the same levels.

    A warning, not an error: an English section added or moved is a translation to plan, and
    the translated manual still reads well meanwhile.
    """
    english = root / REFERENCE / "manual.md"
    if not english.is_file():
        return
    ours = _headings((root / lang / "manual.md").read_text(encoding="utf-8"))
    theirs = _headings(english.read_text(encoding="utf-8"))
    if [level for _, level in ours] == [level for _, level in theirs]:
        return
    at = next(
        (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a[1] != b[1]),
        min(len(ours), len(theirs)),
    )
    line = ours[at][0] if at < len(ours) else None
    where = theirs[at][0] if at < len(theirs) else None
    out.add(
        Severity.WARNING,
        f"locales/{lang}/manual.md",
        line,
        None,
        f"its sections are out of step with English ({len(ours)} headings, English has "
        f"{len(theirs)}; the first difference is at English line {where or 'end'})",
    )


def check_locales(
    content: ContentSet, langs: Sequence[str] | None = None, *, locales: Traversable | None = None
) -> LocaleReport:
    """Check ``langs`` (default: every language of the registry, the reference first)."""
    chosen = langs if langs is not None else languages.codes()
    return LocaleReport(tuple(check_language(content, lang, locales=locales) for lang in chosen))
