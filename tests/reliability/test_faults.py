"""Disk full, read-only file system, no permission: at every kind of write of a commit.

Each case runs the real CLI in a child process (fault_child.py) with one file-system call made
to fail. The command must say what happened in plain words (exit 2, no traceback) and leave
every file of the library byte for byte as it was; the library must still open.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from store.library import Library

from .helpers import REPO, build_library, check_consistent, cli_env, snapshot, write_releases

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

CHILD = Path(__file__).with_name("fault_child.py")

DISK_FULL = "disk is full"
NO_PERMISSION = "no permission"
REASON = {"ENOSPC": DISK_FULL, "EDQUOT": DISK_FULL, "EROFS": NO_PERMISSION}
REASON |= {"EACCES": NO_PERMISSION, "EPERM": NO_PERMISSION}

# (function, errno, nth matching call, substring of the path relative to the library)
IMPORT_FAULTS = [
    ("write", "ENOSPC", 1, "bodies"),  # the first new body file
    ("write", "ENOSPC", 4, "bodies"),  # a later one: earlier new files exist already
    ("open", "EROFS", 1, "bodies"),
    ("open", "ENOSPC", 1, "summaries"),
    ("fsync", "ENOSPC", 1, "summaries"),
    ("write", "EDQUOT", 1, "people"),
    ("open", "EACCES", 1, ".library.json"),  # the manifest's temporary file
    ("write", "ENOSPC", 1, ".library.json"),
    ("fsync", "EROFS", 1, ".library.json"),
    ("link", "EROFS", 1, "library.json"),  # keeping the last good copy
    ("replace", "EROFS", 1, "library.json"),  # the commit point itself
]
MERGE_FAULTS = [
    ("write", "ENOSPC", 1, "people"),
    ("open", "EROFS", 1, "people"),
    ("write", "ENOSPC", 1, ".library.json"),
    ("replace", "EROFS", 1, "library.json"),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("faults")
    base = work / "base"
    write_releases(base, range(0, 20))
    library = work / "library"
    build_library(library, [base])
    new = work / "new"
    write_releases(new, range(20, 40))
    return library, new


def run_with_fault(db: Path, fault: tuple[str, str, int, str], *args: str) -> tuple[int, str]:
    func, code, nth, match = fault
    command = [sys.executable, str(CHILD), str(db), func, code, str(nth), match, "--"]
    done = subprocess.run(
        [*command, "--db", str(db), *args],
        capture_output=True,
        env=cli_env(),
        cwd=REPO,
        timeout=300,
    )
    return done.returncode, done.stderr.decode("utf-8", errors="replace")


def assert_failed_cleanly(status: int, stderr: str, code: str, before: dict[str, bytes], db: Path):
    assert status == 2, stderr
    assert "Traceback" not in stderr
    first = stderr.splitlines()[0]
    assert first.startswith("pressroom: ")
    assert REASON[code] in first, first
    after = _comparable(snapshot(db))
    before = _comparable(before)
    assert sorted(after) == sorted(before), "files were added or removed"
    changed = [name for name in before if before[name] != after[name]]
    assert changed == [], f"files changed: {changed}"
    check_consistent(Library.open(db))


def _comparable(files: dict[str, bytes]) -> dict[str, bytes]:
    """A snapshot as compared: without the lock file, and with the search index's list of the
    files it manages in a stable order (tantivy writes that set in hash order, and an import
    whose index writer was rolled back rewrites it: same files, another order)."""
    files = dict(files)
    files.pop(".lock", None)
    managed = os.path.join("index", ".managed.json")
    if managed in files:
        files[managed] = json.dumps(sorted(json.loads(files[managed]))).encode()
    return files


@pytest.mark.parametrize("fault", IMPORT_FAULTS, ids=lambda f: "-".join(map(str, f)))
def test_import_fails_cleanly(
    fault: tuple[str, str, int, str], template: tuple[Path, Path], tmp_path: Path
) -> None:
    library, new = template
    db = tmp_path / "library"
    shutil.copytree(library, db)
    before = snapshot(db)
    status, stderr = run_with_fault(db, fault, "import", str(new))
    assert_failed_cleanly(status, stderr, fault[1], before, db)
    assert len(Library.open(db)) == 20


@pytest.mark.parametrize("fault", MERGE_FAULTS, ids=lambda f: "-".join(map(str, f)))
def test_people_merge_fails_cleanly(
    fault: tuple[str, str, int, str], template: tuple[Path, Path], tmp_path: Path
) -> None:
    library, _ = template
    db = tmp_path / "library"
    shutil.copytree(library, db)
    before = snapshot(db)
    status, stderr = run_with_fault(db, fault, "people", "merge", "Anar Mammadov", "Samad Seyidov")
    assert_failed_cleanly(status, stderr, fault[1], before, db)
    assert Library.open(db).manifest().decisions == ()


def test_fault_injection_reaches_the_library(template: tuple[Path, Path], tmp_path: Path) -> None:
    """The harness itself: with a fault that never matches, the import succeeds."""
    library, new = template
    db = tmp_path / "library"
    shutil.copytree(library, db)
    status, stderr = run_with_fault(db, ("write", "ENOSPC", 1, "no-such-file"), "import", str(new))
    assert status == 0, stderr
    assert len(Library.open(db)) == 40


def test_backup_refresh_failing_after_the_commit_point(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    """Once the new manifest is in place the import has happened: a failure to refresh
    library.json.bak afterwards is not reported as a failed import (nor undone)."""
    library, new = template
    db = tmp_path / "library"
    shutil.copytree(library, db)
    status, stderr = run_with_fault(
        db, ("replace", "EPERM", 1, "library.json.bak"), "import", str(new)
    )
    assert status == 0, stderr
    check_consistent(Library.open(db))
    assert len(Library.open(db)) == 40
    assert not [p.name for p in db.iterdir() if p.name.endswith(".tmp")]
