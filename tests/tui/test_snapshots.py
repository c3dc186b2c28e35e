"""Snapshots of each state of the browser at 80x24, 160x48 and 200x60.

Built from the sample releases at a fixed path and shown as the sample library, with text
cursors not blinking, so the pictures only change when the browser does. Update them with
``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at them before committing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from store.library import Library
from store.paths import LibraryLocation
from tui.app import PressroomApp

from .conftest import no_blink, press, settle, type_text

SIZES = [(80, 24), (160, 48)]
SnapCompare = Callable[..., bool]

# A step is a key name, or ("type", text) to type text.
Step = str | tuple[str, str]

FIRST_PERSON = "Sahiba Gafarova"


def app_for(path: Path) -> PressroomApp:
    library = Library.open(path, readonly=True)
    return PressroomApp(library, LibraryLocation(path, readonly=True, is_sample=True))


def driver(steps: Sequence[Step]) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        no_blink(pilot.app)  # type: ignore[arg-type]
        for step in steps:
            if isinstance(step, tuple):
                await type_text(pilot, step[1])
            else:
                await press(pilot, step)
            no_blink(pilot.app)  # type: ignore[arg-type]
        await settle(pilot)

    return run_before


STATES: dict[str, list[Step]] = {
    "start": [],
    "reader": ["down", "enter"],
    "people_filter": ["p", ("type", FIRST_PERSON), "enter", "escape"],
    "people_pane": ["p", ("type", "ali")],
    "search": ["slash", ("type", "baku"), "enter", "enter"],
    "help": ["question_mark"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("state", list(STATES))
def test_snapshot(
    snap_compare: SnapCompare, snapshot_library: Path, state: str, size: tuple[int, int]
) -> None:
    if state == "search":
        pytest.importorskip("store.searching")
    assert snap_compare(
        app_for(snapshot_library), run_before=driver(STATES[state]), terminal_size=size
    )


def test_snapshot_wide_with_reader(snap_compare: SnapCompare, snapshot_library: Path) -> None:
    """At 200 columns the releases and the reader sit side by side."""
    assert snap_compare(
        app_for(snapshot_library),
        run_before=driver(["down", "down", "enter"]),
        terminal_size=(200, 60),
    )
