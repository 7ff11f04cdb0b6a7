"""The case report: profile, development, changes, reflections, goals, card sessions.

Built as a :class:`~.document.Document` in the caseworker's UI language (the person's own
words stay as they were written). :class:`ReportOptions` leaves out the person's own words,
the caseworker's view, or both; what is left out is never built into the document at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desistkit_tui.core.cards import EntryState, answer_text, card_face
from desistkit_tui.core.development import compare, development
from desistkit_tui.core.export.case_data import CaseData
from desistkit_tui.core.export.document import (
    Block,
    BulletList,
    Chart,
    Document,
    Heading,
    Paragraph,
    Series,
    Table,
)
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Case, Reflection, Relevance


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the report leaves out."""

    own_words: bool = True
    caseworker_view: bool = True

    @property
    def names(self) -> tuple[str, ...]:
        """The options as the audit entry names them."""
        return (("no-own-words",) if not self.own_words else ()) + (
            ("no-caseworker-view",) if not self.caseworker_view else ()
        )


def level_name(loc: Localizer, value: Relevance) -> str:
    """A relevance rating in words (the screens' symbols are not in the PDF font)."""
    return loc.ui(f"relevance-{value.value}")


def footer(loc: Localizer, case: Case) -> str:
    return loc.ui("export-footer", code=case.code)


def profile_table(loc: Localizer, case: Case) -> Table:
    t = loc.ui
    rows = (
        (t("cases-col-code"), case.code),
        (t("cases-col-status"), t(f"status-{case.status.value}")),
        (t("newcase-language"), loc.language_name(case.language)),
        (t("newcase-address"), t(f"address-{case.address.value}")),
        (t("newcase-gender"), t(f"gender-{case.gender.value}")),
        (t("case-created-on"), loc.format_date(case.created)),
        (t("cases-col-last"), loc.format_date(case.last_activity)),
        (t("export-retention"), loc.format_date(case.retention) if case.retention else "—"),
    )
    return Table((t("export-col-field"), t("export-col-value")), rows)


def _level(value: Relevance) -> int | None:
    return value.level


def development_blocks(loc: Localizer, data: CaseData, opts: ReportOptions) -> list[Block]:
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-development"))]
    trends = development(data.reflections)
    if not trends:
        return [*blocks, Paragraph(t("export-development-none"))]
    levels = tuple(loc.ui(f"relevance-{r.value}") for r in (Relevance.NONE, Relevance.SOME))
    levels += (loc.ui("relevance-high"),)
    for trend in trends:
        series = [Series(t("export-person-view"), tuple(_level(p.person) for p in trend.points))]
        if opts.caseworker_view:
            series.append(
                Series(
                    t("export-caseworker-view"),
                    tuple(_level(p.caseworker) for p in trend.points),
                    dashed=True,
                )
            )
        dates = tuple(loc.format_date(p.held_on, "short") for p in trend.points)
        blocks.append(Chart(loc.factor_title(trend.factor), dates, levels, tuple(series)))
    return blocks


def change_blocks(loc: Localizer, data: CaseData) -> list[Block]:
    t = loc.ui
    found = data.reflections
    blocks: list[Block] = [Heading(t("export-changes"))]
    if len(found) < 2:
        return [*blocks, Paragraph(t("export-development-none"))]
    first, last = found[0], found[-1]
    blocks.append(
        Paragraph(
            t(
                "export-changes-between",
                first=loc.format_date(first.held_on),
                last=loc.format_date(last.held_on),
            )
        )
    )
    rows: list[tuple[str, str, str]] = []
    for change in compare(first, last):
        title = loc.factor_title(change.factor)
        rows += [(title, t("compare-need-to-resource"), i) for i in change.needs_now_resources]
        rows += [(title, t("export-resource-grew"), i) for i in change.resources_added]
        eased = [i for i in change.needs_gone if i not in change.needs_now_resources]
        rows += [(title, t("export-need-eased"), i) for i in eased]
    if not rows:
        return [*blocks, Paragraph(t("export-changes-none"))]
    header = (t("export-col-factor"), t("export-col-change"), t("export-col-item"))
    return [*blocks, Table(header, tuple(rows))]


def reflection_blocks(
    loc: Localizer, reflection: Reflection, case: Case, opts: ReportOptions
) -> list[Block]:
    """One reflection, factor by factor (what the options leave out is not built)."""
    t = loc.ui
    head = t("summary-held-on", date=loc.format_date(reflection.held_on))
    if reflection.replaces:
        head += " · " + t("summary-correction")
    blocks: list[Block] = [Heading(head, 3)]
    for entry in reflection.recorded:
        blocks.append(Paragraph(loc.factor_title(entry.factor)))
        views = [f"{t('export-person-view')}: {level_name(loc, entry.person)}"]
        if opts.caseworker_view:
            views.append(f"{t('export-caseworker-view')}: {level_name(loc, entry.caseworker)}")
        items = [" · ".join(views)]
        if entry.resources:
            items.append(f"{t('summary-resources')}: " + "; ".join(entry.resources))
        if entry.needs:
            items.append(f"{t('summary-needs')}: " + "; ".join(entry.needs))
        goals = [g.text for gid in entry.goals if (g := case.goal(gid)) is not None]
        if goals:
            items.append(f"{t('field-goals')}: " + "; ".join(goals))
        blocks.append(BulletList(tuple(items)))
        if opts.own_words and entry.own_words.strip():
            own = f"{t('field-own-words')}: {entry.own_words.strip()}"
            blocks.append(Paragraph(own, quote=True))
        if opts.caseworker_view and entry.view.strip():
            blocks.append(Paragraph(f"{t('export-caseworker-view')}: {entry.view.strip()}"))
    if opts.caseworker_view and reflection.note.strip():
        blocks.append(Paragraph(f"{t('field-note')}: {reflection.note.strip()}"))
    return blocks


