"""How fast the browser is on a big library: prints numbers, asserts nothing.

Usage::

    python tests/tui/bench_browser.py [LIBRARY]

With a library (e.g. one imported from ``tests/bench/generate.py 100000 DIR``) it times loading
it; without one it makes up 100,000 release summaries and 20,000 people. Then it times what
the user waits for: the first frame, moving through the list, filtering by people and
narrowing the people as one types.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from store.library import Library
from store.models import Person, ReleaseSummary
from store.paths import LibraryLocation
from tui.app import PressroomApp
from tui.screens.catalogue import Catalogue
from tui.screens.main import MainScreen


def timed(label: str, action: Callable[[], object], repeat: int = 1) -> object:
    times = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    best, middle = min(times) * 1000, statistics.median(times) * 1000
    print(f"{label:<52} best {best:9.2f} ms   median {middle:9.2f} ms")
    return result


def report(label: str, start: float) -> None:
    print(f"{label:<52} {1000 * (time.perf_counter() - start):9.2f} ms")


def made_up(count: int = 100_000, people: int = 20_000) -> Catalogue:
    rng = random.Random(7)
    names = [f"Person{n} Surname{n % 997}" for n in range(people)]
    summaries = []
    took: dict[int, list[str]] = {}
    for n in range(count):
        rid = f"{n:010x}"
        chosen = rng.sample(range(people), 3)
        for who in chosen:
            took.setdefault(who, []).append(rid)
        summaries.append(
            ReleaseSummary(
                id=rid,
                title=f"Chair of the Milli Majlis Meets Delegation Number {n}",
                date=f"{2024 - n // 5000:04d}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                time="10:00",
                category="Chair`s Meetings",
                truncated=False,
                participants=tuple(names[w] for w in chosen),
                mentioned=(),
            )
        )
    summaries.sort(key=lambda s: s.sort_key, reverse=True)
    persons = [
        Person(
            key=f"p{n}",
            name=names[n],
            aliases=(names[n],),
            took_part=len(took.get(n, ())),
            mentioned=0,
            took_part_ids=tuple(took.get(n, ())),
        )
        for n in range(people)
    ]
    persons.sort(key=lambda p: -p.took_part)
    return Catalogue(summaries, persons, "bench:0")


async def in_the_app(catalogue: Catalogue, library: Library) -> None:
    app = PressroomApp(library, LibraryLocation(library.path, readonly=True))
    start = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        report("first frame (library still loading)", start)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        timed("show the catalogue (all rows)", lambda: screen._show_catalogue(catalogue, False))
        await pilot.pause()
        releases = screen.release_list
        timed("render 40 rows (cold cache)", lambda: [releases.render_line(y) for y in range(40)])
        timed(
            "render 40 rows (warm cache)",
            lambda: [releases.render_line(y) for y in range(40)],
            repeat=5,
        )
        for key in ("end", "home", "pagedown"):
            start = time.perf_counter()
            await pilot.press(key)
            report(f"key {key} (with a frame)", start)
        person = catalogue.people[0]
        second = catalogue.people[1]
        timed(
            f"filter by one person ({person.took_part} releases)",
            lambda: screen.toggle_person(person.key),
        )
        timed("filter by a second person", lambda: screen.toggle_person(second.key))
        timed("clear both", lambda: screen.action_clear_filters())
        await pilot.pause()
        pane = screen.people_pane
        for text in ("s", "su", "sur", "surname1"):
            timed(f"people narrowed to {text!r}", lambda t=text: catalogue.people_rows(t, (), None))
        timed(
            "people counted within a person's releases",
            lambda: catalogue.people_rows(
                "", (person.key,), catalogue.allowed((person.key,), mentions=False)
            ),
        )
        del pane


def main() -> None:
    if len(sys.argv) > 1:
        library = Library.open(Path(sys.argv[1]), readonly=True)
        catalogue = timed(
            f"load the library ({len(library):,} releases)", lambda: Catalogue.load(library)
        )
        assert isinstance(catalogue, Catalogue)
        print(f"{len(catalogue.people):,} people")
    else:
        import tempfile

        scratch = Path(tempfile.mkdtemp()) / "empty"
        library = Library.create(scratch)
        catalogue = timed("make up 100,000 summaries", made_up)  # type: ignore[assignment]
        assert isinstance(catalogue, Catalogue)
    asyncio.run(in_the_app(catalogue, library))


if __name__ == "__main__":
    main()
