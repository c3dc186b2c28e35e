"""The browser's one big screen: people, releases and the reader, with search.

The screen owns the state (the people filter, the mention toggle, the query, which pane is in
front) and hands it down; the panes post messages up. Anything that touches the disk or the
search index runs in a thread worker and reports back with ``call_from_thread``.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import Reactive, var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import get_current_worker

from store.errors import LibraryError
from store.library import Library, check_error
from store.models import Release, ReleaseSummary
from store.paths import LibraryLocation
from store.storage import gc_paused
from tui import resume_collector
from tui.formatting import release_plain
from tui.messages import FilterByPerson, JumpToDate, OpenRelease
from tui.screens.catalogue import Catalogue
from tui.screens.commands import BrowserCommands
from tui.widgets.header_bar import HeaderBar
from tui.widgets.key_bar import KeyBar
from tui.widgets.people_pane import PeoplePane
from tui.widgets.reader import Reader
from tui.widgets.release_columns import ReleaseColumns
from tui.widgets.release_list import ReleaseList
from tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from textual.timer import Timer

    from store.search import Hit
    from tui.screens.help import KeySection

Pane = Literal["people", "releases", "reader"]
LayoutMode = Literal["narrow", "medium", "wide"]
Sort = Literal["relevance", "date"]

NARROW_BELOW = 100
"""Below this many columns one pane is shown at a time."""
WIDE_FROM = 180
"""From this many columns the releases and the reader sit side by side."""
SEARCH_LIMIT = 500
"""Hits listed for one query."""
COLLECT_EVERY = 1.0
"""Seconds between the browser's looks at whether a full pass of the collector is due."""
COLLECT_AT_REST = 1.0
"""Seconds without a key or a click before a full pass runs."""
FULL_PASS_AFTER = 10
"""Passes over the middle generation that make a full one due (Python's own threshold)."""
FULL_PASS_ANYWAY = 100
"""Passes over the middle generation past which a full one runs even while keys come."""
FULL_PASS_NEVER = 1 << 30
"""The collector's own threshold for full passes while the browser runs them."""
SEARCHING_AFTER = 0.25
"""Seconds a search may take before the search line says it is still searching."""
READ_GIVES_WAY = 0.3
"""Seconds after a key or a click during which the catalogue's read (seconds, in a thread,
at 100,000 releases) waits, so that what the key asked for has the interpreter to itself."""
TYPED_IN_TEXT = frozenset({"search", "people", "toggle_mentions", "copy"})
"""Actions of printable keys, which a text line takes as text instead."""


def library_label(location: LibraryLocation) -> str:
    """How the header names the library."""
    if location.is_sample:
        return "sample library, read-only"
    path = location.path
    try:
        shown = "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        shown = str(path)
    return shown + (" (read-only)" if location.readonly else "")


def _layout_for(width: int) -> LayoutMode:
    if width < NARROW_BELOW:
        return "narrow"
    if width >= WIDE_FROM:
        return "wide"
    return "medium"


