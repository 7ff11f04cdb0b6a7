"""The error catalogue: one home for every error class, and each one's messages in all six
languages, rendering without Fluent errors (desistkit_tui/core/errors/, locales/*/errors.ftl)."""

from __future__ import annotations

import errno
import importlib
import pickle
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fluent.runtime import FluentBundle, FluentResource

import desistkit_tui
from desistkit_tui.core import languages
from desistkit_tui.core.content import load_content
from desistkit_tui.core.errors import (
    AuditBusy,
    AuditNotWritten,
    BadRecipient,
    BadRecoveryKey,
    CaseBusy,
    Conflict,
    ContentError,
    ContentProblem,
    Damage,
    DeckNotInstalled,
    DesistKitError,
    DiskFull,
    DuplicateCase,
    ErrorArg,
    ExportError,
    ExportExists,
    ExportFailed,
    ExportRefused,
    FlowError,
    HeaderMissing,
    KdfBounds,
    KeySlotError,
    NoSuchCase,
    NoVault,
    PassphraseTooShort,
    PassphraseTooWeak,
    ReadOnlyCase,
    Recoverable,
    RekeyUnfinished,
    RolledBack,
    Schema,
    SchemaError,
    SettingsProblem,
    StorageError,
    TamperedFile,
    UnsupportedVersion,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultReadOnly,
    WrongPassphrase,
    class_message_ids,
    describe,
    english,
    error_classes,
    message_ids,
)
from desistkit_tui.core.i18n.check import check_language
from desistkit_tui.core.resources import locales_root

PATH = "cases/0123456789abcdef/sessions/1767000000000-00000001.toml.enc"
_OS = OSError(errno.EBUSY, "Device or resource busy")


def _deck_problem(count: int, extension: bool = False) -> ContentProblem:
    errors = tuple(ContentError("decks/x/deck.toml", "id", n, "broken") for n in range(count))
    return ContentProblem("x", "/home/u/decks/x", errors, extension)


