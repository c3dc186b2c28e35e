"""A list with a cursor that renders only the rows on screen (Textual's Line API).

One widget for any number of rows: nothing is mounted per row, each visible line is rendered on
demand by :meth:`render_row` and kept in an LRU cache of strips, as Textual's ``DataTable`` and
toolong's log view do. Subclasses say how a row looks and what choosing it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets.scrolling import keep_scrollbar, set_scrollable_size
from tui.widgets.styles import component_style


class VirtualList(ScrollView, can_focus=True, inherit_bindings=False):
    """A scrolling list of ``row_count`` one-line rows with a cursor."""

    DEFAULT_CSS = """
    VirtualList {
        height: 1fr;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
        & > .virtual-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .virtual-list--cursor, &.-active > .virtual-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .virtual-list--dim {
            color: $text-muted;
        }
        & > .virtual-list--accent {
            color: $text-accent;
        }
        & > .virtual-list--empty {
            color: $text-muted;
            text-style: italic;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--cursor",
        "virtual-list--dim",
        "virtual-list--accent",
        "virtual-list--empty",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up-vim"),
        Binding("down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("j", "cursor_down", "Down", show=False, id="list.down-vim"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page-up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page-down"),
        Binding("home", "first", "First", show=False, id="list.first"),
        Binding("g", "first", "First", show=False, id="list.first-vim"),
        Binding("end", "last", "Last", show=False, id="list.last"),
        Binding("G", "last", "Last", show=False, id="list.last-vim"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Index of the row under the cursor (0 when the list is empty)."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._row_count = 0
        self._empty_message = ""
        self._generation = 0
        self._line_cache: LRUCache[tuple[int, int, int, bool, bool], Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        """The list's style ("") and its components', worked out once for all the rows
        drawn until the look changes (each walks up the widget tree)."""

    def on_mount(self) -> None:
        keep_scrollbar(self)

    # -- what subclasses provide --------------------------------------------------------

    def render_row(self, index: int, width: int, base: Style) -> Text:
        """The text of row ``index`` (one line; cropped to ``width`` by the list)."""
        raise NotImplementedError

    def row_activated(self, index: int) -> None:
        """The user chose row ``index`` (Enter or a click)."""

    def cursor_moved(self, index: int) -> None:
        """The cursor moved to row ``index`` (only called when there is a row)."""

    # -- data ---------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return self._row_count

    def set_row_count(self, count: int, *, cursor: int = 0, empty: str = "") -> None:
        """Replace the rows: ``count`` of them, the cursor on ``cursor``."""
        self._row_count = count
        self._empty_message = empty
        self.refresh_rows()
        set_scrollable_size(self, Size(self.scrollable_content_region.width, count))
        self.cursor = max(0, min(cursor, count - 1))

    def refresh_rows(self) -> None:
        """Forget every rendered row (the data or its look changed)."""
        self._generation += 1
        self._line_cache.clear()
        self._styles.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line_cache.clear()
        self._styles.clear()

    def _on_focus(self, event: events.Focus) -> None:
        self.refresh_rows()

    def _on_blur(self, event: events.Blur) -> None:
        self.refresh_rows()

    @property
    def active(self) -> bool:
        """Drawn as if focused (a list driven from a text line beside it sets ``-active``)."""
        return self.has_class("-active")

    def set_active(self, active: bool) -> None:
        self.set_class(active, "-active")
        self.refresh_rows()

    # -- the cursor -----------------------------------------------------------------------

    def scroll_cursor_to_top(self) -> None:
        """Scroll so that the cursor's row is the first one shown (after a jump)."""
        self.scroll_to(y=self.cursor, animate=False)

    def watch_cursor(self, old: int, new: int) -> None:
        # Rows are cached with whether the cursor is on them: only the two rows it leaves
        # and enters are drawn again.
        self.refresh()
        self.scroll_to_cursor()
        if self._row_count:
            self.cursor_moved(new)

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, self._row_count - 1))

    def scroll_to_cursor(self) -> None:
        """Scroll just enough to show the cursor."""
        height = self.scrollable_content_region.height
        if height <= 0:
            self.call_after_refresh(self._scroll_after_layout)
            return
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def _scroll_after_layout(self) -> None:
        if self.scrollable_content_region.height > 0:
            self.scroll_to_cursor()

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self._row_count - 1

    def action_activate(self) -> None:
        if self._row_count:
            self.row_activated(self.cursor)

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < self._row_count:
            event.stop()
            self.cursor = index
            self.row_activated(index)

    # -- rendering ----------------------------------------------------------------------

    def _on_resize(self, event: events.Resize) -> None:
        set_scrollable_size(self, Size(self.scrollable_content_region.width, self._row_count))
        self._line_cache.clear()
        self.scroll_to_cursor()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.base_style
        if not self._row_count:
            if y == 0 and self._empty_message:
                text = Text(self._empty_message, style=self.component_style("empty"))
                return self._crop(text, width, base)
            return Strip.blank(width, base)
        if index >= self._row_count:
            return Strip.blank(width, base)
        is_cursor = index == self.cursor
        key = (self._generation, index, width, is_cursor, self.has_focus or self.active)
        strip = self._line_cache.get(key)
        if strip is None:
            text = self.render_row(index, width, base)
            text.truncate(width, overflow="ellipsis", pad=True)
            if is_cursor:
                # Over the row's own colours: dim text on the cursor would be hard to read.
                text.stylize(self.component_style("cursor"), 0, len(text))
            strip = self._crop(text, width, base)
            self._line_cache.set(key, strip)
        return strip

    @property
    def base_style(self) -> Style:
        """The list's own Rich style (its colours over its ancestors' background)."""
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def component_style(self, name: str) -> Style:
        """The Rich style of the ``virtual-list--<name>`` component class."""
        style = self._styles.get(name)
        if style is None:
            style = component_style(self, f"virtual-list--{name}", background=name == "cursor")
            self._styles[name] = style
        return style

    def _crop(self, text: Text, width: int, base: Style) -> Strip:
        text.no_wrap = True
        text.overflow = "ellipsis"
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = [
            Segment(segment.text, base + segment.style if segment.style else base)
            for segment in text.render(self.app.console)
            if segment.text != "\n"
        ]
        return Strip(segments).crop_extend(0, width, base).simplify()


RowT = TypeVar("RowT")


class RowList(VirtualList, Generic[RowT]):
    """A virtual list over a sequence of rows, with the row under the cursor."""

    _rows: Sequence[RowT] = ()

    @property
    def rows(self) -> Sequence[RowT]:
        return self._rows

    @property
    def highlighted(self) -> RowT | None:
        """The row under the cursor."""
        return self._rows[self.cursor] if self._rows else None
