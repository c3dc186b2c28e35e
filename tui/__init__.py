"""pressroom's terminal front ends: the Textual browser and the quick-lookup commands.

This package's ``__init__`` imports nothing heavy: ``pressroom show`` must not pay for Textual.
"""

from __future__ import annotations

import gc

_collector_paused = False


def pause_collector_for_start() -> None:
    """Pause Python's cyclic garbage collector until the browser's first frame is out.

    Importing Textual and building the first screen make hundreds of thousands of objects that
    live as long as the program (modules, classes, styles, widgets) and few that die: the
    collections their allocations trigger walk them again and again for nothing, about a
    twentieth of the instructions up to the first frame. :func:`resume_collector` ends it.
    """
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """End :func:`pause_collector_for_start`'s pause (harmless if there was none)."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.enable()
