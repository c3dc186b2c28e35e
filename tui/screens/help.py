"""The keys screen (``?``): every key of the browser, read from the bindings themselves.

The sections come from the bindings of the app, the screen and each pane as they are now
(remapped keys included), so this screen cannot drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static


@dataclass(frozen=True, slots=True)
class KeyRow:
    keys: str
    """The keys for one action, as they are shown ("↓ j")."""
    description: str
    detail: str = ""
    """The longer explanation (the binding's tooltip), if any."""


@dataclass(frozen=True, slots=True)
class KeySection:
    title: str
    rows: tuple[KeyRow, ...]


def bindings_of(node: DOMNode) -> Iterable[Binding]:
    """The bindings a node has now (with the app's keymap applied)."""
    # Textual keeps the keymap-applied bindings in ``_bindings``; it is what the footer reads.
    for _key, binding in node._bindings:
        yield binding


def key_section(title: str, nodes: Sequence[DOMNode]) -> KeySection:
    """One section: each action of ``nodes`` once, with all the keys bound to it."""
    keys: dict[tuple[str, str], list[str]] = {}
    details: dict[tuple[str, str], str] = {}
    for node in nodes:
        app = node.app
        for binding in bindings_of(node):
            if binding.system or not binding.description:
                continue
            action = (binding.action, binding.description)
            entry = keys.setdefault(action, [])
            display = app.get_key_display(binding)
            if display not in entry:
                entry.append(display)
            if binding.tooltip and not details.get(action):
                details[action] = binding.tooltip
    rows = tuple(
        KeyRow(" ".join(displays), action[1], details.get(action, ""))
        for action, displays in keys.items()
    )
    return KeySection(title, rows)


class HelpScreen(ModalScreen[None]):
    """Every key, pane by pane. Escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="help.close"),
        Binding("q", "dismiss", "Close", show=False, id="help.close-q"),
        Binding("question_mark", "dismiss", "Close", show=False, id="help.close-help"),
        Binding("down", "scroll(1)", "Scroll down", show=False, id="help.down"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="help.down-vim"),
        Binding("up", "scroll(-1)", "Scroll up", show=False, id="help.up"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="help.up-vim"),
    ]

    def __init__(self, sections: Sequence[KeySection]) -> None:
        super().__init__()
        self.sections = tuple(sections)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "Escape closes"
            body.can_focus = False
            for section in self.sections:
                if section.rows:
                    yield Static(self._table(section), classes="help-section")

    @staticmethod
    def _table(section: KeySection) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(min_width=12, style="bold")
        table.add_column(min_width=14)
        table.add_column(style="dim")
        table.title = Text(section.title, style="bold underline")
        table.title_justify = "left"
        for row in section.rows:
            table.add_row(Text(row.keys), Text(row.description), Text(row.detail))
        return table

    @property
    def text(self) -> str:
        """Every key and description as plain text (for tests)."""
        return "\n".join(
            f"{section.title}\n"
            + "\n".join(f"{r.keys}  {r.description}  {r.detail}".rstrip() for r in section.rows)
            for section in self.sections
        )

    def action_scroll(self, step: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=step, animate=False)
