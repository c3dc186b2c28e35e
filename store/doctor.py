"""``pressroom doctor``: check every file of a library and repair what can be repaired.

Repairs never delete data: a damaged file is moved aside (``<name>.damaged-<time>``). A damaged
manifest, or a damaged body file, brings back the last good copy (``library.json.bak``, whose
files are intact); damaged summaries are rebuilt from the release bodies, damaged people from
the summaries; a stale or damaged search index is rebuilt.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import LibraryCorrupt, LibraryError
from store.library import (
    MANIFEST,
    Library,
    Manifest,
    _manifest_from_tables,
    _records_of,
    _remove_uncommitted,
    _write_table,
    person_from_doc,
    summary_completeness,
    summary_doc,
    summary_from_doc,
)
from store.models import Release
from store.storage import TABLE_LINE_DOCS, atomic_write_bytes, load_json_file


@dataclass(slots=True)
class DoctorReport:
    lines: list[str] = field(default_factory=list)
    problems: int = 0
    repaired: int = 0

    @property
    def healthy(self) -> bool:
        return self.problems == self.repaired

    def ok(self, message: str) -> None:
        self.lines.append(f"ok       {message}")

    def problem(self, message: str) -> None:
        self.problems += 1
        self.lines.append(f"PROBLEM  {message}")

    def fixed(self, message: str) -> None:
        self.repaired += 1
        self.lines.append(f"repaired {message}")


def _check_manifest(path: Path) -> Manifest:
    tables = load_json_file(path)
    return _manifest_from_tables(path, tables)


def _files_problems(library_path: Path, manifest: Manifest) -> list[tuple[str, str]]:
    """(name, message) for each file the manifest names that is missing or damaged."""
    problems = []
    for name in sorted(manifest.files()):
        try:
            _check_file(library_path / name, name)
        except FileNotFoundError:
            problems.append((name, f"{library_path / name}: missing"))
        except LibraryError as error:
            problems.append((name, str(error).splitlines()[0]))
    return problems


def _check_file(path: Path, name: str) -> None:
    """Read a library file and every record in it as the library would."""
    tables = load_json_file(path)
    table = tables.get("releases", tables.get("people")) or {}
    with _records_of(path):
        for key, doc in table.items():
            if name.startswith("summaries/"):
                summary_from_doc(key, doc)
                summary_completeness(doc)
            elif name.startswith("bodies/"):
                Release.from_json({**doc, "id": key})
            else:
                person_from_doc(key, doc)


def _aside(path: Path, stamp: str) -> Path | None:
    """Move a damaged file out of the way (never deleted); None if it is missing."""
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return None
    return aside


def check_library(path: Path, *, repair: bool = False) -> DoctorReport:
    report = DoctorReport()
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        report.problem(f"no library at {path} (no {MANIFEST})")
        return report

    try:
        manifest = _check_manifest(manifest_path)
        report.ok(f"{manifest_path}: commit {manifest.commit}, schema {manifest.schema}")
    except LibraryCorrupt as error:
        report.problem(str(error).splitlines()[0])
        backup = manifest_path.with_name(MANIFEST + ".bak")
        try:
            backup_manifest = _check_manifest(backup)
        except (LibraryError, FileNotFoundError):
            report.lines.append("         no usable last good copy (library.json.bak)")
            return report
        if _files_problems(path, backup_manifest):
            report.lines.append("         the last good copy names damaged files too")
            return report
        if not repair:
            report.lines.append(
                f"         the last good copy (commit {backup_manifest.commit}) is intact: "
                "run `pressroom doctor --repair` to restore it"
            )
            return report
        aside = manifest_path.with_name(f"{MANIFEST}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        os.replace(manifest_path, aside)
        shutil.copy2(backup, manifest_path)
        report.fixed(
            f"restored the last good copy (commit {backup_manifest.commit}); the damaged file "
            f"is kept as {aside.name}. Re-run your last import to bring back its releases."
        )
        manifest = backup_manifest

    problems = _files_problems(path, manifest)
    for _, message in problems:
        report.problem(message)
    if problems and repair:
        _repair_files(path, manifest, problems, report)
    elif any(name.startswith("bodies/") for name, _ in problems):
        report.lines.append(
            "         run `pressroom doctor --repair` to restore the last good copy"
        )
    elif problems:
        report.lines.append("         run `pressroom doctor --repair` to rebuild it")
    if report.problems == report.repaired:
        library = Library.open(path, readonly=not repair)
        bodies = [name for name in library.manifest().files() if name.startswith("bodies/")]
        report.ok(f"{len(library)} releases, {len(bodies)} body files")
        _check_index(library, report, repair=repair)
    return report


def _repair_files(
    path: Path, manifest: Manifest, problems: list[tuple[str, str]], report: DoctorReport
) -> None:
    """Repair damaged files named by a sound manifest."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    damaged = {name for name, _ in problems}
    bodies = sorted(name for name in damaged if name.startswith("bodies/"))
    if bodies:
        # Release text exists nowhere else: go back to the last good copy, if it is whole.
        backup_path = path / f"{MANIFEST}.bak"
        try:
            backup = _check_manifest(backup_path)
            backup_problems = _files_problems(path, backup)
        except (LibraryError, FileNotFoundError):
            backup, backup_problems = None, []
        if backup is None or any(name.startswith("bodies/") for name, _ in backup_problems):
            for name in bodies:
                report.lines.append(
                    f"         no good copy of {path / name}: import the releases it held "
                    "again (pressroom import FILES...)"
                )
            return
        with Library(path, readonly=False).writer():
            raw = backup_path.read_bytes()
            kept = [_aside(path / name, stamp) for name in bodies]
            previous = path / f"{MANIFEST}.before-repair-{stamp}"
            os.link(path / MANIFEST, previous)
            atomic_write_bytes(path / MANIFEST, raw)
        for name, aside in zip(bodies, kept, strict=True):
            report.fixed(
                f"{path / name}: restored the last good copy (commit {backup.commit}); the "
                f"damaged file is kept as {aside.name if aside else 'nothing (missing)'}. "
                "Re-run your last import to bring back its releases."
            )
        for name, _ in problems:
            if not name.startswith("bodies/"):
                report.fixed(f"{path / name}: no longer used (the last good copy is)")
        manifest = backup
        problems = backup_problems
        for _, message in problems:
            report.problem(message)
        damaged = {name for name, _ in problems}
    summaries = manifest.summaries if manifest.summaries in damaged else None
    people = manifest.people if manifest.people in damaged else None
    if summaries or people:
        _rebuild_derived(path, manifest, summaries=summaries is not None, stamp=stamp)
        if summaries:
            report.fixed(f"{path / summaries}: rebuilt the release list from the bodies")
        if people:
            report.fixed(f"{path / people}: recomputed the people from the releases")


