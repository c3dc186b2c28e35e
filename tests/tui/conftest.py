"""Fixtures for the browser tests: real libraries built with the importer, and app helpers."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from store.library import Library
from store.models import Person
from store.paths import LibraryLocation
from tui.app import PressroomApp
from tui.screens.main import MainScreen

AppFactory = Callable[..., PressroomApp]


def release_text(
    title: str,
    paragraphs: tuple[str, ...],
    *,
    date: str = "03 March 2025 | 10:00",
    category: str = "Chair`s Meetings",
) -> str:
    """A release file in the archive's format."""
    body = "\n\n".join(paragraphs)
    return (
        f"{title}\n\n{category}\n{date}\n\n{body}\n\n"
        "The Press and Public Relations Department\nThe Milli Majlis\n"
    )


THRESHOLDS = gc.get_threshold()


@pytest.fixture(autouse=True)
def _unfreeze() -> Iterator[None]:
    """The browser freezes its catalogue out of the cyclic collector (for the life of the
    program); between tests, hand everything back so that dead apps are collected."""
    yield
    gc.unfreeze()
    gc.enable()  # whatever a test left behind
    gc.set_threshold(*THRESHOLDS)


@pytest.fixture
def library(sample_library: Library) -> Library:
    """A private, writable copy of the library built from sample_data/releases."""
    return sample_library


@pytest.fixture
def make_app(library: Library) -> AppFactory:
    """Build the browser on the test's library (``catch_errors`` off: bugs fail the test)."""

    def make(**options: object) -> PressroomApp:
        location = LibraryLocation(library.path, readonly=False)
        return PressroomApp(library, location, **options)  # type: ignore[arg-type]

    return make


@pytest.fixture(scope="session")
def snapshot_library(sample_library_template: Path, worker_id: str) -> Iterator[Path]:
    """The sample library at a fixed path (one per test worker), shown as the sample library,
    so that snapshots do not depend on temp names."""
    path = Path(f"/tmp/pressroom-snapshot-library-{worker_id}")
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(sample_library_template, path)
    yield path
    shutil.rmtree(path, ignore_errors=True)


async def settle(pilot: Pilot[object]) -> None:
    """Wait until no worker runs and every message they sent back has been handled."""
    app = pilot.app
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            break
    await pilot.pause()


async def press(pilot: Pilot[object], *keys: str) -> None:
    """Press keys one at a time, letting the workers each one starts finish."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def type_text(pilot: Pilot[object], text: str) -> None:
    await pilot.press(*text)
    await settle(pilot)


def main_screen(app: PressroomApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


def no_blink(app: PressroomApp) -> None:
    """Stop every text cursor blinking (snapshots must not depend on the moment)."""
    for screen in app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False


def notifications(app: PressroomApp) -> list[tuple[str, str]]:
    """(severity, message) of the notifications on show."""
    return [(n.severity, n.message) for n in app._notifications]


def person_with(library: Library, predicate: Callable[[Person], bool]) -> Person:
    for person in library.people():
        if predicate(person):
            return person
    pytest.skip("the sample library has no such person")
