"""Import release files into a library: walk paths, parse, de-duplicate, commit in batches."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.library import Library
from store.models import Rejection, Release
from store.parser import parse_bytes
from store.people import extract_people
from store.storage import gc_paused
from store.text import MAX_RELEASE_BYTES

STATUSES = ("imported", "updated", "unchanged", "duplicate", "rejected")
BATCH_SIZE = 5000
"""Releases per commit, at the least: a kill loses at most the batch in progress."""
GROWTH = 10
"""A commit rewrites the release list, so a batch may also be a tenth of the library: the
rewriting then grows with the library's size, not with its square. (Body files are added per
commit and cost nothing more; a larger share would hold more parsed releases in memory.)"""
RELEASE_SUFFIXES = (".txt",)
"""What a directory walk imports; files named on the command line import whatever their name."""


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    status: str
    id: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "id": self.id, "reason": self.reason}


@dataclass(slots=True)
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(result.status for result in self.files)
        return {status: counts.get(status, 0) for status in STATUSES}

    @property
    def rejected(self) -> list[FileResult]:
        return [result for result in self.files if result.status == "rejected"]

    def to_json(self) -> dict[str, Any]:
        return {"files": [r.to_json() for r in self.files], "summary": self.summary}


@dataclass(frozen=True, slots=True)
class Source:
    """A file to import: its name as shown to the user and how to read it."""

    display: str
    path: bytes | None
    """The file's path as bytes (any encoding the file system allows); None for stdin."""

    def read(self) -> bytes:
        """The file's bytes, at most one over the size limit (the parser refuses those).

        Only regular files are read: a FIFO or a device (a link to /dev/zero) found in a
        directory would otherwise hang the import or fill the memory.
        """
        if self.path is None:
            return sys.stdin.buffer.read(MAX_RELEASE_BYTES + 1)
        fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file")
            return handle.read(MAX_RELEASE_BYTES + 1)


def display_path(path: bytes) -> str:
    """A file name as text that is safe to print: undecodable bytes, controls and bidi
    overrides (which reorder what a terminal shows) escaped."""
    text = os.fsdecode(path)
    if text.isprintable():
        return text  # everything escaped below is a control, a format character or a surrogate
    out = []
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\x{ord(ch):02x}")
        elif not ch.isprintable():  # bidi marks and overrides, line separators, unassigned
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return "".join(out)


