"""Build the bundled sample library from ``sample_data/releases``.

``python -m store.sample`` rebuilds ``sample_data/library``; ``--check`` tells whether the
committed library still matches the release files (a test runs it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from store.importer import import_paths
from store.library import Library
from store.models import Release
from store.parser import parse_bytes

REPO = Path(__file__).resolve().parent.parent
RELEASES = REPO / "sample_data" / "releases"
LIBRARY = REPO / "sample_data" / "library"


def build(releases: Path = RELEASES, destination: Path = LIBRARY) -> int:
    """Build a fresh library from ``releases`` and put it at ``destination``."""
    staging = destination.with_name(destination.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    library = Library.create(staging)
    report = import_paths(library, [releases])
    # The shipped library is opened read-only: no lock file, and the search index is built
    # per user, in the cache directory, on first search.
    (staging / ".lock").unlink(missing_ok=True)
    shutil.rmtree(staging / "index", ignore_errors=True)
    shutil.rmtree(destination, ignore_errors=True)
    staging.rename(destination)
    summary = report.summary
    print(f"{destination}: {summary['imported']} releases; {summary['rejected']} rejected")
    return len(Library.open(destination, readonly=True))


def differences(releases: Path = RELEASES, library_path: Path = LIBRARY) -> list[str]:
    """Releases the built library lacks, or holds though no file gives them."""
    library = Library.open(library_path, readonly=True)
    stored = {row.id for row in library.summaries()}
    expected = set()
    for path in sorted(releases.glob("*.txt")):
        parsed = parse_bytes(path.read_bytes(), str(path))
        if isinstance(parsed, Release):
            expected.add(parsed.id)
    return [f"missing {rid}" for rid in sorted(expected - stored)] + [
        f"extra {rid}" for rid in sorted(stored - expected)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.sample", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check, do not rebuild")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
