"""What the browser knows of a library: its release summaries and people, indexed for filtering.

Plain data and set arithmetic, no Textual: built in a worker thread, then read by the screen.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from operator import attrgetter
from typing import NamedTuple, overload

from store.library import Library, go_on
from store.models import Person, ReleaseSummary


class PersonRow(NamedTuple):
    """A person as the people pane lists them: counts within the releases in view."""

    person: Person
    took_part: int
    mentioned: int
    chosen: bool


class Catalogue:
    """Release summaries (newest first) and people, with the indexes filtering needs."""

    def __init__(
        self,
        summaries: Sequence[ReleaseSummary],
        people: Sequence[Person],
        stamp: str,
        *,
        give_way: Callable[[], object] = go_on,
    ):
        self.summaries = list(summaries)
        self.people = list(people)
        self.stamp = stamp
        self.by_id = {summary.id: summary for summary in self.summaries}
        give_way()  # (each of these takes 0.1-0.2 s at 100,000 releases)
        self.position = {summary.id: index for index, summary in enumerate(self.summaries)}
        give_way()
        self.people_by_key = {person.key: person for person in self.people}
        self._folded: list[str] = []
        if self.people:
            from store.query import fold  # here: the browser's first frame does without it

            self._folded = [
                fold(" ".join(dict.fromkeys((p.name, *p.aliases)))) for p in self.people
            ]
        # Who is in each release (as numbers into ``people``): counting who else is in the
        # releases of a filter walks those releases only, not every person's releases.
        self._took_in = _people_in(self.people, attrgetter("took_part_ids"), give_way)
        self._mentioned_in = _people_in(self.people, attrgetter("mentioned_ids"), give_way)

    @classmethod
    def load(cls, library: Library, *, give_way: Callable[[], object] = go_on) -> Catalogue:
        """Read a library's summaries and people (slow for big libraries: call from a worker,
        which ``give_way``, called now and then, may hold up while the user is at the keys)."""
        stamp = library.stamp
        summaries = library.summaries(give_way=give_way)
        give_way()
        people = library.people(give_way=give_way)
        give_way()
        return cls(summaries, people, stamp, give_way=give_way)

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
        # Sorting the positions, plain ints, is quicker than sorting the ids by their positions
        # (one lookup an id, not two and a call of the key: 5,000 releases in half the time).
        positions = sorted(n for n in map(self.position.get, allowed) if n is not None)
        summaries = self.summaries
        return [summaries[n] for n in positions]

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
        words = _fold(text).split()
        for number, person in enumerate(self.people):
            if all(word in self._folded[number] for word in words):
                yield person

    def people_rows(
        self, text: str, chosen: Sequence[str], allowed: frozenset[str] | None
    ) -> PeopleRows:
        """The people matching ``text`` (every word, ignoring case and accents).

        With a person filter (``allowed``), only the people in those releases, counted within
        them: who else was there. The chosen people come first.
        """
        words = _fold(text).split() if text else []
        folded = self._folded
        counts: dict[int, tuple[int, int]] | None = None
        if allowed is None:
            if words:
                indices = [n for n, name in enumerate(folded) if all(w in name for w in words)]
            else:
                indices = list(range(len(self.people)))
        else:
            took = Counter(chain.from_iterable(filter(None, map(self._took_in.get, allowed))))
            mentioned = Counter(
                chain.from_iterable(filter(None, map(self._mentioned_in.get, allowed)))
            )
            counts = {n: (took[n], mentioned[n]) for n in took.keys() | mentioned.keys()}
            indices = [n for n in counts if all(w in folded[n] for w in words)]
            indices.sort(key=lambda n: (-counts[n][0], -counts[n][1], self.people[n].name))
        if chosen:
            position = {key: index for index, key in enumerate(chosen)}
            first = [n for n in indices if self.people[n].key in position]
            first.sort(key=lambda n: position[self.people[n].key])
            rest = [n for n in indices if self.people[n].key not in position]
            indices = first + rest
        return PeopleRows(self.people, indices, counts, frozenset(chosen))


class PeopleRows(Sequence[PersonRow]):
    """The people pane's rows, made one at a time as they are shown (there may be many)."""

    def __init__(
        self,
        people: Sequence[Person],
        indices: list[int],
        counts: dict[int, tuple[int, int]] | None,
        chosen: frozenset[str],
    ) -> None:
        self._people = people
        self._indices = indices
        self._counts = counts
        self._chosen = chosen

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> PersonRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[PersonRow]: ...

    def __getitem__(self, index: int | slice) -> PersonRow | list[PersonRow]:
        if isinstance(index, slice):
            return [self._row(n) for n in self._indices[index]]
        return self._row(self._indices[index])

    def _row(self, number: int) -> PersonRow:
        person = self._people[number]
        took, mentioned = (
            (person.took_part, person.mentioned) if self._counts is None else self._counts[number]
        )
        return PersonRow(person, took, mentioned, person.key in self._chosen)

    def index_of(self, key: str) -> int | None:
        """Where the person with ``key`` is listed, if they are."""
        for index, number in enumerate(self._indices):
            if self._people[number].key == key:
                return index
        return None


def _fold(text: str) -> str:
    from store.query import fold  # here: the browser's first frame does without it

    return fold(text)


GIVE_WAY_PEOPLE = 100
"""People indexed between two calls of ``give_way`` (a few ms for the first, busiest ones)."""


def _people_in(
    people: Sequence[Person],
    release_ids: Callable[[Person], Iterable[str]],
    give_way: Callable[[], object],
) -> dict[str, list[int]]:
    """For each release, the numbers of the people whose ``release_ids`` hold it (each once)."""
    index: dict[str, list[int]] = {}
    get = index.get
    for number, person in enumerate(people):
        if not number % GIVE_WAY_PEOPLE:
            give_way()
        for release_id in dict.fromkeys(release_ids(person)):
            numbers = get(release_id)
            if numbers is None:
                index[release_id] = [number]
            else:
                numbers.append(number)
    return index


def _day_number(date: str) -> int:
    """A sortable number for an ISO date, tolerant of partial or odd dates."""
    digits = "".join(ch for ch in date if ch.isdigit())[:8].ljust(8, "0")
    return int(digits)
