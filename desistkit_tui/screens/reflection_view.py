"""Reading a finished reflection (F5 starts a correction), and comparing two reflections."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header

from desistkit_tui.core.development import compare
from desistkit_tui.core.errors import describe
from desistkit_tui.core.i18n import Localizer
from desistkit_tui.core.model import Reflection, ReflectionSummary
from desistkit_tui.core.summary import comparison_lines, reflection_lines
from desistkit_tui.core.workspace import CaseWorkspace
from desistkit_tui.screens.background import Failure, in_background
from desistkit_tui.screens.base import BaseScreen, footer
from desistkit_tui.widgets.marked_list import MarkedSelectionList
from desistkit_tui.widgets.plain import PlainLabel


class ReflectionViewScreen(BaseScreen[Reflection | None]):
    """A finished reflection, read-only. Returns the reflection to correct, or None."""

    BINDINGS = [
        Binding("f5", "correct", "key-correct", id="view.correct"),
        Binding("escape", "back", "key-back", id="view.back"),
    ]

    def __init__(self, workspace: CaseWorkspace, reflection: Reflection) -> None:
        super().__init__()
        self.workspace = workspace
        self.reflection = reflection

    def compose(self) -> ComposeResult:
        loc = self.dk.localizer(self.workspace.case)
        yield Header(icon="")
        with VerticalScroll(id="view-body"):
            # The first line ("Reflection of 14.03.2026 · correction") is the heading, once.
            head, *lines = reflection_lines(loc, self.reflection, self.workspace.case)
            yield PlainLabel(head, classes="heading")
            yield PlainLabel("\n".join(lines), id="reflection-text")
        yield footer()

    def on_mount(self) -> None:
        self.query_one("#view-body").focus()

    def action_correct(self) -> None:
        if self.workspace.read_only:
            self.notify(self.t("case-read-only"), severity="warning", markup=False)
            return
        self.dismiss(self.reflection)

    def action_back(self) -> None:
        self.dismiss(None)


def compare_text(loc: Localizer, earlier: Reflection, later: Reflection, order: list[str]) -> str:
    title = loc.ui(
        "compare-title",
        earlier=loc.format_date(earlier.held_on),
        later=loc.format_date(later.held_on),
    )
    return "\n".join([title, "", *comparison_lines(loc, compare(earlier, later, order))])


class CompareScreen(BaseScreen[None]):
    """Two reflections side by side: the newest two at first; mark others with space."""

    BINDINGS = [Binding("escape", "back", "key-back", id="compare.back")]

    def __init__(self, workspace: CaseWorkspace, reflections: list[ReflectionSummary]) -> None:
        super().__init__()
        self.workspace = workspace
        #: Summaries: the two compared are read in full when they are marked.
        self.reflections = reflections

    @property
    def loc(self) -> Localizer:
        return self.dk.localizer(self.workspace.case)

    def compose(self) -> ComposeResult:
        loc = self.loc
        newest = {r.id for r in self.reflections[-2:]}
        yield Header(icon="")
        with VerticalScroll(id="compare-body"):
            # Space and Enter both mark (SelectionList); two marked are compared at once.
            yield PlainLabel(self.t("compare-choose"), classes="muted wrap")
            yield MarkedSelectionList[str](
                *[
                    (loc.format_date(r.held_on) + f" ({len(r.recorded)})", r.id, r.id in newest)
                    for r in reversed(self.reflections)
                ],
                id="pick",
                compact=True,
            )
            yield PlainLabel("", id="comparison")
        yield footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#pick", MarkedSelectionList).focus()

    @on(MarkedSelectionList.SelectedChanged, "#pick")
    def _show(self) -> None:
        chosen = set(self.query_one("#pick", MarkedSelectionList).selected)
        picked = [r.id for r in self.reflections if r.id in chosen]
        label = self.query_one("#comparison", PlainLabel)
        if len(picked) != 2:
            label.set_text(self.t("compare-need-two"))
            return
        order = [f.id for f in self.dk.require_content().catalogue().factors]
        workspace = self.workspace

        def read() -> tuple[Reflection, Reflection]:
            return workspace.reflection(picked[0]), workspace.reflection(picked[1])

        def show(pair: tuple[Reflection, Reflection]) -> None:
            if set(self.query_one("#pick", MarkedSelectionList).selected) == set(picked):
                label.set_text(compare_text(self.loc, pair[0], pair[1], order))

        in_background(self, read, show, self._read_failed, group="compare")

    def _read_failed(self, error: Failure) -> None:
        self.notify(describe(error, self.t), severity="error", markup=False)

    def action_back(self) -> None:
        self.dismiss(None)
