"""The bottom line: the keys of the pane in front, drawn as one widget."""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget

from tui.widgets.styles import component_style

PALETTE_MARK = "▏"


class ShownKey(NamedTuple):
    """A key as the bar shows it: what to press, how it reads, what it does, and whether it
    does anything now (a disabled key is dimmed)."""

    key: str
    display: str
    description: str
    enabled: bool


class KeyBar(Widget):
    """The keys Textual's compact ``Footer`` would show, in one line of one widget.

    Textual's footer mounts a widget per key and builds them all again on every change of
    bindings (each focus change, each ``refresh_bindings``), and every rebuild styles and lays
    out the screen again. This bar repaints its one line when the bindings change.
    A click on a key presses it, as in Textual's footer.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
        }
        & > .key-bar--separator {
            color: $foreground 20%;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--separator",
    }

    ALLOW_SELECT = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        # Repainted, not compared: what a key's check_action says may still change before
        # the next frame, and one line costs nothing to draw again.
        if self.is_attached and screen is self.screen:
            self.refresh()

    def shown_keys(self) -> tuple[tuple[ShownKey, ...], ShownKey | None]:
        """The keys on the left (one per action, in binding order), and the palette's key."""
        app = self.app
        active = self.screen.active_bindings
        keys: dict[str, ShownKey] = {}
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in keys:
                keys[binding.action] = ShownKey(
                    binding.key, app.get_key_display(binding), binding.description, enabled
                )
        palette: ShownKey | None = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = ShownKey(
                binding.key, app.get_key_display(binding), binding.description, enabled
            )
            keys.pop(binding.action, None)
        return tuple(keys.values()), palette

    def _key_text(self, shown: ShownKey, key_style: Style, description_style: Style) -> Text:
        press = Style(meta={"@click": f"app.simulate_key({shown.key!r})"})
        dim = Style(dim=not shown.enabled)
        text = Text(no_wrap=True)
        text.append(shown.display, style=key_style + dim + press)
        if shown.description:
            text.append(" " + shown.description, style=description_style + dim + press)
        return text

    def render(self) -> Text:
        keys, palette = self.shown_keys()
        width = self.size.width
        key_style = component_style(self, "key-bar--key")
        description_style = component_style(self, "key-bar--description")
        right = Text(no_wrap=True)
        if palette is not None:
            right.append(PALETTE_MARK, style=component_style(self, "key-bar--separator"))
            right.append_text(self._key_text(palette, key_style, description_style))
        left = Text(no_wrap=True, overflow="ellipsis")
        for number, key in enumerate(keys):
            if number:
                left.append(" ")
            left.append_text(self._key_text(key, key_style, description_style))
        room = width - right.cell_len
        if room < 1 or right.cell_len == 0:
            left.truncate(width, overflow="ellipsis")
            return left
        if left.cell_len > room - 1:
            left.truncate(max(0, room - 1), overflow="ellipsis")
        left.append(" " * (width - left.cell_len - cell_len(right.plain)))
        left.append_text(right)
        return left
