"""A case's overview: profile and saved sessions (reflection and card modes build on it)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Header, Label

from desistkit_tui.core.vault.cases import CaseHandle
from desistkit_tui.core.vault.errors import VaultError
from desistkit_tui.screens.base import BaseScreen
from desistkit_tui.widgets.plain import PlainLabel


class CaseScreen(BaseScreen[None]):
    """One open case. Holds the case lock while shown; releases it when left or locked."""

    BINDINGS = [Binding("escape", "back", "key-back", id="case.back")]

    def __init__(self, case_id: str) -> None:
        super().__init__()
        self.case_id = case_id
        self.handle: CaseHandle | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="case-body"):
            yield PlainLabel("", id="case-title")
            yield PlainLabel("", id="read-only", classes="warning")
            with Vertical(id="profile", classes="panel"):
                yield PlainLabel("", id="profile-text")
            yield Label(self.t("case-sessions"), classes="heading", markup=False)
            yield PlainLabel("", id="sessions")
        yield Footer()

    def on_mount(self) -> None:
        vault = self.dk.vault
        if vault is None:
            return
        try:
            self.handle = vault.open_case(self.case_id)
        except VaultError as exc:
            self.notify(str(exc), severity="error", markup=False)
            self.app.pop_screen()
            return
        self._show()

    def _show(self) -> None:
        assert self.handle is not None
        t, case = self.t, self.handle.case
        self.query_one("#case-title", PlainLabel).set_text(t("case-title", code=case.code))
        ro = self.query_one("#read-only", PlainLabel)
        ro.set_text(t("case-read-only") if self.handle.read_only else "")
        ro.display = self.handle.read_only
        retention = case.retention.isoformat() if case.retention else t("case-no-retention")
        rows = [
            (t("newcase-address"), t(f"address-{case.address.value}")),
            (t("newcase-gender"), t(f"gender-{case.gender.value}")),
            (t("newcase-language"), t(f"language-{case.language}")),
            (t("cases-col-status"), t(f"status-{case.status.value}")),
            (t("newcase-retention"), retention),
            (t("case-created-on"), case.created.strftime("%Y-%m-%d")),
        ]
        width = max(len(label) for label, _ in rows) + 2
        text = "\n".join(f"{label:<{width}}{value}" for label, value in rows)
        self.query_one("#profile-text", PlainLabel).set_text(text)
        ids = self.handle.session_ids()
        self.query_one("#sessions", PlainLabel).set_text(
            t("case-session-count", reflections=case.reflections, cards=case.card_sessions)
            if ids
            else t("case-no-sessions")
        )

    def release_case(self) -> None:
        """Close the handle (releases the lock, wipes the case key)."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def on_unmount(self) -> None:
        self.release_case()

    def action_back(self) -> None:
        self.release_case()
        self.dismiss(None)
