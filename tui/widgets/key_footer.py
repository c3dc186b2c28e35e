"""Textual's footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A :class:`~textual.widgets.Footer` that skips rebuilds which would show the same keys.

    Textual's footer removes and mounts a widget per key on every bindings update, and each
    rebuild lays the screen out again: opening a release (focus moves, the reader's keys
    change) asked for several, most of them identical. This one rebuilds at most once per
    refresh, and only when the shown keys differ.
    """

    _shown: tuple[Any, ...] | None = None
    _rebuild_pending = False

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        shown = self._shown_keys()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()
        else:
            self.refresh()  # the same keys: repaint them in place, no new layout

    def _shown_keys(self) -> tuple[Any, ...]:
        """What :meth:`compose` draws: each shown binding, enabled or not, with its tooltip."""
        keys: list[tuple[Any, ...]] = [
            (binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        ]
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            keys.append(("palette", palette[2], palette[3]))
        return tuple(keys)
