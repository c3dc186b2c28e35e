"""The main screen's commands in the command palette (ctrl+p).

Type a name to filter by a person; the other commands are the screen's own actions.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.messages import FilterByPerson

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

PEOPLE_SHOWN = 30
"""At most this many people offered for one query (the best matches)."""


class BrowserCommands(Provider):
    """Filter by person, jump to a date, copy the release, search, toggle mentions…"""

    def _main(self) -> MainScreen | None:
        from tui.screens.main import MainScreen

        return self.screen if isinstance(self.screen, MainScreen) else None

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen = self._main()
        if screen is None:
            return []
        mentions = (
            "Only releases they took part in"
            if screen.mentions
            else "Also releases that only mention them"
        )
        other_sort = "date" if screen.sort == "relevance" else "relevance"
        return [
            ("Filter by person…", screen.action_people, "Go to the people pane and type a name"),
            ("Jump to date…", screen.action_jump_to_date, "Go to the releases of a day"),
            ("Copy release", screen.action_copy, "Copy the release text to the clipboard"),
            ("Search releases…", screen.action_search, "Full-text search (/)"),
            (
                "People filter: " + mentions.lower(),
                screen.action_toggle_mentions,
                "m, once a person is chosen",
            ),
            ("Clear all filters", screen.action_clear_filters, "Show every release"),
            (
                f"Sort search results by {other_sort}",
                screen.action_toggle_sort,
                f"Now sorted by {screen.sort}",
            ),
        ]

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        screen = self._main()
        if screen is None:
            return
        if not query.strip():
            return
        chosen = set(screen.people_filter)
        people = screen.catalogue.matching_people(query)
        for person in itertools.islice(people, PEOPLE_SHOWN):
            verb = "Stop filtering by" if person.key in chosen else "Filter by"
            label = f"{verb} {person.name}"
            score = max(matcher.match(label), 0.5)
            yield Hit(
                score,
                matcher.highlight(label),
                partial(screen.post_message, FilterByPerson(person.key)),
                text=label,
                help=f"took part in {person.took_part:,}, mentioned in {person.mentioned:,}",
            )
