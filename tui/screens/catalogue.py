"""What the browser knows of a library: its release summaries and people, indexed for filtering.

Plain data and set arithmetic, no Textual: built in a worker thread, then read by the screen.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from store.library import Library
from store.models import Person, ReleaseSummary
from store.query import fold


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as the people pane lists them: counts within the releases in view."""

    person: Person
    took_part: int
    mentioned: int
    chosen: bool


class Catalogue:
    """Release summaries (newest first) and people, with the indexes filtering needs."""

    def __init__(self, summaries: Sequence[ReleaseSummary], people: Sequence[Person], stamp: str):
        self.summaries = list(summaries)
        self.people = list(people)
        self.stamp = stamp
        self.by_id = {summary.id: summary for summary in self.summaries}
        self.position = {summary.id: index for index, summary in enumerate(self.summaries)}
        self.people_by_key = {person.key: person for person in self.people}
        self._folded = [fold(" ".join(dict.fromkeys((p.name, *p.aliases)))) for p in self.people]
        self._release_people: dict[str, list[tuple[int, bool]]] = {}
        for number, person in enumerate(self.people):
            for release_id in person.took_part_ids:
                self._release_people.setdefault(release_id, []).append((number, True))
            for release_id in person.mentioned_ids:
                self._release_people.setdefault(release_id, []).append((number, False))

    @classmethod
    def load(cls, library: Library) -> Catalogue:
        """Read a library's summaries and people (slow for big libraries: call from a worker)."""
        stamp = library.stamp
        return cls(library.summaries(), library.people(), stamp)

    @classmethod
    def empty(cls) -> Catalogue:
        return cls((), (), "")

    def __len__(self) -> int:
        return len(self.summaries)

    # -- releases ---------------------------------------------------------------------------

    def allowed(self, keys: Iterable[str], *, mentions: bool) -> frozenset[str] | None:
        """Ids of the releases every person in ``keys`` is in (None: no person filter).

        People take part in a release unless ``mentions``, which also counts a mere mention.
        """
        allowed: set[str] | None = None
        for key in keys:
            person = self.people_by_key.get(key)
            ids = set() if person is None else set(person.took_part_ids)
            if person is not None and mentions:
                ids.update(person.mentioned_ids)
            allowed = ids if allowed is None else allowed & ids
        return None if allowed is None else frozenset(allowed)

    def releases(self, allowed: frozenset[str] | None) -> list[ReleaseSummary]:
        """The releases in ``allowed`` (all when None), newest first."""
        if allowed is None:
            return self.summaries
        ids = sorted(
            (rid for rid in allowed if rid in self.position), key=self.position.__getitem__
        )
        return [self.by_id[rid] for rid in ids]

    def index_on_or_before(self, rows: Sequence[ReleaseSummary], date: str) -> int:
        """Where ``date`` (YYYY[-MM[-DD]]) falls in ``rows``: the first release on or before it.

        ``rows`` newest first gives the newest release not after ``date``; in any other order,
        the release dated closest to it.
        """
        target = (date + "-99-99")[:10] if len(date) < 10 else date
        dates = [row.date or "" for row in rows]
        dated = [d for d in dates if d]
        if dated == sorted(dated, reverse=True):
            keys = [-_day_number(d) if d else 0 for d in dates]
            index = bisect.bisect_left(keys, -_day_number(target))
            return min(index, max(len(rows) - 1, 0))
        best, best_gap = 0, None
        for index, day in enumerate(dates):
            if day:
                gap = abs(_day_number(day) - _day_number(target))
                if best_gap is None or gap < best_gap:
                    best, best_gap = index, gap
        return best

    # -- people ---------------------------------------------------------------------------

    def matching_people(self, text: str) -> Iterator[Person]:
        """People whose names hold every word of ``text`` (ignoring case and accents)."""
        words = fold(text).split()
        for number, person in enumerate(self.people):
            if all(word in self._folded[number] for word in words):
                yield person

    def people_rows(
        self, text: str, chosen: Sequence[str], allowed: frozenset[str] | None
    ) -> list[PersonRow]:
        """The people matching ``text`` (every word, ignoring case and accents).

        With a person filter (``allowed``), only the people in those releases, counted within
        them: who else was there. The chosen people come first.
        """
        words = fold(text).split()
        chosen_set = set(chosen)
        rows: list[PersonRow] = []
        if allowed is None:
            for number, person in enumerate(self.people):
                if words and not all(word in self._folded[number] for word in words):
                    continue
                rows.append(
                    PersonRow(person, person.took_part, person.mentioned, person.key in chosen_set)
                )
        else:
            took: dict[int, int] = {}
            mentioned: dict[int, int] = {}
            for release_id in allowed:
                for number, took_part in self._release_people.get(release_id, ()):
                    counter = took if took_part else mentioned
                    counter[number] = counter.get(number, 0) + 1
            for number in sorted(took.keys() | mentioned.keys()):
                person = self.people[number]
                if words and not all(word in self._folded[number] for word in words):
                    continue
                rows.append(
                    PersonRow(
                        person,
                        took.get(number, 0),
                        mentioned.get(number, 0),
                        person.key in chosen_set,
                    )
                )
            rows.sort(key=lambda row: (-row.took_part, -row.mentioned, row.person.name))
        order = {key: index for index, key in enumerate(chosen)}
        first = sorted((row for row in rows if row.chosen), key=lambda r: order[r.person.key])
        return [*first, *(row for row in rows if not row.chosen)]


def _day_number(date: str) -> int:
    """A sortable number for an ISO date, tolerant of partial or odd dates."""
    digits = "".join(ch for ch in date if ch.isdigit())[:8].ljust(8, "0")
    return int(digits)
