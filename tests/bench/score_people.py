"""Score the people extractor against gold annotations.

    python tests/bench/score_people.py [--gold FILE] [--releases DIR | --library DIR]
                                       [--split all|tune|holdout] [--verbose]

Runs ``store.people.extract_people`` over the corpus releases (default: ../shared/corpus next
to the repository) or, with ``--library``, reads the people a pressroom library holds (a
library directory, or a directory of ``pressroom show --json`` files). Prints precision,
recall and F1 for people and for participants (took_part), and with ``--verbose`` every
release's errors. Names match after folding case, diacritics, hyphens and spacing; gold ids
match files by file name stem. ``--split`` picks every third gold release (``holdout``) or the
others (``tune``), to keep a held-out part while developing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"

Person = tuple[str, bool]
"""(name, took_part) as scored."""


def fold(name: str) -> str:
    """Case, diacritics (NFKD), hyphens and spacing do not count."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    for dash in "-‐‑–—":
        text = text.replace(dash, " ")
    return " ".join(text.split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], found: set[str]) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label:<13} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
            f"   (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass
class Score:
    people: Counts = field(default_factory=Counts)
    participants: Counts = field(default_factory=Counts)
    releases: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, release_id: str, gold: list[Person], found: list[Person]) -> None:
        self.releases += 1
        gold_all = {fold(n) for n, _ in gold}
        found_all = {fold(n) for n, _ in found}
        gold_part = {fold(n) for n, t in gold if t}
        found_part = {fold(n) for n, t in found if t}
        self.people.add(gold_all, found_all)
        self.participants.add(gold_part, found_part)
        lines = []
        names = {fold(n): n for n, _ in [*gold, *found]}
        for key in sorted(gold_all - found_all):
            lines.append(f"  missed   {names[key]}")
        for key in sorted(found_all - gold_all):
            lines.append(f"  extra    {names[key]}")
        for key in sorted(gold_all & found_all):
            if (key in gold_part) != (key in found_part):
                lines.append(f"  took_part {names[key]}: gold {key in gold_part}")
        if lines:
            self.errors.append(f"{release_id}:\n" + "\n".join(lines))


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def select(gold: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """Every third release is held out; ``tune`` is the rest."""
    if split == "holdout":
        return [g for i, g in enumerate(gold) if i % 3 == 2]
    if split == "tune":
        return [g for i, g in enumerate(gold) if i % 3 != 2]
    return gold


def people_from_releases(
    directory: Path, ids: Iterable[str]
) -> tuple[dict[str, list[Person]], tuple[float, float]]:
    """Parse and extract each release; returns the people and the seconds one pass of the
    extraction takes, cold (first pass) and warm (the best of five more)."""
    from store.models import Release
    from store.parser import parse_release
    from store.people import extract_people

    parsed: dict[str, tuple[str, tuple[str, ...]]] = {}
    for release_id in ids:
        path = directory / f"{release_id}.txt"
        if not path.exists():
            continue
        release = parse_release(path.read_text(encoding="utf-8"), path.name)
        if isinstance(release, Release):
            parsed[release_id] = (release.title, release.paragraphs)
    found: dict[str, list[Person]] = {}
    started = time.perf_counter()
    for release_id, (title, paragraphs) in parsed.items():
        found[release_id] = [(p.name, p.took_part) for p in extract_people(title, paragraphs)]
    cold = time.perf_counter() - started
    warm = cold
    for _ in range(5):
        started = time.perf_counter()
        for title, paragraphs in parsed.values():
            extract_people(title, paragraphs)
        warm = min(warm, time.perf_counter() - started)
    return found, (cold, warm)


def people_from_library(directory: Path) -> dict[str, list[Person]]:
    """People per source file stem, from a library or from ``show --json`` files."""
    from store.library import Library

    found: dict[str, list[Person]] = {}
    try:
        library = Library.open(directory, readonly=True)
    except Exception:  # not a library: a directory of ``pressroom show --json`` files
        for path in sorted(directory.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            stem = Path(str(doc.get("source") or path.stem)).stem
            found[stem] = [(p["name"], bool(p.get("took_part"))) for p in doc.get("people", ())]
        return found
    for release in library.releases():
        found[Path(release.source).stem] = [(p.name, p.took_part) for p in release.people]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_CORPUS / "gold.jsonl")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--releases", type=Path, default=DEFAULT_CORPUS / "releases")
    source.add_argument("--library", type=Path)
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)

    if not args.gold.exists():
        print(f"no gold file at {args.gold}", file=sys.stderr)
        return 2
    gold = select(load_gold(args.gold), args.split)
    seconds = None
    if args.library is not None:
        found = people_from_library(args.library)
    else:
        found, seconds = people_from_releases(args.releases, (g["id"] for g in gold))
    score = Score()
    missing = []
    for entry in gold:
        release_id = entry["id"]
        if release_id not in found:
            missing.append(release_id)
            continue
        expected = [(p["name"], bool(p["took_part"])) for p in entry["people"]]
        score.add(release_id, expected, found[release_id])
    if args.verbose:
        for block in score.errors:
            print(block)
        print()
    print(f"releases      {score.releases} scored ({args.split})")
    if missing:
        print(f"not found     {len(missing)}: {' '.join(missing[:20])}")
    print(score.people.line("people"))
    print(score.participants.line("participants"))
    if seconds is not None and found:
        cold, warm = (1000 * s / len(found) for s in seconds)
        print(f"extraction    {warm:.3f} ms a release ({cold:.3f} on the first, cold pass)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