def goal_blocks(loc: Localizer, case: Case, opts: ReportOptions) -> list[Block]:
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-goals"))]
    if not case.goals and not case.interventions:
        return [*blocks, Paragraph(t("export-no-goals"))]
    header = [t("export-col-goal")]
    if opts.own_words:
        header.append(t("field-own-words"))
    header += [t("export-col-status"), t("export-col-target"), t("export-col-agreed")]
    rows = []
    for goal in case.goals:
        row = [goal.text] + ([goal.own_words] if opts.own_words else [])
        row += [
            t(f"goal-status-{goal.status.value}"),
            loc.format_date(goal.target) if goal.target else "—",
            loc.format_date(goal.created),
        ]
        rows.append(tuple(row))
    if rows:
        blocks.append(Table(tuple(header), tuple(rows)))
    if case.interventions:
        goals = {g.id: g.text for g in case.goals}
        blocks.append(
            Table(
                (
                    t("export-col-step"),
                    t("export-col-role"),
                    t("export-col-when"),
                    t("export-col-status"),
                    t("export-col-goal"),
                ),
                tuple(
                    (
                        i.what,
                        i.who or "—",
                        loc.format_date(i.when) if i.when else "—",
                        t(f"intervention-status-{i.status.value}"),
                        goals.get(i.goal, "—"),
                    )
                    for i in case.interventions
                ),
            )
        )
    return blocks


def card_blocks(loc: Localizer, data: CaseData, opts: ReportOptions) -> list[Block]:
    t = loc.ui
    blocks: list[Block] = [Heading(t("export-card-sessions"))]
    if not data.card_records:
        return [*blocks, Paragraph(t("export-no-card-sessions"))]
    for record in data.card_records:
        blocks.append(Heading(t("export-card-session", date=loc.format_date(record.held_on)), 3))
        session = data.card_sessions.get(record.id)
        items: list[str] = []
        if session is not None:
            card_loc = loc.for_deck(session.deck)
            for entry in session.entries:
                if entry.state not in (EntryState.OPEN, EntryState.LATER):
                    continue
                if session.card(entry.card) is None:
                    title = entry.card
                else:
                    title = card_face(card_loc, session.deck, entry.card, session.lang).title
                answer = answer_text(session, card_loc, entry)
                line = f"{title}: {answer}" if answer else title
                if opts.caseworker_view and entry.notes.strip():
                    line += f" ({entry.notes.strip()})"
                items.append(line)
        blocks.append(Paragraph(t("export-cards-talked", count=record.cards)))
        if items:
            blocks.append(BulletList(tuple(items)))
        if record.suggested_factors:
            names = ", ".join(loc.factor_title(f) for f in record.suggested_factors)
            blocks.append(Paragraph(f"{t('cards-summary-suggested')}: {names}"))
    return blocks


def case_report(loc: Localizer, data: CaseData, opts: ReportOptions, created: datetime) -> Document:
    """The case report as a document (``loc``: the UI language; ``created``: its time)."""
    t = loc.ui
    case = data.case
    blocks: list[Block] = [Heading(t("export-profile")), profile_table(loc, case)]
    left_out = []
    if not opts.own_words:
        left_out.append(t("export-left-own-words"))
    if not opts.caseworker_view:
        left_out.append(t("export-left-view"))
    if left_out:
        blocks.append(Paragraph(t("export-left-out", what=", ".join(left_out)), small=True))
    blocks += development_blocks(loc, data, opts)
    blocks += change_blocks(loc, data)
    blocks.append(Heading(t("export-reflections")))
    if not data.reflections:
        blocks.append(Paragraph(t("export-no-reflections")))
    for reflection in data.reflections:
        blocks += reflection_blocks(loc, reflection, case, opts)
    blocks += goal_blocks(loc, case, opts)
    blocks += card_blocks(loc, data, opts)
    subtitle = t(
        "export-report-subtitle",
        reflections=len(data.reflections),
        cards=len(data.card_records),
        date=loc.format_date(created),
    )
    return Document(
        title=t("export-report-title", code=case.code),
        lang=loc.ui_lang,
        created=created,
        blocks=tuple(blocks),
        subtitle=subtitle,
        footer=footer(loc, case),
    )
