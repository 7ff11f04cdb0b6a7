"""Reflections as plain text lines, in the UI language: the summary page, the read view, trends.

Texts come from ``locales/<lang>/reflection.ftl`` and the catalogue; nothing here parses
markup — screens show the lines with markup off.
"""

from __future__ import annotations

from collections.abc import Sequence

from desistkit_tui.core.development import FactorChange, Trend
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Case, Reflection, Relevance

#: Relevance by symbol and word, never by colour alone.
SYMBOL = {
    Relevance.UNKNOWN: "?",
    Relevance.NONE: "○",
    Relevance.SOME: "◐",
    Relevance.HIGH: "●",
}
BARS = " ▁▂▃▄▅▆▇█"
TREND_POINTS = 12


def relevance(loc: Localizer, value: Relevance) -> str:
    return f"{SYMBOL[value]} {loc.ui(f'relevance-{value.value}')}"


def _indent(text: str, prefix: str = "    ") -> list[str]:
    return [prefix + line for line in text.strip().splitlines()]


def reflection_lines(loc: Localizer, reflection: Reflection, case: Case) -> list[str]:
    """The whole reflection, factor by factor, then goals and the note."""
    t = loc.ui
    head = t("summary-held-on", date=loc.format_date(reflection.held_on))
    if reflection.entered_later:
        head += " · " + t("summary-entered-later")
    if reflection.replaces:
        head += " · " + t("summary-correction")
    recorded = len(reflection.recorded)
    skipped = sum(e.skipped for e in reflection.entries)
    lines = [head, t("summary-counts", recorded=recorded, skipped=skipped), ""]
    for entry in reflection.entries:
        title = loc.factor_title(entry.factor)
        if entry.skipped:
            lines += [f"{title} — {t('step-skipped')}", ""]
            continue
        if entry.empty:
            lines += [f"{title} — {t('step-empty')}", ""]
            continue
        lines.append(title)
        lines.append(
            "  "
            + t("summary-relevance")
            + f" {t('field-person')}: {relevance(loc, entry.person)}"
            + f" · {t('field-caseworker')}: {relevance(loc, entry.caseworker)}"
        )
        if entry.raised_by.value != "unset":
            lines.append(f"  {t('field-raised-by')}: {t(f'raised-{entry.raised_by.value}')}")
        if entry.resources:
            lines.append(f"  {t('summary-resources')}:")
            lines += [f"    + {item}" for item in entry.resources]
        if entry.needs:
            lines.append(f"  {t('summary-needs')}:")
            lines += [f"    − {item}" for item in entry.needs]
        if entry.own_words.strip():
            lines.append(f"  {t('field-own-words')}:")
            lines += _indent(entry.own_words)
        if entry.view.strip():
            lines.append(f"  {t('field-view')}:")
            lines += _indent(entry.view)
        goals = [g.text for goal_id in entry.goals if (g := case.goal(goal_id)) is not None]
        if goals:
            lines.append(f"  {t('field-goals')}: " + "; ".join(goals))
        lines.append("")
    if reflection.note.strip():
        lines.append(t("field-note") + ":")
        lines += _indent(reflection.note, "  ")
    return lines


def _bars(values: Sequence[int]) -> str:
    top = max(values) or 1
    return "".join(BARS[round(v / top * (len(BARS) - 1))] if v else "·" for v in values)


def trend_lines(loc: Localizer, trends: Sequence[Trend], width: int = 22) -> list[str]:
    """One line per factor: the person's relevance as symbols, then bars of what helps and
    what is hard, each with first→last counts (the newest ``TREND_POINTS`` reflections)."""
    helps_word, hard_word = loc.ui("trend-helps"), loc.ui("trend-hard")  # once, not per factor
    span = min(TREND_POINTS, max((len(trend.points) for trend in trends), default=0))
    lines = []
    for trend in trends:
        points = trend.points[-TREND_POINTS:]
        title = loc.factor_title(trend.factor)
        if len(title) > width:
            title = title[: width - 1] + "…"
        person = "".join(SYMBOL[p.person] for p in points)
        helps = _bars([p.resources for p in points])
        hard = _bars([p.needs for p in points])
        lines.append(
            f"{title:<{width}} {person:<{span}}  "
            f"{helps_word} {helps:<{span}} {points[0].resources}→{points[-1].resources}  "
            f"{hard_word} {hard:<{span}} {points[0].needs}→{points[-1].needs}"
        )
    return lines


def _change(loc: Localizer, before: Relevance, after: Relevance) -> str:
    if before is after:
        return relevance(loc, after)
    return f"{relevance(loc, before)} → {relevance(loc, after)}"


def comparison_lines(loc: Localizer, changes: Sequence[FactorChange]) -> list[str]:
    """What changed between two reflections, factor by factor (unchanged factors in one line)."""
    t = loc.ui
    lines = []
    for change in changes:
        title = loc.factor_title(change.factor)
        if not change.changed:
            lines += [f"{title} — {t('compare-unchanged')}", ""]
            continue
        marker = {"added": t("compare-new"), "dropped": t("compare-not-now")}.get(
            change.presence, ""
        )
        lines.append(f"{title}" + (f" — {marker}" if marker else ""))
        lines.append(f"  {t('field-person')}: {_change(loc, *change.person)}")
        lines.append(f"  {t('field-caseworker')}: {_change(loc, *change.caseworker)}")
        for item in change.needs_now_resources:
            lines.append(f"  ⇧ {t('compare-need-to-resource')}: {item}")
        lines += [f"  + {t('summary-resources')}: {i}" for i in change.resources_added]
        lines += [f"  − {t('summary-resources')}: {i}" for i in change.resources_gone]
        now_resources = set(change.needs_now_resources)
        lines += [f"  + {t('summary-needs')}: {i}" for i in change.needs_added]
        lines += [
            f"  ✓ {t('summary-needs')}: {i}" for i in change.needs_gone if i not in now_resources
        ]
        lines.append("")
    return lines
