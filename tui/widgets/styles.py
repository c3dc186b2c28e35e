"""Component styles as Rich styles, with translucent theme colours resolved."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str, *, background: bool = False) -> Style:
    """The Rich style of a widget's component class, to lay over the widget's own style.

    Theme colours such as ``$text-muted`` are translucent; a partial style would drop the
    alpha and show them at full strength, so the colours come from the full style (blended
    over the widget's background) and the text attributes from the partial one. The
    background is kept only when asked for (a cursor), so spans never paint over a cursor.
    """
    full = widget.get_component_rich_style(name)
    partial = widget.get_component_rich_style(name, partial=True)
    colours = Style(
        color=full.color if partial.color is not None else None,
        bgcolor=full.bgcolor if background and partial.bgcolor is not None else None,
    )
    return partial.without_color + colours
