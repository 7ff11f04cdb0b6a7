"""The case overview's exports: report (F8), conference summary (F9), the person's page (F10)
and the subject-access export (F12), each through the export dialog and the one sink; and the
consent page (F10 in the legal-basis dialog: :func:`print_consent`).

The case's data is read in a worker (:meth:`CaseWorkspace.export_data`), the dialog shows the
choice (and the conference summary's preview, free text unticked), and the document is built
and written in a worker again, audited as ``case-exported``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from desistkit_tui.core.errors import describe
from desistkit_tui.core.export import ExportRecord, Payload, Purpose, deliver, document_time
from desistkit_tui.core.export.case_data import CaseData
from desistkit_tui.core.i18n import Localizer, Wording
from desistkit_tui.core.model import Reflection
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.export import ExportChoice, ExportScreen, ExportSpec, write_export

if TYPE_CHECKING:
    from desistkit_tui.app import DesistKitApp
    from desistkit_tui.core.model import Case, LegalBasis
    from desistkit_tui.core.workspace import CaseWorkspace
    from desistkit_tui.screens.base import BaseModal, BaseScreen
    from desistkit_tui.screens.case import CaseScreen


def default_path(code: str, name: str, suffix: str) -> Path:
    """``~/<code>-<name>.<suffix>`` (a ``/`` in the code becomes ``_``)."""
    return Path.home() / f"{code.replace('/', '_')}-{name}{suffix}"


def replace_question(t: Callable[..., str]) -> tuple[str, str, str, str]:
    return (
        t("export-replace-title"),
        t("export-replace-text"),
        t("export-replace-yes"),
        t("export-replace-no"),
    )


def _render(doc: object, fmt: str) -> bytes:
    from desistkit_tui.core.export import Document
    from desistkit_tui.core.export.markdown import render_markdown
    from desistkit_tui.core.export.pdf import render_pdf

    assert isinstance(doc, Document)
    return render_pdf(doc) if fmt == "pdf" else render_markdown(doc).encode("utf-8")


def audit_options(purpose: Purpose, ticked: tuple[str, ...]) -> tuple[str, ...]:
    """The dialog's ticks as the audit entry names them, the same words as the CLI's:
    ``no-own-words`` / ``no-caseworker-view`` for a report, ``include=<field>`` for a
    conference summary."""
    if purpose is Purpose.REPORT:
        from desistkit_tui.core.export.case_report import ReportOptions

        return ReportOptions("own-words" in ticked, "caseworker-view" in ticked).names
    if purpose is Purpose.SUMMARY:
        return tuple(f"include={field}" for field in ticked)
    return ticked


def person_localizer(app: DesistKitApp, data: CaseData) -> Localizer:
    """The person's language and wording as the UI language (the person's page)."""
    case = data.case
    loc = Localizer.create(case.language, app.require_content())
    return loc.with_case(case.language, Wording(case.address, case.gender))


def run_export(
    screen: BaseScreen[Any],
    workspace: CaseWorkspace | None,
    purpose: Purpose,
    spec_of: Callable[[CaseData], ExportSpec],
    build: Callable[[CaseData, ExportChoice], Payload],
    extra: Reflection | None = None,
) -> None:
    """Read the case (worker), ask (dialog), build and write (worker), audited. ``extra``: a
    reflection not saved yet (the one on screen), taken as the newest."""
    session = screen.dk.session
    if workspace is None or session is None:
        return
    decks = screen.dk.require_content().decks
    access = purpose is Purpose.SUBJECT_ACCESS

    def read() -> CaseData:
        data = workspace.export_data(decks, drafts=access)
        if extra is not None and not access:
            data.history = data.history.with_reflection(extra)
        if access:
            data.audit, problems = session.audit_about(data.case.code)
            data.problems += problems
        return data

    def chosen(data: CaseData, choice: ExportChoice | None) -> None:
        if choice is None:
            return
        from desistkit_tui.core.legal import check_export

        options = audit_options(purpose, choice.ticked)
        if choice.day is not None:  # as the CLI's --next-meeting records it
            options += (f"next-meeting={choice.day.isoformat()}",)
        record = ExportRecord(purpose, choice.fmt, data.case.code, options)
        basis = data.case.legal.kind.value  # the kind only, never the note

        def write(force: bool) -> Path:
            done = deliver(
                build(data, choice),
                choice.path,
                record,
                force=force,
                audit=lambda r: session.vault.record("case-exported", r.case, basis, r.detail()),
                folder_name=data.case.code.replace("/", "_"),
                gate=lambda r: check_export(data.case.legal, r.purpose),
            )
            return done.path

        write_export(screen, write, replace_question=replace_question(screen.t))

    def opened(data: CaseData) -> None:
        from dataclasses import replace

        from desistkit_tui.core.errors import ExportRefused
        from desistkit_tui.core.legal import check_export
        from desistkit_tui.screens.case_texts import basis_summary

        try:  # nothing leaves the vault without a basis that covers it (docs/data-protection.md)
            check_export(data.case.legal, purpose)
        except ExportRefused as refused:
            screen.notify(describe(refused, screen.t), severity="error", markup=False)
            return
        basis = screen.t("export-basis", basis=basis_summary(screen.t, data.case.legal))
        spec = replace(spec_of(data), basis=basis)
        screen.app.push_screen(ExportScreen(spec), lambda c: chosen(data, c))

    def failed(error: Failure) -> None:
        screen.notify(describe(error, screen.t), severity="error", markup=False)

    in_background(screen, read, opened, failed)


def export_handout(
    screen: BaseScreen[Any], workspace: CaseWorkspace | None, extra: Reflection | None = None
) -> None:
    """The person's page (F10 on the overview; at the end of a reflection or card session)."""
    from desistkit_tui.core.export.case_pages import handout

    t, app = screen.t, screen.dk

    def spec(data: CaseData) -> ExportSpec:
        path = default_path(data.case.code, "page", ".pdf")
        return ExportSpec(
            t("export-title-handout"), path, day_label=t("export-dialog-next-meeting")
        )

    def build(data: CaseData, choice: ExportChoice) -> Payload:
        doc = handout(person_localizer(app, data), data, document_time(), choice.day)
        return _render(doc, choice.fmt)

    run_export(screen, workspace, Purpose.HANDOUT, spec, build, extra)


