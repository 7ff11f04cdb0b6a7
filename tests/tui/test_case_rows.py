"""The case list's rows made lazily (issue 17): every row, when it is made, reads as the rows
made all at once before did; the column widths worked out from the summaries are those a scan
of every cell gives; filtering and showing the list make no row that is not drawn; the hint
rules in one pass agree with the rules as written case by case."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desistkit_tui.core.compat import UTC
from desistkit_tui.core.errors import Damage, TamperedFile
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import BasisKind, CaseStatus, CaseSummary
from desistkit_tui.core.model.case import hint_bits
from desistkit_tui.core.text import safe
from desistkit_tui.screens.cases import CasesScreen, build_rows
from desistkit_tui.widgets.case_columns import CaseRow, RowFilter, scan_widths, summaries_of
from desistkit_tui.widgets.case_list import CaseList
from desistkit_tui.widgets.case_rows import CaseRows
from tests.tui.helpers import make_app, make_vault, top_screen, unlock

TODAY = date(2026, 3, 14)
T = Localizer.create("en")


def hints_as_written(s: CaseSummary, today: date, review_after_days: int) -> tuple[str, ...]:
    """``CaseSummary.hints`` as it was written before ``hint_bits`` (the reference)."""
    if s.problem:
        return ()
    missing = ("basis-missing",) if s.basis is BasisKind.UNRECORDED else ()
    found = []
    if s.retention is not None and (s.retention - today).days <= 0:
        found.append("retention-due")
    if s.status is CaseStatus.CLOSED:
        return (*found, *missing)
    if s.next_due is not None and s.next_due < today:
        found.append("goal-overdue")
    newest = s.last_reflection or s.last_activity.date()
    if review_after_days > 0 and (today - newest).days > review_after_days:
        found.append("review-due")
    return (*found, *missing)


def rows_made_at_once(
    summaries: Sequence[CaseSummary], t: Callable[[str], str], today: date, review: int
) -> list[CaseRow]:
    """The rows as ``build_rows`` made them, every one before the first paint (the reference)."""
    status_text = {s: safe(t(f"status-{s.value}")) for s in CaseStatus}
    damaged, never = safe(t("damaged")), safe(t("caselist-never"))
    rows = []
    for s in summaries:
        hints = hints_as_written(s, today, review)
        hint = " ".join(safe(t(f"caselist-hint-{h}")) for h in hints)
        brief = " ".join(safe(t(f"caselist-hint-{h}-short")) for h in hints)
        shown = s.code if s.code.isprintable() else safe(s.code)
        if s.problem:
            code, status, search = "⚠ " + shown, damaged, f"{s.code} {damaged}"
        else:
            code, status = shown, status_text[s.status]
            search = f"{s.code} {status} {s.status.value} {hint}"
        cells = (
            code,
            status,
            s.last_activity.date().isoformat() if not s.problem else "",
            s.last_reflection.isoformat() if s.last_reflection is not None else never,
            str(s.reflections),
            str(s.card_sessions),
            hint,
        )
        rows.append(CaseRow(s, cells, search.casefold(), brief if hints else None))
    return rows


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 1, 1))
summaries = st.builds(
    CaseSummary,
    id=st.uuids().map(str),
    code=st.sampled_from(["K-1", "B-004", "Zoë-7", "文件-1", "K\x1b[2J", "ÄÖ", "k-2026-014"]),
    status=st.sampled_from(list(CaseStatus)),
    last_activity=days.map(lambda d: datetime(d.year, d.month, d.day, 9, tzinfo=UTC)),
    reflections=st.integers(-3, 12_000),
    card_sessions=st.integers(0, 150),
    retention=st.none() | days,
    problem=st.none() | st.just(TamperedFile("cases/x/case.toml.enc", Damage.NOT_DOCUMENT)),
    last_reflection=st.none() | days,
    open_goals=st.integers(0, 3),
    next_due=st.none() | days,
    basis=st.sampled_from(list(BasisKind)),
)


@settings(max_examples=300)
@given(summaries, days, st.sampled_from([0, 1, 30, 90, 10**9]))
def test_the_hints_in_one_pass_are_the_hints_as_written(
    summary: CaseSummary, today: date, review: int
) -> None:
    expected = hints_as_written(summary, today, review)
    assert summary.hints(today, review) == expected
    assert hint_bits([summary, summary], today, review)[1] == hint_bits([summary], today, review)[0]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(summaries, max_size=30), st.sampled_from(["en", "de", "mk"]), st.sampled_from([0, 90])
)
def test_rows_made_as_drawn_read_as_the_rows_made_at_once(
    listed: list[CaseSummary], lang: str, review: int
) -> None:
    t = Localizer.create(lang)
    lazy = build_rows(listed, t, TODAY, review)
    eager = rows_made_at_once(listed, t, TODAY, review)
    # the widths first, while no row is made: they must not need the rows
    assert lazy.cell_widths() == scan_widths(eager)
    drawn = [lazy[n] for n in range(0, len(lazy), 2)]  # some rows drawn before any search
    assert drawn == eager[::2]
    assert lazy.searches() == [row.search for row in eager]
    assert list(lazy) == eager  # every row, cell by cell (and its search text and short form)


def test_widths_of_no_rows() -> None:
    assert build_rows([], T, TODAY, 90).cell_widths() == scan_widths([]) == ((), 0)


def many(count: int) -> list[CaseSummary]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        CaseSummary(f"id{n:05}", f"K-{n:05}", CaseStatus.ACTIVE, start - timedelta(hours=n), n, 0)
        for n in range(count)
    ]


def made(rows: CaseRows) -> int:
    return sum(1 for n in range(len(rows)) if rows._made[n] is not None)


def test_filtering_makes_no_row() -> None:
    rows = build_rows(many(10_000), T, TODAY, 90)
    row_filter = RowFilter(rows, rows.searches)
    shown = row_filter("k-000")
    assert len(shown) == 100 and made(rows) == 0
    assert [s.code for s in summaries_of(shown)][:2] == ["K-00000", "K-00001"]
    assert len(row_filter("k-0001")) == 10 and made(rows) == 0
    assert shown[5].cells[0] == "K-00005" and made(rows) == 1  # asked for: made


async def test_the_list_is_in_the_first_frame_and_only_the_rows_drawn_are_made(
    tmp_path: Path,
) -> None:
    """The unlock reads the index: the case list screen's very first frame shows every case
    (not an empty list, then the list one worker's round trip later), and of 30 cases only the
    18 rows on an 80x24 screen are made."""
    app = make_app(make_vault(tmp_path / "vault", tuple(f"M-{n:02d}" for n in range(30))))
    frames: list[int | None] = []  # per frame of the case list screen: the rows it listed
    display = app._display

    def counting(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None and isinstance(screen, CasesScreen):
            frames.append(screen.query_one(CaseList).row_count)

    app._display = counting  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        assert frames and frames[0] == 30, frames
        assert made(screen.rows) == 18
        await pilot.press("pagedown")
        await pilot.pause()
        assert made(screen.rows) == 19  # the one row scrolled into view
