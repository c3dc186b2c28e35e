"""The people pane: a line to narrow the people by name, and the list of them."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input

from tui.screens.catalogue import Catalogue
from tui.widgets.people_list import PeopleList
from tui.widgets.scrolling import TextLine


class PeoplePane(Vertical):
    """Type to narrow the people; Enter (or a click) adds or removes a person filter.

    The screen binds down the catalogue, the chosen people and the releases they allow; the
    pane posts :class:`PeoplePane.Toggled` up when the user picks someone.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Filter by person", id="people.toggle", priority=True),
        Binding("up", "move(-1)", "Up", show=False, id="people.up"),
        Binding("down", "move(1)", "Down", show=False, id="people.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="people.page-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="people.page-down"),
    ]

    catalogue: var[Catalogue] = var(Catalogue.empty)
    reading: var[bool] = var(True)
    """The library is being read for the first time."""
    chosen: var[tuple[str, ...]] = var(())
    allowed: var[frozenset[str] | None] = var(None)
    mentions: var[bool] = var(False)

    class Toggled(Message):
        """Filter by this person, or stop filtering by them if they were chosen."""

        def __init__(self, pane: PeoplePane, key: str) -> None:
            self.pane = pane
            self.key = key
            super().__init__()

        @property
        def control(self) -> PeoplePane:
            return self.pane

    def compose(self) -> ComposeResult:
        yield TextLine(placeholder="Type to narrow…", id="people-narrow", compact=True)
        # Shown once the library is read (there is nobody to list before): the first frame,
        # drawn while the library loads, does without it.
        people_list = PeopleList(id="people-list")
        people_list.display = not self.reading
        yield people_list

    def on_mount(self) -> None:
        self.border_title = "People"
        self._update_subtitle()

    @property
    def narrow_input(self) -> Input:
        return self.query_one("#people-narrow", Input)

    @property
    def people_list(self) -> PeopleList:
        return self.query_one(PeopleList)

    @property
    def narrowing(self) -> str:
        return "" if self._clearing is not None else self.narrow_input.value

    def clear_narrowing(self) -> None:
        """Empty the narrowing line; it and the people list change in the next frame but one
        (see :meth:`_refresh_soon`)."""
        self._clearing = self.narrow_input.value
        self._refresh_soon(keep_cursor=False)

    def focus_input(self) -> None:
        self.narrow_input.focus()

    def on_descendant_focus(self) -> None:
        self.people_list.set_active(True)

    def on_descendant_blur(self) -> None:
        self.people_list.set_active(False)

    # -- keeping the list in step ---------------------------------------------------------

    def watch_catalogue(self) -> None:
        self._refresh_soon()

    def watch_chosen(self) -> None:
        self._refresh_soon()

    def watch_allowed(self) -> None:
        self._refresh_soon()

    _refresh_pending = False
    _refresh_keeps_cursor = True
    _clearing: str | None = None
    """The narrowing line's text when it was asked to be emptied (None: it was not)."""

    def _refresh_soon(self, *, keep_cursor: bool = True) -> None:
        """List the people again once the screen has drawn the change that asked for it.

        Choosing a person changes the chosen people, the releases they allow and the
        narrowing line: one count is enough, and the person's releases reach the screen a
        frame before it (counting who else is in 5,000 releases takes as long as drawing them;
        emptying the narrowing line lays out the whole screen).
        """
        self._refresh_keeps_cursor = self._refresh_keeps_cursor and keep_cursor
        if not self._refresh_pending:
            self._refresh_pending = True
            self.call_after_refresh(self._refresh_now)

    def _refresh_now(self) -> None:
        keep_cursor = self._refresh_keeps_cursor
        self._refresh_pending, self._refresh_keeps_cursor = False, True
        clearing, self._clearing = self._clearing, None
        if clearing is not None and self.narrow_input.value == clearing:  # not if typed into
            with self.prevent(Input.Changed):  # this refresh is the one it would ask for
                self.narrow_input.value = ""
        self.refresh_people(keep_cursor=keep_cursor)

    def watch_reading(self, reading: bool) -> None:
        if self.is_mounted:
            if self.people_list.display == reading:
                self.people_list.display = not reading
            self._update_subtitle()

    def watch_mentions(self) -> None:
        self._update_subtitle()

    @on(Input.Changed, "#people-narrow")
    def _narrowed(self, event: Input.Changed) -> None:
        event.stop()
        self.refresh_people(keep_cursor=False)

    def refresh_people(self, *, keep_cursor: bool = True) -> None:
        if not self.is_mounted:
            return
        people_list = self.people_list
        current = people_list.highlighted
        rows = self.catalogue.people_rows(self.narrowing, self.chosen, self.allowed)
        if not self.catalogue.people:
            empty = "No people yet."
        elif self.narrowing:
            empty = f"Nobody matches “{self.narrowing}”."
        else:
            empty = "Nobody else in these releases."
        keep = current.person.key if current is not None and keep_cursor else None
        people_list.show(rows, keep=keep, empty=empty)
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        if self.reading:
            self.border_subtitle = "loading…"
            return
        scope = "took part or named" if self.mentions else "took part"
        count = self.people_list.row_count if self.is_mounted else 0
        self.border_subtitle = f"{count:,} · {scope} (m)"

    # -- actions ------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self.people_list.cursor += step

    def action_page(self, step: int) -> None:
        people_list = self.people_list
        people_list.cursor += step * max(1, people_list.scrollable_content_region.height - 1)

    def action_choose(self) -> None:
        row = self.people_list.highlighted
        if row is not None:
            self.post_message(self.Toggled(self, row.person.key))

    @on(Input.Submitted, "#people-narrow")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    @on(PeopleList.Activated)
    def _clicked(self, event: PeopleList.Activated) -> None:
        event.stop()
        self.post_message(self.Toggled(self, event.key))
