"""The real ``pressroom`` program in a real terminal (tmux): start, move, read, quit."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.library import Library

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

TIMEOUT = 20.0


def pressroom_command() -> list[str]:
    script = Path(sys.executable).parent / "pressroom"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "tui.cli"]


class Tmux:
    """One tmux session on a private server, running one command."""

    def __init__(self, name: str) -> None:
        self.socket = f"pressroom-test-{os.getpid()}-{name}"
        self.session = name

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        return result.stdout

    def start(self, command: list[str], width: int, height: int, env: dict[str, str]) -> None:
        settings = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        # The short sleep lets tmux give the window its size before the program asks for it.
        shell = (
            f"sleep 0.5; env {settings} {shlex.join(command)}; echo PRESSROOM-EXITED-$?; sleep 30"
        )
        size = ["-x", str(width), "-y", str(height)]
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", self.session, *size, shell)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.session, key)
            # An escape byte read together with the next key is Alt+key: on a busy machine
            # give the program time to take a lone Escape as Escape.
            time.sleep(1.0 if key == "Escape" else 0.15)

    def wait_for(self, predicate: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if "Traceback" in screen:
                pytest.fail(f"a traceback reached the screen:\n{screen}")
            if predicate(screen):
                return screen
            time.sleep(0.2)
        pytest.fail(f"timed out waiting for {what}; the screen was:\n{screen}")

    def kill(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def tmux(request: pytest.FixtureRequest) -> Iterator[Tmux]:
    session = Tmux(request.node.name.replace("[", "-").replace("]", "")[:40])
    yield session
    session.kill()


def run_browser(
    tmux: Tmux, library: Library, width: int, height: int, term: str = "xterm-256color"
) -> None:
    env = {"TERM": term, "PRESSROOM_DB": str(library.path)}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    tmux.start([*pressroom_command(), "--db", str(library.path)], width, height, env)


def short(title: str, width: int = 30) -> str:
    return title[:width]


def test_browse_at_120x40(tmux: Tmux, sample_library: Library) -> None:
    summaries = sample_library.summaries()
    run_browser(tmux, sample_library, 120, 40)
    # The newest titles may show before the whole list has loaded: wait for the count too.
    count = f"{len(sample_library)} releases"
    screen = tmux.wait_for(
        lambda s: short(summaries[0].title) in s and count in s, "the first title and the count"
    )
    assert short(summaries[1].title) in screen
    assert "─ People" in screen and "─ Releases" in screen and "─ Reader" in screen
    tmux.keys("j", "j", "Enter")
    third = sample_library.get(summaries[2].id)
    first_words = " ".join(third.paragraphs[0].split()[:4])
    screen = tmux.wait_for(lambda s: first_words in s, "the third release in the reader")
    tmux.keys("Escape", "q")
    tmux.wait_for(lambda s: "PRESSROOM-EXITED-0" in s, "pressroom to quit")


def test_keys_typed_before_the_browser_is_up_are_kept(tmux: Tmux, sample_library: Library) -> None:
    """Over a slow link keys arrive before the program draws: `/` and a word typed at launch,
    all at once, open the search line with the word in it and search for it."""
    summaries = sample_library.summaries()
    word = max(summaries[0].title.split(), key=len).strip(",.:;“”\"'").lower()
    run_browser(tmux, sample_library, 120, 40)
    tmux.tmux("send-keys", "-t", tmux.session, "-l", f"/{word}")  # before the program starts
    screen = tmux.wait_for(lambda s: f"/{word}" in s and "hit" in s, "the search and its hits")
    assert short(summaries[0].title) in screen
    tmux.keys("Escape", "Escape", "q")
    tmux.wait_for(lambda s: "PRESSROOM-EXITED-0" in s, "pressroom to quit")


def test_browse_at_80x24(tmux: Tmux, sample_library: Library) -> None:
    summaries = sample_library.summaries()
    run_browser(tmux, sample_library, 80, 24)
    screen = tmux.wait_for(lambda s: short(summaries[0].title, 20) in s, "the first title")
    assert "─ People" not in screen, "narrow terminals show one pane"
    assert all(len(line) <= 80 for line in screen.splitlines())
    tmux.keys("Down", "Enter")
    second = sample_library.get(summaries[1].id)
    words = " ".join(second.paragraphs[0].split()[:3])
    screen = tmux.wait_for(lambda s: "─ Reader" in s and words in s, "the reader, full width")
    assert "─ Releases" not in screen
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "─ Releases" in s, "the list again")
    tmux.keys("/")
    time.sleep(0.3)
    tmux.keys("milli")
    tmux.wait_for(lambda s: "search: milli" in s, "search results")
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "search: milli" not in s, "the search cleared")
    tmux.keys("q")
    tmux.wait_for(lambda s: "PRESSROOM-EXITED-0" in s, "pressroom to quit")


@pytest.mark.parametrize("term", ["screen-256color", "linux"])
def test_starts_and_quits_under_other_terminals(
    tmux: Tmux, sample_library: Library, term: str
) -> None:
    summaries = sample_library.summaries()
    run_browser(tmux, sample_library, 100, 30, term=term)
    tmux.wait_for(lambda s: short(summaries[0].title, 20) in s, "the first title")
    tmux.keys("Enter", "Escape", "q")
    tmux.wait_for(lambda s: "PRESSROOM-EXITED-0" in s, "pressroom to quit")


def test_missing_library_is_a_plain_error(tmux: Tmux, tmp_path: Path) -> None:
    env = {"TERM": "xterm-256color"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    tmux.start([*pressroom_command(), "--db", str(tmp_path / "none")], 100, 20, env)
    screen = tmux.wait_for(lambda s: "PRESSROOM-EXITED-" in s, "pressroom to stop")
    assert "PRESSROOM-EXITED-2" in screen
    assert "pressroom: no pressroom library at" in screen


def test_what_each_key_repaints_matches_a_full_repaint(tmux: Tmux, sample_library: Library) -> None:
    """The browser repaints only what changed (a focus change does not repaint the screen):
    after each key, the screen with its colours equals a full repaint of the same state."""
    summaries = sample_library.summaries()
    count = f"{len(sample_library)} releases"
    run_browser(tmux, sample_library, 120, 40)
    tmux.wait_for(lambda s: short(summaries[0].title) in s and count in s, "the list")

    def styled() -> str:
        return tmux.tmux("capture-pane", "-p", "-e", "-t", tmux.session)

    # The focus goes from the list to the reader and back (not to a text line: its cursor
    # blinks, so two captures of it differ anyway).
    for key in ("Down", "Enter", "Escape", "End", "Enter", "Escape"):
        tmux.keys(key)
        time.sleep(0.6)
        shown = styled()
        tmux.tmux("resize-window", "-t", tmux.session, "-x", "121", "-y", "40")
        time.sleep(0.6)
        tmux.tmux("resize-window", "-t", tmux.session, "-x", "120", "-y", "40")
        time.sleep(0.8)
        assert styled() == shown, f"after {key}, the screen differs from a full repaint"
    tmux.keys("q")
    tmux.wait_for(lambda s: "PRESSROOM-EXITED-0" in s, "pressroom to quit")
