"""Benchmark of the search index (a script, not a test).

    .venv/bin/python tests/bench/bench_search.py [-n 10000] [--generator auto|synthetic|realistic]

Builds an index of N releases in a temporary directory, then prints the build time, the index
size, a cold open+search in a fresh process, and p50/p95 query times per query class, beside a
baseline measured in the same run: a plain Python scan of the folded texts (on a subset of at
most 10,000 releases) evaluating the same parsed queries, with the ratio baseline/index.

Releases come from tests/bench/generate.py (with store.parser) when both exist, else from the
simple synthetic generator below.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import os
import pickle
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from store.models import PersonMention, Release  # noqa: E402
from store.query import (  # noqa: E402
    And,
    DateRange,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Query,
    Word,
    fold,
    parse,
)
from store.search import SearchIndex, Sort  # noqa: E402

# --------------------------------------------------------------------------------------------
# A simple synthetic generator: Zipf-distributed pseudo-words with common English words mixed
# in, names with diacritics and apostrophes, categories, dates.

_COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "on",
    "that",
    "was",
    "for",
    "with",
    "by",
    "as",
    "at",
    "is",
    "were",
    "from",
    "their",
    "had",
    "this",
    "be",
    "which",
    "said",
    "also",
    "its",
    "it",
    "are",
    "an",
    "has",
    "been",
    "parliament",
    "chair",
    "milli",
    "majlis",
    "meeting",
    "committee",
    "session",
    "president",
    "visit",
    "delegation",
    "cooperation",
    "relations",
    "azerbaijan",
    "republic",
    "speaker",
    "deputy",
    "international",
    "parliamentary",
    "development",
    "national",
    "assembly",
    "country",
    "countries",
    "noted",
]
_CATEGORIES = (
    "Chair’s Meetings",
    "Chair’s Travels",
    "Plenary Meetings",
    "Committee Meetings",
    "Events",
    "News",
    None,
)
_SYLLABLES = [
    "ba",
    "ka",
    "ri",
    "mo",
    "ne",
    "ta",
    "li",
    "sa",
    "ve",
    "do",
    "ra",
    "mi",
    "ko",
    "zu",
    "le",
    "pa",
    "ni",
    "go",
    "har",
    "bek",
    "stan",
    "ov",
    "ova",
    "ev",
    "yev",
    "an",
    "ur",
    "al",
    "ik",
    "em",
    "ya",
    "ze",
    "lo",
    "du",
    "fi",
]
_GIVEN = [
    "Sahiba",
    "Adil",
    "Mustafa",
    "Kasim-Jomart",
    "Ilham",
    "Gélase",
    "Ahliman",
    "Agalar",
    "Nursultan",
    "Siyavush",
    "Hijran",
    "Fazil",
    "Razi",
    "Elman",
    "Hikmat",
    "Ali",
    "Zoran",
    "Ivana",
    "Milo",
    "Aleksandar",
]
_SURNAMES = [
    "Gafarova",
    "Aliyev",
    "Şentop",
    "Tokayev",
    "Kollár",
    "Bečić",
    "Ndabirabe",
    "Amiraslanov",
    "Atamoglanov",
    "Novruzov",
    "Huseynova",
    "Nurullayev",
    "Nasirov",
    "O’Brien",
    "Chișinău-Lupu",
    "Müller",
    "Ørsted",
    "Łukasz",
    "İnan",
]


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def synthetic(n: int, seed: int) -> Iterator[Release]:
    """N varied releases of 150-1,500 words."""
    rng = random.Random(seed)
    vocabulary = list(dict.fromkeys(_pseudo_word(rng) for _ in range(60_000)))
    cumulative = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(vocabulary))))
    people = [
        f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}{rng.choice(['', 'a', 'ov', ''])}"
        for _ in range(3_000)
    ]
    sentences: list[str] = []
    for _ in range(60_000):
        words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(6, 22))
        for _ in range(rng.randint(2, 8)):
            words.insert(rng.randrange(len(words)), rng.choice(_COMMON))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(people))
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words)), "Chair`s")
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", ",", ";"]))
    start = dt.date(2012, 1, 1)
    for number in range(n):
        target = rng.randint(150, 1_500)
        paragraphs: list[str] = []
        count = 0
        while count < target:
            paragraph = " ".join(rng.choices(sentences, k=rng.randint(2, 7)))
            paragraphs.append(paragraph)
            count += paragraph.count(" ") + 1
        names = rng.sample(people, rng.randint(1, 6))
        day = start + dt.timedelta(days=rng.randrange(4_500))
        yield Release(
            id=f"{number:010x}",
            title=" ".join(rng.choices(sentences[:5_000], k=1)[0].split()[:9]),
            date=None if rng.random() < 0.02 else day.isoformat(),
            time=f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
            category=rng.choice(_CATEGORIES),
            paragraphs=tuple(paragraphs),
            people=tuple(
                PersonMention(name, "", i < 2, (name, f"Mr {name.split()[-1]}"))
                for i, name in enumerate(names)
            ),
        )


def realistic(n: int, seed: int) -> Iterator[Release] | None:
    """Releases from tests/bench/generate.py through the project's parser, when both exist."""
    try:
        sys.path.insert(0, str(Path(__file__).parent))
        from generate import generate  # type: ignore[import-not-found]

        from store.parser import parse_release
    except ImportError:
        return None

    def releases() -> Iterator[Release]:
        seen: set[str] = set()
        for name, text in generate(n, seed):
            release = parse_release(text, name)
            if isinstance(release, Release) and release.id not in seen:
                seen.add(release.id)
                yield release

    return releases()


