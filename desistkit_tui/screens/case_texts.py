"""The case overview's texts: the profile table, one line per finished session, the development
view. Functions of the case, its history and the texts only (no widgets, no I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import overload

from desistkit_tui.core.development import development
from desistkit_tui.core.history import CardRecord, History
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import (
    BasisKind,
    Case,
    LegalBasis,
    Reflection,
    ReflectionSummary,
    Scope,
)
from desistkit_tui.core.summary import TREND_POINTS, trend_lines

#: Full reflections (an export's) or their summaries (the overview's): both show the same.
AnyHistory = History[Reflection] | History[ReflectionSummary]
#: Stands in for the date while a session line is formatted (no message text contains it).
_DAY = "\ue000DAY\ue000"


def profile_rows(t: Localizer, loc: Localizer, case: Case) -> list[tuple[str, str]]:
    """The profile as (label, value) rows (a ``ColumnsLabel`` lays them out)."""
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
    return rows


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


class SessionLines(Sequence[tuple[str, str]]):
    """(key, text) per finished session, newest first; keys are ``r:<id>`` and ``c:<id>``.

    The order is known at once; a line's text is made when it is first asked for: the session
    list takes its first screenfuls before the overview is painted and the rest after
    (:class:`~desistkit_tui.widgets.session_list.SessionList`), so a case of 500 reflections
    formats two dozen dates before its first paint, not 500.

    ``made`` keeps the texts between drawings (by key, and whether the reflection was corrected
    since), so a history with one session more formats one line, not all of them again. Lines
    that differ only in their date are formatted once, with a stand-in for the date (a case of
    500 reflections has a few dozen kinds of line, not 500).
    """

    def __init__(
        self,
        t: Localizer,
        loc: Localizer,
        history: AnyHistory,
        made: dict[tuple[str, bool], str] | None = None,
    ) -> None:
        self._t, self._loc = t, loc
        self._made = {} if made is None else made
        self._shapes: dict[tuple[object, ...], str] = {}
        self._corrected_mark = ""
        replaced = {r.replaces for r in history.reflections if r.replaces}
        rows: list[tuple[date, str, bool, ReflectionSummary | Reflection | CardRecord]] = [
            (r.held_on, f"r:{r.id}", r.id in replaced, r) for r in history.reflections
        ]
        rows += [(c.held_on, f"c:{c.id}", False, c) for c in history.card_sessions]
        rows.sort(key=lambda row: (row[0], row[1]), reverse=True)
        self._rows = rows
        #: The keys, in the list's order.
        self.keys = [key for _, key, _, _ in rows]
        #: What decides the texts (with ``made``): the keys, and which were corrected since.
        self.signature = [(key, corrected) for _, key, corrected, _ in rows]

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> tuple[str, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, str] | list[tuple[str, str]]:
        if isinstance(index, slice):
            return [self._item(row) for row in self._rows[index]]
        return self._item(self._rows[index])

    def _item(self, row: tuple[date, str, bool, object]) -> tuple[str, str]:
        day, key, corrected, session = row
        text = self._made.get((key, corrected))
        if text is None:
            if isinstance(session, CardRecord):
                text = self._line("overview-cards-item", day, cards=session.cards)
            else:
                assert isinstance(session, ReflectionSummary | Reflection)
                later = "yes" if session.entered_later else "no"
                recorded = len(session.recorded)
                text = self._line("overview-reflection-item", day, recorded=recorded, later=later)
                if corrected:
                    mark = self._corrected_mark
                    if not mark:
                        mark = self._corrected_mark = f" · {self._t('overview-corrected')}"
                    text += mark
            self._made[key, corrected] = text
        return key, text

    def _line(self, msg: str, day: date, **args: str | int) -> str:
        shape = (msg, *args.values())
        text = self._shapes.get(shape)
        if text is None:
            text = self._shapes[shape] = self._t(msg, date=_DAY, **args)
        return text.replace(_DAY, self._loc.format_date(day))


def development_text(t: Localizer, loc: Localizer, history: AnyHistory, order: list[str]) -> str:
    """How each factor developed over the reflections (in catalogue ``order``)."""
    # Only the points it shows (the newest TREND_POINTS of each factor) are made.
    trends = development(history.reflections, order, last=TREND_POINTS)
    if not trends:
        return t("overview-development-none")
    return "\n".join([t("overview-development-legend"), *trend_lines(loc, trends)])
