"""The pressroom browser: the Textual app and its entry point, :func:`run`."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import Screen
from textual.theme import BUILTIN_THEMES, Theme

from store.errors import LibraryError
from store.library import Library
from store.paths import LibraryLocation
from tui.screens.main import MainScreen

EXIT_ERROR = 2
USER_INPUT = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)
"""Events that mean someone is using the browser (see ``PressroomApp.last_input``)."""


def _ansi_theme() -> Theme:
    """Textual's ANSI theme, with blurred borders and cursors that show on a black console."""
    base = BUILTIN_THEMES["ansi-dark"]
    return replace(
        base,
        name="pressroom-ansi",
        accent="ansi_magenta",
        variables={
            **base.variables,
            "border": "ansi_bright_blue",
            "border-blurred": "ansi_bright_black",
            "block-cursor-blurred-background": "ansi_bright_black",
            "block-cursor-blurred-foreground": "ansi_bright_white",
            "block-cursor-background": "ansi_blue",
            "block-cursor-foreground": "ansi_bright_white",
        },
    )


ANSI_THEME = _ansi_theme()


class PressroomApp(App[int]):
    """Browse a library of press releases: people, releases, the reader, search."""

    CSS_PATH = "app.tcss"
    TITLE = "pressroom"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Keys", id="help", tooltip="Show every key"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,
            id="command-palette",
            tooltip="Filter by person, jump to a date, switch theme…",
        ),
    ]

    def __init__(
        self,
        library: Library,
        location: LibraryLocation,
        *,
        poll_interval: float = 2.0,
        catch_errors: bool = False,
    ) -> None:
        super().__init__()
        self.library = library
        self.location = location
        self.poll_interval = poll_interval
        self.catch_errors = catch_errors
        """Turn unexpected errors into notifications instead of exiting (the real program)."""
        self.last_input = 0.0
        """When (time.monotonic) the last key or click came: housekeeping waits for a rest."""
        self.unexpected_error: BaseException | None = None
        self.crash_log: Path | None = None

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.library, self.location, poll_interval=self.poll_interval)

    def post_message(self, message: Message) -> bool:
        if isinstance(message, USER_INPUT):
            # Noted as the driver's thread posts it, not when the app's turn comes to handle
            # it: the library's read, which waits for keys to rest, stops the sooner.
            self.last_input = time.monotonic()
        return super().post_message(message)

    def on_mount(self) -> None:
        self.register_theme(ANSI_THEME)
        if not self.is_headless and self.console.color_system in ("standard", "windows"):
            # Sixteen colours (TERM=linux, old consoles): theme colours squashed to the nearest
            # of sixteen lose the cursor and the pane borders; the ANSI theme uses them as is.
            self.theme = ANSI_THEME.name

    def action_help(self) -> None:
        """Show every key (built from the bindings of the screen in front)."""
        screen = self.screen
        from tui.screens.help import HelpScreen, key_section  # the first ? pays for it

        if isinstance(screen, HelpScreen):
            return
        if isinstance(screen, MainScreen):
            sections = screen.key_sections()
        else:
            sections = [key_section("Keys", [self, screen])]
        self.push_screen(HelpScreen(sections))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Switch theme", "Change the colours", self.action_change_theme)
        yield SystemCommand("Keys", "Show every key (?)", self.action_help)
        yield SystemCommand("Quit", "Leave pressroom (q)", self.action_quit)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Run an action; in the real program an unexpected error becomes a notification."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except Exception as error:
            if not self.catch_errors:
                raise
            self.log.error(repr(error))
            self.notify(
                f"Something went wrong: {error!s:.200}", title="Error", severity="error", timeout=10
            )
            return True

    def _handle_exception(self, error: Exception) -> None:
        """An error nothing caught: leave with a plain message, never a traceback on screen."""
        if not self.catch_errors:
            super()._handle_exception(error)
            return
        self.crash_log = _write_crash_log(error)
        self.unexpected_error = error
        self.exit(EXIT_ERROR)


def _write_crash_log(error: BaseException) -> Path | None:
    """Keep the traceback in the user's log directory for a bug report."""
    import traceback

    from platformdirs import user_log_path

    try:
        path = user_log_path("pressroom", appauthor=False) / "crash.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    except OSError:
        return None
    return path


def run(location: LibraryLocation) -> int:
    """Open the library at ``location`` in the browser; return the exit code."""
    try:
        library = Library.open(location.path, readonly=location.readonly)
    except LibraryError as error:
        print(f"pressroom: {error}", file=sys.stderr)
        return EXIT_ERROR
    app = PressroomApp(library, location, catch_errors=True)
    result = app.run()
    if app.unexpected_error is not None:
        where = f" (details in {app.crash_log})" if app.crash_log else ""
        print(f"pressroom: unexpected error: {app.unexpected_error}{where}", file=sys.stderr)
        return EXIT_ERROR
    return result if isinstance(result, int) else 0
