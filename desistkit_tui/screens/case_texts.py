"""The case overview's texts: the profile table, one line per finished session, the development
view. Functions of the case, its history and the texts only (no widgets, no I/O)."""

from __future__ import annotations

from datetime import date

from desistkit_tui.core.development import development
from desistkit_tui.core.history import History
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import (
    BasisKind,
    Case,
    LegalBasis,
    Reflection,
    ReflectionSummary,
    Scope,
)
from desistkit_tui.core.summary import trend_lines

#: Full reflections (an export's) or their summaries (the overview's): both show the same.
AnyHistory = History[Reflection] | History[ReflectionSummary]
#: Stands in for the date while a session line is formatted (no message text contains it).
_DAY = "\ue000DAY\ue000"


def profile_text(t: Localizer, loc: Localizer, case: Case) -> str:
    """The profile as a two-column table: label, value."""
    retention = loc.format_date(case.retention) if case.retention else t("case-no-retention")
    last = loc.format_date(case.last_reflection) if case.last_reflection else "—"
    rows = [
        (t("newcase-address"), t(f"address-{case.address.value}")),
        (t("newcase-gender"), t(f"gender-{case.gender.value}")),
        (t("newcase-language"), t.language_name(case.language)),
        (t("cases-col-status"), t(f"status-{case.status.value}")),
        (t("newcase-retention"), retention),
        (t("case-created-on"), loc.format_date(case.created)),
        (t("overview-last-reflection"), last),
        (t("legal-basis-key"), basis_summary(t, case.legal)),
    ]
    if case.legal.kind is BasisKind.CONSENT:
        rows.append((t("legal-scope"), scope_summary(t, case.legal)))
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(f"{label:<{width}}{value}" for label, value in rows)


def basis_summary(t: Localizer, basis: LegalBasis) -> str:
    """One line for the profile: the kind, and for consent its day or its withdrawal."""
    if basis.kind is BasisKind.CONSENT:
        if basis.withdrawn_on is not None:
            return t("legal-consent-withdrawn", date=t.format_date(basis.withdrawn_on))
        if basis.given is not None:
            return t("legal-consent-summary", date=t.format_date(basis.given))
    return t(f"legal-kind-{basis.kind.value}")


def scope_summary(t: Localizer, basis: LegalBasis) -> str:
    """What a consent covers, in the order of :class:`Scope` ("nothing yet" if empty)."""
    names = [t(f"legal-scope-{s.value}") for s in Scope if s in basis.scope]
    return ", ".join(names) or t("legal-scope-none")


def session_items(
    t: Localizer,
    loc: Localizer,
    history: AnyHistory,
    made: dict[tuple[str, bool], str] | None = None,
) -> list[tuple[str, str]]:
    """(key, text) per finished session, newest first; keys are ``r:<id>`` and ``c:<id>``.

    ``made`` keeps the texts between calls (by key, and whether the reflection was corrected
    since), so a history with one session more formats one line, not all of them again. Lines
    that differ only in their date are formatted once, with a stand-in for the date (a case of
    500 reflections has a few dozen kinds of line, not 500).
    """
    made = {} if made is None else made
    shapes: dict[tuple[object, ...], str] = {}

    def line(msg: str, day: date, **args: str | int) -> str:
        shape = (msg, *args.values())
        text = shapes.get(shape)
        if text is None:
            text = shapes[shape] = t(msg, date=_DAY, **args)
        return text.replace(_DAY, loc.format_date(day))

    items: list[tuple[date, str, str]] = []
    replaced = {r.replaces for r in history.reflections if r.replaces}
    corrected_mark = ""
    for r in history.reflections:
        key, corrected = f"r:{r.id}", r.id in replaced
        text = made.get((key, corrected))
        if text is None:
            later = "yes" if r.entered_later else "no"
            text = line(
                "overview-reflection-item", r.held_on, recorded=len(r.recorded), later=later
            )
            if corrected:
                corrected_mark = corrected_mark or f" · {t('overview-corrected')}"
                text += corrected_mark
            made[key, corrected] = text
        items.append((r.held_on, key, text))
    for c in history.card_sessions:
        key = f"c:{c.id}"
        text = made.get((key, False))
        if text is None:
            text = line("overview-cards-item", c.held_on, cards=c.cards)
            made[key, False] = text
        items.append((c.held_on, key, text))
    items.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(key, text) for _, key, text in items]


def development_text(t: Localizer, loc: Localizer, history: AnyHistory, order: list[str]) -> str:
    """How each factor developed over the reflections (in catalogue ``order``)."""
    trends = development(history.reflections, order)
    if not trends:
        return t("overview-development-none")
    return "\n".join([t("overview-development-legend"), *trend_lines(loc, trends)])
