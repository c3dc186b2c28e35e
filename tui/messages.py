"""Messages that cross the app: sent by the command palette and dialogs, handled by the screen.

Widget messages live on their widgets (``ReleaseList.Selected``, ``PeoplePane.Toggled``).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class FilterByPerson(Message):
    """Add the person to the people filter (or take them out if already in it)."""

    key: str


@dataclass
class JumpToDate(Message):
    """Move the release cursor to the newest release on or before ``date`` (YYYY[-MM[-DD]])."""

    date: str


@dataclass
class OpenRelease(Message):
    """Show the release in the reader."""

    release_id: str
