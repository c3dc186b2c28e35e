"""Search a library through an index that is in step with it.

The index is derived from the library. Before searching, its stamp is compared with the
library's (a read of the small manifest, not of the library): an index left behind by another
process's import is rebuilt when this process may write, or, when another writer holds the
library, used as it is with every hit checked against the library so that no result points to
nothing. A read-only library (the bundled sample, a shared archive) gets an index of its own in
the user's cache directory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from store.errors import LibraryBusy, LibraryError, LibraryReadOnly, ReleaseNotFound
from store.library import Library
from store.query import Query, parse
from store.search import Hit, SearchIndex, SearchIndexError, Sort


class SearchOutcome(NamedTuple):
    hits: list[Hit]
    notice: str | None = None
    """Something the user should know (the index was rebuilt, or is behind the library)."""


def cache_index_path(library: Library) -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("pressroom", appauthor=False) / "index" / library.manifest().library_id


def _rebuild(index_path: Path, library: Library) -> SearchIndex:
    index = SearchIndex.open(index_path)
    index.rebuild(library.releases(), library.stamp)
    return index


def open_index(library: Library) -> tuple[SearchIndex, bool, str | None]:
    """The index to search, whether it is in step with the library, and a notice."""
    stamp = library.stamp
    own = library.path / "index"
    if library.readonly:
        for path in (own, cache_index_path(library)):
            if path.is_dir():
                with contextlib.suppress(SearchIndexError, OSError):
                    index = SearchIndex.open(path)
                    if index.stamp() == stamp:
                        return index, True, None
        try:
            return _rebuild(cache_index_path(library), library), True, None
        except (SearchIndexError, OSError) as error:
            raise LibraryError(f"cannot build a search index for {library.path}: {error}") from None

    index = SearchIndex.open(own)  # a damaged index opens too, and says what is wrong
    if index.stamp() == stamp:
        return index, True, None
    index_error = index.problem
    try:
        with library.writer():
            index = _rebuild(own, library)
        notice = "the search index was out of step with the library: rebuilt it"
        return index, True, notice if index_error is None else f"{index_error}; rebuilt it"
    except LibraryBusy:
        if index_error is not None:
            raise LibraryError(
                f"the search index is damaged ({index_error}) and another process is "
                "writing to the library",
                "Run `pressroom reindex` when it has finished.",
            ) from None
        return (
            index,
            False,
            (
                "another process is importing: results may miss its newest releases "
                "(run the search again when it is done)"
            ),
        )
    except LibraryReadOnly:
        return _rebuild(cache_index_path(library), library), True, None


def person_aliases(library: Library) -> Callable[[str], list[str]]:
    """Expand ``person:NAME`` to every alias of the people NAME matches (loaded lazily)."""

    def expand(value: str) -> list[str]:
        # Imported here, when a query has person: (identity pulls in rapidfuzz).
        from store.identity import match_person

        names: list[str] = []
        for person in match_person(value, library.people()):
            names.extend(person.aliases)
        return names

    return expand


def search_library(
    library: Library,
    query: str | Query,
    *,
    limit: int = 20,
    sort: Sort = "relevance",
    ids: set[str] | None = None,
    snippets: bool = True,
    fields: bool = True,
) -> SearchOutcome:
    """Search ``library``; a malformed query raises :class:`store.query.QueryError`."""
    parsed = parse(query) if isinstance(query, str) else query
    index, in_step, notice = open_index(library)
    try:
        hits = index.search(
            parsed,
            limit=limit,
            sort=sort,
            ids=ids,
            person_aliases=person_aliases(library),
            snippets=snippets,
            fields=fields,
        )
    except SearchIndexError as error:
        raise LibraryError(str(error), "Run `pressroom reindex` to rebuild the index.") from None
    if not in_step:
        hits = [hit for hit in hits if _exists(library, hit.id)]
    return SearchOutcome(hits, notice)


def _exists(library: Library, release_id: str) -> bool:
    try:
        library.resolve_id(release_id)
    except ReleaseNotFound:
        return False
    return True
