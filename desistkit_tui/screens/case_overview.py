"""What the case overview shows, drawn from what the open case holds in memory (no I/O).

:class:`OverviewDrawing` fills :class:`~desistkit_tui.screens.case.CaseScreen`'s widgets (the
title, the profile, the hints, the draft note, the session list, the goals, the development
view and the problems found) and keeps what its last drawing made, so that a redraw (after a
screen on top of the overview changed something) remakes only what changed: the session lines
by session, the list of them, the development view by reflections. The texts themselves are
functions in :mod:`.case_texts`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desistkit_tui.core.errors import describe
from desistkit_tui.core.model import CaseSummary, ReflectionSummary
from desistkit_tui.screens.case_texts import SessionLines, development_text, profile_rows
from desistkit_tui.screens.goals import plan_lines
from desistkit_tui.widgets.plain import ColumnsLabel, PlainLabel
from desistkit_tui.widgets.session_list import SessionList

if TYPE_CHECKING:
    from desistkit_tui.screens.case import CaseScreen


class OverviewDrawing:
    """Draws one case's overview; a new one for every case opened (it holds case texts)."""

    def __init__(self) -> None:
        self.lines: dict[tuple[str, bool], str] = {}
        self.listed: list[tuple[str, bool]] | None = None
        self.developed: tuple[list[ReflectionSummary], str] | None = None

    def draw(self, screen: CaseScreen) -> None:
        """Fill ``screen``'s widgets from its workspace, history and draft."""
        workspace = screen.workspace
        assert workspace is not None
        t, loc, case, history = screen.t, screen.loc, workspace.case, screen.history
        screen.query_one("#case-title", PlainLabel).set_text(t("case-title", code=case.code))
        ro = screen.query_one("#read-only", PlainLabel)
        ro.set_text(t("case-read-only") if workspace.read_only else "")
        ro.display = workspace.read_only
        screen.query_one("#profile-text", ColumnsLabel).set_rows(profile_rows(t, loc, case))
        hints = CaseSummary.of(case).hints(screen.today, screen.dk.config.review_after_days)
        hint_label = screen.query_one("#hints", PlainLabel)
        hint_label.set_text("\n".join(t(f"overview-hint-{h}") for h in hints))
        hint_label.display = bool(hints)
        note = screen.query_one("#draft-note", PlainLabel)
        draft_day = draft_day_of(screen.draft, screen.today)
        note.set_text(t("overview-draft", date=loc.format_date(draft_day)) if draft_day else "")
        note.display = draft_day is not None
        items = SessionLines(t, loc, history, self.lines)
        if items.signature != self.listed:
            self.listed = items.signature
            self.show_sessions(screen, items)
        lines = [text for _, text in plan_lines(loc, case, screen.today)]
        screen.query_one("#plan", PlainLabel).set_text("\n".join(lines) or t("overview-no-goals"))
        reflections = history.reflections
        if self.developed is None or self.developed[0] is not reflections:
            order = [f.id for f in screen.dk.require_content().catalogue().factors]
            self.developed = reflections, development_text(t, loc, history, order)
            screen.query_one("#development", PlainLabel).set_text(self.developed[1])
        problems = screen.query_one("#problems", PlainLabel)
        problems.set_text(
            "\n".join([t("overview-problems"), *(describe(p, t) for p in history.problems)])
        )
        problems.display = bool(history.problems)

    def show_sessions(self, screen: CaseScreen, items: SessionLines) -> None:
        """The session list, or the line that says there is none."""
        sessions = screen.query_one("#sessions", SessionList)
        before = sessions.highlighted_option.id if sessions.highlighted_option else None
        # Enter opens at once: the session read last, else the newest
        keys = items.keys
        sessions.show(items, (keys.index(before) if before in keys else 0) if items else None)
        sessions.display = bool(items)
        empty = screen.query_one("#no-sessions", PlainLabel)
        empty.set_text("" if items else screen.t("case-no-sessions"))
        empty.display = not items


def draft_day_of(draft: tuple[str, dict[str, object]] | None, today: date) -> date | None:
    """The day a reflection draft is for (today if it has none), or None without a draft."""
    if draft is None:
        return None
    held = draft[1].get("held_on")
    return held if isinstance(held, date) else today
