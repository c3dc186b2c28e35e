"""Where libraries live: the user's own, ``$PRESSROOM_DB``, and the bundled sample library."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from store.library import MANIFEST

ENV_VAR = "PRESSROOM_DB"


def user_library_path() -> Path:
    """The user's library in the platform's data directory (e.g. ~/.local/share/pressroom)."""
    from platformdirs import user_data_path

    return user_data_path("pressroom", appauthor=False) / "library"


def sample_library_path() -> Path:
    """The bundled sample library: beside the package in a checkout, inside it when installed."""
    package = Path(__file__).resolve().parent
    for candidate in (
        package / "sample_data" / "library",
        package.parent / "sample_data" / "library",
    ):
        if (candidate / MANIFEST).is_file():
            return candidate
    return package.parent / "sample_data" / "library"


class LibraryLocation(NamedTuple):
    path: Path
    readonly: bool
    is_sample: bool = False
    explicit: bool = True
    """True when the user named the library (--db or $PRESSROOM_DB)."""


def locate(db: str | None, *, for_write: bool = False) -> LibraryLocation:
    """Decide which library a command works on.

    ``--db`` wins, then ``$PRESSROOM_DB``, then the user's library. A reading command with no
    library of the user's own opens the bundled sample library, read-only.
    """
    if db:
        return LibraryLocation(Path(db).expanduser(), readonly=False)
    env = os.environ.get(ENV_VAR)
    if env:
        return LibraryLocation(Path(env).expanduser(), readonly=False)
    user = user_library_path()
    if for_write or (user / MANIFEST).is_file():
        return LibraryLocation(user, readonly=False, explicit=False)
    return LibraryLocation(sample_library_path(), readonly=True, is_sample=True, explicit=False)
