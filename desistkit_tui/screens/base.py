"""What every DesistKit screen shares: bindings whose descriptions come from the catalogue."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from textual.screen import ModalScreen, Screen
from textual.widgets import Input

from desistkit_tui.core.i18n import Localizer
from desistkit_tui.textual_compat import translate_binding_descriptions
from desistkit_tui.widgets.choice import Choice
from desistkit_tui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from desistkit_tui.app import DesistKitApp
    from desistkit_tui.screens.background import VaultDone

ResultT = TypeVar("ResultT")


def parse_day(raw: str) -> date | None:
    """A date field: an ISO date, or None when empty; ValueError when it is not a date."""
    raw = raw.strip()
    return date.fromisoformat(raw) if raw else None


def date_field(day: date | None, field_id: str, t: Localizer) -> Input:
    """A date field: ISO text with the format hint in the UI language (read by parse_day)."""
    return Input(
        day.isoformat() if day else "",
        placeholder=t("date-placeholder"),
        id=field_id,
        max_length=10,
        compact=True,
    )


def footer(*, palette: bool = True, app_keys: bool = True) -> KeysFooter:
    """Every screen's footer: the screen's keys first, wrapped onto a second line rather than
    cut off. ``palette=False`` leaves out the ctrl+p key and ``app_keys=False`` the app-wide
    keys (ctrl+q, ctrl+l, F1; they still work, the keys panel lists them) where a screen has
    many keys of its own."""
    return KeysFooter(palette=palette, app_keys=app_keys)


class _DesistKitScreen:
    """Access to the app's catalogue and vault for screens."""

    @property
    def dk(self) -> DesistKitApp:
        from desistkit_tui.app import DesistKitApp

        app = self.app  # type: ignore[attr-defined]
        assert isinstance(app, DesistKitApp)
        return app

    @property
    def t(self) -> Localizer:
        """The app's texts: ``self.t(msg_id, **args)`` for a UI string, methods for the rest."""
        return self.dk.t

    def on_mount(self) -> None:
        """A demo marks every screen as one (docs/architecture.md, Who it is for: trainer)."""
        if self.dk.demo:
            from desistkit_tui.widgets.demo_mark import DemoMark

            self.mount(DemoMark(self.t("demo-mark")))  # type: ignore[attr-defined]

    def on_choice_typed_while_closed(self, message: Choice.TypedWhileClosed) -> None:
        """Letters typed into a closed dropdown are not taken: say where they would go."""
        message.stop()
        self.dk.notify(self.t("choice-typed-while-closed"), severity="warning", markup=False)

    def on_vault_done(self, message: VaultDone) -> None:
        """A vault call made in a worker for this screen finished (see screens/background)."""
        message.then()


class BaseScreen(_DesistKitScreen, Screen[ResultT], Generic[ResultT]):
    """A full screen with localised key descriptions."""

    def __init__(self) -> None:
        super().__init__()
        translate_binding_descriptions(self, self.t)


class BaseModal(_DesistKitScreen, ModalScreen[ResultT], Generic[ResultT]):
    """A dialog with localised key descriptions."""

    def __init__(self) -> None:
        super().__init__()
        translate_binding_descriptions(self, self.t)
