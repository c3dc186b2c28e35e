"""The releases pane: one line a release (date, category mark, title, participants), virtual."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from store.models import ReleaseSummary
from tui.formatting import category_mark
from tui.widgets.virtual_list import RowList

DATE_WIDTH = 10
COUNT_WIDTH = 3
DATE_FROM_WIDTH = 40
"""Rows narrower than this leave the date out."""


class ReleaseList(RowList[ReleaseSummary]):
    """Releases newest first (or search hits in rank order), instant at any length."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "activate", "Open", id="releases.open"),
    ]

    class Highlighted(Message):
        """The cursor is on another release."""

        def __init__(self, release_list: ReleaseList, release_id: str | None) -> None:
            self.release_list = release_list
            self.release_id = release_id
            super().__init__()

        @property
        def control(self) -> ReleaseList:
            return self.release_list

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReleaseList.Highlighted)

    class Selected(Message):
        """The user chose a release to read (Enter or a click)."""

        def __init__(self, release_list: ReleaseList, release_id: str) -> None:
            self.release_list = release_list
            self.release_id = release_id
            super().__init__()

        @property
        def control(self) -> ReleaseList:
            return self.release_list

    def show(
        self, rows: Sequence[ReleaseSummary], *, keep: str | None = None, empty: str = ""
    ) -> None:
        """Show ``rows``, the cursor on release ``keep`` when it is among them (else the first)."""
        self._rows = rows
        cursor = 0
        if keep is not None:
            cursor = next((n for n, row in enumerate(rows) if row.id == keep), 0)
        self.set_row_count(len(rows), cursor=cursor, empty=empty)
        if not rows:
            self.post_message(self.Highlighted(self, None))

    def index_of(self, release_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == release_id), None)

    def cursor_moved(self, index: int) -> None:
        self.post_message(self.Highlighted(self, self._rows[index].id))

    def row_activated(self, index: int) -> None:
        self.post_message(self.Selected(self, self._rows[index].id))

    def render_row(self, index: int, width: int, base: Style) -> Text:
        row = self._rows[index]
        dim = self.component_style("dim")
        count = len(row.participants)
        count_text = f"{count:>{COUNT_WIDTH}}" if count else " " * (COUNT_WIDTH - 1) + "·"
        text = Text(no_wrap=True, overflow="ellipsis")
        if width >= DATE_FROM_WIDTH:
            text.append(f"{row.date or 'undated':<{DATE_WIDTH}} ", style=dim)
        text.append(category_mark(row.category), style=self.component_style("accent"))
        text.append(" ")
        title_width = max(1, width - text.cell_len - COUNT_WIDTH - 1)
        title = Text(row.title, no_wrap=True, overflow="ellipsis")
        title.truncate(title_width, overflow="ellipsis", pad=True)
        text.append_text(title)
        text.append(" ")
        text.append(count_text, style=dim)
        return text
