"""Terminal injection in the Textual browser: the hostile library of test_injection.py, browsed
in a real terminal (tmux). ``pipe-pane`` records every byte the program writes; tmux itself
shows whether a title change or a clipboard write got through.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.library import Library

from .helpers import PRESSROOM, cli_env
from .test_injection import MARKUP, edited, imported  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
pytest.importorskip("tui.app")

WAIT = 60.0
"""How long to wait for the screen to show something (a hang guard, not a speed check)."""

# The payload's sequences; the browser's own escape sequences (cursor moves, the alternate
# screen, mouse modes) are allowed, these are not.
FORBIDDEN = (
    b"\x1b]52",
    b"\x1b]0;pwned",
    b"\x1b]2;other",
    b"\x1b]8;;https://evil",
    b"\x1bPtmux",
    b"pwned",
    b"cHduZWQ=",
    "\u202e".encode(),
    "\u2066".encode(),
    b"\xc2\x9b",
    b"\xc2\x9d",
)
# Textual writes OSC 22 (the mouse pointer's shape) itself; titles, hyperlinks and clipboard
# writes can only come from the payload.
PAYLOAD_OSC = {b"0", b"1", b"2", b"8", b"52"}


class Session:
    def __init__(self, name: str, work: Path) -> None:
        self.socket = f"pressroom-rel-{os.getpid()}-{name}"
        self.name = name
        self.output = work / "pane-output.bin"

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=WAIT
        )
        return done.stdout

    def start(self, command: list[str], env: dict[str, str]) -> None:
        settings = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        shell = f"sleep 1; env {settings} {shlex.join(command)}; echo EXITED-$?; sleep 60"
        size = ["-x", "120", "-y", "40"]
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", self.name, *size, shell)
        self.tmux("set-option", "-g", "set-clipboard", "on")
        self.tmux("set-option", "-g", "allow-rename", "on")
        # Record every byte the program writes (the shell sleeps first, so nothing is missed).
        self.tmux("pipe-pane", "-O", "-t", self.name, f"cat > {shlex.quote(str(self.output))}")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.name, key)
            time.sleep(0.2)

    def wait_for(self, predicate: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + WAIT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            assert "Traceback" not in screen, screen
            if predicate(screen):
                return screen
            time.sleep(0.2)
        pytest.fail(f"the screen never showed {what}:\n{screen}")


@pytest.fixture
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    tmux = Session(request.node.name[:30].replace("[", "-").replace("]", ""), tmp_path)
    yield tmux
    tmux.tmux("kill-server")


def test_browser_shows_hostile_text_inert(session: Session, edited: Path) -> None:  # noqa: F811
    library = Library.open(edited)
    (summary,) = library.summaries()
    release = library.get(summary.id)
    env = {k: v for k, v in cli_env().items() if k in ("PATH", "PYTHONPATH", "HOME", "LANG")}
    env["TERM"] = "xterm-256color"
    session.start([*PRESSROOM, "--db", str(edited)], env)
    session.wait_for(lambda s: "1 release" in s and "markup" in s, "the release list")
    session.keys("Enter")
    words = " ".join(release.paragraphs[0].split()[:3])
    screen = session.wait_for(lambda s: words in s, "the release in the reader")
    flat = "".join(screen.split())
    assert "".join(MARKUP.split()) in flat or "[boldred]markup[/]" in flat, screen
    session.keys("Escape", "q")
    session.wait_for(lambda s: "EXITED-" in s, "the browser to quit")

    output = session.output.read_bytes()
    assert len(output) > 1000, "pipe-pane recorded nothing"
    for sequence in FORBIDDEN:
        assert sequence not in output, (sequence, output[-3000:])
    osc = set(re.findall(rb"\x1b\](\d+)", output))
    assert not osc & PAYLOAD_OSC, osc
    assert "pwned" not in session.tmux("display-message", "-p", "-t", session.name, "#{pane_title}")
    buffers = session.tmux("list-buffers")
    assert "pwned" not in buffers and "eA==" not in buffers
    assert "EXITED-0" in session.screen()