#: Every error class with examples that use each of its messages (variants, plural forms).
SAMPLES: dict[type[DesistKitError], list[DesistKitError]] = {
    DesistKitError: [DesistKitError()],
    VaultError: [VaultError()],
    NoVault: [NoVault("/srv/vault")],
    HeaderMissing: [HeaderMissing("/srv/vault")],
    VaultExists: [VaultExists("/srv/vault"), VaultExists("/srv/vault", not_empty=True)],
    WrongPassphrase: [WrongPassphrase()],
    BadRecoveryKey: [
        *(BadRecoveryKey("length", groups=6, size=5, length=n) for n in (0, 1, 2, 5, 21, 22)),
        BadRecoveryKey("character", group=1, char="U"),
        BadRecoveryKey("typo", group=6),
    ],
    TamperedFile: [TamperedFile(PATH, damage) for damage in Damage],
    UnsupportedVersion: [UnsupportedVersion(PATH, 2)],
    SchemaError: [
        SchemaError(PATH, "held_on", Schema.MISSING),
        SchemaError(PATH, "mood", Schema.UNKNOWN_KEY),
        SchemaError.wrong_type(PATH, "seed", "int", "12"),
        SchemaError(PATH, "language", Schema.UNKNOWN_VALUE, value="xx"),
        SchemaError(PATH, "seed", Schema.OUT_OF_RANGE, low=0, high=2**31 - 1),
        SchemaError(PATH, "round", Schema.TOO_SMALL, low=1),
        SchemaError(PATH, "created", Schema.NO_TIME_ZONE),
        SchemaError(PATH, "cards", Schema.REPEATED),
        SchemaError(PATH, "piles", Schema.INVALID),
        SchemaError(PATH, "schema", Schema.NO_MIGRATION, schema=1, document="case"),
    ],
    DeckNotInstalled: [DeckNotInstalled(PATH, "retired-deck")],
    SettingsProblem: [
        SettingsProblem("unreadable", file=PATH, line=0, key="", detail="Permission denied"),
        SettingsProblem("syntax", file=PATH, line=3, key="", detail="Expected '=' after a key"),
        SettingsProblem("unknown-key", file=PATH, line=2, key="colour"),
        SettingsProblem("wrong-type", file=PATH, line=4, key="autosave_seconds", expected="number"),
        SettingsProblem(
            "bad-value", file=PATH, line=1, key="language", value="fr", allowed="en, de"
        ),
        SettingsProblem("unknown-binding", file=PATH, line=7, key="keys.flow.nxt"),
        SettingsProblem(
            "key-clash",
            file=PATH,
            line=8,
            key="keys.flow.next",
            keys="f3",
            first="flow.next",
            second="flow.back",
        ),
        SettingsProblem(
            "unknown-theme", file=PATH, line=2, key="theme", value="neon", allowed="textual-dark"
        ),
    ],
    VaultLocked: [VaultLocked()],
    CaseBusy: [CaseBusy("K-2026-014")],
    ReadOnlyCase: [ReadOnlyCase("K-2026-014")],
    Conflict: [
        Conflict("case-changed", code="K-2026-014"),
        Conflict("session-exists", session="1767000000000-00000001"),
    ],
    DiskFull: [DiskFull(PATH)],
    ExportError: [ExportError()],
    ExportExists: [ExportExists("/home/cw/report.pdf")],
    ExportFailed: [
        ExportFailed("/home/cw/report.pdf", OSError(errno.ENOSPC, "No space left on device")),
        ExportFailed("/home/cw/report.pdf", OSError(errno.EACCES, "Permission denied")),
        ExportFailed("/home/cw/report.pdf", OSError(errno.EROFS, "Read-only file system")),
        ExportFailed("/home/cw/x/report.pdf", cause="no-folder"),
        ExportFailed("/home/cw/report.pdf", _OS),
    ],
    BadRecipient: [BadRecipient("age1nope")],
    StorageError: [
        StorageError("read", PATH, OSError(errno.EACCES, "Permission denied")),
        StorageError("write", PATH, OSError(errno.EROFS, "Read-only file system")),
        StorageError("lock", PATH, _OS),
        StorageError("verify", PATH),
    ],
    NoSuchCase: [NoSuchCase("K-2026-999")],
    DuplicateCase: [DuplicateCase("K-2026-014")],
    KeySlotError: [
        KeySlotError("no-such-slot", slot="bob"),
        KeySlotError("several-slots", slot="anna"),
        KeySlotError("label-taken", label="anna"),
        KeySlotError("last-passphrase"),
        KeySlotError("slot-in-use"),
        KeySlotError("rekey-needs-passphrase"),
    ],
    PassphraseTooShort: [PassphraseTooShort(10), PassphraseTooShort(1), PassphraseTooShort(22)],
    PassphraseTooWeak: [PassphraseTooWeak()],
    VaultReadOnly: [VaultReadOnly(DiskFull("audit"))],
    KdfBounds: [
        KdfBounds("iterations", value=0, low=1, high=1000),
        KdfBounds("lanes", value=65, low=1, high=64),
        KdfBounds("memory", value=2**21, low=32, high=2**20),
        KdfBounds("cost", value=2**27, low=32, high=2**26),
    ],
    AuditBusy: [AuditBusy()],
    VaultBusy: [VaultBusy()],
    AuditNotWritten: [AuditNotWritten("case-created", DiskFull("audit/0000000014.toml.enc"))],
    RekeyUnfinished: [RekeyUnfinished(DiskFull("audit/0000000014.toml.enc"))],
    Recoverable: [
        Recoverable("incomplete-case", path="cases/.new-0123456789abcdef"),
        *(Recoverable("uncounted-sessions", code="K-2026-014", count=n) for n in (1, 2, 5, 22)),
        Recoverable("finished-draft", path=PATH),
        Recoverable("temp-file", path="tmp/.case.toml.enc.0123456789ab.tmp"),
        Recoverable("loose-permissions", path="cases", mode="0755"),
        Recoverable("unfinished-rekey"),
    ],
    RolledBack: [
        RolledBack("case-deleted", code="K-2026-014"),
        RolledBack("case-older", code="K-2026-014", rev=3, expected=7),
        *(RolledBack("session-missing", code="K-2026-014", count=n) for n in (1, 2, 5, 22)),
        RolledBack("index-lost"),
    ],
    FlowError: [
        FlowError("no-factors"),
        FlowError("no-step", step=12),
        FlowError("not-a-factor-step"),
        FlowError("no-factor"),
        FlowError("unknown-field", field="mood"),
        FlowError("factor-not-included", factor="scene-ties"),
        FlowError("nothing-recorded"),
    ],
    ExportRefused: [
        ExportRefused("no-basis", purpose="report"),
        ExportRefused("no-note", purpose="summary"),
        ExportRefused("withdrawn", purpose="handover", date="2026-11-30"),
        *(
            ExportRefused("not-in-scope", purpose=p)
            for p in ("report", "summary", "handover", "deck")
        ),
        ExportRefused("no-recipient", purpose="handover"),
        ExportRefused("recipient-not-named", purpose="handover", recipient="probation service"),
    ],
}
PROBLEMS = [_deck_problem(n, ext) for n in (1, 2, 3, 5, 21, 22, 100) for ext in (False, True)]


