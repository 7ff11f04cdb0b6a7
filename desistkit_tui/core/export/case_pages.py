"""The person's page (handout) and the case-conference summary.

**The person's page** is in the person's language and address form (``loc`` bound to the
case: :meth:`Localizer.with_case`, UI language = the person's): the goals agreed (in their own
words where recorded), the next steps, the resources they named in the newest reflection, the
next meeting if given. It is built from those fields only: the caseworker's view, relevance
ratings, notes and needs are never read here.

**The conference summary** is pseudonymous, with roles instead of names, one to two pages. It
holds no free text unless the caseworker ticks it, field by field (:data:`FREE_TEXT_FIELDS`):
without any, it shows the structure only (factors, ratings, counts, statuses, dates).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime

from desistkit_tui.core.development import compare
from desistkit_tui.core.export.case_data import CaseData
from desistkit_tui.core.export.case_report import footer, level_name
from desistkit_tui.core.export.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
)
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import GoalStatus, InterventionStatus, item_key

#: The free-text fields a conference summary may include, each only when ticked.
FREE_TEXT_FIELDS: tuple[str, ...] = (
    "resources",
    "needs",
    "goals",
    "goal-own-words",
    "steps",
    "roles",
    "own-words",
    "view",
)
_OPEN_STEPS = (InterventionStatus.PLANNED, InterventionStatus.ACTIVE)


def handout(
    loc: Localizer, data: CaseData, created: datetime, next_meeting: date | None = None
) -> Document:
    """The person's page (``loc``: UI language and wording = the person's)."""
    t = loc.person_ui
    case = data.case
    blocks: list[Block] = [Heading(t("handout-goals"))]
    goals = [g.own_words.strip() or g.text for g in case.goals if g.status is GoalStatus.OPEN]
    blocks.append(BulletList(tuple(goals)) if goals else Paragraph(t("handout-nothing")))
    blocks.append(Heading(t("handout-steps")))
    steps = []
    for item in case.interventions:
        if item.status not in _OPEN_STEPS:
            continue
        parts = [item.what]
        if item.who:
            parts.append(item.who)
        if item.when:
            parts.append(loc.format_date(item.when))
        steps.append(" · ".join(parts))
    blocks.append(BulletList(tuple(steps)) if steps else Paragraph(t("handout-nothing")))
    blocks.append(Heading(t("handout-resources")))
    latest = data.latest
    seen: set[str] = set()
    resources = []
    for entry in latest.recorded if latest is not None else []:
        for resource in entry.resources:
            if item_key(resource) not in seen:
                seen.add(item_key(resource))
                resources.append(resource)
    blocks.append(BulletList(tuple(resources)) if resources else Paragraph(t("handout-nothing")))
    if next_meeting is not None:
        blocks.append(Heading(t("handout-next-meeting-title")))
        blocks.append(Paragraph(loc.format_date(next_meeting, "full")))
    blocks.append(Paragraph(t("handout-closing"), small=True))
    return Document(
        title=t("handout-title"),
        lang=loc.ui_lang,
        created=created,
        blocks=tuple(blocks),
        subtitle=loc.format_date(created, "long"),
        footer=case.code,
    )


def conference_summary(
    loc: Localizer, data: CaseData, created: datetime, include: Collection[str] = ()
) -> Document:
    """The case-conference summary (``include``: the ticked free-text fields)."""
    unknown = set(include) - set(FREE_TEXT_FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    t = loc.ui
    case = data.case
    blocks: list[Block] = []
    latest = data.latest
    if latest is None:
        blocks += [Heading(t("export-current")), Paragraph(t("export-no-reflections"))]
    else:
        blocks.append(Heading(t("export-current-of", date=loc.format_date(latest.held_on))))
        header = (
            t("export-col-factor"),
            t("export-person-view"),
            t("export-caseworker-view"),
            t("summary-resources"),
            t("summary-needs"),
        )
        rows = []
        for entry in latest.recorded:
            resources = (
                "; ".join(entry.resources) if "resources" in include else str(len(entry.resources))
            )
            needs = "; ".join(entry.needs) if "needs" in include else str(len(entry.needs))
            rows.append(
                (
                    loc.factor_title(entry.factor),
                    level_name(loc, entry.person),
                    level_name(loc, entry.caseworker),
                    resources,
                    needs,
                )
            )
        blocks.append(Table(header, tuple(rows)))
        for entry in latest.recorded:
            if "own-words" in include and entry.own_words.strip():
                blocks.append(Paragraph(loc.factor_title(entry.factor), small=True))
                blocks.append(Paragraph(entry.own_words.strip(), quote=True))
            if "view" in include and entry.view.strip():
                blocks.append(
                    Paragraph(
                        f"{loc.factor_title(entry.factor)} — {t('export-caseworker-view')}",
                        small=True,
                    )
                )
                blocks.append(Paragraph(entry.view.strip()))
        found = data.reflections
        if len(found) >= 2:
            changes = compare(found[0], latest)
            grown = sum(len(c.resources_added) for c in changes)
            eased = sum(len(c.needs_gone) for c in changes)
            blocks.append(
                Paragraph(
                    t(
                        "export-since-first",
                        date=loc.format_date(found[0].held_on),
                        grown=grown,
                        eased=eased,
                    )
                )
            )
    blocks.append(Heading(t("export-goals")))
    goal_rows = []
    for n, goal in enumerate(case.goals, start=1):
        text = goal.text if "goals" in include else t("export-goal-n", n=n)
        if "goal-own-words" in include and goal.own_words.strip():
            text += f" — {goal.own_words.strip()}"
        goal_rows.append(
            (
                text,
                t(f"goal-status-{goal.status.value}"),
                loc.format_date(goal.target) if goal.target else "—",
            )
        )
    if goal_rows:
        header3 = (t("export-col-goal"), t("export-col-status"), t("export-col-target"))
        blocks.append(Table(header3, tuple(goal_rows)))
    else:
        blocks.append(Paragraph(t("export-no-goals")))
    blocks.append(Heading(t("export-next-steps")))
    step_rows = []
    for n, item in enumerate(case.interventions, start=1):
        if item.status not in _OPEN_STEPS:
            continue
        step_rows.append(
            (
                item.what if "steps" in include else t("export-step-n", n=n),
                (item.who or "—") if "roles" in include else "—",
                loc.format_date(item.when) if item.when else "—",
                t(f"intervention-status-{item.status.value}"),
            )
        )
    if step_rows:
        header4 = (
            t("export-col-step"),
            t("export-col-role"),
            t("export-col-when"),
            t("export-col-status"),
        )
        blocks.append(Table(header4, tuple(step_rows)))
    else:
        blocks.append(Paragraph(t("export-no-steps")))
    ticked = [f for f in FREE_TEXT_FIELDS if f in include]
    note = (
        t("export-free-text", fields=", ".join(t(f"export-field-{f}") for f in ticked))
        if ticked
        else t("export-no-free-text")
    )
    blocks.append(Paragraph(note, small=True))
    return Document(
        title=t("export-summary-title", code=case.code),
        lang=loc.ui_lang,
        created=created,
        blocks=tuple(blocks),
        subtitle=t("export-summary-subtitle", date=loc.format_date(created)),
        footer=footer(loc, case),
    )
