"""The reflection wizard: one factor per step, then goals, then the summary; autosaved.

The screen holds a :class:`ReflectionFlow` and a :class:`DraftSaver`. Widgets post changes;
this screen applies them to the flow and asks the saver to save. Leaving (Escape), locking,
the idle lock and a dropped SSH link all flush the draft first; F10 on the summary saves the
reflection as a final record and deletes the draft. Saving on leaving and finishing runs in a
worker thread while the step shows that it is busy; only lock and hang-up save on the UI thread.
"""

from __future__ import annotations

from datetime import date, datetime

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from desistkit_tui.autosave import DraftSaver
from desistkit_tui.core.errors import FlowError, describe
from desistkit_tui.core.flow import GOALS, SUMMARY, ReflectionFlow, StepState
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Reflection
from desistkit_tui.core.summary import reflection_lines
from desistkit_tui.core.workspace import CaseWorkspace
from desistkit_tui.screens.background import in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.screens.goals import GoalsScreen, plan_lines
from desistkit_tui.textual_compat import LineRepaintTextArea
from desistkit_tui.widgets.factor_form import FactorForm
from desistkit_tui.widgets.plain import PlainLabel, plain

STATE_SYMBOL = {StepState.DONE: "✓", StepState.SKIPPED: "↷", StepState.EMPTY: "·"}
SIDEBAR_MIN_WIDTH = 110
#: Below this width the flow's save status goes under the step counter (both stay whole).
NARROW_TOP_WIDTH = 80


def step_title(loc: Localizer, flow: ReflectionFlow, index: int) -> str:
    step = flow.steps[index]
    if step.kind == GOALS:
        return loc.ui("step-goals")
    if step.kind == SUMMARY:
        return loc.ui("step-summary")
    return loc.factor_title(step.factor)


def step_label(loc: Localizer, flow: ReflectionFlow, index: int) -> str:
    """`✓ 2 Partner — done`: symbol, number, title and the state in words."""
    state = flow.state(index)
    current = "▸" if index == flow.position else " "
    words = "" if flow.steps[index].kind == SUMMARY else f" — {loc.ui(f'step-{state.value}')}"
    return f"{current}{STATE_SYMBOL[state]} {index + 1} {step_title(loc, flow, index)}{words}"


