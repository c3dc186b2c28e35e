"""The full-text search index: a tantivy index in one directory (``<library>/index/``).

Text is folded in Python (store.query.fold_words) before indexing and split on spaces by
tantivy's ``whitespace`` tokenizer, so queries, folded the same way, always agree with the index.
Title and body words are indexed without positions; phrases go through the word pairs
(``milli_majlis``) of the title and of each paragraph, so a two-word phrase is one posting list
however common its words, and longer phrases are phrases of pairs (never across paragraphs).
Originals are kept in one stored blob per release, so results print without the library. A small
JSON file beside the index records which library state the index reflects (see ``stamp``).
"""

from __future__ import annotations

import _thread
import contextlib
import functools
import itertools
import os
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, NoReturn

import tantivy

from store.query import (
    DateRange,
    Highlighter,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Query,
    Word,
    fold_tokens,
    fold_words,
    parse,
)
from store.storage import dumps, loads

if TYPE_CHECKING:
    from store.models import Release

__all__ = ["Hit", "IndexStream", "SearchIndex", "SearchIndexError"]

FORMAT = 2
"""Version of the schema and of the stamp file; a different one needs a rebuild.
2: the release id as a number in a fast field, ``key``."""
STAMP_FILE = "pressroom-index.json"
TITLE_BOOST = 2.0
SNIPPET_CHARS = 160
REBUILD_HEAP = 512_000_000
UPDATE_HEAP = 48_000_000
STREAM_HEAP = 192_000_000
"""Memory for the writer an import keeps open (tantivy splits it among its threads)."""
_INDEXING_THREADS = max(1, min(2, os.cpu_count() or 1))
"""Threads of a writer that indexes many releases (a rebuild, an import)."""

Sort = Literal["relevance", "date"]
PersonAliases = Callable[[str], list[str]]


class SearchIndexError(Exception):
    """The index cannot be read or written; the message says why and what to do."""


class Hit(NamedTuple):
    """One search result, complete enough to print without loading the library."""

    id: str
    title: str
    date: str | None
    category: str | None
    participants: tuple[str, ...]
    """Names of the people who took part."""
    snippet: str
    """Plain text around the first match (about 160 characters, with … where cut)."""
    spans: tuple[tuple[int, int], ...]
    """(start, end) offsets of the matched words in ``snippet``."""
    title_spans: tuple[tuple[int, int], ...]
    """(start, end) offsets of the matched words in ``title``."""
    score: float
    """Relevance (higher is better); 0.0 when sorted by date."""


def _open_index(path: Path, *, reuse: bool) -> tantivy.Index:
    return tantivy.Index(_SCHEMA, path=str(path), reuse=reuse)


def _schema() -> tantivy.Schema:
    # Words of the title and body carry no positions: phrases use the word pairs instead
    # ("milli majlis" is one term of tpairs/bpairs, so even the commonest phrase is one
    # posting list; longer phrases are phrases of pairs). People and category are small.
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    for name in ("title", "body"):
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="freq")
    for name in ("tpairs", "bpairs", "people", "category"):
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="position")
    builder.add_unsigned_field("date", fast=True)
    # The id as a number, in a column: a search that needs only the ids (the browser has the
    # rest) reads them without loading a stored document per hit.
    builder.add_unsigned_field("key", fast=True)
    builder.add_bytes_field("meta", stored=True)
    return builder.build()


_SCHEMA = _schema()
_LOCK_WORDS = ("lockbusy", "lock busy", "already locked", "failed to acquire")


def _fail(error: BaseException, doing: str) -> NoReturn:
    """Re-raise a tantivy or OS error as a SearchIndexError."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if any(word in text.lower() for word in _LOCK_WORDS):
        raise SearchIndexError(
            f"another process is writing the search index ({doing}); try again shortly"
        ) from error
    raise SearchIndexError(
        f"the search index is damaged or unreadable ({doing}: {text}); "
        "rebuild it with `pressroom reindex`"
    ) from error


@contextlib.contextmanager
def _tantivy_errors(doing: str) -> Iterator[None]:
    """Turn tantivy's errors (and Rust panics, which are BaseExceptions) into ours."""
    try:
        yield
    except SearchIndexError:
        raise
    except (ValueError, OSError, RuntimeError) as error:
        _fail(error, doing)
    except BaseException as error:
        if type(error).__name__ == "PanicException":
            _fail(error, doing)
        raise


