"""Changing how far a widget scrolls without laying out the whole screen again."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.widgets import Input


def set_scrollable_size(view: ScrollView, size: Size) -> None:
    """Set ``view``'s virtual size (its scrollable extent), and update its scrollbars.

    Setting ``virtual_size`` lays out the whole screen and then paints all of it, which is
    what a new release in the reader or a new list of releases cost most (a third of the time
    to open a release). The panes here keep a gutter for their scrollbar, so their length
    never moves anything on screen: the size is set without a layout, and the scrollbar's
    thumb is updated as Textual's layout would (``_scroll_update``, a private method of
    Textual's Widget, as of Textual 8.2; the tests check the scroll range and the thumb after
    each new length). Should the scrollbar come or go, that change still lays the screen out,
    as it must. A view without a stable gutter, or that scrolls sideways, is laid out as usual.
    """
    if size == view.virtual_size:
        return
    styles = view.styles
    if (
        not view.is_mounted
        or not view.container_size  # not laid out yet: the first layout does it all
        or styles.scrollbar_gutter != "stable"
        or styles.overflow_x != "hidden"
    ):
        view.virtual_size = size
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)
    view.refresh()


def keep_scrollbar(view: ScrollView) -> None:
    """Keep ``view``'s vertical scrollbar on screen, an empty track when all of it fits.

    A scrollbar that comes or goes lays out the whole screen: about 20 ms of opening a long
    release after a short one, or of a search with a few hits after one with many. It comes a
    frame after the first, which it would cost 1% more. Textual styles a scrollbar fully only
    when the focus first moves near it, and that too lays out the screen (the first Enter or
    the first search of a session): it is styled here, once it is on screen.
    """

    def keep() -> None:
        view.styles.overflow_y = "scroll"
        view.call_after_refresh(view.app.stylesheet.update_nodes, [view])

    view.call_after_refresh(keep)


class TextLine(Input):
    """A one-line text input whose scrollable width changes without a layout.

    Textual's Input sets its virtual size on every keystroke (the width of its text, for
    scrolling sideways), and a new virtual size lays out and paints the whole screen: 28 ms
    of the 95 ms from typing a word in the search line to its hits on screen. A line's
    text never moves anything else, so here that size is set as a plain value.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