class ReflectionScreen(BaseScreen[Reflection | None]):
    """Returns the finished reflection, or None when left (the draft is kept)."""

    BINDINGS = [
        Binding("f2", "previous", "key-previous", id="flow.previous", priority=True),
        Binding("f3", "next", "key-next", id="flow.next", priority=True),
        Binding("f4", "skip", "key-skip", id="flow.skip", priority=True),
        Binding("f5", "steps", "key-steps", id="flow.steps", priority=True),
        Binding("f6", "goals", "key-goals", id="flow.goals", priority=True),
        Binding("f10", "finish", "key-finish", id="flow.finish", priority=True),
        Binding("escape", "leave", "key-leave", id="flow.leave"),
        Binding("f9", "handout", "key-export-handout", id="flow.handout", show=False),
    ]

    def __init__(self, workspace: CaseWorkspace, flow: ReflectionFlow, draft_id: str) -> None:
        super().__init__()
        self.workspace = workspace
        self.flow = flow
        self.draft_id = draft_id
        self.saver: DraftSaver | None = None
        #: When the draft was last written; None before the first save and after a failed one.
        self._saved_at: datetime | None = None
        self._words: int | None = None
        self._state: StepState | None = None
        self._status_text = ""
        self._busy = False  # saving on leaving or finishing: keys wait

    @property
    def loc(self) -> Localizer:
        return self.dk.localizer(self.workspace.case)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Horizontal(id="flow-top"):
            yield PlainLabel("", id="flow-progress")
            yield PlainLabel("", id="flow-status", classes="muted")
        with Horizontal(id="flow-main"):
            yield OptionList(id="steps-side")
            yield VerticalScroll(id="step-body")
        # Seven keys of its own: no palette key (ctrl+p still works), so "esc Save & leave" fits.
        yield footer(palette=False, app_keys=False)

    def on_mount(self) -> None:
        self.saver = DraftSaver(
            self,
            self.workspace,
            self.draft_id,
            self.flow.to_draft,
            delay=self.dk.config.autosave_seconds,
            on_error=self._save_failed,
            on_saved=self._draft_saved,
        )
        if self.workspace.read_only:
            self.notify(self.t("flow-read-only"), severity="warning", markup=False)
        self.on_resize()
        self.call_after_refresh(self._show_step)

    def on_resize(self) -> None:
        width = self.app.size.width
        self.query_one("#steps-side").display = width >= SIDEBAR_MIN_WIDTH
        # Narrow: the save status gets a line of its own, so "Step 1 of 8" and its marks are
        # never cut (they wrap, the counter's words staying together).
        self.query_one("#flow-top").set_class(width < NARROW_TOP_WIDTH, "-narrow")

    # -- showing ---------------------------------------------------------------------------

    async def _show_step(
        self, focus_id: str | None = None, scroll_y: float = 0, cursor: tuple[int, int] = (0, 0)
    ) -> None:
        """Show the current step at its top, the first field focused; or, coming back from a
        dialog, where the caseworker was: ``scroll_y``, the field ``focus_id`` and, in a text
        field, its ``cursor``."""
        body = self.query_one("#step-body", VerticalScroll)
        await body.remove_children()
        flow, loc = self.flow, self.loc
        step = flow.step
        widgets: list[Label | FactorForm | TextArea | PlainLabel] = [
            PlainLabel(step_title(loc, flow, flow.position), id="step-title", classes="heading")
        ]
        if step.kind == "factor":
            catalogue = self.dk.require_content().catalogue(flow.reflection.catalogue)
            factor = catalogue.factor(step.factor)
            widgets.append(PlainLabel(loc.ui("flow-area", area=loc.area_title(factor.area))))
            entry = flow.entry
            assert entry is not None
            widgets.append(
                FactorForm(
                    factor,
                    entry,
                    loc,
                    self.workspace.case.goals,
                    read_only=self.workspace.read_only,
                )
            )
        elif step.kind == GOALS:
            widgets.append(PlainLabel(loc.ui("flow-goals-help"), classes="muted wrap"))
            lines = [text for _, text in plan_lines(loc, self.workspace.case, self._today())]
            widgets.append(PlainLabel("\n".join(lines) or loc.ui("overview-no-goals")))
            widgets.append(Label(loc.ui("field-note"), classes="label", markup=False))
            widgets.append(
                LineRepaintTextArea(
                    flow.reflection.note,
                    id="note",
                    soft_wrap=True,
                    tab_behavior="focus",
                    compact=True,
                    read_only=self.workspace.read_only,
                )
            )
        else:
            widgets.append(PlainLabel(loc.ui("flow-summary-title"), classes="muted wrap"))
            lines = reflection_lines(loc, flow.reflection, self.workspace.case)
            widgets.append(PlainLabel("\n".join(lines), id="summary-text"))
        await body.mount_all(widgets)
        # Focusing scrolls the field into view, which would hide the step's title and questions
        # above the first field at 80x24: focus without scrolling, then scroll once laid out.
        focusable = body.query("Select, TextArea, SelectionList")
        again = [w for w in focusable if focus_id is not None and w.id == focus_id]
        if again and isinstance(again[0], TextArea):
            again[0].cursor_location = cursor
        if again or focusable:
            (again or list(focusable))[0].focus(scroll_visible=False)
        else:
            body.focus(scroll_visible=False)
        self.call_after_refresh(body.scroll_to, y=scroll_y, animate=False, immediate=True)
        self._show_progress()

    def _today(self) -> date:
        return self.dk.config.clock().date()

    def _show_marks(self) -> None:
        flow = self.flow
        marks = "".join(
            ("▸" if i == flow.position else "") + STATE_SYMBOL[flow.state(i)]
            for i in range(len(flow.steps) - 1)
        )
        counter = self.t("flow-step", n=flow.position + 1, total=len(flow.steps))
        # non-breaking spaces: the counter wraps as one piece, before its marks
        text = counter.replace(" ", "\u00a0") + "  " + marks
        self.query_one("#flow-progress", PlainLabel).set_text(text)

    def _show_progress(self) -> None:
        flow, loc = self.flow, self.loc
        self._state = flow.state(flow.position)
        self._show_marks()
        side = self.query_one("#steps-side", OptionList)
        side.clear_options()
        side.add_options([Option(plain(step_label(loc, flow, i))) for i in range(len(flow.steps))])
        side.highlighted = flow.position
        self._show_status()

    def _show_status(self) -> None:
        """The save status: "Saved 14:02:31" (the last save; a change typed since then is
        saved within the autosave delay, and the time moves on then) or "Not saved yet",
        with the words of the field. Written only when its text changes: each rewrite is a
        line sent over the link (issue 17), so a letter typed after a save sends none."""
        t = self.t
        if self.workspace.read_only:
            status = t("flow-read-only")
        elif self._saved_at is not None:
            status = t("flow-saved", time=self._saved_at.strftime("%H:%M:%S"))
        else:
            status = t("flow-unsaved")
        if self._words is not None:
            status += " · " + t("field-words", count=self._words)
        if status != self._status_text:  # a fixed-width label: no layout, only a repaint
            self._status_text = status
            self.query_one("#flow-status", PlainLabel).set_text(status)

    # -- recording -------------------------------------------------------------------------

    @on(FactorForm.Changed)
    def _factor_changed(self, event: FactorForm.Changed) -> None:
        if self.workspace.read_only:
            return
        self.flow.update(**{event.name: event.value})
        self._words = event.words
        self._changed()

    @on(TextArea.Changed, "#note")
    def _note_changed(self, event: TextArea.Changed) -> None:
        if self.workspace.read_only or event.text_area.text == self.flow.reflection.note:
            return
        self.flow.reflection.note = event.text_area.text
        self._changed()

    def _changed(self) -> None:
        if self.saver is not None:
            self.saver.changed()
        state = self.flow.state(self.flow.position)
        if state is not self._state:  # cheap: redraw the marks only when the step's state moves
            self._state = state
            self._show_marks()
        self._show_status()

    def _draft_saved(self) -> None:
        self._after_save()  # looked up when called: benchmarks/bench_typing.py times it

    def _after_save(self) -> None:
        """The saver wrote the draft (UI thread): the status line says when."""
        self._saved_at = self.dk.config.clock()
        if self.is_mounted:
            self._show_status()

    def _save_failed(self, error: Exception) -> None:
        self._saved_at = None  # "Not saved yet" until a save succeeds again
        if self.is_mounted:
            self._show_status()
        self.notify(
            self.t("flow-save-failed", error=describe(error, self.t)),
            severity="error",
            timeout=30,
            markup=False,
        )

    def _flush(self) -> bool:
        return self.saver.flush() if self.saver is not None else True

    # -- moving ----------------------------------------------------------------------------

    async def _go(self, move: str, index: int = 0) -> None:
        if self._busy:
            return
        try:
            if move == "next":
                self.flow.next()
            elif move == "previous":
                self.flow.previous()
            elif move == "skip":
                self.flow.skip()
            else:
                self.flow.jump(index)
        except FlowError as exc:
            self.notify(describe(exc, self.t), severity="warning", markup=False)
            return
        self._changed()  # the position is part of the draft
        await self._show_step()

    async def action_next(self) -> None:
        await self._go("next")

    async def action_previous(self) -> None:
        await self._go("previous")

    async def action_skip(self) -> None:
        if self.flow.entry is None:
            return
        await self._go("skip")

    def action_steps(self) -> None:
        from desistkit_tui.screens.steps import StepsScreen

        if self._busy:
            return
        labels = [step_label(self.loc, self.flow, i) for i in range(len(self.flow.steps))]

        async def jump(index: int | None) -> None:
            if index is not None:
                await self._go("jump", index)

        self.app.push_screen(StepsScreen(labels, self.flow.position), jump)

    @on(OptionList.OptionSelected, "#steps-side")
    async def _side_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_index != self.flow.position:
            await self._go("jump", event.option_index)

    def action_goals(self) -> None:
        if self._busy:
            return
        entry = self.flow.entry
        # The step is drawn again (the goals may have changed): back where the caseworker was.
        focused = self.focused
        focus_id = focused.id if focused is not None else None
        scroll_y = self.query_one("#step-body", VerticalScroll).scroll_y
        cursor = focused.cursor_location if isinstance(focused, TextArea) else (0, 0)

        async def refreshed(_: object = None) -> None:
            await self._show_step(focus_id, scroll_y, cursor)

        screen = GoalsScreen(self.workspace)
        self.app.push_screen(screen, refreshed)
        if entry is not None and not self.workspace.case.goals:
            screen.call_after_refresh(screen.action_new_goal, (entry.factor,))

    def action_handout(self) -> None:
        """The person's page, with what this reflection recorded (saved or not yet)."""
        from desistkit_tui.screens.case_exports import export_handout

        export_handout(self, self.workspace, self.flow.reflection.copy())

    async def action_finish(self) -> None:
        if self._busy:
            return
        if not self.flow.at_summary:
            await self._go("jump", len(self.flow.steps) - 1)
            return
        if self.workspace.read_only:
            self.notify(self.t("flow-read-only"), severity="warning", markup=False)
            return
        try:
            final = self.flow.finish()
        except FlowError:
            self.notify(self.t("flow-finish-empty"), severity="warning", markup=False)
            return
        workspace, saver = self.workspace, self.saver

        def save() -> Reflection:
            workspace.finish_reflection(final)
            if saver is not None:
                saver.discard()  # after the session is saved: a failed save keeps the draft
            return final

        self._wait(True)
        in_background(self, save, self._finished, self._not_saved, group="reflection")

    def _finished(self, final: Reflection) -> None:
        if self.saver is not None:
            self.saver.close()
        self.notify(self.t("flow-finished"), markup=False)
        self.dismiss(final)

    def action_leave(self) -> None:
        if self._busy:
            return
        unsaved = self.saver.pending() if self.saver is not None else None
        if unsaved is None:
            self._left()
            return
        saver = self.saver
        assert saver is not None
        self._wait(True)
        in_background(self, lambda: saver.write(*unsaved), lambda _: self._left(), self._not_saved)

    def _left(self) -> None:
        if self.saver is not None:
            self.saver.close()
        if not self.workspace.read_only:
            self.notify(self.t("flow-leave-saved"), markup=False)
        self.dismiss(None)

    def _not_saved(self, error: Exception) -> None:
        """The error is shown and the flow stays, so nothing is lost."""
        self._wait(False)
        self._save_failed(error)
        self._show_status()

    def _wait(self, busy: bool) -> None:
        """Saving on leaving or finishing: the step shows it is busy, and keys wait."""
        self._busy = busy
        self.query_one("#step-body").loading = busy

    def release_case(self) -> None:
        """Lock or hang-up: write the draft now, on this thread (the case screen closes the case
        next), with the text as the fields show it: a hang-up's handler can run before their
        last ``Changed`` messages reach this screen."""
        if not self.workspace.read_only:
            form = next(iter(self.query(FactorForm)), None)
            unsent = form.unsent_text() if form is not None else {}
            if unsent:
                self.flow.update(**unsent)
                self._changed()
        self._flush()
        if self.saver is not None:
            self.saver.close()
