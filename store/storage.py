"""TinyDB storage that never leaves a torn file, and the reading of library files.

TinyDB's own ``JSONStorage`` rewrites its file in place: a crash mid-write leaves half a file.
``AtomicJSONStorage`` writes a temporary file in the same directory, fsyncs it, keeps the
previous version as ``<name>.bak`` (a hard link: free), renames the new file over the old one
and fsyncs the directory. Readers therefore see the old file or the new one, never a mix.
"""

from __future__ import annotations

import _thread
import contextlib
import errno
import gc
import itertools
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from store.errors import LibraryCorrupt, LibraryError, LibraryReadOnly
from store.text import json_may_be_unsafe

Tables = dict[str, dict[str, Any]]


def describe_os_error(error: OSError, path: Path) -> str:
    """A plain sentence for a failed write."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full (writing {path})"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"no permission to write {path}"
    return f"cannot write {path}: {error.strerror or error}"


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable."""
    with contextlib.suppress(OSError):  # not every file system lets a directory be opened
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(
    path: Path, data: bytes, *, keep_backup: bool = False, sync_directory: bool = True
) -> None:
    """Write ``data`` to ``path`` atomically and durably; optionally keep the old file as .bak.

    With ``sync_directory`` False the new name is durable only once the caller has fsynced
    the directory (one fsync for many files written into it).
    """
    import secrets  # here: it loads OpenSSL (hashlib), which read-only lookups need not pay

    directory = path.parent
    temporary = directory / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    link: Path | None = None
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_backup and path.exists():
            # Link the old file under a temporary name first; it becomes the .bak only once the
            # new file is in place, so a failed write leaves the .bak as it was too.
            link = directory / f".{path.name}.{secrets.token_hex(4)}.bak.tmp"
            os.link(path, link)
        os.replace(temporary, path)
    except OSError as error:
        for leftover in (temporary, link):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise LibraryReadOnly(
            describe_os_error(error, path), "The library was left as it was."
        ) from error
    if link is not None:
        # The new file is committed: failing to refresh the .bak must not report a failure.
        try:
            os.replace(link, path.with_name(path.name + ".bak"))
        except OSError:
            with contextlib.suppress(OSError):
                link.unlink()
    if sync_directory:
        fsync_directory(directory)


_pause_lock = _thread.allocate_lock()
_pauses = 0
_resume = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building many objects that form no
    cycles (parsed JSON, rows made from it): the collections their allocations would trigger
    walk every young object again and again, about half of the time of loading a big table.

    Pauses nest and may overlap across threads (the browser reads the catalogue in one while
    it opens a release in another): the collector comes back, if it was on, when the last
    one ends, never in the middle of another.
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def load_json_file(path: Path) -> Tables:
    """Read and check one TinyDB file: a JSON object of tables, each an object of objects."""
    return read_json_file(path)[0]


def read_json_file(path: Path, *, check_unsafe: bool = True) -> tuple[Tables, bool]:
    """:func:`load_json_file`, and whether the file may hold text unsafe for a terminal
    (always False when not asked to ``check_unsafe``: the scan costs as much as parsing)."""
    raw = read_file_bytes(path)
    return parse_tables(path, raw), check_unsafe and json_may_be_unsafe(raw)


def read_file_bytes(path: Path) -> bytes:
    """A library file's bytes (FileNotFoundError if it has gone; empty is damage)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise LibraryError(f"cannot read {path}: {error.strerror or error}") from error
    if not raw.strip():
        raise LibraryCorrupt(path, "the file is empty")
    return raw


SMALL_JSON = 256 * 1024
"""Bytes of JSON below which :func:`loads` uses the standard library's parser."""


