"""One person across the whole library, however the releases spell them.

Each release names its people on its own ("Ziyafet Asgarov" here, "Ziyafat Asgarov" there,
"Speaker Gafarova" where the full name is missing). :func:`cluster_people` merges those names
where the evidence is strong: the same given name with a surname spelt a little differently,
a gendered or transliterated variant, or a surname alone that only one full name can own. It
never merges different given names ("Ilham Aliyev", "Adil Aliyev" and "Heydar Aliyev" stay
three people). The user's merge and split decisions override everything and are applied again
at every re-clustering. Names are compared in blocks (same surname stem, or same given name and
surname initial), so a library of 100,000 releases clusters in seconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, NamedTuple, Protocol, TypeVar

from rapidfuzz import fuzz

__all__ = [
    "Decision",
    "Occurrence",
    "PersonCluster",
    "cluster_people",
    "fold_key",
    "match_person",
    "person_key",
]


# -- the data --------------------------------------------------------------------------------


class Occurrence(NamedTuple):
    """A person as one release names them (the release's canonical name for them).

    A named tuple: a library of 100,000 releases makes over half a million of them at each
    import's end, and a tuple is made several times faster than a frozen dataclass."""

    release_id: str
    date: str | None
    """ISO date of the release, or None."""
    name: str
    role: str
    took_part: bool
    co_names: tuple[str, ...] = ()
    """The names of the release's people (this one included): who they appear with."""


@dataclass(frozen=True, slots=True)
class Decision:
    """A user's ruling: these names are one person (merge), or this name is its own (split)."""

    kind: Literal["merge", "split"]
    names: tuple[str, ...]

    @classmethod
    def merge(cls, *names: str) -> Decision:
        return cls("merge", tuple(names))

    @classmethod
    def split(cls, name: str) -> Decision:
        return cls("split", (name,))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        kind = str(data.get("kind", ""))
        if kind not in ("merge", "split"):
            raise ValueError(f"unknown people decision {kind!r}")
        names = tuple(str(n) for n in data.get("names", ()))
        return cls("merge" if kind == "merge" else "split", names)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "names": list(self.names)}


RoleSpan = tuple[str, str | None, str | None]
"""(role, first date seen, last date seen)."""


@dataclass(frozen=True, slots=True)
class PersonCluster:
    """One person across the library."""

    key: str
    """Stable: the folded display name as a slug ("sahiba-gafarova"), numbered on a clash."""
    name: str
    """The display name: the fullest, most used spelling."""
    aliases: tuple[str, ...]
    """Every spelling seen, the display name first."""
    roles: tuple[RoleSpan, ...]
    """The roles the releases give, with when each was first and last seen."""
    took_part_ids: tuple[str, ...]
    """Releases the person took part in."""
    mentioned_ids: tuple[str, ...]
    """Releases that only mention the person."""

    @property
    def took_part(self) -> int:
        return len(self.took_part_ids)

    @property
    def mentioned(self) -> int:
        return len(self.mentioned_ids)

    @property
    def releases(self) -> int:
        return self.took_part + self.mentioned

    @property
    def release_ids(self) -> tuple[str, ...]:
        return (*self.took_part_ids, *self.mentioned_ids)


# -- folding and name parts ------------------------------------------------------------------

_APOSTROPHES = re.compile(r"[`'’‘ʼ´]")
_NON_WORD = re.compile(r"[^\w]+|_")


@lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """Fold for comparison: case, diacritics, apostrophes, hyphens and spacing do not count."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _APOSTROPHES.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def person_key(name: str) -> str:
    """The slug a display name gives a person: "Mustafa Şentop" -> "mustafa-sentop"."""
    return fold_key(name).replace(" ", "-") or "unnamed"


_PATRONYMICS = frozenset(["oglu", "ogly", "oglou", "qizi", "gizi", "kyzy", "uly"])
# Romanisations of Azerbaijani, Turkish and Russian names vary: Vuqar/Vugar, Aghazade/Agazade,
# Şentop/Shentop, Kassym/Kasim.
_SOUNDS = (
    ("dzh", "j"),
    ("kh", "x"),
    ("gh", "g"),
    ("q", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("zh", "j"),
    ("w", "v"),
    ("yy", "y"),
    ("iy", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_SURNAME_SUFFIX = re.compile(r"(?:yeva|yev|ova|eva|ov|ev|li|lu|ly|zade|zada|oglu|ogly|i|a)$")
_GENDERED = (
    ("ova", "ov"),
    ("eva", "ev"),
    ("yeva", "yev"),
    ("ina", "in"),
    ("aya", "iy"),
    ("skaya", "sky"),
    ("a", ""),
)


@lru_cache(maxsize=1 << 16)
def _sound(word: str) -> str:
    """A word as it sounds, roughly: transliteration variants and doubled letters merged."""
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


@dataclass(frozen=True, slots=True)
class _Parts:
    """A folded name cut into given name, middle names and surname (as they sound)."""

    given: str
    middle: tuple[str, ...]
    surname: str

    @property
    def single(self) -> bool:
        return not self.given


@lru_cache(maxsize=1 << 16)
def _parts(folded: str) -> _Parts:
    words = folded.split()
    if len(words) >= 3 and words[-1] in _PATRONYMICS:
        words = [*words[:-2], words[-2] + words[-1]]  # "Mirbashir oglu" = "Mirbashiroglu"
    if not words:
        return _Parts("", (), "")
    if len(words) == 1:
        return _Parts("", (), _sound(words[0]))
    return _Parts(_sound(words[0]), tuple(_sound(w) for w in words[1:-1]), _sound(words[-1]))


def _stem(surname: str) -> str:
    return _SURNAME_SUFFIX.sub("", surname) or surname


def _same_given(a: str, b: str, same_surname: bool) -> bool:
    """Two spellings of one given name; a trailing -a is a different (female) name unless the
    surnames agree (then it is a typo: "Sahib"/"Sahiba Gafarova")."""
    if a == b:
        return True
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2:
        return False
    if (a + "a" == b or b + "a" == a) and not same_surname:
        return False
    # Ə and ı come out as e/a and i/y in romanisation (Ziyafet/Ziyafat, Kassym/Kasim); other
    # differences make other names (Ramil/Ramin, Kamal/Kamil) unless the name is long enough
    # for one letter to be a typo.
    if _vowel_class(a) == _vowel_class(b):
        return True
    return fuzz.ratio(a, b) >= 90


def _vowel_class(word: str) -> str:
    return _DOUBLE.sub(r"\1", word.replace("e", "a").replace("y", "i"))


def _gendered_pair(a: str, b: str) -> bool:
    """Aliyev/Aliyeva, Gafarov/Gafarova: one surname in its male and female forms."""
    for female, male in _GENDERED:
        if (a.endswith(female) and a[: len(a) - len(female)] + male == b) or (
            b.endswith(female) and b[: len(b) - len(female)] + male == a
        ):
            return True
    return False


# -- nodes: one folded name each -------------------------------------------------------------


@dataclass(slots=True)
class _Node:
    """Every occurrence of one name (folded), across the library."""

    folded: str
    parts: _Parts
    spellings: dict[str, int] = field(default_factory=dict)
    """Each spelling of the name and how many times it occurs."""
    named: dict[str, list[Occurrence]] = field(default_factory=dict)
    """The occurrences of each spelling."""
    _roles: set[str] | None = None
    _co_names: set[str] | None = None

    def occurrences(self) -> Iterable[Occurrence]:
        for named in self.named.values():
            yield from named

    def roles(self) -> set[str]:
        if self._roles is None:
            self._roles = {_role_word_set(o.role) for o in self.occurrences() if o.role} - {""}
        return self._roles

    def co_names(self) -> set[str]:
        if self._co_names is None:
            self._co_names = {
                fold_key(name) for occurrence in self.occurrences() for name in occurrence.co_names
            } - {self.folded}
        return self._co_names


_ROLE_NOISE = frozenset(("of", "the", "for", "and", "to", "in", "a", "an", "its", "our"))


@lru_cache(maxsize=1 << 14)
def _role_word_set(role: str) -> str:
    words = sorted(set(fold_key(role).split()) - _ROLE_NOISE)
    return " ".join(words)


def _roles_agree(a: _Node, b: _Node) -> bool:
    """A role in common: the same role words, or one role's words all in the other's."""
    roles_a, roles_b = a.roles(), b.roles()
    if roles_a & roles_b:
        return True
    for role_a in roles_a:
        words_a = set(role_a.split())
        for role_b in roles_b:
            words_b = set(role_b.split())
            if words_a and words_b and (words_a <= words_b or words_b <= words_a):
                return True
    return False


def _same_person(a: _Node, b: _Node) -> bool:
    """Strong evidence that two full names are one person."""
    pa, pb = a.parts, b.parts
    if (
        pa.middle
        and pb.middle
        and not all(_same_given(x, y, True) for x, y in zip(pa.middle, pb.middle, strict=False))
    ):
        return False
    if pa.surname == pb.surname:
        return _same_given(pa.given, pb.given, True)
    if not _same_given(pa.given, pb.given, False):
        return False
    if _gendered_pair(pa.surname, pb.surname):
        return True  # "Konul Nurullayev" / "Konul Nurullayeva"
    if fuzz.ratio(pa.surname, pb.surname) >= 88:
        return True  # a typo
    if _stem(pa.surname) == _stem(pb.surname) and len(_stem(pa.surname)) >= 4:
        # "Aziz Alakbarov" / "Aziz Alakbarli": a variant, which needs a role in common or
        # people in common.
        return _roles_agree(a, b) or len(a.co_names() & b.co_names()) >= 1
    return False


# -- union-find ------------------------------------------------------------------------------


class _Sets:
    """Disjoint sets over node indices."""

    __slots__ = ("parent",)

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            if root_a < root_b:
                self.parent[root_b] = root_a
            else:
                self.parent[root_a] = root_b


# -- clustering ------------------------------------------------------------------------------


def cluster_people(
    occurrences: Sequence[Occurrence], decisions: Sequence[Decision]
) -> list[PersonCluster]:
    """Merge the people of every release into one cluster a person, most releases first."""
    nodes, surname_parts = _build_nodes(occurrences)
    count = len(nodes)
    split_at = _split_points(nodes, decisions)

    edges: list[tuple[int, int]] = []
    edges.extend(_similar_pairs(nodes))
    edges.extend(_surname_edges(nodes, surname_parts))
    sets = _Sets(count)
    for a, b in edges:
        if a not in split_at and b not in split_at:
            sets.union(a, b)
    by_folded: dict[str, list[int]] = {}
    for index, node in enumerate(nodes):
        by_folded.setdefault(node.folded, []).append(index)
    for number, decision in enumerate(decisions):
        if decision.kind != "merge":
            continue
        members = [
            index
            for name in decision.names
            for index in by_folded.get(fold_key(name), ())
            if split_at.get(index, -1) < number
        ]
        for index in members[1:]:
            sets.union(members[0], index)

    groups: dict[int, list[int]] = {}
    for index in range(count):
        groups.setdefault(sets.find(index), []).append(index)
    clusters = [_cluster([nodes[i] for i in members]) for members in groups.values()]
    return _with_keys(clusters)


def _build_nodes(
    occurrences: Sequence[Occurrence],
) -> tuple[list[_Node], dict[int, list[Occurrence]]]:
    """One node per folded name (bare surnames are attached per occurrence afterwards)."""
    by_name: dict[str, list[Occurrence]] = {}
    for occurrence in occurrences:
        found = by_name.get(occurrence.name)
        if found is None:
            by_name[occurrence.name] = [occurrence]
        else:
            found.append(occurrence)
    nodes: list[_Node] = []
    index_of: dict[str, int] = {}
    for name, named in by_name.items():
        folded = fold_key(name)
        index = index_of.get(folded)
        if index is None:
            index = index_of[folded] = len(nodes)
            nodes.append(_Node(folded, _parts(folded)))
        node = nodes[index]
        node.spellings[name] = len(named)
        node.named[name] = named
    surname_parts = {
        i: [o for named in n.named.values() for o in named]
        for i, n in enumerate(nodes)
        if n.parts.single
    }
    return nodes, surname_parts


def _split_points(nodes: list[_Node], decisions: Sequence[Decision]) -> dict[int, int]:
    """Node index -> the number of the last decision that split its name off."""
    wanted: dict[str, int] = {}
    for number, decision in enumerate(decisions):
        if decision.kind == "split":
            for name in decision.names:
                wanted[fold_key(name)] = number
    return {i: wanted[n.folded] for i, n in enumerate(nodes) if n.folded in wanted}


def _similar_pairs(nodes: list[_Node]) -> Iterable[tuple[int, int]]:
    """Pairs of full names that are one person, compared within small blocks only."""
    blocks: dict[str, list[int]] = {}
    for index, node in enumerate(nodes):
        parts = node.parts
        if parts.single:
            continue
        blocks.setdefault("s:" + _stem(parts.surname), []).append(index)
        blocks.setdefault(f"g:{parts.given}|{parts.surname[:1]}", []).append(index)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                if _same_person(nodes[a], nodes[b]):
                    yield pair


def _surname_edges(
    nodes: list[_Node], surname_parts: dict[int, list[Occurrence]]
) -> Iterable[tuple[int, int]]:
    """A bare surname ("Gafarova") joins the one full name that can own it.

    Per occurrence: the full name it appears with in that release, else the only one holding a
    role like its role, else the only full name with that surname at all. A surname that
    several people share and nothing decides between stays a person of its own.
    """
    by_surname: dict[str, list[int]] = {}
    for index, node in enumerate(nodes):
        if not node.parts.single:
            by_surname.setdefault(node.parts.surname, []).append(index)
    for index, occurrences in surname_parts.items():
        candidates = by_surname.get(nodes[index].parts.surname, [])
        if not candidates:
            continue
        chosen: set[int] = set()
        for occurrence in occurrences:
            target = _owner(occurrence, candidates, nodes)
            if target is not None:
                chosen.add(target)
        if len(chosen) == 1:
            yield index, chosen.pop()


def _owner(occurrence: Occurrence, candidates: list[int], nodes: list[_Node]) -> int | None:
    if len(candidates) == 1:
        return candidates[0]
    co_names = {fold_key(n) for n in occurrence.co_names}
    present = [c for c in candidates if nodes[c].folded in co_names]
    if len(present) == 1:
        return present[0]
    role = set(_role_word_set(occurrence.role).split()) if occurrence.role else set()
    if role:
        holding = [
            c
            for c in candidates
            if any(role <= set(r.split()) or set(r.split()) <= role for r in nodes[c].roles())
        ]
        if len(holding) == 1:
            return holding[0]
    return None


def _cluster(members: list[_Node]) -> PersonCluster:
    """The cluster of some nodes: display name, aliases, roles over time, releases."""
    spellings: dict[str, tuple[int, int, int]] = {}
    took_part: dict[str, str] = {}
    mentioned: dict[str, str] = {}
    role_dates: set[tuple[str, str]] = set()
    for node in members:
        for name, named in node.named.items():
            part = {o.release_id: o.date or _UNDATED for o in named if o.took_part}
            only = {o.release_id: o.date or _UNDATED for o in named if not o.took_part}
            spellings[name] = (len(fold_key(name).split()), len(part.keys() | only), len(named))
            took_part.update(part)
            mentioned.update(only)
            role_dates.update((o.role, o.date or _UNDATED) for o in named if o.role)
    roles: dict[str, list[str]] = {}
    for role, date in role_dates:
        span = roles.get(role)
        if span is None:
            roles[role] = [date, date]
        elif date != _UNDATED:
            if span[0] == _UNDATED or date < span[0]:
                span[0] = date
            if span[1] == _UNDATED or date > span[1]:
                span[1] = date
    # The fullest spelling, then the one in most releases, the most frequent, the first
    # alphabetically.
    ordered = sorted(sorted(spellings), key=spellings.__getitem__, reverse=True)
    for release in took_part:
        mentioned.pop(release, None)
    return PersonCluster(
        key="",
        name=ordered[0],
        aliases=tuple(ordered),
        roles=tuple(
            (role, _date(first), _date(last))
            for first, role, last in sorted((s[0], r, s[1]) for r, s in roles.items())
        ),
        took_part_ids=_by_date(took_part),
        mentioned_ids=_by_date(mentioned),
    )


_UNDATED = "\uffff"
"""Sorts after every ISO date."""


def _date(value: str) -> str | None:
    return None if value == _UNDATED else value


def _by_date(releases: dict[str, str]) -> tuple[str, ...]:
    """Release ids oldest first (undated ones last)."""
    return tuple(sorted(releases, key=releases.__getitem__))


def _with_keys(clusters: list[PersonCluster]) -> list[PersonCluster]:
    """Give each cluster its key (numbered on a clash, in a stable order), most releases first."""
    clusters.sort(key=lambda c: (person_key(c.name), c.release_ids[:1], c.name))
    used: Counter[str] = Counter()
    keyed: list[PersonCluster] = []
    for cluster in clusters:
        key = person_key(cluster.name)
        used[key] += 1
        if used[key] > 1:
            key = f"{key}-{used[key]}"
        keyed.append(
            PersonCluster(
                key=key,
                name=cluster.name,
                aliases=cluster.aliases,
                roles=cluster.roles,
                took_part_ids=cluster.took_part_ids,
                mentioned_ids=cluster.mentioned_ids,
            )
        )
    keyed.sort(key=lambda c: (-c.took_part, -c.releases, c.name))
    return keyed


# -- finding a person ------------------------------------------------------------------------


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...


NamedT = TypeVar("NamedT", bound=_Named)


def match_person(query: str, people: Sequence[NamedT]) -> list[NamedT]:
    """The people a query names: a whole alias, else whole words of a name, else prefixes of
    its words ("tokayev", "sentop" for Şentop, "kas tok"). Several results mean ambiguous."""
    words = fold_key(query).split()
    if not words:
        return []
    wanted = " ".join(words)
    exact = [p for p in people if any(fold_key(a) == wanted for a in _names(p))]
    if exact:
        return exact
    whole = [p for p in people if any(_covers(words, a, prefix=False) for a in _names(p))]
    if whole:
        return whole
    return [p for p in people if any(_covers(words, a, prefix=True) for a in _names(p))]


def _names(person: _Named) -> tuple[str, ...]:
    return person.aliases or (person.name,)


def _covers(words: list[str], alias: str, *, prefix: bool) -> bool:
    """Every query word is a word (or the start of a word) of the alias."""
    alias_words = fold_key(alias).split()
    for word in words:
        if prefix:
            if not any(w.startswith(word) for w in alias_words):
                return False
        elif word not in alias_words:
            return False
    return True
