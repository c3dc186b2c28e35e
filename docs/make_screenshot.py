"""Write docs/screenshot.svg: the browser on the sample releases, a person and a search applied.

Usage: ``python docs/make_screenshot.py`` (from the repository root).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from store.importer import import_paths
from store.library import Library
from store.paths import LibraryLocation
from tui.app import PressroomApp

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshot.svg"
SIZE = (140, 40)
PERSON = "Sahiba Gafarova"
QUERY = "baku"


async def shoot(path: Path) -> str:
    library = Library.open(path, readonly=True)
    app = PressroomApp(library, LibraryLocation(path, readonly=True, is_sample=True))
    async with app.run_test(size=SIZE) as pilot:

        async def settle() -> None:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

        await settle()
        for keys in (["p"], list(PERSON), ["enter", "escape", "slash"], list(QUERY)):
            await pilot.press(*keys)
            await settle()
        await pilot.press("enter", "enter")
        await settle()
        for field in app.screen.query("Input"):
            field.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause(0.3)
        return app.export_screenshot(title="pressroom")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "library"
        import_paths(Library.create(path), [REPO / "sample_data" / "releases"])
        OUT.write_text(asyncio.run(shoot(path)), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
