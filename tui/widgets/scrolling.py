"""Changing how far a widget scrolls without laying out the whole screen again."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_scrollable_size(view: ScrollView, size: Size) -> None:
    """Set ``view``'s virtual size (its scrollable extent), and update its scrollbars.

    Setting ``virtual_size`` lays out the whole screen and then paints all of it, which is
    what a new release in the reader or a new list of releases cost most (a third of the time
    to open a release). The panes here keep a gutter for their scrollbar, so their length
    never moves anything on screen: the size is set without a layout, and the scrollbar's
    thumb is updated as Textual's layout would (``_scroll_update``). Should the scrollbar
    come or go, that change still lays the screen out, as it must.
    """
    if size == view.virtual_size:
        return
    if not view.is_mounted or not view.container_size:
        view.virtual_size = size  # not laid out yet: the first layout does it all
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)
    view.refresh()
