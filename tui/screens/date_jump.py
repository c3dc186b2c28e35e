"""A small dialog asking for a date to jump to."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class DateJumpModal(ModalScreen[str | None]):
    """Ask for YYYY, YYYY-MM or YYYY-MM-DD; dismiss with it, or with None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="date.cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="date-dialog") as dialog:
            dialog.border_title = "Jump to date"
            yield Input(placeholder="YYYY-MM-DD (or YYYY-MM, YYYY)", id="date-input")
            yield Label("The newest release on or before that date.", id="date-hint")

    @on(Input.Submitted, "#date-input")
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if DATE.match(value):
            self.dismiss(value)
        else:
            hint = self.query_one("#date-hint", Label)
            hint.update(Text(f"“{value}” is not a date: type it as 2022-07-01."))
            hint.add_class("-error")

    def action_cancel(self) -> None:
        self.dismiss(None)
