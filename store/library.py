"""The library: a directory of TinyDB files, safe to share between processes.

Layout::

    library.json              the manifest (TinyDB): schema, commit number, which file of each
                              kind is current, the user's people decisions. The commit point.
    summaries/<commit>.json   one row per release (TinyDB): what the list and filters need
    bodies/<xx>.<commit>.json full releases, sharded by the first two characters of the id
    people/<commit>.json      the people of the library, merged across releases
    index/                    the search index (derived; rebuilt by ``pressroom reindex``)

Every file but the manifest is written once under a new name and never changed, so a commit
writes new files and then swaps the manifest atomically: readers see the library before or after
a commit, never in between, and never wait. Files no longer named by the current or previous
manifest are removed after the commit. One writer at a time holds ``.lock``.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from store.errors import (
    AmbiguousId,
    LibraryBusy,
    LibraryCorrupt,
    LibraryError,
    LibraryNotFound,
    LibraryReadOnly,
    LibraryTooNew,
    ReleaseNotFound,
)
from store.models import Person, Release, ReleaseSummary, RoleSpan
from store.storage import (
    TABLE_LINE_DOCS,
    AtomicJSONStorage,
    TableLayoutError,
    atomic_write_bytes,
    docs_with_prefix,
    dump_table,
    fsync_directory,
    gc_paused,
    load_json_file,
    parse_tables,
    read_file_bytes,
    read_json_file,
    table_slices,
)
from store.text import json_may_be_unsafe, safe

if TYPE_CHECKING:
    from store.search import IndexStream

_T = TypeVar("_T")

SCHEMA_VERSION = 2
"""2: a shard's bodies may lie in several files (one per commit that added to it)."""
MANIFEST = "library.json"
LOCK = ".lock"
WRITER_PID = ".writer.pid"


class Manifest(NamedTuple):
    """The current state of a library, as one commit left it."""

    library_id: str
    schema: int
    commit: int
    summaries: str | None
    people: str | None
    people_commit: int
    shards: dict[str, tuple[str, ...]]
    """Each shard's body files, oldest first: a release's newest version is in the last file
    that holds it. A commit adds a file to each shard it touches rather than rewriting it."""
    decisions: tuple[dict[str, Any], ...] = ()
    head: tuple[Any, ...] = ()
    """The newest releases' summary rows, ``[id, row]`` pairs: enough for a first screen."""

    @property
    def stamp(self) -> str:
        return f"{self.library_id}:{self.commit}"

    def files(self) -> set[str]:
        names = {name for files in self.shards.values() for name in files}
        if self.summaries:
            names.add(self.summaries)
        if self.people:
            names.add(self.people)
        return names

    def to_doc(self) -> dict[str, Any]:
        return {
            "library_id": self.library_id,
            "schema": self.schema,
            "commit": self.commit,
            "summaries": self.summaries,
            "people": self.people,
            "people_commit": self.people_commit,
            "shards": {shard: list(files) for shard, files in self.shards.items()},
            "head": list(self.head),
        }


def shard_of(release_id: str) -> str:
    return release_id[:2]


def summary_doc(release: Release) -> dict[str, Any]:
    """The summaries table's row for a release."""
    return {
        "title": release.title,
        "date": release.date,
        "time": release.time,
        "category": release.category,
        "truncated": release.truncated,
        "hash": release.content_hash,
        "source": release.source,
        "chars": sum(len(p) for p in release.paragraphs),
        "people": [[p.name, p.role, p.took_part] for p in release.people],
    }


def _unchanged(text: str) -> str:
    return text


def go_on() -> None:
    """A ``give_way`` that never waits (see :meth:`Library.summaries`)."""


GIVE_WAY_ROWS = 250
"""Rows made between two calls of ``give_way`` (see :func:`_rows_of`): a few milliseconds."""


def _rows_of(
    path: Path,
    raw: bytes,
    table: str,
    row: Callable[[str, dict[str, Any]], _T],
    give_way: Callable[[], object],
) -> list[_T]:
    """A row made of each document of a one-table file, a slice at a time (``give_way`` is
    called every few rows): the documents of a big library would take several times the
    memory of the rows made of them, and one decoding of them all would hold up every thread."""
    rows: list[_T] = []
    with _records_of(path), gc_paused():
        try:
            for docs in table_slices(path, raw, table):
                for number, (key, doc) in enumerate(docs.items()):
                    if not number % GIVE_WAY_ROWS:
                        give_way()
                    rows.append(row(key, doc))
        except TableLayoutError:  # not written in slices (an older or an edited file)
            docs = parse_tables(path, raw).get(table) or {}
            rows = [row(key, doc) for key, doc in docs.items()]
    return rows