def _date_key(date: str | None, clock: str | None = None) -> int:
    """yyyymmddhhmm as an integer (0 when there is no usable date)."""
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return 0
    key = int(date.replace("-", "")) * 10_000
    if clock and re.fullmatch(r"\d{1,2}:\d{2}", clock):
        hours, minutes = clock.split(":")
        key += int(hours) * 100 + int(minutes)
    return key


def _pairs(words: str) -> str:
    """``a b c`` → ``a_b b_c``: each word joined to the next (``_`` never survives folding)."""
    split = words.split(" ")
    count = len(split) - 1
    if count <= 0:
        return ""
    parts = _SPACE * (4 * count)  # built by slice assignment: no Python loop per word
    parts[0::4] = split[:-1]
    parts[1::4] = _JOIN * count
    parts[2::4] = split[1:]
    parts.pop()
    return "".join(parts)


_SPACE = [" "]
_JOIN = ["_"]


def index_fields(release: Release) -> dict[str, Any]:
    """The index's fields for a release: plain, picklable data, so that worker processes
    can prepare them while the importer's main process writes."""
    paragraphs = list(release.paragraphs)
    names: list[str] = []
    for person in release.people:
        names.append(_folded_name(person.name))
        names.extend(map(_folded_name, person.mentions))
    meta = {
        "t": release.title,
        "d": release.date,
        "c": release.category,
        "p": [person.name for person in release.people if person.took_part],
        "b": paragraphs,
    }
    title = fold_words(release.title)
    body = [fold_words(paragraph) for paragraph in paragraphs] or [""]
    fields = {
        "id": release.id,
        "key": int(release.id, 16) if _KEYED_ID.fullmatch(release.id) else None,
        "title": title,
        "body": body,
        "tpairs": _pairs(title),
        "bpairs": [_pairs(words) for words in body],
        "people": names or [""],
        "category": fold_words(release.category or ""),
        "date": _date_key(release.date, release.time),
        "meta": dumps(meta),
    }
    if fields["key"] is None:
        del fields["key"]  # an id that is not pressroom's (an edited library): none
    return fields


_KEYED_ID = re.compile(r"[0-9a-f]{10}")
"""Release ids as pressroom makes them, kept as numbers in the ``key`` column."""


_folded_name = functools.lru_cache(maxsize=1 << 14)(fold_words)
"""``fold_words`` for names, cached: the same people recur in release after release."""


def _tie_key(score: float, date: int | None, release_id: str) -> tuple[float, bool, int, str]:
    """Best first when sorted ascending; equal scores newest first (undated last), then by id."""
    return (-score, not date, -(date or 0), release_id)


def _document(release: Release, fields: dict[str, Any] | None = None) -> tantivy.Document:
    return tantivy.Document.from_dict(fields or index_fields(release), _SCHEMA)


# --------------------------------------------------------------------------------------------
# Query compilation


def _boosted(query: tantivy.Query, field: str) -> tantivy.Query:
    """Title matches count double."""
    return tantivy.Query.boost_query(query, TITLE_BOOST) if field.startswith("t") else query


_MUST = tantivy.Occur.Must
_SHOULD = tantivy.Occur.Should
_MUST_NOT = tantivy.Occur.MustNot
_FIELD_OF = {"text": ("title", "body"), "person": ("people",), "category": ("category",)}


