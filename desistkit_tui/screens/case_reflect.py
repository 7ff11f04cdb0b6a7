"""A reflection started from the case overview (F5): continue or discard the draft, choose the
factors and the day, then the reflection's steps (:mod:`.reflection`); a reflection read back
is corrected the same way (:func:`run_flow`).

Functions of :class:`~desistkit_tui.screens.case.CaseScreen` (its workspace, history and
draft); the draft is discarded in a worker, like every write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desistkit_tui.core.errors import VaultError, describe
from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.screens.background import in_background

if TYPE_CHECKING:
    from desistkit_tui.screens.case import CaseScreen


def reflect(screen: CaseScreen) -> None:
    """F5: a new reflection, or the draft continued (or discarded first)."""
    workspace = screen.workspace
    if workspace is None:
        return
    if workspace.read_only:
        screen.notify(screen.t("case-read-only"), severity="warning", markup=False)
        return
    if screen.draft is not None:
        _offer_resume(screen, *screen.draft)
        return
    _choose_factors(screen)


def _offer_resume(screen: CaseScreen, draft_id: str, body: dict[str, object]) -> None:
    from desistkit_tui.screens.confirm import ConfirmScreen

    t = screen.t
    try:
        flow = ReflectionFlow.from_draft(body, f"drafts/{draft_id}")
    except VaultError as exc:
        screen.notify(describe(exc, t), severity="error", markup=False)
        return
    done = len(flow.reflection.recorded)
    text = t(
        "resume-text",
        date=screen.loc.format_date(flow.reflection.held_on),
        done=done,
        total=len(flow.reflection.entries),
    )

    def answered(resume: bool | None) -> None:
        if resume:
            run_flow(screen, flow, draft_id)
        elif resume is False:
            _confirm_discard(screen, draft_id)

    screen.app.push_screen(
        ConfirmScreen(
            t("resume-title"), text, t("resume-continue"), t("resume-discard"), focus_yes=True
        ),
        answered,
    )


def _confirm_discard(screen: CaseScreen, draft_id: str) -> None:
    from desistkit_tui.screens.confirm import ConfirmScreen

    t = screen.t

    def discarded(_: None) -> None:
        screen.refresh_case()
        _choose_factors(screen)

    def answered(discard: bool | None) -> None:
        if discard and (workspace := screen.workspace) is not None:
            in_background(
                screen, lambda: workspace.discard_draft(draft_id), discarded, screen.save_failed
            )

    screen.app.push_screen(
        ConfirmScreen(
            t("resume-discard"),
            t("resume-discard-confirm"),
            t("discard-yes"),
            t("discard-no"),
        ),
        answered,
    )


def _choose_factors(screen: CaseScreen) -> None:
    from desistkit_tui.screens.start_reflection import StartChoice, StartReflectionScreen

    catalogue = screen.dk.require_content().catalogue()

    def chosen(choice: StartChoice | None) -> None:
        if choice is None:
            return
        flow = ReflectionFlow.start(
            choice.factors,
            choice.held_on,
            source=choice.source,
            entered_later=choice.held_on < screen.today,
            at=screen.dk.config.clock(),
        )
        run_flow(screen, flow)

    screen.app.push_screen(
        StartReflectionScreen(catalogue, screen.loc, screen.history, screen.today), chosen
    )


def run_flow(screen: CaseScreen, flow: ReflectionFlow, draft_id: str = "") -> None:
    """The reflection's steps over the overview, which is redrawn when they close."""
    from desistkit_tui.screens.reflection import ReflectionScreen

    assert screen.workspace is not None
    steps = ReflectionScreen(screen.workspace, flow, draft_id or flow.reflection.id)
    screen.app.push_screen(steps, screen.refresh_case)