def print_consent(screen: BaseModal[Any], case: Case, basis: LegalBasis) -> None:
    """The consent page for ``basis`` (F10 in the legal-basis dialog): in the consent text's
    language (else the person's) and the case's wording, through the export dialog. The page
    is the person's own (purpose ``handout``): the legal-basis check never refuses it."""
    from desistkit_tui.core.consent import consent_page
    from desistkit_tui.core.export.consent_page import consent_document

    session = screen.dk.session
    if session is None:
        return
    lang = basis.language or case.language
    loc = Localizer.create(lang, screen.dk.require_content())
    loc = loc.with_case(lang, Wording(case.address, case.gender))
    doc = consent_document(consent_page(loc, basis, lang), document_time(), footer=case.code)
    spec = ExportSpec(screen.t("export-title-consent"), default_path(case.code, "consent", ".pdf"))

    def chosen(choice: ExportChoice | None) -> None:
        if choice is None:
            return
        record = ExportRecord(Purpose.HANDOUT, choice.fmt, case.code, ("consent", f"lang={lang}"))

        def write(force: bool) -> Path:
            done = deliver(
                _render(doc, choice.fmt),
                choice.path,
                record,
                force=force,
                audit=lambda r: session.vault.record("case-exported", r.case),
            )
            return done.path

        write_export(screen, write, replace_question=replace_question(screen.t))

    screen.app.push_screen(ExportScreen(spec), chosen)


class CaseExports:
    """The export actions of :class:`~desistkit_tui.screens.case.CaseScreen`."""

    def _export(
        self,
        purpose: Purpose,
        spec_of: Callable[[CaseData], ExportSpec],
        build: Callable[[CaseData, ExportChoice], Payload],
    ) -> None:
        screen = cast("CaseScreen", self)  # the mixin's only host
        run_export(screen, screen.workspace, purpose, spec_of, build)

    def action_export_menu(self) -> None:
        """F8: which document (:mod:`.export_menu`), then that document's dialog."""
        from desistkit_tui.screens.export_menu import ExportMenuScreen

        screen = cast("CaseScreen", self)

        def chosen(action: str | None) -> None:
            if action is not None:
                screen.call_later(screen.run_action, action)

        screen.app.push_screen(ExportMenuScreen(), chosen)

    def action_export_report(self) -> None:
        screen = cast("CaseScreen", self)
        from desistkit_tui.core.export.case_report import ReportOptions, case_report

        t, loc = screen.t, screen.loc

        def spec(data: CaseData) -> ExportSpec:
            options = (
                ("own-words", t("export-opt-own-words"), True),
                ("caseworker-view", t("export-opt-view"), True),
            )
            path = default_path(data.case.code, "report", ".pdf")
            return ExportSpec(t("export-title-report"), path, options=options)

        def build(data: CaseData, choice: ExportChoice) -> Payload:
            opts = ReportOptions("own-words" in choice.ticked, "caseworker-view" in choice.ticked)
            return _render(case_report(loc, data, opts, document_time()), choice.fmt)

        self._export(Purpose.REPORT, spec, build)

    def action_export_summary(self) -> None:
        screen = cast("CaseScreen", self)
        from desistkit_tui.core.export.case_pages import FREE_TEXT_FIELDS, conference_summary
        from desistkit_tui.core.export.markdown import render_markdown

        t, loc = screen.t, screen.loc

        def spec(data: CaseData) -> ExportSpec:
            options = tuple((f, t(f"export-field-{f}"), False) for f in FREE_TEXT_FIELDS)

            def preview(ticked: tuple[str, ...]) -> str:
                return render_markdown(conference_summary(loc, data, document_time(), ticked))

            path = default_path(data.case.code, "summary", ".pdf")
            return ExportSpec(t("export-title-summary"), path, options=options, preview=preview)

        def build(data: CaseData, choice: ExportChoice) -> Payload:
            doc = conference_summary(loc, data, document_time(), choice.ticked)
            return _render(doc, choice.fmt)

        self._export(Purpose.SUMMARY, spec, build)

    def action_export_handout(self) -> None:
        screen = cast("CaseScreen", self)
        export_handout(screen, screen.workspace)

    def action_export_access(self) -> None:
        screen = cast("CaseScreen", self)
        from desistkit_tui.core.export.subject_access import subject_access_files

        t, loc = screen.t, screen.loc

        def spec(data: CaseData) -> ExportSpec:
            path = default_path(data.case.code, "access", "")
            return ExportSpec(t("export-title-access"), path, formats=("folder", "zip"))

        def build(data: CaseData, choice: ExportChoice) -> Payload:
            return subject_access_files(loc, data, document_time())

        self._export(Purpose.SUBJECT_ACCESS, spec, build)