def _rebuild_derived(path: Path, manifest: Manifest, *, summaries: bool, stamp: str) -> None:
    """A commit that rewrites the people file and, with ``summaries``, the release list."""
    library = Library(path, readonly=False)
    with library.writer() as writer:
        old = library.manifest()
        assert old.commit == manifest.commit
        new_commit = old.commit + 1
        for name in (old.summaries if summaries else None, old.people):
            if name:
                _aside(path / name, stamp)
        try:
            docs: dict[str, dict[str, Any]] | None = None
            summaries_name = None
            if summaries:
                docs = {release.id: summary_doc(release) for release in library.releases()}
                summaries_name = f"summaries/{new_commit:06d}.json"
                _write_table(path / summaries_name, "releases", docs, per_line=TABLE_LINE_DOCS)
            new = writer._write_manifest(
                old,
                new_commit,
                {},
                summaries_name,
                docs,
                people=True,
            )
        except BaseException:
            _remove_uncommitted(path, new_commit)
            raise
        writer._update_index((), (), old.stamp, new)


def _check_index(library: Library, report: DoctorReport, *, repair: bool) -> None:
    from store.search import SearchIndex, SearchIndexError

    try:
        index = SearchIndex.open(library.path / "index")
        stamp = index.stamp()
    except (SearchIndexError, OSError) as error:
        stamp = None
        report.problem(f"search index: {error}")
    else:
        if stamp == library.stamp:
            report.ok("search index is in step with the library")
            return
        report.problem("search index is out of step with the library")
    if repair:
        with library.writer():
            SearchIndex.open(library.path / "index").rebuild(library.releases(), library.stamp)
        report.fixed("rebuilt the search index")
    else:
        report.lines.append("         run `pressroom reindex` (or `pressroom doctor --repair`)")
