"""The reader pane: one release, Rich-rendered and reflowed to the pane's width."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.models import Release
from tui.widgets.scrolling import keep_scrollbar, set_scrollable_size
from tui.widgets.styles import component_style

MEASURE = 100
"""The widest the text runs, however wide the pane: long lines are hard to read."""
CONTEXT = 2
"""Lines shown above a hit that n/N jumps to."""
UNDIM = Style(dim=False)
"""Names stay bright on the dimmed "Took part:" and "Mentioned:" lines."""


class Reader(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows a release; scrolls with the keyboard; n/N go from search hit to search hit."""

    DEFAULT_CSS = """
    Reader {
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
        & > .reader--participant { color: $text-primary; }
        & > .reader--mention { color: $text-secondary; }
        & > .reader--placeholder { color: $text-muted; text-style: italic; }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--participant",
        "reader--mention",
        "reader--placeholder",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="reader.up-vim"),
        Binding("down", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("j", "scroll_down", "Scroll down", show=False, id="reader.down-vim"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page-up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="reader.page-down"),
        Binding("home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("g", "scroll_home", "Top", show=False, id="reader.top-vim"),
        Binding("end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("G", "scroll_end", "Bottom", show=False, id="reader.bottom-vim"),
        Binding("n", "next_hit", "Next hit", id="reader.next-hit"),
        Binding("N", "previous_hit", "Previous hit", id="reader.previous-hit"),
    ]

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._release: Release | None = None
        self._terms: tuple[str, ...] = ()
        self._render_key: object = None
        self._placeholder = "Choose a release and press Enter to read it."
        self._lines: list[Strip] = []
        self._width = 0
        self._hit_lines: list[int] = []
        self._hit = -1

    def on_mount(self) -> None:
        keep_scrollbar(self)

    # -- what is shown --------------------------------------------------------------------

    @property
    def release(self) -> Release | None:
        return self._release

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    @property
    def hit_lines(self) -> Sequence[int]:
        """The lines holding search hits, top to bottom."""
        return self._hit_lines

    @property
    def current_hit(self) -> int:
        """Index into :attr:`hit_lines` of the hit last jumped to (-1: none yet)."""
        return self._hit

    @property
    def text(self) -> str:
        """The rendered text, as it is on screen (for tests and the curious)."""
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    def show(self, release: Release | None, terms: Sequence[str] = ()) -> None:
        """Show ``release`` from the top, search ``terms`` highlighted."""
        self._release = release
        self._terms = tuple(terms)
        self._rerender()
        self.scroll_to(y=0, animate=False)
        if self._hit_lines and self._hit_lines[0] >= self.scrollable_content_region.height:
            self.call_after_refresh(self.action_next_hit)

    def set_terms(self, terms: Sequence[str]) -> None:
        """Highlight other search terms, keeping the place."""
        if tuple(terms) != self._terms:
            self._terms = tuple(terms)
            self._rerender()

    def clear(self, placeholder: str) -> None:
        """Show no release, just a line saying why."""
        self._placeholder = placeholder
        self.show(None)

    # -- rendering ----------------------------------------------------------------------

    def _rerender(self) -> None:
        width = self.scrollable_content_region.width
        base = self.rich_style
        # Focus changes and pane switches send style updates and resizes: wrap the release
        # again only when something the lines depend on has changed.
        key = (
            self._release,
            self._terms,
            self._placeholder,
            width,
            base,
            self._component("participant"),
            self._component("mention"),
            self._component("placeholder"),
        )
        if key == self._render_key:
            return
        self._render_key = key
        self._width = width
        had_hits = bool(self._hit_lines)
        self._hit = -1
        self._hit_lines = []
        if width <= 0:
            self._lines = []
        elif self._release is None:
            text = Text(self._placeholder, style=self._component("placeholder"))
            self._lines = self._strips_of(text, width, base)
        else:
            from tui.render import release_renderable  # not needed for the first frame

            renderable = release_renderable(self._release, terms=self._terms)
            self._lines = self._strips_of(renderable, min(width, MEASURE), base, names=True)
        self._update_subtitle()
        set_scrollable_size(self, Size(width, len(self._lines)))
        self.refresh()
        if bool(self._hit_lines) != had_hits:
            self.refresh_bindings()  # n/N come and go with the hits

    def _strips_of(
        self, renderable: RenderableType, width: int, base: Style, *, names: bool = False
    ) -> list[Strip]:
        console = self.app.console
        options = console.options.update(width=width, highlight=False, markup=False)
        lines = console.render_lines(renderable, options, pad=False)
        participant = self._component("participant")
        mention = self._component("mention")
        strips: list[Strip] = []
        in_heading = True
        for number, line in enumerate(lines):
            if in_heading and not "".join(segment.text for segment in line).strip():
                in_heading = False
            if names and not in_heading:
                line = [_name_style(segment, participant, mention) for segment in line]
            if any(segment.style is not None and segment.style.reverse for segment in line):
                self._hit_lines.append(number)
            strips.append(Strip([_on(base, segment) for segment in line]).simplify())
        return strips

    def _component(self, name: str) -> Style:
        return component_style(self, f"reader--{name}")

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self._rerender()

    def _on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._rerender()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        return self._lines[index].crop_extend(0, width, base)

    # -- moving -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_hit", "previous_hit"):
            return bool(self._hit_lines)
        return True

    def action_next_hit(self) -> None:
        self._jump(+1)

    def action_previous_hit(self) -> None:
        self._jump(-1)

    def _jump(self, step: int) -> None:
        if not self._hit_lines:
            self.app.bell()
            self.notify("No search hits in this release." if self._terms else "No search active.")
            return
        if self._hit < 0:
            top = round(self.scroll_y)
            if step > 0:
                candidates = [n for n, line in enumerate(self._hit_lines) if line >= top]
                self._hit = candidates[0] if candidates else 0
            else:
                candidates = [n for n, line in enumerate(self._hit_lines) if line < top]
                self._hit = candidates[-1] if candidates else len(self._hit_lines) - 1
        else:
            self._hit = (self._hit + step) % len(self._hit_lines)
        self.scroll_to(y=max(0, self._hit_lines[self._hit] - CONTEXT), animate=False)
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        if not self._hit_lines:
            self.border_subtitle = ""
        elif self._hit < 0:
            count = len(self._hit_lines)
            self.border_subtitle = f"{count} hit line{'s' if count != 1 else ''} · n/N"
        else:
            self.border_subtitle = f"hit line {self._hit + 1} of {len(self._hit_lines)} · n/N"


def _on(base: Style, segment: Segment) -> Segment:
    """The segment drawn over the widget's own style."""
    return Segment(segment.text, base + segment.style if segment.style else base)


def _name_style(segment: Segment, participant: Style, mention: Style) -> Segment:
    """Colour the names release_renderable marks (bold: took part, italic: mentioned)."""
    style = segment.style
    if style is None or style.color is not None:
        return segment
    if style.bold:
        return Segment(segment.text, style + participant + UNDIM)
    if style.italic:
        return Segment(segment.text, style + mention + UNDIM)
    return segment
