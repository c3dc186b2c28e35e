"""The top line: how many releases are shown of how many, the filters, and which library."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from tui.widgets.styles import component_style


class HeaderBar(Widget):
    """One line: ``12 of 4,321 releases · filters`` on the left, the library on the right."""

    DEFAULT_CSS = """
    HeaderBar {
        height: 1;
        width: 1fr;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "header-bar--library",
        "header-bar--filters",
        "header-bar--app",
    }

    shown: reactive[int] = reactive(0)
    total: reactive[int] = reactive(0)
    capped: reactive[bool] = reactive(False)
    """More releases match than are listed (a search stops at its limit)."""
    filters: reactive[tuple[str, ...]] = reactive(())
    reading: reactive[bool] = reactive(True)

    def __init__(self, library: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library

    def render(self) -> Text:
        width = self.size.width
        left = Text(no_wrap=True, overflow="ellipsis")
        left.append("pressroom ", style=component_style(self, "header-bar--app"))
        if self.reading:
            left.append("loading the library…")
        else:
            if self.shown == self.total and not self.capped:
                left.append(f"{self.total:,} release{'s' if self.total != 1 else ''}")
            else:
                more = "+" if self.capped else ""
                left.append(f"{self.shown:,}{more} of {self.total:,} releases")
            filter_style = component_style(self, "header-bar--filters")
            for item in self.filters:
                left.append(" · ")
                left.append(item, style=filter_style)
        library_style = component_style(self, "header-bar--library")
        room = width - left.cell_len - 2
        library = self.library
        if room < 8:
            left.truncate(width, overflow="ellipsis")
            return left
        if cell_len(library) > room:
            library = "…" + library[-(room - 1) :]
        left.append(" " * (width - left.cell_len - cell_len(library)))
        left.append(library, style=library_style)
        return left
