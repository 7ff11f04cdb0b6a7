"""The footer of every screen: the keys of the screen, never cut off.

Textual's ``Footer`` is one line that cuts off what does not fit -- at 80 columns in German
or Polish that was the key that saves and leaves. This footer lists the screen's own keys
first and the app-wide ones (ctrl+q, ctrl+l, F1) after them, and wraps onto a second line
(between keys, never inside one) when the terminal is too narrow. Busy screens leave the
app-wide keys out (``app_keys=False``): they still work and the keys panel lists them.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

_SEPARATOR = "▏"
#: (key shown, description) of each key in the footer, and the command palette's key.
Keys = tuple[list[tuple[str, str]], tuple[str, str] | None]


class KeysFooter(Widget):
    """The keys of the screen, wrapped to the width, screen keys before app-wide keys."""

    COMPONENT_CLASSES = {"keys-footer--key", "keys-footer--description"}

    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: auto;
        color: $footer-foreground;
        background: $footer-background;
        .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, palette: bool = True, app_keys: bool = True) -> None:
        super().__init__()
        self._palette = palette
        self._app_keys = app_keys
        #: What the last frame showed (``keys()``): a change of bindings that leaves it as it is
        #: (the focus moving into a list, whose own keys are not shown) repaints nothing.
        self._drawn: Keys | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen and self.keys() != self._drawn:
            self.refresh()

    # A new width needs no refresh of its own: Textual repaints a widget whose size changed,
    # after it asked for its height (``get_content_height``) at that width.

    def keys(self) -> Keys:
        """(key shown, description) of the screen's keys then the app's; and the palette key."""
        app = self.app
        own: list[tuple[str, str]] = []
        app_wide: list[tuple[str, str]] = []
        palette: tuple[str, str] | None = None
        seen_actions: set[str] = set()
        for namespace, binding, _enabled, _tooltip in self.screen.active_bindings.values():
            if binding.key == app.COMMAND_PALETTE_BINDING and binding.description:
                palette = (app.get_key_display(binding), binding.description)
                continue
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            item = (app.get_key_display(binding), binding.description)
            (app_wide if isinstance(namespace, App) else own).append(item)
        if not self._app_keys:
            app_wide = []
        return own + app_wide, palette if self._palette and app.ENABLE_COMMAND_PALETTE else None

    @staticmethod
    def _rows(items: list[tuple[str, str]], width: int) -> list[list[tuple[str, str]]]:
        rows: list[list[tuple[str, str]]] = [[]]
        used = 0
        for key, description in items:
            size = cell_len(key) + 1 + cell_len(description)
            gap = 1 if rows[-1] else 0
            if rows[-1] and used + gap + size > width:
                rows.append([])
                used, gap = 0, 0
            rows[-1].append((key, description))
            used += gap + size
        return rows

    @staticmethod
    def _palette_text(palette: tuple[str, str] | None) -> str:
        return f"{_SEPARATOR}{palette[0]} {palette[1]} " if palette else ""

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        items, palette = self.keys()
        return len(self._rows(items, max(1, width - cell_len(self._palette_text(palette)))))

    def render(self) -> Text:
        self._drawn = items, palette_key = self.keys()
        palette = self._palette_text(palette_key)
        width = self.size.width
        key_style = self.get_component_rich_style("keys-footer--key")
        description_style = self.get_component_rich_style("keys-footer--description")
        text = Text(no_wrap=True, overflow="crop", end="")
        for n, row in enumerate(self._rows(items, max(1, width - cell_len(palette)))):
            if n:
                text.append("\n")
            line = Text(end="")
            for m, (key, description) in enumerate(row):
                if m:
                    line.append(" ")
                line.append(key, key_style)
                line.append(" " + description, description_style)
            if n == 0 and palette:
                line.pad_right(max(0, width - cell_len(palette) - line.cell_len))
                line.append(palette, description_style)
            text.append_text(line)
        return text
