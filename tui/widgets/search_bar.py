"""The search line, always on screen above the keys: ``/`` goes to it (showing it only then
laid out the whole screen, a third of the time to the first hits); results follow every
keystroke."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from tui.widgets.scrolling import TextLine


class SearchBar(Horizontal):
    """A query line with the state of the search beside it (hits, or what is wrong)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Go to results", id="search.submit", priority=True),
        Binding("down", "submit", "Go to results", show=False, id="search.down"),
    ]

    class Changed(Message):
        """The query changed (on every keystroke: only the latest matters)."""

        def __init__(self, search_bar: SearchBar, query: str) -> None:
            self.search_bar = search_bar
            self.query = query
            super().__init__()

        @property
        def control(self) -> SearchBar:
            return self.search_bar

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, SearchBar.Changed)

    class Submitted(Message):
        """The user is done typing: go to the results."""

        def __init__(self, search_bar: SearchBar, query: str) -> None:
            self.search_bar = search_bar
            self.query = query
            super().__init__()

        @property
        def control(self) -> SearchBar:
            return self.search_bar

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-prompt")
        yield TextLine(
            placeholder='words, "a phrase", person:name, year:2022, -not …',
            id="search-input",
            compact=True,
        )
        yield Label("", id="search-status")

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def query_text(self) -> str:
        return self.input.value

    def set_query(self, query: str) -> None:
        """Put ``query`` in the line (without announcing it as a change)."""
        with self.input.prevent(Input.Changed):
            self.input.value = query

    def set_status(self, status: str, *, error: bool = False) -> None:
        """Show the state of the search. Counts of hits have a width of their own, so a count
        changing under each keystroke is drawn without laying out the screen again; what is
        wrong with a query takes the width it needs."""
        label = self.query_one("#search-status", Label)
        label.update(Text(status), layout=error or label.has_class("-error"))
        label.set_class(error, "-error")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self, self.input.value))
