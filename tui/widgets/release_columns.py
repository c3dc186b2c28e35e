"""The column names above the release list, laid out as its rows are."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from tui.widgets.release_list import DATE_FROM_WIDTH, DATE_WIDTH


class ReleaseColumns(Widget):
    """``date  title  people``, following the list's columns at any width."""

    DEFAULT_CSS = """
    ReleaseColumns {
        height: 1;
        color: $text-muted;
        text-style: bold;
        padding-right: 1;
    }
    """

    def render(self) -> Table:
        # The list has a one-column scrollbar gutter; this line has one column of padding.
        wide = self.size.width >= DATE_FROM_WIDTH
        columns = Table.grid(expand=True)
        if wide:
            columns.add_column(width=DATE_WIDTH + 1, no_wrap=True)
        columns.add_column(ratio=1, no_wrap=True)
        columns.add_column(justify="right", no_wrap=True)
        cells = ["date"] if wide else []
        cells += ["  title", "people"]
        columns.add_row(*(Text(cell) for cell in cells))
        return columns