def loads(raw: bytes | memoryview) -> Any:
    """Parse JSON bytes to what orjson gives (ValueError, with orjson's message, if not JSON).

    Small documents (a manifest, a release's line) go to the standard library's parser: then
    a lookup in a new process (`pressroom show`, `search`) never imports orjson (6% of its
    instructions, and orjson imports dataclasses and inspect: 15% more). Big ones, any with a
    \\u escape (orjson checks those for lone surrogates) and any the standard library refuses
    go to orjson, which decides, and names the damage. So do numbers the two read differently
    (beyond a double's range, or an integer beyond 64 bits: orjson refuses the first and makes
    the second a float).
    """
    if len(raw) < SMALL_JSON:
        data = bytes(raw)
        if b"\\u" not in data:
            try:
                text = data.decode("utf-8")  # strict, as orjson: no lone surrogates, no UTF-16
                return json.loads(
                    text, parse_constant=_not_json, parse_float=_double, parse_int=_int64
                )
            except (ValueError, RecursionError):
                pass
    import orjson

    return orjson.loads(raw)


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def _double(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is beyond a double")
    return value


def _int64(text: str) -> int:
    value = int(text)
    if not -(2**63) <= value < 2**64:
        raise ValueError(f"{text} is beyond 64 bits")
    return value


def dumps(value: Any) -> bytes:
    """``value`` as compact JSON bytes (orjson: only writers and big readers import it)."""
    import orjson

    return orjson.dumps(value)


def parse_tables(path: Path, raw: bytes | memoryview) -> Tables:
    """The tables of a TinyDB file's bytes, checked: LibraryCorrupt naming ``path`` if not."""
    try:
        with gc_paused():
            data = loads(raw)
    except ValueError as error:
        problem = "the file is cut short" if "unexpected end" in str(error).lower() else "not JSON"
        raise LibraryCorrupt(path, f"{problem} ({error})") from None
    if not isinstance(data, dict):
        raise LibraryCorrupt(path, "expected a JSON object of tables")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise LibraryCorrupt(path, f"table {name!r} is not a table of documents")
    return data


TABLE_LINE_DOCS = 1000
"""Documents per line in a file written by :func:`dump_table`."""


def dump_table(table_name: str, docs: dict[str, Any], per_line: int = TABLE_LINE_DOCS) -> bytes:
    """A TinyDB file of one table, with a line break after every ``per_line`` documents.

    It is the same JSON to TinyDB or any parser (whitespace between tokens); a reader that
    knows the layout can decode a big table a slice at a time (:func:`table_slices`) instead
    of holding every document as Python objects at once (a big library's summaries take
    several times their file's size as dicts and strings). With one document per
    line, each line starts with its id: :func:`docs_with_prefix` finds one without decoding
    the others.
    """
    if per_line < 1:
        raise ValueError(f"per_line must be at least 1, not {per_line}")
    import orjson

    dumps = orjson.dumps
    lines: list[bytes | memoryview] = []
    if per_line == 1:
        lines.extend([dumps(key) + b":" + dumps(doc) for key, doc in docs.items()])
    else:
        items = iter(docs.items())
        while chunk := dict(itertools.islice(items, per_line)):
            lines.append(memoryview(dumps(chunk))[1:-1])  # the members, without the braces
    return b"".join((b"{", dumps(table_name), b":{\n", b",\n".join(lines), b"\n}}"))


def table_slices(path: Path, raw: bytes, table_name: str) -> Iterator[dict[str, Any]]:
    """The documents of a one-table file from :func:`dump_table`, a slice at a time.

    Raises :class:`TableLayoutError` for bytes not laid out that way (an older or edited file)
    and at any doubt (a line that does not decode, a comma missing between lines or left after
    the last, an id in two lines): the caller reads the file whole with :func:`parse_tables`
    instead, which takes what any JSON parser would and reports damage with the file's name.
    """
    start = _first_line(raw, table_name)
    if start is None:
        raise TableLayoutError(path)
    view = memoryview(raw)
    end = len(raw) - 3
    seen: set[str] = set()
    while start < end:
        stop = raw.find(b"\n", start, end)
        stop = end if stop == -1 else stop
        comma = raw[stop - 1] == 44  # 44: the comma between lines, and only between them
        if comma == (stop == end):
            raise TableLayoutError(path)
        members = view[start : stop - 1 if comma else stop]
        start = stop + 1
        try:
            with gc_paused():
                docs = loads(b"".join((b"{", members, b"}")))
        except ValueError:
            raise TableLayoutError(path) from None
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise TableLayoutError(path)
        if not seen.isdisjoint(docs):
            raise TableLayoutError(path)
        seen.update(docs)
        yield docs


def docs_with_prefix(raw: bytes, table_name: str, prefix: str) -> dict[str, Any] | None:
    """The documents of a one-document-per-line table whose ids start with ``prefix``,
    decoding only their lines; None for a file not laid out that way, or a line that is not
    one document (read it whole: that reports damage).

    Ids are found where lines start: JSON text holds no raw line break, so ``\\n"id":`` can
    only be a document's id at the start of its line.
    """
    start = _first_line(raw, table_name)
    if start is None:
        return None
    found: dict[str, Any] = {}
    pattern = re.compile(b'\n"(' + re.escape(prefix.encode("utf-8")) + b'[^"\\\\\n]*)":')
    for match in pattern.finditer(raw, start - 1):
        end = raw.find(b"\n", match.end())
        line = raw[match.start() + 1 : end]
        if line.endswith(b","):
            line = line[:-1]
        try:
            docs = loads(b"{%b}" % line)
        except ValueError:
            return None  # not one document per line after all
        if not isinstance(docs, dict) or len(docs) != 1:
            return None
        if not all(isinstance(doc, dict) for doc in docs.values()):
            return None
        found.update(docs)
    return found


def _first_line(raw: bytes, table_name: str) -> int | None:
    """Where the documents of a table from :func:`dump_table` start (None: not that layout)."""
    head = b"{" + json.dumps(table_name).encode() + b":{\n"
    if raw.startswith(head) and raw.endswith(b"\n}}"):
        return len(head)
    return None


class TableLayoutError(Exception):
    """The file is not laid out a slice of documents per line: read it whole."""


class AtomicJSONStorage:
    """A TinyDB storage over one JSON file, written atomically, read through a cache.

    Within :meth:`batch`, writes only update memory; leaving the block writes the file once.
    This makes a multi-table change a single atomic rename.

    TinyDB asks a storage for ``read``, ``write`` and ``close`` only. This one does not derive
    from ``tinydb.storages.Storage``: readers use it alone (a library's manifest), and a
    lookup in a new process need not import TinyDB (4% of `pressroom show`).
    :mod:`store.database` opens TinyDB on it for writing.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        keep_backup: bool = False,
        missing_ok: bool = True,
        sync_directory: bool = True,
    ) -> None:
        """``sync_directory=False`` leaves the directory's fsync to the caller, who writes
        several files into it and syncs it once before committing them."""
        self.path = Path(path)
        self.sync_directory = sync_directory
        self.readonly = readonly
        self.keep_backup = keep_backup
        self.missing_ok = missing_ok
        self._cache: Tables | None = None
        self._signature: tuple[int, int, int] | None = None
        self._deferred = False
        self._dirty = False

    def _stat_signature(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_size, stat.st_mtime_ns)

    def read(self) -> Tables | None:
        if self._deferred and self._cache is not None:
            return self._cache
        signature = self._stat_signature()
        if signature is None:
            if not self.missing_ok:
                raise LibraryCorrupt(self.path, "the file is missing")
            self._cache, self._signature = None, None
            return None
        if self._cache is None or signature != self._signature:
            self._cache = load_json_file(self.path)
            self._signature = signature
        return self._cache

    def write(self, data: Tables) -> None:
        if self.readonly:
            raise LibraryReadOnly(f"{self.path} is opened read-only")
        self._cache = data
        if self._deferred:
            self._dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        assert self._cache is not None
        try:
            atomic_write_bytes(
                self.path,
                dumps(self._cache),
                keep_backup=self.keep_backup,
                sync_directory=self.sync_directory,
            )
        except BaseException:
            # TinyDB changed the cached tables in place: forget them, the file is the truth.
            self._cache, self._signature, self._dirty = None, None, False
            raise
        self._signature = self._stat_signature()
        self._dirty = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one atomic write; an exception discards them."""
        if self._deferred:
            yield
            return
        self.read()
        self._deferred = True
        try:
            yield
        except BaseException:
            self._cache, self._signature, self._dirty = None, None, False
            raise
        finally:
            self._deferred = False
        if self._dirty:
            self._flush()

    def close(self) -> None:
        pass