# --------------------------------------------------------------------------------------------
# The baseline: a plain scan evaluating the parsed query over folded texts.


class _Scanned:
    __slots__ = ("category", "date", "people", "texts")

    def __init__(self, release: Release) -> None:
        self.texts = [f" {fold(t)} " for t in (release.title, *release.paragraphs)]
        self.people = [f" {fold(x)} " for p in release.people for x in (p.name, *p.mentions)]
        self.category = f" {fold(release.category or '')} "
        self.date = release.date or ""


def _phrase_re(words: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    body = " +".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\S)" + body + (r"\S*" if prefix else r"(?!\S)"))


def _matcher(node: Node) -> Callable[[_Scanned], bool]:
    if isinstance(node, (Word, Prefix, Phrase)):
        if isinstance(node, Word):
            needle = f" {node.text} "

            def contains(texts: list[str]) -> bool:
                return any(needle in t for t in texts)
        else:
            words = (node.text,) if isinstance(node, Prefix) else node.words
            pattern = _phrase_re(words, isinstance(node, Prefix) or node.prefix)

            def contains(texts: list[str]) -> bool:
                return any(pattern.search(t) for t in texts)

        if node.field == "person":
            return lambda r: contains(r.people)
        if node.field == "category":
            return lambda r: contains([r.category])
        return lambda r: contains(r.texts)
    if isinstance(node, DateRange):
        low = node.start.isoformat() if node.start else "0"
        high = node.end.isoformat() if node.end else "9"
        return lambda r: bool(r.date) and low <= r.date <= high
    if isinstance(node, Not):
        inner = _matcher(node.child)
        return lambda r: not inner(r)
    parts = [_matcher(child) for child in node.children]
    if isinstance(node, Or):
        return lambda r: any(p(r) for p in parts)
    assert isinstance(node, And)
    return lambda r: all(p(r) for p in parts)


# --------------------------------------------------------------------------------------------


def _queries(releases: list[Release], rng: random.Random) -> dict[str, list[str]]:
    """Query classes, drawn from the data so that they match something."""
    sample = rng.sample(releases, min(200, len(releases)))
    words: list[str] = []
    bigrams: list[str] = []
    for release in sample:
        tokens = fold(" ".join(release.paragraphs)).split()
        for _ in range(3):
            i = rng.randrange(len(tokens) - 2)
            words.append(tokens[i])
            bigrams.append(f'"{tokens[i]} {tokens[i + 1]}"')
    rare = [w for w in words if w not in _COMMON and len(w) > 5][:30]
    names = [fold(p.name).split()[-1] for r in sample for p in r.people][:20]
    return {
        "word": rare[:20],
        "two words": [f"{a} {b}" for a, b in zip(rare[:20], reversed(rare[:20]), strict=True)],
        "common word": ["the", "of", "parliament", "milli majlis", "chair"],
        "phrase": bigrams[:20],
        "common phrase": [
            '"milli majlis"',
            '"of the"',
            '"the milli majlis"',
            '"sahiba gafarova"',
            '"on the sidelines of"',
            "Non-Aligned",
        ],
        "prefix": [f"{w[:4]}*" for w in rare[:15]] + ["th*", "the*", "par*", "m*", "co*"],
        "OR / exclude": [f"{a} OR {b} -the" for a, b in zip(rare[:10], rare[10:20], strict=True)],
        "fields": [f"person:{n}" for n in names[:10]]
        + ["category:plenary year:2019", "after:2020-03 before:2020-04", "category:chairs"],
        "word, by date": [f"{w}" for w in ["the", "parliament", *rare[:8]]],
    }


