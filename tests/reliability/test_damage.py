"""Damaged library files: the manifest and every other kind of file, damaged every way.

A command reading a damaged file says which file and what is wrong (exit 2, one message, no
traceback) and changes nothing; ``pressroom doctor`` finds it; ``pressroom doctor --repair``
brings the library back from the last good copy where one exists, and the documented way on
(re-run the last import) completes it.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from store.library import MANIFEST, Library

from .helpers import build_library, check_consistent, library_files, run_cli, write_releases

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

FIRST = range(0, 30)
SECOND = range(30, 40)


@dataclass(frozen=True)
class Setup:
    template: Path
    first: Path
    second: Path
    """The sources of the last import."""


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    work = tmp_path_factory.mktemp("damage")
    first, second = work / "first", work / "second"
    write_releases(first, FIRST)
    write_releases(second, SECOND)
    template = work / "library"
    build_library(template, [first])
    build_library(template, [second])
    return Setup(template, first, second)


def _first_doc_key(data: bytes) -> str:
    tables = orjson.loads(data)
    table = next(iter(tables.values()))
    return next(iter(table))


# Damage: how to turn a good file's bytes into a bad one.
DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "cut-at-1": lambda data: data[:1],
    "empty": lambda data: b"",
    "garbage": lambda data: b"\x00\xff\xfe garbage \x1b]0;pwned\x07 " * 10,
    "not-an-object": lambda data: b"[1, 2, 3]",
    "table-not-object": lambda data: b'{"releases": [], "people": []}',
    "documents-not-objects": lambda data: orjson.dumps(
        {k: {d: "text" for d in v} for k, v in orjson.loads(data).items()}
    ),
    "documents-missing-fields": lambda data: orjson.dumps(
        {k: {d: {} for d in v} for k, v in orjson.loads(data).items()}
    ),
    "fields-of-wrong-type": lambda data: orjson.dumps(
        {
            k: {d: {f: [1, {"x": None}] for f in doc} for d, doc in v.items()}
            for k, v in orjson.loads(data).items()
        }
    ),
}
MANIFEST_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    **DAMAGE,
    "newer-schema": lambda data: re.sub(rb'"schema":\d+', b'"schema":99', data),
    "no-schema": lambda data: re.sub(rb'"schema":\d+', b'"schema":"one"', data),
    "no-library-record": lambda data: b'{"meta": {}}',
    "fields-missing": lambda data: b'{"meta": {"library": {"schema": 1}}}',
    "shards-not-a-map": lambda data: data.replace(b'"shards":{', b'"shards":[1],"x":{'),
}


def _copy(setup: Setup, tmp_path: Path) -> Path:
    db = tmp_path / "library"
    shutil.copytree(setup.template, db)
    return db


def _assert_refused(db: Path, damaged: Path, args: list[str], *, names_library: bool = False):
    before = library_files(db)
    done = run_cli(["--db", db, *args])
    stderr = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode == 2, (done.returncode, stderr, done.stdout[:500])
    assert "Traceback" not in stderr
    first = stderr.splitlines()[0]
    assert first.startswith("pressroom: ")
    named = str(db) if names_library else str(damaged)
    assert named in first, first
    assert "\x1b" not in stderr
    assert library_files(db) == before, "a reading command changed the library"


def _doctor(db: Path, *, repair: bool) -> tuple[int, str]:
    done = run_cli(["--db", db, "doctor", *(["--repair"] if repair else [])])
    return done.returncode, done.stdout.decode() + done.stderr.decode()


def _reimport_last(db: Path, setup: Setup) -> None:
    done = run_cli(["--db", db, "import", setup.second])
    assert done.returncode == 0, done.stderr.decode()
    library = Library.open(db)
    assert check_consistent(library) == set(Library.open(setup.template).summary_docs())


# -- the manifest --------------------------------------------------------------------


@pytest.mark.parametrize("damage", sorted(MANIFEST_DAMAGE))
def test_damaged_manifest(damage: str, setup: Setup, tmp_path: Path) -> None:
    db = _copy(setup, tmp_path)
    manifest = db / MANIFEST
    bad = MANIFEST_DAMAGE[damage](manifest.read_bytes())
    assert bad != manifest.read_bytes()
    manifest.write_bytes(bad)
    newer = damage == "newer-schema"
    for args in (["list"], ["people"], ["search", "delegation"], ["import", setup.second]):
        _assert_refused(db, manifest, args, names_library=newer)
    assert manifest.read_bytes() == bad

    status, report = _doctor(db, repair=False)
    assert status == 2, report
    if newer:
        assert "schema" in report
        return  # not damage: a newer pressroom's library is left alone
    assert str(manifest) in report and "--repair" in report
    assert manifest.read_bytes() == bad

    status, report = _doctor(db, repair=True)
    assert status == 0, report
    assert [p.read_bytes() for p in db.glob(f"{MANIFEST}.damaged-*")] == [bad]
    library = Library.open(db)
    assert check_consistent(library) == {
        rid for rid in Library.open(setup.template).summary_docs()
    } - _ids_of(setup.second, setup)
    assert _doctor(db, repair=False)[0] == 0
    _reimport_last(db, setup)


def _ids_of(directory: Path, setup: Setup) -> set[str]:
    from store.parser import parse_bytes

    ids = set()
    for path in directory.glob("*.txt"):
        release = parse_bytes(path.read_bytes(), str(path))
        ids.add(release.id)  # type: ignore[union-attr]
    return ids


# -- summaries, bodies, people ---------------------------------------------------------


def _target(db: Path, kind: str, *, changed_by_last_commit: bool = True) -> tuple[Path, list[str]]:
    """The file of ``kind`` to damage and a reading command that needs it."""
    library = Library.open(db)
    manifest = library.manifest()
    assert manifest.summaries and manifest.people
    if kind == "summaries":
        return db / manifest.summaries, ["list"]
    if kind == "people":
        return db / manifest.people, ["people"]
    previous = _backup_body_files(db)
    for files in manifest.shards.values():
        for name in files:
            if (name not in previous) == changed_by_last_commit:
                release_id = _first_doc_key((db / name).read_bytes())
                if library.body_file(release_id) == name:
                    return db / name, ["show", release_id]
    raise AssertionError("no suitable body file")


def _backup_body_files(db: Path) -> set[str]:
    """The body files the last good copy of the manifest names."""
    data = orjson.loads((db / f"{MANIFEST}.bak").read_bytes())
    shards: dict[str, str | list[str]] = data["meta"]["library"]["shards"]
    return {
        name for files in shards.values() for name in ([files] if isinstance(files, str) else files)
    }


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("kind", ["summaries", "bodies", "people"])
def test_damaged_library_file(kind: str, damage: str, setup: Setup, tmp_path: Path) -> None:
    db = _copy(setup, tmp_path)
    path, args = _target(db, kind)
    good = path.read_bytes()
    bad = DAMAGE[damage](good)
    path.write_bytes(bad)
    _assert_refused(db, path, args)
    assert path.read_bytes() == bad

    status, report = _doctor(db, repair=False)
    assert status == 2, report
    assert str(path) in report
    assert path.read_bytes() == bad

    status, report = _doctor(db, repair=True)
    assert status == 0, report
    assert _doctor(db, repair=False)[0] == 0
    library = Library.open(db)
    ids = check_consistent(library)
    everything = set(Library.open(setup.template).summary_docs())
    if kind == "bodies":
        # Back to the last good copy: the last import's releases are re-imported.
        assert ids == everything - _ids_of(setup.second, setup)
        _reimport_last(db, setup)
    else:
        assert ids == everything  # rebuilt from what is intact: nothing lost
    done = run_cli(["--db", db, *args])
    assert done.returncode == 0, done.stderr.decode()


def test_damaged_body_file_without_a_good_copy(setup: Setup, tmp_path: Path) -> None:
    """A body file the last commit did not change has no older copy: doctor says what to do,
    and everything else in the library keeps working."""
    db = _copy(setup, tmp_path)
    path, args = _target(db, "bodies", changed_by_last_commit=False)
    path.write_bytes(b"garbage")
    _assert_refused(db, path, args)
    status, report = _doctor(db, repair=True)
    assert status == 2, report
    assert str(path) in report and "import" in report
    assert path.read_bytes() == b"garbage"
    assert run_cli(["--db", db, "list"]).returncode == 0


def test_damaged_manifest_and_damaged_last_good_copy(setup: Setup, tmp_path: Path) -> None:
    """With no good copy left, doctor says so and changes nothing."""
    db = _copy(setup, tmp_path)
    manifest, backup = db / MANIFEST, db / f"{MANIFEST}.bak"
    manifest.write_bytes(b'{"meta": {"library": ')
    backup.write_bytes(b"\x00garbage")
    _assert_refused(db, manifest, ["list"])
    before = library_files(db)
    status, report = _doctor(db, repair=True)
    assert status == 2, report
    assert str(manifest) in report and "no usable last good copy" in report
    assert library_files(db) == before