def summary_from_doc(
    release_id: str,
    doc: dict[str, Any],
    clean: Callable[[str], str] = safe,
    shared: dict[str, str] | None = None,
) -> ReleaseSummary:
    """A summary row from its stored document. ``shared`` keeps one string object for each
    name, date, time and category, however many rows repeat it (a big library's rows hold
    hundreds of thousands of names, a few thousand of them different)."""
    share = (shared if shared is not None else {}).setdefault
    people = doc.get("people", ())
    category = doc.get("category")
    date, clock = doc.get("date"), doc.get("time")
    return ReleaseSummary(
        id=clean(release_id),
        title=clean(doc["title"]),
        date=share(text := clean(date), text) if date else None,
        time=share(text := clean(clock), text) if clock else None,
        category=share(text := clean(category), text) if category else None,
        truncated=bool(doc.get("truncated")),
        participants=tuple(share(name := clean(p[0]), name) for p in people if p[2]),
        mentioned=tuple(share(name := clean(p[0]), name) for p in people if not p[2]),
    )


HEAD_ROWS = 120
"""Summary rows kept in the manifest: a first screen of the newest releases, even on a tall
terminal, before the whole list has loaded."""


def newest_rows(summary_docs: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """The ``[id, row]`` pairs of the newest releases, newest first."""
    import heapq

    def key(item: tuple[str, dict[str, Any]]) -> tuple[str, str, str]:
        return (item[1].get("date") or "", item[1].get("time") or "", item[0])

    newest = heapq.nlargest(HEAD_ROWS, summary_docs.items(), key=key)
    return [[release_id, doc] for release_id, doc in newest]


def summary_completeness(doc: dict[str, Any]) -> tuple[int, int, int, int]:
    return (
        0 if doc.get("truncated") else 1,
        int(doc.get("chars", 0)),
        1 if doc.get("date") else 0,
        1 if doc.get("category") else 0,
    )


class Library:
    """A pressroom library on disk. Cheap to open: files load when first needed."""

    def __init__(self, path: Path, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self._manifest_file = AtomicJSONStorage(path / MANIFEST, readonly=True)
        self._manifest: Manifest | None = None
        self._manifest_tables: object = None
        self._summary_docs: dict[str, dict[str, Any]] | None = None
        self._unsafe_files: set[str] = set()
        self._summaries: list[ReleaseSummary] | None = None
        self._people: list[Person] | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Library:
        """Open an existing library; raise :class:`LibraryNotFound` if there is none."""
        path = Path(path).expanduser()
        if not (path / MANIFEST).is_file():
            raise LibraryNotFound(
                f"no pressroom library at {path}",
                "Import releases to create one: pressroom import --db DIR FILES...",
            )
        library = cls(path, readonly=readonly)
        library.manifest()
        return library

    @classmethod
    def create(cls, path: Path | str) -> Library:
        """Open the library at ``path``, creating an empty one if there is none."""
        path = Path(path).expanduser()
        if (path / MANIFEST).is_file():
            return cls.open(path)
        try:
            for sub in ("summaries", "bodies", "people"):
                (path / sub).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryReadOnly(f"cannot create a library at {path}: {error.strerror}") from error
        library = cls(path, readonly=False)
        with library.writer() as writer:
            if not (path / MANIFEST).is_file():
                writer.initialise()
        return library

    # -- reading -------------------------------------------------------------------------

    def manifest(self) -> Manifest:
        """The current manifest (re-read when another process has committed)."""
        try:
            tables = self._manifest_file.read()
        except FileNotFoundError:
            tables = None
        if tables is None:
            raise LibraryCorrupt(self.path / MANIFEST, "the file is missing")
        if tables is self._manifest_tables and self._manifest is not None:
            return self._manifest  # the file has not changed since it was last read
        manifest = _manifest_from_tables(self.path / MANIFEST, tables)
        self._manifest_tables = tables
        if self._manifest is None or manifest.commit != self._manifest.commit:
            self._manifest = manifest
            self._summary_docs = None
            self._summaries = None
            self._people = None
        return manifest

    @property
    def stamp(self) -> str:
        return self.manifest().stamp

    def changed_since(self, stamp: str) -> bool:
        """True when another commit has happened since ``stamp`` was read."""
        return self.manifest().stamp != stamp

    def _load(self, name: str, *, check_unsafe: bool = False) -> dict[str, dict[str, Any]]:
        """One table of an immutable library file (FileNotFoundError if it has gone).

        ``check_unsafe`` notes a file that may hold text unsafe for a terminal (see
        :meth:`summaries`); release bodies are always cleaned as they are read.
        """
        tables, unsafe = read_json_file(self.path / name, check_unsafe=check_unsafe)
        if unsafe:
            self._unsafe_files.add(name)
        table = tables.get("releases", tables.get("people"))
        return table if table is not None else {}

    def _retrying(self, load: Callable[[], _T]) -> _T:
        """Run ``load`` and retry once on a file a concurrent commit has just removed."""
        try:
            return load()
        except FileNotFoundError:
            self._manifest = None
            self.manifest()
            try:
                return load()
            except FileNotFoundError as error:
                raise LibraryCorrupt(Path(str(error)), "the file is missing") from None

    def summary_docs(self) -> dict[str, dict[str, Any]]:
        manifest = self.manifest()
        if self._summary_docs is None:
            if manifest.summaries is None:
                self._summary_docs = {}
            else:
                self._summary_docs = self._retrying(
                    lambda: self._load(self.manifest().summaries or "", check_unsafe=True)
                )
        return self._summary_docs

    def head(self) -> list[ReleaseSummary]:
        """The newest releases' summaries, from the manifest alone: a first screen in
        milliseconds, while :meth:`summaries` reads the whole list."""
        rows = []
        for item in self.manifest().head:
            try:
                rows.append(summary_from_doc(str(item[0]), item[1]))
            except (KeyError, TypeError, IndexError, AttributeError):
                return []  # a malformed head only costs the early first screen
        return rows

    def newest(
        self, *, since: str | None = None, limit: int | None = None
    ) -> list[ReleaseSummary] | None:
        """The newest releases dated ``since`` or later, at most ``limit``, from the manifest's
        head when the answer lies within it (`list --limit 20` on 100,000 releases need not
        read them all); None when only :meth:`summaries` can answer."""
        if since is None and limit is None:
            return None
        head = self.head()
        rows = [
            row for row in head if since is None or (row.date is not None and row.date >= since)
        ]
        # The head is newest first (undated last): the rows since a date are a prefix of it,
        # and all of it is the whole library when it holds fewer rows than it can.
        complete = len(rows) < len(head) or 0 < len(head) < HEAD_ROWS
        if limit is not None and (complete or len(rows) >= limit):
            return rows[: max(limit, 0)]
        return rows if complete else None

    def summaries(self, *, give_way: Callable[[], object] = go_on) -> list[ReleaseSummary]:
        """Every release's summary, newest first (undated releases last).

        A read from the file calls ``give_way`` every few milliseconds: a browser reading
        seconds of summaries in a thread waits there while its user is at the keys.
        """
        manifest = self.manifest()  # forgets the rows when another process has committed
        if self._summaries is None:
            if self._summary_docs is not None or manifest.summaries is None:
                rows = self._summaries_from(self.summary_docs())
            else:
                # Straight from the file, a slice of documents at a time: the documents of a
                # big library would take several times the memory of the rows made of them.
                rows = self._retrying(
                    lambda: self._read_summaries(self.manifest().summaries, give_way)
                )
                give_way()
            rows.sort(key=lambda row: row.sort_key, reverse=True)
            self._summaries = rows
        return self._summaries

    def _summaries_from(self, docs: dict[str, dict[str, Any]]) -> list[ReleaseSummary]:
        name = self.manifest().summaries or MANIFEST
        # Text is cleaned at import; only a file edited by other means needs it again.
        clean = safe if name in self._unsafe_files else _unchanged
        shared: dict[str, str] = {}
        with _records_of(self.path / name), gc_paused():
            return [summary_from_doc(rid, doc, clean, shared) for rid, doc in docs.items()]

    def _read_summaries(
        self, name: str | None, give_way: Callable[[], object]
    ) -> list[ReleaseSummary]:
        if name is None:
            return []
        path = self.path / name
        raw = read_file_bytes(path)
        clean = _unchanged
        if json_may_be_unsafe(raw, give_way):
            self._unsafe_files.add(name)
            clean = safe
        shared: dict[str, str] = {}
        return _rows_of(
            path,
            raw,
            "releases",
            lambda rid, doc: summary_from_doc(rid, doc, clean, shared),
            give_way,
        )

    def __len__(self) -> int:
        if self._summaries is not None and self._summary_docs is None:
            self.manifest()  # forgets the rows when another process has committed
            if self._summaries is not None:
                return len(self._summaries)
        return len(self.summary_docs())

    def resolve_id(self, prefix: str) -> str:
        """The full id for a unique id prefix, read from the id's shard only."""
        return self._resolve(prefix)[0]

    def _resolve(self, prefix: str) -> tuple[str, str, dict[str, Any]]:
        """The full id for a unique id prefix, the body file holding its current text, and
        its document there."""
        prefix = prefix.strip().lower()
        if len(prefix) < 2:
            raise ReleaseNotFound(f"id {prefix!r} is too short", "Give at least two characters.")
        found = self._retrying(lambda: self._find(prefix, whole=False))
        if not found:
            # Not where ids start lines: read the files whole (a miss, or an edited file).
            found = self._retrying(lambda: self._find(prefix, whole=True))
        matches = [prefix] if prefix in found else sorted(found)  # a whole id is no prefix
        if not matches:
            raise ReleaseNotFound(f"no release with id {prefix!r} in {self.path}")
        if len(matches) > 1:
            raise AmbiguousId(prefix, matches)
        name, doc = found[matches[0]]
        return matches[0], name, doc

    def _find(self, prefix: str, *, whole: bool) -> dict[str, tuple[str, dict[str, Any]]]:
        """The releases whose ids start with ``prefix``: each with the newest body file that
        holds it and its document there (a whole id: the newest file that holds it, and no
        older one is read). Body files are written a release per line: only the lines of the
        releases asked for are decoded, unless ``whole``."""
        found: dict[str, tuple[str, dict[str, Any]]] = {}
        for name in reversed(self.manifest().shards.get(shard_of(prefix), ())):
            docs = None
            if not whole:
                docs = docs_with_prefix(read_file_bytes(self.path / name), "releases", prefix)
            if docs is None:
                docs = {rid: doc for rid, doc in self._load(name).items() if rid.startswith(prefix)}
            for rid, doc in docs.items():
                found.setdefault(rid, (name, doc))
            if prefix in found:
                break
        return found

    def _shard_files(self, shard: str) -> list[tuple[str, dict[str, dict[str, Any]]]]:
        """A shard's body files with their documents, oldest first."""

        def load() -> list[tuple[str, dict[str, dict[str, Any]]]]:
            return [(name, self._load(name)) for name in self.manifest().shards.get(shard, ())]

        result: list[tuple[str, dict[str, dict[str, Any]]]] = self._retrying(load)
        return result

    def _shard_docs(self, shard: str) -> dict[str, dict[str, Any]]:
        """A shard's releases: the newest version of each."""
        files = self._shard_files(shard)
        if len(files) == 1:
            return files[0][1]
        docs: dict[str, dict[str, Any]] = {}
        for _, file_docs in files:
            docs.update(file_docs)
        return docs

    def body_file(self, release_id: str) -> str | None:
        """The name of the file that holds a release's current text."""
        for whole in (False, True):
            found = self._retrying(functools.partial(self._find, release_id, whole=whole))
            if release_id in found:
                return found[release_id][0]
        return None

    def get(self, id_or_prefix: str) -> Release:
        """A whole release by id or unique id prefix."""
        release_id, name, doc = self._resolve(id_or_prefix)
        with _records_of(self.path / name):
            return Release.from_json({**doc, "id": release_id})

    def releases(self) -> Iterator[Release]:
        """Every release, shard by shard (for reindexing and export)."""
        for shard in sorted(self.manifest().shards):
            files = self._shard_files(shard)
            newest = {rid: name for name, docs in files for rid in docs}
            for name, docs in files:
                for release_id, doc in docs.items():
                    if newest[release_id] != name:
                        continue  # an older version, replaced by a later commit
                    with _records_of(self.path / name):
                        release = Release.from_json({**doc, "id": release_id})
                    yield release

    # -- people ------------------------------------------------------------------------

    def people(self, *, give_way: Callable[[], object] = go_on) -> list[Person]:
        """The people of the library, most releases first (``give_way``: see :meth:`summaries`)."""
        manifest = self.manifest()
        if self._people is None:
            if manifest.people is not None and manifest.people_commit == manifest.commit:

                def read() -> list[Person]:
                    path = self.path / (self.manifest().people or "")
                    raw = read_file_bytes(path)
                    return _rows_of(path, raw, "people", person_from_doc, give_way)

                people = self._retrying(read)
            else:
                with _records_of(self.path / (manifest.summaries or MANIFEST)):
                    computed = compute_people(self.summary_docs(), manifest.decisions)
                    people = [person_from_doc(key, doc) for key, doc in computed.items()]
            people.sort(key=lambda p: (-p.took_part, -p.releases, p.name))
            self._people = people
        return self._people

    # -- writing -----------------------------------------------------------------------

    @contextlib.contextmanager
    def writer(self, *, wait: float = 0) -> Iterator[LibraryWriter]:
        """Hold the library's write lock; fail fast (or after ``wait`` s) if another has it."""
        if self.readonly:
            raise LibraryReadOnly(
                f"the library at {self.path} is open read-only",
                "Import into your own library: pressroom import --db DIR FILES...",
            )
        from filelock import FileLock, Timeout  # only writers pay for importing it

        if not os.access(self.path, os.W_OK):
            raise LibraryReadOnly(f"cannot write to the library directory {self.path}")
        lock = FileLock(self.path / LOCK)
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise LibraryBusy(
                f"another pressroom process{self._writer_pid()} is writing to {self.path}",
                "Wait for it to finish, then run the command again.",
            ) from None
        except OSError as error:
            raise LibraryReadOnly(f"cannot lock {self.path / LOCK}: {error.strerror}") from error
        try:
            with contextlib.suppress(OSError):
                (self.path / WRITER_PID).write_text(str(os.getpid()))
            self._manifest = None
            writer = LibraryWriter(self)
            try:
                yield writer
            finally:
                writer.close()
        finally:
            with contextlib.suppress(OSError):
                (self.path / WRITER_PID).unlink()
            lock.release()

    def _writer_pid(self) -> str:
        try:
            return f" (pid {int((self.path / WRITER_PID).read_text())})"
        except (OSError, ValueError):
            return ""


@contextlib.contextmanager
def _records_of(path: Path) -> Iterator[None]:
    """Report a record of the wrong shape in the library file ``path`` as damage to that file
    (a clear message naming it) rather than as a crash."""
    try:
        yield
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        problem = f"a record has the wrong shape ({type(error).__name__})"
        raise LibraryCorrupt(path, problem) from None


def _manifest_from_tables(path: Path, tables: dict[str, dict[str, Any]]) -> Manifest:
    meta = tables.get("meta", {}).get("library")
    if not isinstance(meta, dict):
        raise LibraryCorrupt(path, "no library record in the manifest")
    schema = meta.get("schema")
    if not isinstance(schema, int):
        raise LibraryCorrupt(path, "the manifest has no schema version")
    if schema > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"the library at {path.parent} has schema version {schema}; this pressroom "
            f"reads up to version {SCHEMA_VERSION}",
            "Upgrade pressroom (pip install -U pressroom) to open it.",
        )
    try:
        return Manifest(
            library_id=str(meta["library_id"]),
            schema=schema,
            commit=int(meta["commit"]),
            summaries=meta.get("summaries"),
            people=meta.get("people"),
            people_commit=int(meta.get("people_commit", -1)),
            shards={
                str(shard): (files,) if isinstance(files, str) else tuple(map(str, files))
                for shard, files in dict(meta.get("shards", {})).items()
            },
            head=tuple(meta.get("head") or ()),
            decisions=tuple(
                doc for _, doc in sorted(tables.get("decisions", {}).items(), key=_decision_key)
            ),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise LibraryCorrupt(path, f"the manifest is malformed ({error})") from None


def _decision_key(item: tuple[str, Any]) -> tuple[int, str]:
    key = item[0]
    return (int(key), key) if key.isdigit() else (0, key)


# -- people across the library -----------------------------------------------------------


def person_from_doc(key: str, doc: dict[str, Any]) -> Person:
    return Person(
        key=safe(key),
        name=safe(doc["name"]),
        aliases=tuple(safe(a) for a in doc.get("aliases", ())),
        took_part=len(doc.get("part", ())),
        mentioned=len(doc.get("ment", ())),
        roles=tuple(
            RoleSpan(safe(r[0]), r[1] and safe(r[1]), r[2] and safe(r[2]))
            for r in doc.get("roles", ())
        ),
        took_part_ids=tuple(doc.get("part", ())),
        mentioned_ids=tuple(doc.get("ment", ())),
    )


def compute_people(
    summary_docs: dict[str, dict[str, Any]], decisions: Sequence[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Merge the people of every release into one entry a person (see store.identity)."""
    from store import identity

    occurrence = identity.Occurrence  # by position: over half a million at 100,000 releases
    occurrences: list[identity.Occurrence] = []
    for release_id, doc in summary_docs.items():
        people = doc.get("people")
        if not people:
            continue
        date = doc.get("date")
        names = tuple(p[0] for p in people)
        occurrences.extend(
            occurrence(release_id, date, name, role, bool(took_part), names)
            for name, role, took_part in people
        )
    clusters = identity.cluster_people(
        occurrences, [identity.Decision.from_json(d) for d in decisions]
    )
    result: dict[str, dict[str, Any]] = {}
    for cluster in clusters:
        result[cluster.key] = {
            "name": cluster.name,
            "aliases": list(cluster.aliases),
            "roles": [list(r) for r in cluster.roles],
            "part": list(cluster.took_part_ids),
            "ment": list(cluster.mentioned_ids),
        }
    return result


# -- the writer ----------------------------------------------------------------------


class LibraryWriter:
    """Stages releases and commits them in batches. Only one exists at a time per library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._pending: dict[str, Release] = {}
        self._prepared: dict[str, dict[str, Any]] = {}
        self._removed: set[str] = set()
        self._decisions: list[dict[str, Any]] | None = None
        self.index_error: str | None = None
        self._stream: IndexStream | None = None
        self._stream_wanted = False
        """Whether staged releases should go to the search index as they come (:meth:`stream`)."""
        self._stream_next = False
        """Whether the next staged release may open the stream (once per index in step)."""

    @property
    def path(self) -> Path:
        return self.library.path

    def initialise(self) -> None:
        import uuid  # here, not at the top: uuid imports platform, which lookups need not pay

        from store.database import write_manifest

        meta = {
            "library_id": uuid.uuid4().hex[:12],
            "schema": SCHEMA_VERSION,
            "commit": 0,
            "summaries": None,
            "people": None,
            "people_commit": -1,
            "shards": {},
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        write_manifest(self.path / MANIFEST, meta)

    def stage(self, release: Release, index_fields: dict[str, Any] | None = None) -> str:
        """Stage a release; return what importing it does.

        ``imported`` (new), ``updated`` (a more complete capture of a known release),
        ``unchanged`` (the same again) or ``duplicate`` (a less complete capture).
        ``index_fields`` are the search index's fields for ``release`` if already prepared.
        """
        from store.parser import completeness  # lazily: show/search/the browser never parse

        existing_release = self._pending.get(release.id)
        existing = (
            summary_doc(existing_release)
            if existing_release is not None
            else self.library.summary_docs().get(release.id)
        )
        if existing is None:
            self._put(release, index_fields)
            return "imported"
        if existing.get("hash") == release.content_hash:
            return "unchanged"
        if completeness(release) > summary_completeness(existing):
            if release.category is None and existing.get("category"):
                release, index_fields = _with_category(release, existing["category"]), None
            self._put(release, index_fields)
            return "updated"
        if existing_release is not None and existing_release.category is None and release.category:
            self._put(_with_category(existing_release, release.category), None)
        return "duplicate"

    def _put(self, release: Release, index_fields: dict[str, Any] | None) -> None:
        self._pending[release.id] = release
        stream = self._index_stream()
        if stream is not None:
            from store.search import SearchIndexError

            try:
                stream.put(release, index_fields)
            except SearchIndexError:
                self._stop_streaming()
            else:
                return
        if index_fields is None:
            self._prepared.pop(release.id, None)
        else:
            self._prepared[release.id] = index_fields

    def stream(self) -> None:
        """Index releases as they are staged (a large import): the search index's threads
        then work alongside the parsing, and a commit only commits the index.

        Only when the index is in step with the library (or the library is empty); otherwise
        the next commit brings the index up to date as usual (by rebuilding it), and the
        releases staged after it stream."""
        self._stream_wanted = self._stream_next = True

    def _index_stream(self) -> IndexStream | None:
        if self._stream is None and self._stream_next:
            from store.search import SearchIndex, SearchIndexError

            self._stream_next = False  # until a commit brings the index in step again
            manifest = self.library.manifest()
            try:
                index = SearchIndex.open(self.path / "index")
                fresh = manifest.commit == 0
                if fresh or index.stamp() == manifest.stamp:
                    self._stream = index.stream(fresh=fresh)
            except (SearchIndexError, OSError):
                pass  # the commit repairs the index
        return self._stream

    def _stop_streaming(self) -> None:
        """Give up the stream after an error. What it held since its last commit is rolled
        back, and the next commit brings the index up to date with every pending release as
        without a stream: incrementally if the index is in step with the last commit, else
        (a first commit rolled back, a failure between tantivy's commit and the stamp) by
        rebuilding it."""
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()

    def close(self) -> None:
        """Release the search index's writer (rolling back what no commit took)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            from store.search import SearchIndexError

            try:
                stream.close()
            except SearchIndexError as error:
                self.index_error = f"the search index could not be updated: {error}"

    def set_decisions(self, decisions: list[dict[str, Any]]) -> None:
        self._decisions = decisions

    @property
    def pending(self) -> int:
        return len(self._pending) + len(self._removed)

    def commit(self, *, people: bool = True) -> Manifest:
        """Write the staged changes as one commit. ``people=False`` defers re-merging people.

        A commit that fails before its manifest is written (disk full, no permission...) removes
        the new files it wrote: the library is left byte for byte as it was.
        """
        old = self.library.manifest()
        try:
            return self._commit(old, people=people)
        except BaseException:
            _remove_uncommitted(self.path, old.commit + 1)
            raise

    def _commit(self, old: Manifest, *, people: bool) -> Manifest:
        library = self.library
        decisions_changed = self._decisions is not None
        if not self._pending and not self._removed and not decisions_changed:
            if people and old.people_commit != old.commit and old.commit > 0:
                manifest = self._write_manifest(old, old.commit + 1, {}, None, None, people=True)
                self._update_index((), (), old.stamp, manifest)  # the stamp moves on
                return manifest
            # Nothing new, but an earlier run may have been killed while it indexed.
            self._update_index((), (), None, old)
            return old
        new_commit = old.commit + 1
        upserts = dict(self._pending)

        # Bodies: a new file for each touched shard, holding what this commit adds to it; a
        # shard with removals, or with too many files, is compacted into one file.
        shards: dict[str, list[Release]] = {shard_of(rid): [] for rid in self._removed}
        for release in upserts.values():
            shards.setdefault(shard_of(release.id), []).append(release)
        new_shards: dict[str, tuple[str, ...]] = {}
        for shard, releases in sorted(shards.items()):
            name = f"bodies/{shard}.{new_commit:06d}.json"
            old_files = old.shards.get(shard, ())
            gone = {rid for rid in self._removed if shard_of(rid) == shard}
            docs: dict[str, dict[str, Any]] = {}
            if gone or len(old_files) >= _max_files(shard):
                docs = dict(library._shard_docs(shard))
                for rid in gone:
                    docs.pop(rid, None)
                files: tuple[str, ...] = (name,)
            else:
                files = (*old_files, name)
            for release in releases:
                body = release.to_json()
                del body["id"]
                docs[release.id] = body
            _write_table(self.path / name, "releases", docs, sync_directory=False, per_line=1)
            new_shards[shard] = files
        if new_shards:
            fsync_directory(self.path / "bodies")  # once for all, before the manifest names them

        # Summaries: the whole table again, under a new name.
        summary_docs = dict(library.summary_docs())
        for release in upserts.values():
            summary_docs[release.id] = summary_doc(release)
        for removed in self._removed:
            summary_docs.pop(removed, None)
        summaries_name = f"summaries/{new_commit:06d}.json"
        _write_table(self.path / summaries_name, "releases", summary_docs, per_line=TABLE_LINE_DOCS)

        manifest = self._write_manifest(
            old, new_commit, new_shards, summaries_name, summary_docs, people=people
        )
        if manifest.summaries == summaries_name:
            # The table just written is what reading it back would give: the next batch's
            # stage() need not parse it again (at 100,000 releases that is 19 re-reads).
            library._summary_docs = summary_docs
        self._update_index(upserts.values(), self._removed, old.stamp, manifest)
        self._pending.clear()
        self._prepared.clear()
        self._removed.clear()
        self._decisions = None
        return manifest

    def _write_manifest(
        self,
        old: Manifest,
        new_commit: int,
        new_shards: dict[str, tuple[str, ...]],
        summaries_name: str | None,
        summary_docs: dict[str, dict[str, Any]] | None,
        *,
        people: bool,
    ) -> Manifest:
        library = self.library
        decisions = (
            self._decisions if self._decisions is not None else [dict(d) for d in old.decisions]
        )
        people_name = old.people
        people_commit = old.people_commit
        if people:
            docs = summary_docs if summary_docs is not None else library.summary_docs()
            people_name = f"people/{new_commit:06d}.json"
            people_docs = compute_people(docs, decisions)
            _write_table(self.path / people_name, "people", people_docs, per_line=TABLE_LINE_DOCS)
            people_commit = new_commit
        shards = {**old.shards, **new_shards}
        meta = {
            **old.to_doc(),
            "commit": new_commit,
            "summaries": summaries_name or old.summaries,
            "people": people_name,
            "people_commit": people_commit,
            "schema": SCHEMA_VERSION,
            "shards": {shard: list(files) for shard, files in shards.items()},
        }
        if summary_docs is not None:
            meta["head"] = newest_rows(summary_docs)
        from store.database import write_manifest

        write_manifest(self.path / MANIFEST, meta, self._decisions)
        library._manifest = None
        manifest = library.manifest()
        _collect_garbage(self.path, keep=manifest.files() | old.files())
        return manifest

    def _update_index(
        self,
        upserts: Iterable[Release],
        removed: Iterable[str],
        old_stamp: str | None,
        manifest: Manifest,
    ) -> None:
        """Bring the search index to the new commit: by committing the stream when releases
        were streamed to it; else incrementally when it was in step with the previous commit,
        else by rebuilding it. Without a stream and with ``old_stamp`` None, only an index
        out of step with ``manifest`` is touched (rebuilt)."""
        from store.search import SearchIndex, SearchIndexError

        if self._stream is not None:
            try:
                self._stream.remove(removed)
                self._stream.commit(manifest.stamp)
                return
            except (SearchIndexError, OSError):
                self._stop_streaming()  # and bring the index up to date as below
        try:
            index = SearchIndex.open(self.path / "index")
            current = index.stamp()
            # An index whose state is unknown (None: a write was interrupted) is never brought
            # up to date incrementally: None would equal an ``old_stamp`` of None.
            if current == manifest.stamp:
                pass
            elif current is not None and current == old_stamp:
                index.update(upserts, removed, manifest.stamp, prepared=self._prepared)
            elif manifest.commit == 1 and old_stamp is not None:
                # The first commit: the library holds just ``upserts``; no need to read them back.
                index.rebuild(upserts, manifest.stamp, prepared=self._prepared)
            else:
                index.rebuild(self.library.releases(), manifest.stamp)
        except (SearchIndexError, OSError) as error:
            self.index_error = f"the search index could not be updated: {error}"
        else:
            self._stream_next = self._stream_wanted  # in step again: later releases may stream


def _max_files(shard: str) -> int:
    """How many body files a shard may have before a commit compacts it: 4 to 11, varying
    by shard so that compactions spread over commits rather than all falling on one."""
    try:
        return 4 + int(shard, 16) % 8
    except ValueError:
        return 8


def _with_category(release: Release, category: str) -> Release:
    return release._replace(category=category)


def _write_table(
    path: Path,
    table_name: str,
    docs: dict[str, dict[str, Any]],
    *,
    per_line: int,
    sync_directory: bool = True,
) -> None:
    """Write a new immutable TinyDB file holding one table.

    A file of that name can only be the leftover of a commit killed before its manifest was
    written (no manifest names it): it is replaced, never read into the new file.
    """
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    # The documents are already keyed by id: the whole table is written at once rather than
    # inserted document by document, ``per_line`` documents a line (see dump_table): the
    # summaries are read a slice of lines at a time, a release's body by its line alone.
    data = dump_table(table_name, docs, per_line)
    atomic_write_bytes(path, data, sync_directory=sync_directory)


def _remove_uncommitted(path: Path, commit: int) -> None:
    """Remove the files written for ``commit`` if its manifest was not written."""
    with contextlib.suppress(Exception):
        meta = load_json_file(path / MANIFEST)["meta"]["library"]
        if int(meta["commit"]) >= commit:
            return  # committed after all: the manifest names them
        suffix = f"{commit:06d}.json"
        for sub in ("summaries", "bodies", "people"):
            for entry in (path / sub).iterdir():
                if entry.name == suffix or entry.name.endswith("." + suffix):
                    with contextlib.suppress(OSError):
                        entry.unlink()


def _collect_garbage(path: Path, keep: set[str]) -> None:
    """Remove library files that neither the current nor the previous manifest names, and the
    temporary files of a manifest write that was killed."""
    with contextlib.suppress(OSError):
        for entry in path.iterdir():
            if entry.name.startswith(f".{MANIFEST}.") and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    entry.unlink()
    for sub in ("summaries", "bodies", "people"):
        directory = path / sub
        if not directory.is_dir():
            continue
        for entry in directory.iterdir():
            name = f"{sub}/{entry.name}"
            if name in keep:
                continue
            if entry.name.endswith(".json") or entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    entry.unlink()


def check_error(error: Exception) -> LibraryError:
    """Turn an unexpected exception into a library error with a plain message."""
    if isinstance(error, LibraryError):
        return error
    return LibraryError(f"unexpected error: {error}")
