"""``pressroom doctor``: check every file of a library and repair what can be repaired.

Repairs never delete data: a damaged manifest is moved aside (``library.json.damaged-<time>``)
and the last good copy (``library.json.bak``) put back; damaged summaries are rebuilt from the
release bodies; a stale or damaged search index is rebuilt.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import LibraryCorrupt, LibraryError
from store.library import MANIFEST, Library, Manifest, _manifest_from_tables, summary_doc
from store.storage import load_json_file


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


def _files_problems(library_path: Path, manifest: Manifest) -> list[str]:
    problems = []
    for name in sorted(manifest.files()):
        try:
            load_json_file(library_path / name)
        except FileNotFoundError:
            problems.append(f"{library_path / name}: missing")
        except LibraryError as error:
            problems.append(str(error).splitlines()[0])
    return problems


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

    for problem in _files_problems(path, manifest):
        report.problem(problem)
        if repair and manifest.summaries and problem.startswith(str(path / manifest.summaries)):
            _rebuild_summaries(path, report)
    if report.problems == report.repaired:
        library = Library.open(path, readonly=not repair)
        report.ok(f"{len(library)} releases, {len(library.manifest().shards)} body files")
        _check_index(library, report, repair=repair)
    return report


def _rebuild_summaries(path: Path, report: DoctorReport) -> None:
    library = Library(path, readonly=False)
    with library.writer() as writer:
        # Re-stage every body: the summaries are rewritten from them in one commit.
        library._summary_docs = {}
        count = 0
        for release in list(library.releases()):
            library._summary_docs[release.id] = summary_doc(release)
            writer._pending[release.id] = release
            count += 1
        writer.commit()
    report.fixed(f"rebuilt the release list from {count} release bodies")


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