def _import_everything() -> None:
    """Every module of the package, so that a subclass defined anywhere would be seen."""
    for info in pkgutil.walk_packages(desistkit_tui.__path__, "desistkit_tui."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def _bundle(lang: str) -> FluentBundle:
    """All UI files of one language, as the app bundles them (read here with fluent itself)."""
    bundle = FluentBundle([lang], use_isolating=False)
    folder = locales_root() / lang
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ftl"):
            bundle.add_resource(FluentResource(entry.read_text(encoding="utf-8")))
    return bundle


def _formatter(bundle: FluentBundle, lang: str) -> Callable[..., str]:
    """A strict ``ui``: the message must exist in ``lang`` itself and format cleanly."""

    def ui(msg_id: str, /, **args: ErrorArg) -> str:
        assert bundle.has_message(msg_id), f"{lang}: {msg_id} is missing"
        pattern = bundle.get_message(msg_id).value
        assert pattern is not None, f"{lang}: {msg_id} has no value"
        text, errors = bundle.format_pattern(pattern, dict(args))
        assert not errors, f"{lang}: {msg_id} {args}: {errors}"
        return str(text)

    return ui


def test_every_error_class_lives_in_core_errors_and_has_samples() -> None:
    _import_everything()
    classes = list(error_classes())
    assert len(classes) == len(set(classes)) >= 20
    home = "desistkit_tui.core.errors."
    assert {c for c in classes if not c.__module__.startswith(home)} == set()
    assert set(classes) == set(SAMPLES), "give each new error class samples here"
    for cls, samples in SAMPLES.items():
        used = {s.msg_id for s in samples if type(s) is cls}
        own = set(class_message_ids(cls)) - {cls.hint_id}
        assert used == own, f"{cls.__name__}: samples miss {own - used}"


@pytest.mark.parametrize("lang", languages.codes())
def test_every_error_renders_in_every_language(lang: str) -> None:
    ui = _formatter(_bundle(lang), lang)
    for sample in [s for samples in SAMPLES.values() for s in samples]:
        text = describe(sample, ui)
        assert "\n" not in text and text.strip() == text, text
        assert "{" not in text and "error-" not in text, text
        if sample.hint_id is not None:
            ui(sample.hint_id, **sample.msg_args)  # the hint exists on its own too
    for problem in PROBLEMS:
        text = describe(problem, ui)
        assert problem.errors[0].location in text and problem.source in text
    # a foreign exception is told as an internal error, with its type only
    assert "KeyError" in describe(KeyError("a secret"), ui)
    assert "a secret" not in describe(KeyError("a secret"), ui)


@pytest.mark.parametrize("lang", languages.codes())
def test_each_storage_cause_has_its_own_hint(lang: str) -> None:
    ui = _formatter(_bundle(lang), lang)
    hints = {
        cause: ui("error-storage-hint", cause=cause, oserror="Device or resource busy")
        for cause in StorageError.causes
    }
    assert len(set(hints.values())) == len(hints), hints
    assert "Device or resource busy" in hints["other"]


@pytest.mark.parametrize("lang", [lang for lang in languages.codes() if lang != "en"])
def test_errors_are_translated_not_copied(lang: str) -> None:
    ui, en = _formatter(_bundle(lang), lang), _formatter(_bundle("en"), "en")
    for sample in [s for samples in SAMPLES.values() for s in samples]:
        assert describe(sample, ui) != describe(sample, en), sample


def test_str_is_the_english_rendering_and_errors_travel() -> None:
    en = _formatter(_bundle("en"), "en")
    for sample in [s for samples in SAMPLES.values() for s in samples]:
        assert str(sample) == describe(sample, en) == describe(sample, english)
        copy: Any = pickle.loads(pickle.dumps(sample))
        assert (type(copy), copy.msg_id, copy.msg_args, str(copy)) == (
            type(sample),
            sample.msg_id,
            sample.msg_args,
            str(sample),
        )
    assert str(WrongPassphrase()) == (
        "That passphrase did not unlock the vault — check caps lock and the keyboard layout, "
        "then try again"
    )
    assert TamperedFile(PATH).path == PATH and isinstance(TamperedFile(PATH), VaultError)
    assert isinstance(FlowError("no-factors"), ValueError)  # callers may still catch that
    with pytest.raises(ValueError, match="no variant"):
        Conflict("typo-in-the-variant")


def test_english_errors_stand_alone_in_errors_ftl() -> None:
    """str() formats from locales/en/errors.ftl only: every error message is there, and
    nothing else is (no message of another file, no leftover)."""
    resource = FluentResource((locales_root() / "en" / "errors.ftl").read_text(encoding="utf-8"))
    defined = {entry.id.name for entry in resource.body if hasattr(entry, "id")}
    assert defined == set(message_ids())


def test_locale_check_requires_every_error_message(tmp_path: Path) -> None:
    content = load_content(user_decks=False)
    (tmp_path / "en").mkdir()
    text = (locales_root() / "en" / "errors.ftl").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith("error-audit-busy-hint")]
    (tmp_path / "en" / "errors.ftl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    report = check_language(content, "en", locales=tmp_path, errors=True)
    assert [(f.file, f.key) for f in report.errors] == [
        ("locales/en/errors.ftl", "error-audit-busy-hint")
    ]
    assert check_language(content, "en", errors=True).errors == ()  # the shipped files