class MainScreen(Screen[None], inherit_bindings=False):
    """People | releases | reader, a header with the counts and filters, a footer of keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: these move the focus before the keys typed after them are delivered
        # (over SSH "/baku" often arrives in one read). In a text line they type themselves.
        Binding(
            "slash",
            "search",
            "Search",
            id="search",
            priority=True,
            tooltip="Search the releases as you type",
        ),
        Binding(
            "p",
            "people",
            "People",
            id="people",
            priority=True,
            tooltip="Go to the people filter",
        ),
        Binding(
            "m",
            "toggle_mentions",
            "Mentions",
            id="mentions",
            priority=True,
            tooltip="People filter: also releases that only mention them",
        ),
        Binding(
            "c",
            "copy",
            "Copy",
            id="copy",
            priority=True,
            tooltip="Copy the release text to the clipboard",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            id="back",
            priority=True,
            tooltip="Leave the reader, else undo the last filter",
        ),
        Binding("tab", "next_pane", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, id="pane.previous"),
    ]

    COMMANDS: ClassVar = {BrowserCommands}
    AUTO_FOCUS = "#release-list"

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual's, without the repaint of the whole screen on every focus change: the widgets
    whose look the focus changes (the focused and blurred ones, the panes around them, the keys)
    repaint themselves."""
    catalogue: var[Catalogue] = var(Catalogue.empty, init=False)
    """Everything the lists show, as last loaded."""
    people_filter: var[tuple[str, ...]] = var((), init=False)
    """Keys of the chosen people, in the order chosen: releases with all of them."""
    mentions: var[bool] = var(False, init=False)
    """The people filter counts mere mentions too."""
    allowed: var[frozenset[str] | None] = var(None, init=False)
    """The releases the people filter lets through (None: no people filter)."""
    selected: var[str | None] = var(None, init=False)
    """The release under the list's cursor."""
    search_query: var[str] = var("", init=False)
    """The search query ("" when not searching)."""
    sort: var[Sort] = var("relevance", init=False)
    shown: var[int] = var(0, init=False)
    capped: var[bool] = var(False, init=False)
    total: var[int] = var(0, init=False)
    filter_labels: var[tuple[str, ...]] = var((), init=False)
    reading: var[bool] = var(True, init=False)
    """The library is being read (the first time, or again after another import)."""
    pane: var[Pane] = var("releases", init=False)
    """The pane in front (the only one shown when the terminal is narrow)."""
    layout_mode: var[LayoutMode] = var("medium", init=False)

    def __init__(
        self, library: Library, location: LibraryLocation, *, poll_interval: float = 2.0
    ) -> None:
        super().__init__()
        self.library = library
        self.location = location
        self.poll_interval = poll_interval
        self._lock = threading.Lock()
        """One thread at a time talks to the library object (the first frame reads the
        manifest on the app's thread, before any worker has started)."""
        self._lookup_library: Library | None = None
        self._lookup_lock = threading.Lock()
        """The same for the second handle on the library (see :meth:`_lookups`)."""
        self._steps: list[tuple[str, str | None]] = []
        """Filters in the order applied ("person:KEY", "search"), each with the release the
        cursor was on before it: Escape undoes the last and puts the cursor back."""
        self._search_generation = 0
        self._searching_timer: Timer | None = None
        self._poll_failed = False
        self._opened: str | None = None
        self._focus_on_arrival: Widget | None = None

    # -- building -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The layout's classes go on before any widget is styled: set once the widgets were
        # mounted, they restyled every widget twice before the first frame (a tenth of it).
        self.set_reactive(MainScreen.layout_mode, _layout_for(self.app.size.width))
        self._set_layout_classes()
        self._set_pane_classes()
        yield HeaderBar(library_label(self.location), id="header").data_bind(
            MainScreen.shown,
            MainScreen.capped,
            MainScreen.total,
            MainScreen.reading,
            filters=MainScreen.filter_labels,
        )
        with Horizontal(id="panes"):
            yield PeoplePane(id="people").data_bind(
                MainScreen.catalogue,
                MainScreen.allowed,
                MainScreen.mentions,
                MainScreen.reading,
                chosen=MainScreen.people_filter,
            )
            with Container(id="content"):
                with Vertical(id="releases"):
                    yield ReleaseColumns(id="release-columns")
                    yield ReleaseList(id="release-list")
                yield Reader(id="reader")
        yield SearchBar(id="search")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one("#releases").border_title = "Releases"
        self.reader.border_title = "Reader"
        # The newest releases come with the manifest: the first frame shows them, and the
        # whole list is read once that frame is out (reading it in a thread from the start
        # would slow the first frame down: the reader holds the interpreter most of the time).
        self.release_list.show(self._head(), empty="Loading…")
        self._apply_layout(self.size.width)  # the same as in compose: nothing to restyle
        self.call_after_refresh(self._first_frame_out)

    def _first_frame_out(self) -> None:
        resume_collector()  # paused for the start by tui.cli
        self._load()

    def _head(self) -> list[ReleaseSummary]:
        """The newest releases' summaries, or none if the manifest cannot be read (the load
        that follows reports why)."""
        try:
            return self.library.head()
        except (LibraryError, OSError):
            return []

    # -- parts --------------------------------------------------------------------------

    @property
    def release_list(self) -> ReleaseList:
        return self.query_one(ReleaseList)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def people_pane(self) -> PeoplePane:
        return self.query_one(PeoplePane)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def searching(self) -> bool:
        return bool(self.search_query.strip())

    # -- loading and refreshing -------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, *, refreshed: bool = False) -> None:
        """Read the library's summaries and people, then show them."""
        try:
            with self._lock:
                # The catalogue is millions of long-lived objects (every summary, every
                # person's release ids) and holds no reference cycles. Built with the cyclic
                # collector on, and left to it, its passes would walk them all again and
                # again: at 100,000 releases, stalls of 0.4-0.8 s at start-up and then every
                # ten seconds or so of browsing. So it is built with the collector paused and
                # frozen before the collector resumes: never walked (reference counting still
                # frees it when a reload replaces it). Freezing takes every object then alive,
                # garbage too (dead cycles would never be collected), so collect first.
                gc.collect()
                with gc_paused():
                    catalogue = Catalogue.load(self.library, give_way=self._give_way)
                    gc.freeze()
        except Exception as error:  # a store error, or a file that vanished mid-read
            self._from_thread(self._report, check_error(error))
            self._from_thread(self._load_failed)
            return
        if not get_current_worker().is_cancelled:
            self._from_thread(self._show_catalogue, catalogue, refreshed)
            # The search's modules (tantivy among them) load now, while the user is still
            # looking, rather than on the first keystroke after / (a failure shows then);
            # so does the second handle on the library, rather than on the first Enter.
            with contextlib.suppress(Exception):
                import store.searching  # noqa: F401

                with self._lookup_lock:
                    self._lookups()

    def _give_way(self) -> None:
        """Called by the catalogue's read every few milliseconds: wait while keys come, then go
        on (the read shares one interpreter with the keys' work, and would halve its speed)."""
        worker = get_current_worker()
        while not worker.is_cancelled:
            last_input: float = getattr(self.app, "last_input", 0.0)
            wait = last_input + READ_GIVES_WAY - time.monotonic()
            if wait <= 0:
                return
            time.sleep(min(wait, READ_GIVES_WAY))  # (a key meanwhile moves the end later)

    def _lookups(self) -> Library:
        """A second handle on the library, for opening releases and searching (call with
        ``_lookup_lock`` held): neither waits for the first handle to finish reading the
        catalogue, seconds at 100,000 releases, and neither shares its caches."""
        if self._lookup_library is None:
            self._lookup_library = Library.open(self.library.path, readonly=self.library.readonly)
        return self._lookup_library

    def _from_thread(self, callback: Callable[..., object], *args: object) -> None:
        """Run ``callback`` on the app's thread, unless the app is going away."""
        with contextlib.suppress(RuntimeError):
            self.app.call_from_thread(callback, *args)

    def _load_failed(self) -> None:
        self.reading = False
        self.release_list.show((), empty="The library could not be read.")
        self._start_polling()

    def _show_catalogue(self, catalogue: Catalogue, refreshed: bool) -> None:
        previous = self.catalogue
        keep = self._highlighted_id()
        self.catalogue = catalogue
        self.total = len(catalogue)
        known = tuple(key for key in self.people_filter if key in catalogue.people_by_key)
        if known != self.people_filter:
            self._steps = [
                step for step in self._steps if _step_key(step) in known or step[0] == "search"
            ]
            self.people_filter = known
        self.reading = False
        self._update_allowed()
        self._update_rows(keep=keep)
        self._update_filter_labels()
        if refreshed:
            added = len(catalogue) - len(previous)
            more = f"{added:,} new release{'s' if added != 1 else ''}" if added > 0 else "changes"
            self.notify(
                f"Another import changed the library: showing {more} ({len(catalogue):,} in all).",
                title="Library updated",
            )
            if self._opened is not None and self._opened in catalogue.by_id:
                self._open(self._opened, focus=False, keep_place=True)
        self._start_polling()

    def _start_polling(self) -> None:
        if not self._timers_started:
            self._timers_started = True
            self.set_interval(self.poll_interval, self.check_for_changes, name="poll")
            # The cyclic collector's full passes, over everything the browser made since the
            # catalogue was frozen, took 16-64 ms at 100,000 releases, and came when
            # allocations piled up, that is in the middle of an action: a keypress now and
            # then took twice as long. From now on the young generations are collected as
            # usual (cheap, and they free most cycles young) and the full passes wait for the
            # keys and the mouse to rest (see _collect).
            self._thresholds = gc.get_threshold()
            young, middle, _ = self._thresholds
            gc.set_threshold(young, middle, FULL_PASS_NEVER)
            self.set_interval(COLLECT_EVERY, self._collect, name="collect")

    _thresholds: tuple[int, int, int] | None = None

    def _collect(self) -> None:
        """A full pass of the collector when one is due and the keys have rested."""
        due = gc.get_count()[2]  # passes over the middle generation since the last full one
        if due >= FULL_PASS_AFTER:
            last_input: float = getattr(self.app, "last_input", 0.0)
            resting = time.monotonic() - last_input >= COLLECT_AT_REST
            if resting or due >= FULL_PASS_ANYWAY:
                gc.collect()

    def on_unmount(self) -> None:
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)  # the collector as it was before the browser

    _timers_started = False

    def check_for_changes(self) -> None:
        """Look (cheaply) whether another process has committed to the library."""
        if any(worker.group in ("load", "poll") and worker.is_running for worker in self.workers):
            return
        self._poll()

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def _poll(self) -> None:
        stamp = self.catalogue.stamp
        try:
            with self._lock:
                changed = self.library.changed_since(stamp)
        except Exception as error:
            if not self._poll_failed:
                self._poll_failed = True
                self._from_thread(self._report, check_error(error))
            return
        self._poll_failed = False
        if changed:
            self._from_thread(self._reload)

    def _reload(self) -> None:
        self._load(refreshed=True)

    def _report(self, error: Exception) -> None:
        self.notify(str(error), title="Error", severity="error", timeout=8)

    # -- the filters --------------------------------------------------------------------

    def _update_allowed(self) -> None:
        self.allowed = self.catalogue.allowed(self.people_filter, mentions=self.mentions)

    def _update_filter_labels(self) -> None:
        labels: list[str] = []
        names = [
            self.catalogue.people_by_key[key].name
            for key in self.people_filter
            if key in self.catalogue.people_by_key
        ]
        if names:
            how = "named" if self.mentions else "took part"
            labels.append(f"{how}: {' + '.join(names)}")
        if self.searching:
            labels.append(f"search: {self.search_query.strip()}")
        self.filter_labels = tuple(labels)
        self.refresh_bindings()

    def toggle_person(self, key: str) -> None:
        """Add a person to the people filter, or take them out of it."""
        if key in self.people_filter:
            self._steps = [step for step in self._steps if _step_key(step) != key]
            self.people_filter = tuple(k for k in self.people_filter if k != key)
        else:
            self._steps.append((f"person:{key}", self._highlighted_id()))
            self.people_filter = (*self.people_filter, key)
        self._filters_changed()

    def _filters_changed(self, keep: str | None = None) -> None:
        self._update_allowed()
        self._update_filter_labels()
        self._update_rows(keep=keep)

    def watch_mentions(self) -> None:
        if self.people_filter:
            self._filters_changed()

    def _highlighted_id(self) -> str | None:
        row = self.release_list.highlighted
        return row.id if row is not None else None

    def _update_rows(self, keep: str | None = None) -> None:
        """Show the releases the filters let through (searching runs in a worker)."""
        if keep is None:
            keep = self._highlighted_id()
        if self.searching:
            self._start_search(keep)
            return
        rows = self.catalogue.releases(self.allowed)
        self.release_list.show(rows, keep=keep, empty=self._empty_message())
        self.shown = len(rows)
        self.capped = False

    def _empty_message(self) -> str:
        if self.reading and not self.catalogue.summaries:
            return "Loading…"
        if not self.catalogue.summaries:
            return "This library has no releases yet. Import some: pressroom import FILES…"
        if self.searching:
            return "No release matches the search."
        if self.people_filter:
            if len(self.people_filter) > 1:
                return "No release has all these people. Escape takes the last one away."
            if not self.mentions:
                return "None they took part in; m also shows releases that mention them."
            return "No release names them."
        return "No releases."

    # -- search -------------------------------------------------------------------------

    def _start_search(self, keep: str | None) -> None:
        self._search_generation += 1
        # Said only if the hits are slow to come: most searches answer within a frame, and
        # the status would be drawn (and laid out) once more for nothing.
        if self._searching_timer is not None:
            self._searching_timer.stop()
        self._searching_timer = self.set_timer(SEARCHING_AFTER, self._still_searching)
        self._search(
            self._search_generation, self.search_query.strip(), self.allowed, self.sort, keep
        )

    def _still_searching(self) -> None:
        if self.searching:
            self.search_bar.set_status("searching…")

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(
        self,
        generation: int,
        query: str,
        allowed: frozenset[str] | None,
        sort: Sort,
        keep: str | None,
    ) -> None:
        from store.query import QueryError
        from store.searching import search_library

        worker = get_current_worker()
        hits: list[Hit] = []
        notice: str | None = None
        problem: str | None = None
        try:
            with self._lookup_lock:
                if worker.is_cancelled:  # a later keystroke has replaced this search
                    return
                outcome = search_library(
                    self._lookups(),
                    query,
                    limit=SEARCH_LIMIT,
                    sort=sort,
                    ids=set(allowed) if allowed is not None else None,
                    # Ids only: the catalogue has the rest, the reader highlights the text.
                    snippets=False,
                    fields=False,
                )
            hits, notice = outcome.hits, outcome.notice
        except QueryError as error:
            problem = str(error)
        except Exception as error:
            problem = str(check_error(error)).splitlines()[0]
        if not worker.is_cancelled:
            self._from_thread(self._show_hits, generation, hits, notice, problem, keep)

    def _show_hits(
        self,
        generation: int,
        hits: Sequence[Hit],
        notice: str | None,
        problem: str | None,
        keep: str | None,
    ) -> None:
        if generation != self._search_generation or not self.searching:
            return  # a newer query is on its way: these results are stale
        if self._searching_timer is not None:
            self._searching_timer.stop()  # answered: no "searching…"
        if problem is not None:
            self.search_bar.set_status(problem, error=True)
            return
        if self.reading and not self.catalogue.summaries:
            return  # the library is still loading: its arrival runs the search again
        if notice:
            self.notify(notice, title="Search")
        # A release the index has and the catalogue not yet (another process has just
        # imported it) is listed once the catalogue is read again, moments later.
        by_id = self.catalogue.by_id
        rows = [row for row in map(by_id.get, (hit.id for hit in hits)) if row is not None]
        self.release_list.show(rows, keep=keep, empty="No release matches the search.")
        self.shown = len(rows)
        self.capped = len(hits) >= SEARCH_LIMIT
        more = "+" if self.capped else ""
        self.search_bar.set_status(
            f"{len(rows):,}{more} hit{'s' if len(rows) != 1 else ''} · by {self.sort}"
        )
        if self._opened is not None:
            # The open release's hits are marked a frame after the list is drawn: wrapping it
            # again costs as much as drawing the list (10-14 ms for a long release).
            self.call_after_refresh(self._mark_hits_in_reader)

    def _mark_hits_in_reader(self) -> None:
        if self._opened is not None:
            self.reader.set_terms(self._terms())

    def _terms(self) -> tuple[str, ...]:
        if not self.searching:
            return ()
        from store.query import QueryError, highlight_terms

        try:
            return tuple(highlight_terms(self.search_query))
        except QueryError:
            return ()

    @on(SearchBar.Changed)
    def _query_changed(self, event: SearchBar.Changed) -> None:
        self._set_query(event.query)

    def _set_query(self, query: str) -> None:
        was_searching = self.searching
        keep = self._highlighted_id()
        self.search_query = query
        if self.searching and not was_searching:
            self._steps.append(("search", keep))
        elif was_searching and not self.searching:
            self._steps = [step for step in self._steps if step[0] != "search"]
            self._search_generation += 1
            self.search_bar.set_status("")
        self._update_filter_labels()
        self._update_rows(keep=keep)
        if not self.searching and self._opened is not None:
            self.reader.set_terms(())

    @on(SearchBar.Submitted)
    def _query_submitted(self, event: SearchBar.Submitted) -> None:
        self.show_pane("releases")

    def clear_search(self, *, restore: bool = True) -> None:
        """Leave search: the list and the cursor go back to how they were before it."""
        before = next((saved for step, saved in self._steps if step == "search"), None)
        self.search_bar.set_query("")
        self._set_query("")
        self.search_bar.remove_class("-active")
        if restore and before is not None:
            self._move_cursor_to(before)

    # -- the reader ---------------------------------------------------------------------

    @on(ReleaseList.Highlighted)
    def _release_highlighted(self, event: ReleaseList.Highlighted) -> None:
        self.selected = event.release_id

    def watch_selected(self, old: str | None, new: str | None) -> None:
        # Only whether a release is under the cursor changes a key ("Copy"); refreshing the
        # bindings on every move would rebuild the footer on every keystroke.
        if (old is None) != (new is None):
            self.refresh_bindings()

    @on(ReleaseList.Selected)
    def _release_selected(self, event: ReleaseList.Selected) -> None:
        self._open(event.release_id)

    @on(OpenRelease)
    def _open_requested(self, event: OpenRelease) -> None:
        self._open(event.release_id)

    def _open(self, release_id: str, *, focus: bool = True, keep_place: bool = False) -> None:
        self._opened = release_id
        # The focus moves with the release, and only if the user has not moved it meanwhile.
        self._focus_on_arrival = self.focused if focus else None
        self._fetch(release_id, self._terms(), keep_place=keep_place, focus=focus)

    @work(thread=True, exclusive=True, group="reader", exit_on_error=False)
    def _fetch(
        self, release_id: str, terms: tuple[str, ...], *, keep_place: bool, focus: bool
    ) -> None:
        try:
            with self._lookup_lock:
                release = self._lookups().get(release_id)
        except Exception as error:
            self._from_thread(self._report, check_error(error))
            return
        if not get_current_worker().is_cancelled:
            self._from_thread(self._show_release, release, terms, keep_place, focus)

    def _show_release(
        self, release: Release, terms: tuple[str, ...], keep_place: bool, focus: bool
    ) -> None:
        if release.id != self._opened:
            return
        focused_at_enter, self._focus_on_arrival = self._focus_on_arrival, None
        if focus and focused_at_enter is not None and self.focused is focused_at_enter:
            # The focus moves with the release, not before it: the restyle of the panes'
            # borders and the new text reach the screen in one frame (moving it on the key
            # drew the whole screen twice, a third of the time to open a release). Keys
            # pressed meanwhile (typing a query, Escape) keep the focus where they put it.
            self.show_pane("reader")
        if keep_place and self.reader.release is not None:
            y = self.reader.scroll_y
            self.reader.show(release, terms)
            self.reader.scroll_to(y=y, animate=False)
        else:
            self.reader.show(release, terms)
        self.refresh_bindings()

    # -- panes --------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout(event.size.width)

    def _apply_layout(self, width: int) -> None:
        self.layout_mode = _layout_for(width)

    def watch_layout_mode(self) -> None:
        self._set_layout_classes()
        self.update_node_styles()

    def _set_layout_classes(self) -> None:
        for name in ("narrow", "medium", "wide"):
            self.set_class(name == self.layout_mode, f"-{name}", update=False)

    def watch_pane(self) -> None:
        # Change the three classes first and restyle the screen once, not three times; only
        # the narrow layout styles by them (it shows one pane at a time), so the others skip
        # the restyle of every widget (a third of the time it took to open a release).
        self._set_pane_classes()
        if self.layout_mode == "narrow":
            self.update_node_styles()

    def _set_pane_classes(self) -> None:
        for name in ("people", "releases", "reader"):
            self.set_class(name == self.pane, f"-show-{name}", update=False)

    def _pane_widget(self, pane: Pane) -> Widget:
        if pane == "people":
            return self.people_pane.narrow_input
        if pane == "reader":
            return self.reader
        return self.release_list

    def _pane_of(self, widget: Widget | None) -> Pane | None:
        node = widget
        while node is not None and node is not self:
            if isinstance(node, PeoplePane):
                return "people"
            if isinstance(node, Reader):
                return "reader"
            if isinstance(node, (ReleaseList, SearchBar)):
                return "releases"
            node = node.parent if isinstance(node.parent, Widget) else None
        return None

    def show_pane(self, pane: Pane) -> None:
        """Bring a pane to the front and focus it."""
        self.pane = pane
        target = self._pane_widget(pane)
        self.set_focus(target)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        pane = self._pane_of(event.widget)
        if pane is not None:
            self.pane = pane
        if event.widget is self.search_bar.input:
            self.search_bar.add_class("-active")  # a click on the line opens a search, as / does

    def _cycle(self) -> list[Widget]:
        order: list[Widget] = [self.people_pane.narrow_input]
        if self.search_bar.has_class("-active"):
            order.append(self.search_bar.input)
        order += [self.release_list, self.reader]
        return order

    def _focus_step(self, step: int) -> None:
        order = self._cycle()
        focused = self.focused
        index = order.index(focused) if focused in order else order.index(self.release_list)
        target = order[(index + step) % len(order)]
        pane = self._pane_of(target)
        if pane is not None:
            self.pane = pane
        self.set_focus(target)

    def action_next_pane(self) -> None:
        self._focus_step(+1)

    def action_previous_pane(self) -> None:
        self._focus_step(-1)

    # -- actions ------------------------------------------------------------------------

    def action_search(self) -> None:
        self.search_bar.add_class("-active")
        if self.layout_mode == "narrow":
            self.pane = "releases"
        self.set_focus(self.search_bar.input)

    def action_people(self) -> None:
        self.show_pane("people")

    def action_toggle_mentions(self) -> None:
        self.mentions = not self.mentions
        what = "took part in or mention" if self.mentions else "took part in"
        self.notify(f"The people filter shows the releases they {what}.", timeout=3)
        self._update_filter_labels()

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"
        if self.searching:
            self._update_rows()
        else:
            self.notify(f"Search results will be sorted by {self.sort}.", timeout=3)

    def action_clear_filters(self) -> None:
        if self.searching:
            self.clear_search(restore=False)
        self._steps.clear()
        self.people_filter = ()
        self._filters_changed()

    def action_jump_to_date(self) -> None:
        from tui.screens.date_jump import DateJumpModal

        def jump(date: str | None) -> None:
            if date:
                self.post_message(JumpToDate(date))

        self.app.push_screen(DateJumpModal(), jump)

    @on(JumpToDate)
    def _jump_to_date(self, event: JumpToDate) -> None:
        rows = self.release_list.rows
        if not rows:
            self.notify("No releases to jump in.", severity="warning")
            return
        index = self.catalogue.index_on_or_before(rows, event.date)
        self.release_list.cursor = index
        self.release_list.scroll_cursor_to_top()
        self.show_pane("releases")
        row = rows[index]
        self.notify(f"{row.date or 'undated'}: {row.title}", title=f"Jumped to {event.date}")

    @on(FilterByPerson)
    def _filter_by_person(self, event: FilterByPerson) -> None:
        self.toggle_person(event.key)

    @on(PeoplePane.Toggled)
    def _person_toggled(self, event: PeoplePane.Toggled) -> None:
        self.toggle_person(event.key)
        self.people_pane.clear_narrowing()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in TYPED_IN_TEXT and isinstance(self.focused, Input):
            return False
        if action == "copy":
            return True if self._copy_target() is not None else None
        if action == "toggle_mentions":
            return bool(self.people_filter)
        if action == "back":
            return self._can_step_back()
        return True

    def _can_step_back(self) -> bool:
        if self._pane_of(self.focused) in ("reader", "people") or (
            self._focus_on_arrival is not None
        ):
            return True
        return bool(self._steps) or self.search_bar.has_class("-active")

    def _copy_target(self) -> str | None:
        """The release ``c`` copies: the one being read, else the one under the cursor."""
        reader_release = self.reader.release
        if reader_release is not None and (self.focused is self.reader or self.pane == "reader"):
            return reader_release.id
        highlighted = self._highlighted_id()
        if highlighted is not None:
            return highlighted
        return reader_release.id if reader_release is not None else None

    def action_copy(self) -> None:
        release_id = self._copy_target()
        if release_id is None:
            self.notify("No release to copy.", severity="warning")
            return
        release = self.reader.release
        if release is not None and release.id == release_id:
            self._copy(release)
        else:
            self._fetch_to_copy(release_id)

    @work(thread=True, exclusive=True, group="copy", exit_on_error=False)
    def _fetch_to_copy(self, release_id: str) -> None:
        try:
            with self._lookup_lock:
                release = self._lookups().get(release_id)
        except Exception as error:
            self._from_thread(self._report, check_error(error))
            return
        self._from_thread(self._copy, release)

    def _copy(self, release: Release) -> None:
        text = release_plain(release)
        self.app.copy_to_clipboard(text)
        self.notify(
            f"{release.title} ({len(text):,} characters). Pasting needs a terminal that "
            "accepts OSC 52.",
            title="Copied to the clipboard",
            timeout=4,
        )

    def action_back(self) -> None:
        """Escape: leave the reader, else undo the innermost filter, else leave the pane."""
        focused = self.focused
        pane = self._pane_of(focused)
        if self._focus_on_arrival is not None:
            # Back from a release still on its way: it opens without the focus, and nothing
            # else is undone (the reader the key would have left was not there yet).
            self._focus_on_arrival = None
            return
        if isinstance(focused, Reader) or pane == "reader":
            self.show_pane("releases")
            return
        if focused is self.search_bar.input:
            self.clear_search()
            self.show_pane("releases")
            return
        if pane == "people":
            if self.people_pane.narrowing:
                self.people_pane.clear_narrowing()
            else:
                self.show_pane("releases")
            return
        if not self._steps:
            if self.search_bar.has_class("-active"):
                self.search_bar.remove_class("-active")
            return
        step, before = self._steps[-1]
        if step == "search":
            self.clear_search()
        else:
            self._steps.pop()
            key = step.removeprefix("person:")
            self.people_filter = tuple(k for k in self.people_filter if k != key)
            self._filters_changed(keep=before)

    def _move_cursor_to(self, release_id: str) -> None:
        index = self.release_list.index_of(release_id)
        if index is not None:
            self.release_list.cursor = index

    # -- help ---------------------------------------------------------------------------

    def key_sections(self) -> list[KeySection]:
        """Every key of the browser, pane by pane, for the help screen."""
        from tui.screens.help import key_section

        return [
            key_section("Everywhere", [self.app, self]),
            key_section("Releases", [self.release_list]),
            key_section("Reader", [self.reader]),
            key_section("People", [self.people_pane]),
            key_section("Search line", [self.search_bar]),
        ]


def _step_key(step: tuple[str, str | None]) -> str | None:
    name = step[0]
    return name.removeprefix("person:") if name.startswith("person:") else None