class _Compiler:
    """Turns a query tree into a tantivy query; collects alias phrases for highlighting."""

    def __init__(self, person_aliases: PersonAliases | None) -> None:
        self.person_aliases = person_aliases
        self.extra_phrases: list[tuple[str, ...]] = []

    def compile(self, node: Node, negated: bool = False) -> tantivy.Query:
        if isinstance(node, (Word, Prefix, Phrase)):
            return self.leaf(node, negated)
        if isinstance(node, DateRange):
            return self.date_range(node)
        if isinstance(node, Not):
            return tantivy.Query.boolean_query(
                [
                    (_MUST, tantivy.Query.all_query()),
                    (_MUST_NOT, self.compile(node.child, not negated)),
                ]
            )
        if isinstance(node, Or):
            return tantivy.Query.boolean_query(
                [(_SHOULD, self.compile(child, negated)) for child in node.children]
            )
        clauses = [
            (_MUST_NOT, self.compile(child.child, not negated))
            if isinstance(child, Not)
            else (_MUST, self.compile(child, negated))
            for child in node.children
        ]
        if all(occur == _MUST_NOT for occur, _ in clauses):
            clauses.append((_MUST, tantivy.Query.all_query()))
        return tantivy.Query.boolean_query(clauses)

    def leaf(self, node: Word | Prefix | Phrase, negated: bool = False) -> tantivy.Query:
        if node.field == "text" and isinstance(node, Phrase) and len(node.words) > 1:
            return self.text_phrase(node.words, node.prefix)
        fields = _FIELD_OF[node.field]
        parts = [self.on_field(node, name) for name in fields]
        if node.field == "person" and self.person_aliases is not None:
            value = node.raw or (
                node.text if not isinstance(node, Phrase) else " ".join(node.words)
            )
            for alias in self.person_aliases(value):
                words = tuple(fold_tokens(alias))
                if words:
                    if not negated:  # excluded names are not highlighted
                        self.extra_phrases.append(words)
                    parts.append(self.on_field(Phrase(words, "person"), "people"))
        if len(parts) == 1:
            return parts[0]
        return tantivy.Query.boolean_query([(_SHOULD, part) for part in parts])

    @staticmethod
    def text_phrase(words: tuple[str, ...], prefix: bool) -> tantivy.Query:
        """A phrase of the title or of one paragraph, as a term or phrase of word pairs."""
        pairs = [f"{a}_{b}" for a, b in itertools.pairwise(words)]
        terms: list[str | tuple[int, str]] = list(pairs)
        parts = []
        for name in ("tpairs", "bpairs"):
            if prefix and len(pairs) == 1:
                query = tantivy.Query.regex_query(_SCHEMA, name, re.escape(pairs[0]) + ".*")
            elif prefix:
                query = tantivy.Query.phrase_prefix_query(_SCHEMA, name, terms)
            elif len(pairs) == 1:
                query = tantivy.Query.term_query(_SCHEMA, name, pairs[0])
            else:
                query = tantivy.Query.phrase_query(_SCHEMA, name, terms)
            parts.append((_SHOULD, _boosted(query, name)))
        return tantivy.Query.boolean_query(parts)

    @staticmethod
    def on_field(node: Word | Prefix | Phrase, name: str) -> tantivy.Query:
        if isinstance(node, Word):
            query = tantivy.Query.term_query(_SCHEMA, name, node.text)
        elif isinstance(node, Prefix):
            query = tantivy.Query.regex_query(_SCHEMA, name, re.escape(node.text) + ".*")
        elif len(node.words) == 1:
            query = _Compiler.on_field(
                (Prefix if node.prefix else Word)(node.words[0], node.field), name
            )
        elif node.prefix:
            query = tantivy.Query.phrase_prefix_query(_SCHEMA, name, list(node.words))
        else:
            query = tantivy.Query.phrase_query(_SCHEMA, name, list(node.words))
        return _boosted(query, name)

    @staticmethod
    def date_range(node: DateRange) -> tantivy.Query:
        # Undated releases (key 0) never match a date filter, hence the lower bound of 1.
        low = _date_key(node.start.isoformat()) if node.start else 1
        high = _date_key(node.end.isoformat(), "23:59") if node.end else None
        return tantivy.Query.range_query(
            _SCHEMA, "date", tantivy.FieldType.Unsigned, lower_bound=low, upper_bound=high
        )


# --------------------------------------------------------------------------------------------
# Snippets


