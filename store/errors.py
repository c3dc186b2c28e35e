"""Errors the store raises: each says what happened and what the user can do."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Base of every error a library operation reports to the user."""

    hint: str = ""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message}\n{self.hint}" if self.hint else message


class LibraryNotFound(LibraryError):
    """There is no library at the given path."""


class LibraryCorrupt(LibraryError):
    """A library file is damaged: unreadable, truncated or of the wrong shape."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"library file {path} is damaged: {problem}",
            "Nothing was changed. Run `pressroom doctor` to check the library and restore "
            "the last good copy.",
        )


class LibraryTooNew(LibraryError):
    """The library was written by a newer pressroom."""


class LibraryBusy(LibraryError):
    """Another process is writing to the library."""


class LibraryReadOnly(LibraryError):
    """The library (or its directory) cannot be written."""


class ReleaseNotFound(LibraryError):
    """No release has the given id (or id prefix)."""


class AmbiguousId(LibraryError):
    """An id prefix names more than one release."""

    def __init__(self, prefix: str, candidates: list[str]) -> None:
        self.candidates = candidates
        shown = ", ".join(candidates[:10])
        super().__init__(f"id {prefix!r} is ambiguous: it starts {shown}", "Type more of the id.")
