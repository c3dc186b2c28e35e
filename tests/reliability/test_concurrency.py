"""Two writers at once, and readers during a write.

An importer is paused mid-import while it holds the library (held_import_child.py), so the
other process meets it at a known moment: a second writer must fail at once with a clear
message, lookups must keep working on the last commit, and when the first import is done
nothing is lost and nothing is duplicated. Uncontrolled races of two real importers follow.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.library import Library
from store.search import SearchIndex

from .helpers import (
    PRESSROOM,
    REPO,
    build_library,
    check_consistent,
    cli_env,
    release_text,
    run_cli,
    write_releases,
)

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

CHILD = Path(__file__).with_name("held_import_child.py")
BATCH = 10


class HeldImport:
    """An import paused at a given file, holding the write lock, until :meth:`release`."""

    def __init__(self, db: Path, sources: Path, work: Path, pause_at: int) -> None:
        self.ready, self.go = work / "ready", work / "go"
        command = [sys.executable, str(CHILD), str(db), str(self.ready), str(self.go)]
        self.process = subprocess.Popen(
            [*command, str(pause_at), str(BATCH), str(sources)],
            env=cli_env(),
            cwd=REPO,
            stderr=subprocess.PIPE,
        )
        while not self.ready.exists():
            if self.process.poll() is not None:
                raise AssertionError(self.process.stderr.read().decode())  # type: ignore[union-attr]
            time.sleep(0.02)

    def release(self) -> None:
        self.go.touch()
        _, stderr = self.process.communicate(timeout=300)
        assert self.process.returncode == 0, stderr.decode()


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, HeldImport]]:
    """A library of 20 releases and an import of 40 more paused after 25 (two batches in)."""
    db = tmp_path / "library"
    base = tmp_path / "base"
    write_releases(base, range(0, 20))
    build_library(db, [base])
    new = tmp_path / "new"
    write_releases(new, range(20, 60))
    importer = HeldImport(db, new, tmp_path, pause_at=25)
    try:
        yield db, importer
    finally:
        if importer.process.poll() is None:
            importer.go.touch()
            importer.process.wait(timeout=300)


def _ids(db: Path) -> set[str]:
    return set(Library.open(db).summary_docs())


def test_second_importer_fails_fast_and_nothing_is_lost(
    held: tuple[Path, HeldImport], tmp_path: Path
) -> None:
    db, importer = held
    other = tmp_path / "other"
    write_releases(other, range(50, 80))  # overlaps the held import's releases
    second = run_cli(["--db", db, "import", other])
    stderr = second.stderr.decode()
    assert second.returncode == 2, stderr
    assert "Traceback" not in stderr
    first = stderr.splitlines()[0]
    assert "another pressroom process" in first and "is writing" in first
    assert f"pid {importer.process.pid}" in first
    for args in (["people", "merge", "Anar Mammadov", "Samad Seyidov"], ["reindex"]):
        busy = run_cli(["--db", db, *args])
        assert busy.returncode == 2 and b"is writing" in busy.stderr, busy.stderr

    importer.release()
    assert len(_ids(db)) == 60
    again = run_cli(["--db", db, "import", other])
    assert again.returncode == 0, again.stderr.decode()
    library = Library.open(db)
    ids = check_consistent(library)
    assert len(ids) == 80 and len(library) == 80
    index = SearchIndex.open(db / "index")
    assert index.stamp() == library.stamp and len(index) == 80


def test_lookups_during_an_import(held: tuple[Path, HeldImport]) -> None:
    db, importer = held
    committed = _ids(db)
    assert 20 < len(committed) < 60  # the batches committed before the pause
    listed = run_cli(["--db", db, "list", "--json"])
    assert listed.returncode == 0, listed.stderr.decode()
    assert {row["id"] for row in json.loads(listed.stdout)} == committed
    newest = sorted(committed - _base_ids(db))[0]
    shown = run_cli(["--db", db, "show", "--json", newest])
    assert shown.returncode == 0 and json.loads(shown.stdout)["id"] == newest
    found = run_cli(["--db", db, "search", "--json", "--limit", "100", "delegation"])
    assert found.returncode == 0, found.stderr.decode()
    hits = {hit["id"] for hit in json.loads(found.stdout)}
    assert hits and hits <= committed
    people = run_cli(["--db", db, "people", "--json"])
    assert people.returncode == 0 and json.loads(people.stdout)

    importer.release()
    final = _ids(db)
    assert len(final) == 60 and committed < final
    listed = run_cli(["--db", db, "list", "--json"])
    assert {row["id"] for row in json.loads(listed.stdout)} == final
    found = run_cli(["--db", db, "search", "--json", "--limit", "100", "delegation"])
    assert {hit["id"] for hit in json.loads(found.stdout)} == final
    last = run_cli(["--db", db, "search", "--json", "Number 59"])
    assert any(hit["title"].endswith("Number 59") for hit in json.loads(last.stdout))


def _base_ids(db: Path) -> set[str]:
    from store.parser import parse_release

    ids = set()
    for number in range(0, 20):
        release = parse_release(release_text(number), "x")
        ids.add(release.id)  # type: ignore[union-attr]
    return ids


@pytest.mark.parametrize("round_", range(4))
def test_two_real_importers_racing(round_: int, tmp_path: Path) -> None:
    """No control over who wins: either both ran one after the other, or one was refused.
    Either way, running the refused one again leaves every release exactly once."""
    db = tmp_path / "library"
    first, second = tmp_path / "a", tmp_path / "b"
    write_releases(first, range(0, 40))
    write_releases(second, range(30, 70))
    processes = [
        subprocess.Popen(
            [*PRESSROOM, "--db", str(db), "import", str(source)],
            env=cli_env(),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for source in (first, second)
    ]
    outcomes = []
    for process, source in zip(processes, (first, second), strict=True):
        _, stderr = process.communicate(timeout=300)
        outcomes.append((process.returncode, stderr.decode(), source))
    assert any(code == 0 for code, _, _ in outcomes), outcomes
    for code, stderr, source in outcomes:
        assert "Traceback" not in stderr
        if code != 0:
            assert code == 2 and ("is writing" in stderr or "no pressroom library" in stderr), (
                stderr
            )
            again = run_cli(["--db", db, "import", source])
            assert again.returncode == 0, again.stderr.decode()
    library = Library.open(db)
    assert len(check_consistent(library)) == 70