def _snippet(
    paragraphs: Sequence[str], highlighter: Highlighter, width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The window of the first paragraph that matches (else the opening) and its spans."""
    if highlighter:
        for paragraph in paragraphs:
            spans = highlighter.spans(paragraph)
            if spans:
                return _window(paragraph, spans, width)
    return _window(paragraphs[0] if paragraphs else "", [], width)


def _window(
    text: str, spans: list[tuple[int, int]], width: int
) -> tuple[str, tuple[tuple[int, int], ...]]:
    text = text.replace("\n", " ").replace("\t", " ")
    start, end = 0, len(text)
    if end > width:
        first = spans[0][0] if spans else 0
        start = max(0, first - width // 4)
        end = min(len(text), start + width)
        start = max(0, end - width)
        if start > 0:
            space = text.find(" ", start, first)
            start = space + 1 if space != -1 else start
        if end < len(text):
            space = text.rfind(" ", max(start, spans[0][1] if spans else start), end)
            end = space if space != -1 else end
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    lead = "…" if start > 0 else ""
    trail = "…" if end < len(text) else ""
    shift = len(lead) - start
    kept = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return f"{lead}{text[start:end]}{trail}", kept


# --------------------------------------------------------------------------------------------
# The index

_INDEX_FILE = re.compile(
    r"[0-9a-f]{32}(?:\.\d+)?\.[a-z]+|meta\.json|\.managed\.json|\.tantivy-[a-z-]+\.lock"
    r"|pressroom-index\.json(?:\.\d+\.tmp)?"
)
"""Files of a tantivy index (segments, deletes, metadata, locks) and of our stamp."""


class SearchIndex:
    """The search index of one library. Open with :meth:`open`."""

    def __init__(self, path: Path, index: tantivy.Index | None, problem: str | None) -> None:
        self.path = path
        self._index = index
        self._problem = problem
        self._lock = _thread.allocate_lock()  # threading.Lock, without importing threading

    # ---- opening

    @classmethod
    def open(cls, path: Path) -> SearchIndex:
        """Open the index at ``path``, creating an empty one if there is none.

        A damaged or incompatible index still opens: :attr:`problem` says what is wrong,
        :meth:`stamp` is None, searching raises SearchIndexError and :meth:`rebuild` repairs it.
        """
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        last: BaseException | None = None
        for attempt in range(3):  # a writer elsewhere may remove files between our reads
            try:
                with _tantivy_errors("opening"):
                    index = _open_index(path, reuse=True)
                    index.searcher()
                return cls(path, index, None)
            except SearchIndexError as error:
                last = error
                time.sleep(0.02 * (attempt + 1))
        assert last is not None
        return cls(path, None, str(last))

    @property
    def problem(self) -> str | None:
        """Why the index cannot be used (None when it is healthy)."""
        return self._problem

    def _require(self) -> tantivy.Index:
        if self._index is None:
            raise SearchIndexError(self._problem or "the search index is not open")
        return self._index

    def __len__(self) -> int:
        with _tantivy_errors("counting"):
            return int(self._require().searcher().num_docs)

    # ---- the stamp

    def stamp(self) -> str | None:
        """The library state the index reflects, or None when unknown or out of step."""
        if self._index is None:
            return None
        state = self._read_state()
        if state is None or state.get("format") != FORMAT or state.get("state") != "ready":
            return None
        if state.get("opstamp") != self._meta_opstamp():
            return None
        stamp = state.get("stamp")
        return stamp if isinstance(stamp, str) else None

    def _read_state(self) -> dict[str, Any] | None:
        try:
            data = loads((self.path / STAMP_FILE).read_bytes())
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _meta_opstamp(self) -> int | None:
        try:
            value = loads((self.path / "meta.json").read_bytes()).get("opstamp")
        except (OSError, ValueError, AttributeError):
            return None
        return value if isinstance(value, int) else None

    def _write_state(self, stamp: str | None, opstamp: int | None, state: str) -> None:
        data = {"format": FORMAT, "stamp": stamp, "opstamp": opstamp, "state": state}
        self._put_state(dumps(data))

    def _mark_writing(self) -> bytes | None:
        """Record that a write is under way (one interrupted is then known as such) and return
        the state it replaces, for putting back if the write fails before committing."""
        try:
            previous: bytes | None = (self.path / STAMP_FILE).read_bytes()
        except FileNotFoundError:
            previous = None
        self._write_state(None, None, "writing")
        return previous

    def _put_state(self, raw: bytes | None) -> None:
        """Replace the stamp file atomically (remove it when ``raw`` is None)."""
        target = self.path / STAMP_FILE
        if raw is None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            return
        temporary = target.with_name(f"{STAMP_FILE}.{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        with contextlib.suppress(OSError):
            directory = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)

    # ---- writing

    def rebuild(
        self,
        releases: Iterable[Release],
        stamp: str,
        *,
        prepared: Mapping[str, dict[str, Any]] | None = None,
    ) -> None:
        """Replace the whole content with ``releases`` and record ``stamp``."""
        if self._index is None:
            self._recreate()
        threads = _INDEXING_THREADS
        self._write(
            releases, (), stamp, heap=REBUILD_HEAP, threads=threads, clear=True, prepared=prepared
        )

    def update(
        self,
        upserts: Iterable[Release],
        deletes: Iterable[str],
        stamp: str,
        *,
        prepared: Mapping[str, dict[str, Any]] | None = None,
    ) -> None:
        """Add or replace ``upserts`` (by id), remove ``deletes`` and record ``stamp``.

        ``prepared`` maps release ids to their :func:`index_fields`, when already computed.
        """
        self._write(
            upserts, deletes, stamp, heap=UPDATE_HEAP, threads=1, clear=False, prepared=prepared
        )

    def _recreate(self) -> None:
        """Remove the damaged index's files (and only those) and create an empty index."""
        for entry in self.path.iterdir():
            if entry.is_file() and _INDEX_FILE.fullmatch(entry.name):
                entry.unlink()
        with _tantivy_errors("creating"):
            self._index = _open_index(self.path, reuse=False)
        self._problem = None

    def _write(
        self,
        releases: Iterable[Release],
        deletes: Iterable[str],
        stamp: str,
        *,
        heap: int,
        threads: int,
        clear: bool,
        prepared: Mapping[str, dict[str, Any]] | None = None,
    ) -> None:
        index = self._require()
        prepared = prepared or {}
        with self._lock:
            with _tantivy_errors("opening a writer"):
                writer = index.writer(heap_size=heap, num_threads=threads)
            previous = self._mark_writing()
            committed = False
            try:
                with _tantivy_errors("writing"):
                    if clear:
                        writer.delete_all_documents()
                    for release_id in deletes:
                        writer.delete_documents_by_term("id", release_id)
                for release in releases:  # the caller's errors pass through unchanged
                    document = _document(release, prepared.get(release.id))
                    with _tantivy_errors("writing"):
                        if not clear:
                            writer.delete_documents_by_term("id", release.id)
                        writer.add_document(document)
                with _tantivy_errors("committing"):
                    opstamp = writer.commit()
                    committed = True
                    writer.wait_merging_threads()
            except BaseException:
                if not committed:
                    with contextlib.suppress(BaseException):
                        writer.rollback()
                        writer.wait_merging_threads()  # releases the writer's lock now
                    self._put_state(previous)  # nothing was committed: the old state holds
                raise
            self._write_state(stamp, opstamp, "ready")
            with _tantivy_errors("reloading"):
                index.reload()

    def stream(self, *, fresh: bool) -> IndexStream:
        """A writer to add releases as an import stages them (see :class:`IndexStream`).
        ``fresh`` starts the index empty: the library it indexes has no releases yet."""
        return IndexStream(self, fresh=fresh)

    # ---- searching

    def search(
        self,
        query: str | Query,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: Sort = "relevance",
        ids: Collection[str] | None = None,
        person_aliases: PersonAliases | None = None,
        snippets: bool = True,
        fields: bool = True,
    ) -> list[Hit]:
        """The best ``limit`` releases matching ``query`` (a string is parsed: QueryError).

        ``sort="date"`` lists newest first (undated last); ``ids`` restricts the results to
        those releases; ``person_aliases`` maps a person: value to more names to match.
        Without ``fields`` the hits carry only their ids and scores (no title, date, people or
        snippet), read from the index's columns without loading any stored document.
        """
        parsed = parse(query) if isinstance(query, str) else query
        if limit <= 0 or (ids is not None and not ids):
            return []
        compiler = _Compiler(person_aliases)
        compiled = self._filtered(compiler.compile(parsed.root), ids)
        highlighter = Highlighter.from_query(parsed, compiler.extra_phrases)
        index = self._require()
        found: list[tuple[str, dict[str, Any], Any, int | None]] = []
        with _tantivy_errors("searching"):
            searcher = index.searcher()
            if sort == "date":
                result = searcher.search(
                    compiled, limit, count=False, order_by_field="date", offset=offset
                )
            else:
                result = searcher.search(compiled, limit, count=False, offset=offset)
            addresses = [address for _score, address in result.hits]
            keys = searcher.fast_field_values("key", addresses)
            dates = searcher.fast_field_values("date", addresses)
            for (key, address), number, date in zip(result.hits, keys, dates, strict=True):
                if fields or number is None:
                    doc = searcher.doc(address)
                    release_id = str(doc.get_first("id"))
                    blob = doc.get_first("meta") if fields else None
                    meta = loads(blob) if isinstance(blob, bytes) else {}
                else:
                    release_id, meta = f"{number:010x}", {}
                found.append((release_id, meta, key, int(date) if date else None))
        if sort == "relevance":
            # Equal scores come back in segment order, which merges change: order ties by
            # date (newest first), then id, so the same query lists the same way every time.
            found.sort(key=lambda item: _tie_key(item[2], item[3], item[0]))
        return [
            self._hit(release_id, meta, key, sort, highlighter, snippets and fields)
            for release_id, meta, key, _date in found
        ]

    @staticmethod
    def _hit(
        release_id: str,
        meta: dict[str, Any],
        key: Any,
        sort: Sort,
        highlighter: Highlighter,
        snippets: bool,
    ) -> Hit:
        title = str(meta.get("t") or "")
        snippet, spans = _snippet(meta.get("b") or [], highlighter) if snippets else ("", ())
        return Hit(
            id=release_id,
            title=title,
            date=meta.get("d"),
            category=meta.get("c"),
            participants=tuple(meta.get("p") or ()),
            snippet=snippet,
            spans=spans,
            title_spans=tuple(highlighter.spans(title)) if snippets else (),
            score=float(key) if sort == "relevance" else 0.0,
        )

    def count(
        self,
        query: str | Query,
        *,
        ids: Collection[str] | None = None,
        person_aliases: PersonAliases | None = None,
    ) -> int:
        """How many releases match ``query``."""
        parsed = parse(query) if isinstance(query, str) else query
        if ids is not None and not ids:
            return 0
        compiled = self._filtered(_Compiler(person_aliases).compile(parsed.root), ids)
        index = self._require()
        with _tantivy_errors("counting"):
            result = index.searcher().search(compiled, 1, count=True)
            return int(result.count or 0)  # type: ignore[attr-defined]

    @staticmethod
    def _filtered(query: tantivy.Query, ids: Collection[str] | None) -> tantivy.Query:
        if ids is None:
            return query
        allowed = tantivy.Query.term_set_query(_SCHEMA, "id", list(ids))
        return tantivy.Query.boolean_query(
            [(_MUST, query), (_MUST, tantivy.Query.const_score_query(allowed, 0.0))]
        )


class IndexStream:
    """An index writer held open across an import: each release is added as it is staged, so
    that tantivy's threads index alongside the parsing, and each library commit only commits
    the index. (Written all at once at each commit, the index kept the importer busy while its
    workers waited, once the last files were parsed.)

    Used by one thread. Nothing added is visible until :meth:`commit`; :meth:`close` rolls
    back what was not committed.
    """

    def __init__(self, index: SearchIndex, *, fresh: bool) -> None:
        self._index = index
        self._fresh = fresh
        self._added: set[str] = set()
        self._uncommitted = fresh
        threads = _INDEXING_THREADS
        with _tantivy_errors("opening a writer"):
            self._writer: tantivy.IndexWriter | None = index._require().writer(
                heap_size=STREAM_HEAP, num_threads=threads
            )
            if fresh:
                self._writer.delete_all_documents()

    def _require(self) -> tantivy.IndexWriter:
        if self._writer is None:
            raise SearchIndexError("the index writer is closed")
        return self._writer

    def put(self, release: Release, fields: dict[str, Any] | None = None) -> None:
        """Add ``release`` (``fields``: its :func:`index_fields`, when already prepared),
        replacing any document of the same id."""
        writer = self._require()
        document = _document(release, fields)
        with _tantivy_errors("writing"):
            if not self._fresh or release.id in self._added:
                writer.delete_documents_by_term("id", release.id)
            writer.add_document(document)
        self._uncommitted = True
        if self._fresh:
            self._added.add(release.id)

    def remove(self, release_ids: Iterable[str]) -> None:
        writer = self._require()
        with _tantivy_errors("writing"):
            for release_id in release_ids:
                writer.delete_documents_by_term("id", release_id)
                self._uncommitted = True

    def commit(self, stamp: str) -> None:
        """Make everything added so far searchable, as the library state ``stamp``."""
        writer = self._require()
        index = self._index
        with index._lock:
            previous = index._mark_writing()
            try:
                with _tantivy_errors("committing"):
                    opstamp = writer.commit()
            except BaseException:
                index._put_state(previous)  # nothing was committed: the old state holds
                raise
            self._uncommitted = False
            index._write_state(stamp, opstamp, "ready")

    def close(self) -> None:
        """Roll back what was not committed and wait for the writer's merges to finish."""
        writer, self._writer = self._writer, None
        if writer is None:
            return
        with _tantivy_errors("closing the writer"):
            try:
                if self._uncommitted:
                    writer.rollback()
                    writer.garbage_collect_files()  # the segments it had written for nothing
            finally:
                writer.wait_merging_threads()  # and the writer's lock is released
