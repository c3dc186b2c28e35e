"""The people of the library, one line each with release counts, virtual like the releases."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.message import Message

from tui.screens.catalogue import PeopleRows, PersonRow
from tui.widgets.virtual_list import RowList

CHOSEN_MARK = "● "


class PeopleList(RowList[PersonRow], can_focus=False):
    """People with how many releases they took part in (and +N only mentioning them)."""

    class Activated(Message):
        """The user chose (or un-chose) a person by clicking them."""

        def __init__(self, people_list: PeopleList, key: str) -> None:
            self.people_list = people_list
            self.key = key
            super().__init__()

        @property
        def control(self) -> PeopleList:
            return self.people_list

    def show(self, rows: Sequence[PersonRow], *, keep: str | None = None, empty: str = "") -> None:
        """Show ``rows``, the cursor on person ``keep`` when listed (else the first)."""
        self._rows = rows
        cursor = 0
        if keep is not None:
            if isinstance(rows, PeopleRows):
                cursor = rows.index_of(keep) or 0
            else:
                cursor = next((n for n, row in enumerate(rows) if row.person.key == keep), 0)
        self.set_row_count(len(rows), cursor=cursor, empty=empty)

    def row_activated(self, index: int) -> None:
        self.post_message(self.Activated(self, self._rows[index].person.key))

    def render_row(self, index: int, width: int, base: Style) -> Text:
        row = self._rows[index]
        dim = self.component_style("dim")
        counts = Text(no_wrap=True)
        counts.append(f" {row.took_part:>5}")
        counts.append(f" +{row.mentioned:<4}" if row.mentioned else " " * 6, style=dim)
        text = Text(no_wrap=True, overflow="ellipsis")
        if row.chosen:
            text.append(CHOSEN_MARK, style=self.component_style("accent"))
        name_width = max(1, width - text.cell_len - counts.cell_len)
        name = Text(row.person.name, no_wrap=True, overflow="ellipsis")
        if row.chosen:
            name.stylize("bold")
        name.truncate(name_width, overflow="ellipsis", pad=True)
        text.append_text(name)
        text.append_text(counts)
        return text
