"""Kill -9 at every stage of the write path: the library always opens afterwards, holds the state
of a commit (never a mix), and running the command again completes the work.

A child process (crash_child.py) counts the file-system calls of the write path and SIGKILLs
itself at the Nth one, before or after it; the kill points are spread over the whole operation.
Kills after a random delay add the parts no Python hook sees (the search index's writer).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from store.importer import import_paths
from store.library import Library
from store.search import SearchIndex
from store.searching import search_library
from tui import cli

from .helpers import REPO, build_library, check_consistent, cli_env, write_releases

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

CHILD = Path(__file__).with_name("crash_child.py")
BASE = range(0, 8)
"""Releases in the library before the killed import."""
IMPORTED = range(0, 72)
"""Releases the killed import brings (the base ones again: unchanged)."""
BATCH = 16
IMPORT_KILL_POINTS = 40
IMPORT_DELAY_KILLS = 10
PARALLEL_DELAY_KILLS = 3
MERGE_KILL_POINTS = 10
REINDEX_KILL_POINTS = 4
REINDEX_DELAY_KILLS = 8
MERGE = ("Anar Mammadov", "Samad Seyidov")


@dataclass(frozen=True)
class Scenario:
    template: Path
    """The library before the operation."""
    sources: Path
    calls: int
    """File-system calls of the whole operation (no kill)."""
    states: list[set[str]]
    """The ids after each commit, the state before the operation first."""


def child(db: Path, *args: str, kill_at: int = 0, after: bool = False, **files: Path) -> list[str]:
    command = [sys.executable, str(CHILD), "--db", str(db)]
    if kill_at:
        command += ["--kill-at", str(kill_at)]
    if after:
        command.append("--after")
    for name, path in files.items():
        command += [f"--{name.replace('_', '-')}", str(path)]
    return [*command, *args]


def run_child(command: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, capture_output=True, env=cli_env(), cwd=REPO, timeout=300)


def kill_points(total: int, count: int, seed: int) -> list[tuple[int, bool]]:
    """``count`` kill points spread evenly over 1..total, jittered, alternating before/after."""
    rng = random.Random(seed)
    points = []
    for slot in range(count):
        low = 1 + slot * total // count
        high = max(low, (slot + 1) * total // count)
        points.append((rng.randint(low, high), slot % 2 == 1))
    return points


def _dry_run(template: Path, work: Path, op_args: list[str]) -> tuple[int, list[set[str]]]:
    db = work / "dry"
    shutil.copytree(template, db)
    count_file, commits_file = work / "count", work / "commits"
    done = run_child(child(db, *op_args, count_file=count_file, commits_file=commits_file))
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    before = set(Library.open(template).summary_docs())
    states = [before] + [set(ids) for ids in json.loads(commits_file.read_text())]
    return int(count_file.read_text()), states


@pytest.fixture(scope="module")
def import_scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    work = tmp_path_factory.mktemp("crash-import")
    sources = work / "sources"
    write_releases(sources, IMPORTED)
    template = work / "template"
    base = work / "base"
    write_releases(base, BASE)
    build_library(template, [base])
    args = ["import", "--batch-size", str(BATCH), str(sources)]
    calls, states = _dry_run(template, work, args)
    assert len(states) >= 1 + len(IMPORTED) // BATCH, "the import must commit several batches"
    assert states[-1] == set(Library.open(work / "dry").summary_docs())
    return Scenario(template, sources, calls, states)


@pytest.fixture(scope="module")
def full_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("crash-full")
    sources = work / "sources"
    write_releases(sources, range(0, 40))
    template = work / "template"
    build_library(template, [sources])
    return template


def assert_library_sound(db: Path, states: list[set[str]]) -> set[str]:
    library = Library.open(db)
    ids = check_consistent(library)
    assert ids in states, (
        f"{len(ids)} releases: not the state of any commit ({[len(s) for s in states]})"
    )
    return ids


def assert_index_in_step(db: Path) -> None:
    library = Library.open(db)
    index = SearchIndex.open(db / "index")
    assert index.stamp() == library.stamp
    assert len(index) == len(library)


def assert_no_leftovers(db: Path) -> None:
    """After a completed command, no temporary file of an interrupted one is left behind."""
    leftovers = [
        str(path.relative_to(db))
        for path in db.rglob("*")
        if path.name.endswith(".tmp") and "index" not in path.relative_to(db).parts
    ]
    assert leftovers == []


def complete_import(db: Path, scenario: Scenario) -> None:
    report = import_paths(Library.open(db), [scenario.sources], batch_size=BATCH)
    assert not report.rejected
    library = Library.open(db)
    ids = check_consistent(library)
    assert ids == scenario.states[-1]
    assert len(library) == len(IMPORTED)
    assert_index_in_step(db)
    assert_no_leftovers(db)


# -- import --------------------------------------------------------------------------


@pytest.mark.parametrize("slot", range(IMPORT_KILL_POINTS))
def test_import_killed_at_a_write_call(
    slot: int, import_scenario: Scenario, tmp_path: Path
) -> None:
    kill_at, after = kill_points(import_scenario.calls, IMPORT_KILL_POINTS, seed=11)[slot]
    db = tmp_path / "library"
    shutil.copytree(import_scenario.template, db)
    args = ["import", "--batch-size", str(BATCH), str(import_scenario.sources)]
    done = run_child(child(db, *args, kill_at=kill_at, after=after))
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-3000:]
    assert_library_sound(db, import_scenario.states)
    complete_import(db, import_scenario)


@pytest.mark.parametrize("slot", range(IMPORT_DELAY_KILLS))
def test_import_killed_after_a_random_delay(
    slot: int, import_scenario: Scenario, tmp_path: Path
) -> None:
    db = tmp_path / "library"
    shutil.copytree(import_scenario.template, db)
    args = ["import", "--batch-size", str(BATCH), str(import_scenario.sources)]
    process = subprocess.Popen(child(db, *args), env=cli_env(), cwd=REPO, stderr=subprocess.DEVNULL)
    delay = random.Random(slot).uniform(0.2, 2.5)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert_library_sound(db, import_scenario.states)
    complete_import(db, import_scenario)


@pytest.fixture(scope="module")
def parallel_scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """An import large enough to parse in worker processes."""
    from store import importer

    threshold = getattr(importer, "PARALLEL_THRESHOLD", 256)
    work = tmp_path_factory.mktemp("crash-parallel")
    sources = work / "sources"
    write_releases(sources, range(0, threshold + 40))
    template = work / "template"
    base = work / "base"
    write_releases(base, BASE)
    build_library(template, [base])
    calls, states = _dry_run(template, work, ["import", "--batch-size", "100", str(sources)])
    return Scenario(template, sources, calls, states)


@pytest.mark.parametrize("slot", range(PARALLEL_DELAY_KILLS))
def test_parallel_import_killed_after_a_random_delay(
    slot: int, parallel_scenario: Scenario, tmp_path: Path
) -> None:
    db = tmp_path / "library"
    shutil.copytree(parallel_scenario.template, db)
    args = ["import", "--batch-size", "100", str(parallel_scenario.sources)]
    process = subprocess.Popen(child(db, *args), env=cli_env(), cwd=REPO, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=random.Random(200 + slot).uniform(0.5, 4.0))
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert_library_sound(db, parallel_scenario.states)
    report = import_paths(Library.open(db), [parallel_scenario.sources], batch_size=100)
    assert not report.rejected
    library = Library.open(db)
    assert check_consistent(library) == parallel_scenario.states[-1]
    assert_index_in_step(db)


CREATE_KILL_POINTS = 12


@pytest.mark.parametrize("kill_at", range(1, CREATE_KILL_POINTS + 1))
def test_first_import_killed_while_creating_the_library(kill_at: int, tmp_path: Path) -> None:
    """Killed while the library itself is being created: afterwards there is no library, or
    one that opens; either way the import run again completes."""
    from store.errors import LibraryNotFound

    sources = tmp_path / "sources"
    write_releases(sources, range(0, 5))
    db = tmp_path / "library"
    args = ["import", "--create", str(sources)]
    done = run_child(child(db, *args, kill_at=kill_at, after=kill_at % 2 == 0))
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-3000:]
    try:
        ids = check_consistent(Library.open(db))
    except LibraryNotFound:
        ids = set()
    assert len(ids) in (0, 5)
    report = import_paths(Library.create(db), [sources])
    assert not report.rejected
    assert len(check_consistent(Library.open(db))) == 5
    assert_index_in_step(db)


# -- people merge ----------------------------------------------------------------------


def _decisions(db: Path) -> list[dict[str, object]]:
    return [dict(d) for d in Library.open(db).manifest().decisions]


@pytest.fixture(scope="module")
def merge_calls(full_library: Path, tmp_path_factory: pytest.TempPathFactory) -> int:
    work = tmp_path_factory.mktemp("crash-merge")
    calls, _ = _dry_run(full_library, work, ["merge", *MERGE])
    assert len(_decisions(work / "dry")) == 1
    return calls


@pytest.mark.parametrize("slot", range(MERGE_KILL_POINTS))
def test_people_merge_killed_at_a_write_call(
    slot: int, full_library: Path, merge_calls: int, tmp_path: Path
) -> None:
    kill_at, after = kill_points(merge_calls, MERGE_KILL_POINTS, seed=12)[slot]
    db = tmp_path / "library"
    shutil.copytree(full_library, db)
    ids = set(Library.open(db).summary_docs())
    done = run_child(child(db, "merge", *MERGE, kill_at=kill_at, after=after))
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-3000:]
    assert_library_sound(db, [ids])
    decisions = _decisions(db)
    assert len(decisions) in (0, 1)
    merged_before = len(decisions) == 1
    people_before = len(Library.open(db).people())

    assert cli.main(["--db", str(db), "people", "merge", *MERGE]) == 0
    assert _decisions(db) == [{"kind": "merge", "names": list(MERGE)}]  # once, however run
    library = Library.open(db)
    assert check_consistent(library) == ids
    if not merged_before:
        assert len(library.people()) == people_before - 1
    manifest = library.manifest()
    assert manifest.people_commit == manifest.commit
    if not merged_before:  # the re-run committed, and cleared what the killed one left
        assert_no_leftovers(db)


# -- reindex ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reindex_calls(full_library: Path, tmp_path_factory: pytest.TempPathFactory) -> int:
    work = tmp_path_factory.mktemp("crash-reindex")
    calls, _ = _dry_run(full_library, work, ["reindex"])
    return calls


def _after_reindex_kill(db: Path, ids: set[str]) -> None:
    assert_library_sound(db, [ids])
    # A search still answers (rebuilding the index if the kill left it out of step) ...
    outcome = search_library(Library.open(db), "delegation", limit=100)
    assert outcome.hits and {hit.id for hit in outcome.hits} <= ids
    # ... and running reindex again completes it.
    assert cli.main(["--db", str(db), "reindex"]) == 0
    assert_index_in_step(db)


@pytest.mark.parametrize("slot", range(REINDEX_KILL_POINTS))
def test_reindex_killed_at_a_write_call(
    slot: int, full_library: Path, reindex_calls: int, tmp_path: Path
) -> None:
    kill_at, after = kill_points(reindex_calls, REINDEX_KILL_POINTS, seed=13)[slot]
    db = tmp_path / "library"
    shutil.copytree(full_library, db)
    ids = set(Library.open(db).summary_docs())
    done = run_child(child(db, "reindex", kill_at=kill_at, after=after))
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-3000:]
    _after_reindex_kill(db, ids)


@pytest.mark.parametrize("slot", range(REINDEX_DELAY_KILLS))
def test_reindex_killed_after_a_random_delay(slot: int, full_library: Path, tmp_path: Path) -> None:
    db = tmp_path / "library"
    shutil.copytree(full_library, db)
    ids = set(Library.open(db).summary_docs())
    process = subprocess.Popen(
        child(db, "reindex"), env=cli_env(), cwd=REPO, stderr=subprocess.DEVNULL
    )
    time.sleep(random.Random(100 + slot).uniform(0.1, 1.2))
    process.send_signal(signal.SIGKILL)
    process.wait()
    _after_reindex_kill(db, ids)


def test_kill_point_counts_are_large_enough(
    import_scenario: Scenario, merge_calls: int, reindex_calls: int
) -> None:
    """The deterministic kill points hit distinct calls: each operation makes enough of them."""
    assert import_scenario.calls >= IMPORT_KILL_POINTS
    assert merge_calls >= MERGE_KILL_POINTS
    assert reindex_calls >= REINDEX_KILL_POINTS
    assert os.path.exists(CHILD)


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


_ORPHAN = """
import os, sys, time
from store.importer import _start_worker

pid = os.fork()
if pid == 0:
    _start_worker(os.getppid())
    time.sleep(60)  # a worker waiting on its queue
    os._exit(0)
print(pid, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
def test_a_worker_ends_with_its_killed_importer() -> None:
    """kill -9 of an importer takes its worker processes with it: they would otherwise wait
    forever on a queue that a sibling keeps open (seen after killed imports)."""
    importer = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN], env=cli_env(), cwd=REPO, stdout=subprocess.PIPE
    )
    assert importer.stdout is not None
    worker = int(importer.stdout.readline())
    time.sleep(0.5)  # let the worker run its set-up
    assert _alive(worker)
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive, "the worker outlived the importer"
