"""The baseline for the browser's start-up: a bare Textual app (a Header, a Static, a Footer).

    .venv/bin/python tests/bench/bare_app.py [TEXT]

It shows TEXT (default ``bare textual app ready``) in its Static; ``n`` appends a counter to it
(the baseline of a keypress reaching the screen) and ``q`` quits.
tests/bench/bench_scale.py launches it in tmux exactly as it launches ``pressroom`` and times
how long the text takes to reach the screen: what any Textual app costs to start on this
machine (interpreter, imports of Textual, first layout and frame), with no library behind it.
"""

from __future__ import annotations

import sys
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Static

DEFAULT_TEXT = "bare textual app ready"


class BareApp(App[None]):
    """Header, Static, Footer: nothing else."""

    TITLE = "bare"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("n", "count", "Count"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.text)
        yield Footer()

    def action_count(self) -> None:
        self.count += 1
        self.query_one(Static).update(f"{self.text} {self.count}")


def main(argv: list[str]) -> int:
    BareApp(argv[0] if argv else DEFAULT_TEXT).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
