"""Messages that cross the app: sent by the command palette and dialogs, handled by the screen.

Widget messages live on their widgets (``ReleaseList.Selected``, ``PeoplePane.Toggled``).
"""

from __future__ import annotations

from textual.message import Message


class FilterByPerson(Message):
    """Add the person to the people filter (or take them out if already in it)."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__()


class JumpToDate(Message):
    """Move the release cursor to the newest release on or before ``date`` (YYYY[-MM[-DD]])."""

    def __init__(self, date: str) -> None:
        self.date = date
        super().__init__()


class OpenRelease(Message):
    """Show the release in the reader."""

    def __init__(self, release_id: str) -> None:
        self.release_id = release_id
        super().__init__()
