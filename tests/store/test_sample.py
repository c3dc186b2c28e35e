"""The bundled sample library: in step with sample_data/releases, and worth browsing."""

from __future__ import annotations

from collections import Counter

from store.library import Library
from store.paths import sample_library_path
from store.sample import LIBRARY, differences


def test_sample_library_matches_its_release_files() -> None:
    assert sample_library_path() == LIBRARY
    assert differences() == [], "run `python -m store.sample` to rebuild the sample library"


def test_sample_library_is_rich_enough_to_browse() -> None:
    library = Library.open(LIBRARY, readonly=True)
    rows = library.summaries()
    assert len(rows) >= 60
    years = {row.date[:4] for row in rows if row.date}
    assert len(years) >= 4
    categories = Counter(row.category for row in rows)
    assert len([c for c in categories if c]) == 6
    assert categories[None] > 0
    people = library.people()
    assert len(people) >= 40
    assert len([p for p in people if p.took_part >= 3]) >= 5
    assert any(row.truncated for row in rows)
    assert any(row.date is None for row in rows)