def _scan(scanned: list[_Scanned], match: Callable[[_Scanned], bool]) -> list[_Scanned]:
    return [r for r in scanned if match(r)]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _time(fn: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each run (CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _cold(path: Path, query: str) -> str:
    """A fresh process: whole run, imports+open+search, open+search alone, and its CPU time."""
    code = (
        f"import time,sys;t=time.perf_counter();sys.path.insert(0,{str(REPO)!r});"
        "from pathlib import Path;from store.search import SearchIndex;u=time.perf_counter();"
        f"ix=SearchIndex.open(Path({str(path)!r}));ix.search({query!r});v=time.perf_counter();"
        "print((v-t)*1000,(v-u)*1000,time.process_time()*1000)"
    )
    # As installed: with bytecode caches (this machine may set PYTHONDONTWRITEBYTECODE).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    rows = []
    for _ in range(6):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout
        rows.append([(time.perf_counter() - start) * 1000, *map(float, out.split())])
    whole, inside, search, cpu = (statistics.median(r[i] for r in rows[1:]) for i in range(4))
    return (
        f"{whole:.0f} ms for the whole process ({cpu:.0f} ms CPU), of which imports + open + "
        f"search {inside:.0f} ms, open + search {search:.1f} ms (medians of 5)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="releases to index")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--generator", choices=["auto", "synthetic", "realistic"], default="auto")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
    parser.add_argument(
        "--cache", type=Path, help="pickle of the generated releases: read if present, else written"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    if args.cache is not None and args.cache.exists():
        with open(args.cache, "rb") as handle:
            kind, releases = pickle.load(handle)
    else:
        source = None if args.generator == "synthetic" else realistic(args.n, args.seed)
        if source is None and args.generator == "realistic":
            sys.exit("tests/bench/generate.py or store.parser is missing")
        kind = "synthetic" if source is None else "realistic"
        releases = list(source if source is not None else synthetic(args.n, args.seed))
        if args.cache is not None:
            with open(args.cache, "wb") as handle:
                pickle.dump((kind, releases), handle, protocol=pickle.HIGHEST_PROTOCOL)
    words = sum(sum(p.count(" ") + 1 for p in r.paragraphs) for r in releases)
    print(
        f"{len(releases):,} {kind} releases, {words / len(releases):,.0f} words on average "
        f"(made in {time.perf_counter() - started:.1f} s); cpus: {os.cpu_count()}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index"
        index = SearchIndex.open(path)
        start, start_cpu = time.perf_counter(), time.process_time()
        index.rebuild(releases, "bench")
        build = time.perf_counter() - start
        size = _size(path)
        print(
            f"build: {build:.2f} s wall, {time.process_time() - start_cpu:.1f} s CPU in all "
            f"threads ({len(releases) / build:,.0f} releases/s), index size {size / 1e6:.1f} MB "
            f"({size / len(releases) / 1e3:.1f} kB/release); load average {os.getloadavg()[0]:.1f}"
        )
        start = time.perf_counter()
        index.update(releases[:100], [r.id for r in releases[100:200]], "bench2")
        print(f"update of 100 + delete of 100: {(time.perf_counter() - start) * 1000:.0f} ms")
        index.rebuild(releases, "bench")
        print(f"cold process: {_cold(path, 'parliament')}")

        subset = releases[:10_000]
        scanned = [_Scanned(r) for r in subset]
        rng = random.Random(args.seed)
        print(
            f"\nquery times in ms: index over {len(releases):,} (search(), limit 20, snippets), "
            f"wall and CPU; baseline scan over {len(subset):,}; ratio of the p50s"
        )
        print(
            f"{'class':<15}{'n':>3}{'p50':>7}{'p95':>7}{'cpu50':>7}{'cpu95':>7}"
            f"{'scan p50':>10}{'scan p95':>10}{'ratio':>8}{'hits':>8}"
        )
        for name, texts in _queries(releases, rng).items():
            sort: Sort = "date" if "date" in name else "relevance"
            index_ms: list[float] = []
            index_cpu: list[float] = []
            scan_ms: list[float] = []
            hits = 0
            for text in texts:
                query: Query = parse(text)
                index.search(query, sort=sort)  # warm
                wall, cpu = _time(functools.partial(index.search, query, sort=sort), args.repeat)
                index_ms += wall
                index_cpu += cpu
                hits += index.count(query)
                match = _matcher(query.root)
                scan_ms += _time(functools.partial(_scan, scanned, match), 1)[0]
            p50, p95 = _percentiles(index_ms)
            c50, c95 = _percentiles(index_cpu)
            s50, s95 = _percentiles(scan_ms)
            print(
                f"{name:<15}{len(texts):>3}{p50:>7.2f}{p95:>7.2f}{c50:>7.2f}{c95:>7.2f}"
                f"{s50:>10.1f}{s95:>10.1f}{s50 / p50:>7.0f}x{hits // len(texts):>8,}"
            )
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus")


if __name__ == "__main__":
    main()