def iter_sources(paths: Sequence[str | bytes | Path]) -> Iterator[Source | FileResult]:
    """Expand paths into files; directories recursively (symlink loops are visited once).

    Yields a rejected :class:`FileResult` for paths that cannot be read.
    """
    for given in paths:
        if given == "-":
            yield Source("<stdin>", None)
            continue
        path = os.fsencode(given)
        try:
            info = os.stat(path)
        except OSError as error:
            yield FileResult(display_path(path), "rejected", reason=_os_reason(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path)
        elif stat.S_ISREG(info.st_mode):
            yield Source(display_path(path), path)
        else:
            yield FileResult(display_path(path), "rejected", reason="not a regular file")


def _walk(top: bytes) -> Iterator[Source | FileResult]:
    seen: set[tuple[int, int]] = set()
    found: list[bytes] = []
    for directory, subdirs, files in os.walk(top, followlinks=True):
        try:
            info = os.stat(directory)
        except OSError:
            subdirs.clear()
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a symlink back into a visited directory
            subdirs.clear()
            continue
        seen.add(key)
        subdirs[:] = sorted(d for d in subdirs if not d.startswith(b"."))
        for name in files:
            if name.startswith(b".") or not name.lower().endswith(
                tuple(s.encode() for s in RELEASE_SUFFIXES)
            ):
                continue
            found.append(os.path.join(directory, name))
    for path in sorted(found):
        yield Source(display_path(path), path)


def _os_reason(error: OSError) -> str:
    return f"cannot read: {error.strerror or error}"


ProgressCallback = Callable[[int, FileResult], None]

PARALLEL_THRESHOLD = 256
"""Imports of at least this many files parse in worker processes, one per core."""
WINDOW = 2048
"""Files handed to the workers at a time: bounds the memory held by parsed releases."""
IN_FLIGHT = 3
"""Windows in the workers' hands at once: enough that they keep parsing through a commit."""


def read_and_parse(source: Source) -> Release | Rejection:
    """Read and parse one file."""
    try:
        data = source.read()
    except OSError as error:
        return Rejection(source.display, _os_reason(error))
    return parse_bytes(data, source.display, extract_people)


Prepared = tuple[Release | Rejection, dict[str, Any] | None]
"""A parse, and the search index's fields for it when a worker prepared them."""


def prepare(source: Source) -> Prepared:
    """Parse one file and prepare its index fields (in a worker process, for large imports)."""
    from store.search import index_fields

    parsed = read_and_parse(source)
    return parsed, index_fields(parsed) if isinstance(parsed, Release) else None


def _parsed(sources: list[Source | FileResult]) -> Iterator[tuple[Source | FileResult, Prepared]]:
    """Each source with its parse, in order; in worker processes when there are many.

    ``IN_FLIGHT`` windows of files are in the workers' hands at a time, so they parse the next
    ones while this process stages and commits the current one.
    """
    workers = min(os.cpu_count() or 1, 8)
    files = [s for s in sources if isinstance(s, Source) and s.path is not None]
    if workers < 2 or len(files) < PARALLEL_THRESHOLD:
        for item in sources:
            yield item, (read_and_parse(item) if isinstance(item, Source) else NOTHING, None)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    windows = [sources[start : start + WINDOW] for start in range(0, len(sources), WINDOW)]
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(),),
    ) as pool:

        def submit(window: list[Source | FileResult]) -> Iterator[Prepared]:
            todo = [s for s in window if isinstance(s, Source) and s.path is not None]
            return iter(pool.map(prepare, todo, chunksize=32))

        in_flight = [(window, submit(window)) for window in windows[: IN_FLIGHT - 1]]
        for number in range(len(windows)):
            window, results = in_flight.pop(0)
            if number + IN_FLIGHT - 1 < len(windows):
                ahead = windows[number + IN_FLIGHT - 1]
                in_flight.append((ahead, submit(ahead)))
            for item in window:
                if not isinstance(item, Source):
                    yield item, (NOTHING, None)
                elif item.path is None:
                    yield item, (read_and_parse(item), None)
                else:
                    yield item, next(results)


def _start_worker(importer: int) -> None:
    """Set up a worker process: no cyclic collector (as in :func:`import_paths`) and, on Linux,
    a SIGTERM when the importer dies. An importer killed outright (kill -9, the OOM killer)
    would otherwise leave its workers behind, each waiting forever on a queue that its
    sibling keeps open."""
    gc.disable()
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
            if os.getppid() != importer:  # the importer died before the call above
                os._exit(1)


NOTHING = Rejection("", "")
"""Stands in for the parse of a path that was rejected before reading."""


def import_paths(
    library: Library,
    paths: Sequence[str | bytes | Path],
    *,
    progress: ProgressCallback | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import ``paths`` into ``library`` under its write lock, committing every ``batch_size``."""
    report = ImportReport()
    sources = list(iter_sources(paths))
    # Parsing and staging make no reference cycles, yet the cyclic collector would walk the
    # heap again and again as it grows by the release list (a tenth of an import's time at
    # 10,000 releases). Worker processes forked meanwhile inherit the pause.
    with gc_paused(), library.writer() as writer:
        writer.stream()
        for number, (item, (parsed, fields)) in enumerate(_parsed(sources), start=1):
            if isinstance(item, FileResult):
                result = item
            elif isinstance(parsed, Rejection):
                result = FileResult(item.display, "rejected", reason=parsed.reason)
            else:
                result = FileResult(item.display, writer.stage(parsed, fields), id=parsed.id)
            report.files.append(result)
            if progress is not None:
                progress(number, result)
            if (
                writer.pending >= batch_size
                and writer.pending >= len(library) // GROWTH
                and number < len(sources)  # the last batch is committed below, with people
            ):
                writer.commit(people=False)
        writer.commit(people=True)
    # After the writer is closed: closing it waits for the index's merges, which may fail too.
    if writer.index_error:
        report.warnings.append(writer.index_error)
    return report
