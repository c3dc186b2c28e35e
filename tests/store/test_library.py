"""The TinyDB library on disk: atomic writes, the writer lock, damage, schema, readers."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from store.errors import (
    AmbiguousId,
    LibraryBusy,
    LibraryCorrupt,
    LibraryNotFound,
    LibraryReadOnly,
    LibraryTooNew,
    ReleaseNotFound,
)
from store.importer import import_paths
from store.library import MANIFEST, SCHEMA_VERSION, Library
from store.models import Release
from store.parser import parse_release
from store.search import SearchIndex
from store.storage import (
    TABLE_LINE_DOCS,
    AtomicJSONStorage,
    TableLayoutError,
    atomic_write_bytes,
    docs_with_prefix,
    dump_table,
    load_json_file,
    loads,
    table_slices,
)

from .test_parser import make


def release(title: str, date: str = "01 June 2021 | 10:00", text: str = "Some text.") -> Release:
    result = parse_release(make(title=title, date=date, paragraphs=(text,)), f"{title}.txt")
    assert isinstance(result, Release)
    return result


def write_releases(directory: Path, count: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = directory / f"r{number:04d}.txt"
        day = number % 28 + 1
        path.write_text(
            make(
                title=f"Release Number {number}",
                date=f"{day:02d} May 2020 | 12:{number % 60:02d}",
                paragraphs=(f"MP Anar Mammadov spoke about item {number}.",),
            )
        )
        paths.append(path)
    return paths


# -- storage ------------------------------------------------------------------------


def test_atomic_write_keeps_last_good_copy(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    atomic_write_bytes(path, b'{"a": {}}', keep_backup=True)
    atomic_write_bytes(path, b'{"b": {}}', keep_backup=True)
    assert json.loads(path.read_bytes()) == {"b": {}}
    assert json.loads(path.with_name("db.json.bak").read_bytes()) == {"a": {}}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_write_failure_leaves_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    atomic_write_bytes(path, b'{"a": {}}')
    os.chmod(tmp_path, 0o500)
    try:
        if os.access(tmp_path, os.W_OK):
            pytest.skip("running as a user that ignores directory permissions")
        with pytest.raises(LibraryReadOnly, match="no permission"):
            atomic_write_bytes(path, b'{"b": {}}')
    finally:
        os.chmod(tmp_path, 0o700)
    assert json.loads(path.read_bytes()) == {"a": {}}


@pytest.mark.parametrize("big", [False, True], ids=["standard-library", "orjson"])
def test_json_is_read_as_strictly_by_either_parser(big: bool) -> None:
    """Small JSON is read with the standard library, big JSON with orjson: both take the same
    documents and refuse the same damage (what orjson refuses, the other must too)."""
    import orjson

    pad = " " * (300 * 1024 if big else 0)  # whitespace: the same JSON, but big
    good = {"t": {"a": {"title": "Şentop “quoted” — ok", "n": [1, 2.5, None, True]}}}
    assert loads(orjson.dumps(good) + pad.encode()) == good
    assert loads(b'{"t": {"a": {"s": "\\u00e9"}}}' + pad.encode()) == {"t": {"a": {"s": "é"}}}
    refused = [
        b'{"t": {"a": {"x": NaN}}}',  # not JSON, though Python's json takes it by default
        b'{"t": {"a": {"x": Infinity}}}',
        b'{"t": {"a": {"s": "\\ud800"}}}',  # a lone surrogate, escaped
        b'{"t": {"a": {"s": "\xed\xa0\x80"}}}',  # a lone surrogate as raw bytes
        b'{"t": {"a": {"s": "\xff"}}}',  # not UTF-8
        '{"t": {}}'.encode("utf-16"),  # not UTF-8
        b'{"t": {"a": {"s": "cut',
        b'{"t": {"a": {"x": 1e400}}}',  # beyond a double
        b'{"t": {"a": {"x": -' + b"9" * 400 + b"}}}",
    ]
    for raw in refused:
        with pytest.raises(ValueError):
            loads(raw + pad.encode())
        with pytest.raises(ValueError):
            loads(memoryview(raw + pad.encode()))
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(raw + pad.encode())
    for number in (b"18446744073709551615", b"18446744073709551616", b"-9223372036854775809"):
        raw = b'{"t": {"a": {"n": %b}}}' % number + pad.encode()
        value = loads(raw)["t"]["a"]["n"]
        assert value == orjson.loads(raw)["t"]["a"]["n"]
        assert type(value) is type(orjson.loads(raw)["t"]["a"]["n"])


def test_a_damaged_small_file_is_reported_as_cut_short_or_not_json(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    path.write_bytes(b'{"meta": {"library": {"schema": 2, "title": "cut')
    with pytest.raises(LibraryCorrupt, match="cut short"):
        load_json_file(path)
    path.write_bytes(b'{"meta": {"library": {"schema": 2}}} trailing')
    with pytest.raises(LibraryCorrupt, match="not JSON"):
        load_json_file(path)


def test_storage_batch_writes_once_and_discards_on_error(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write({"t": {"1": {"x": 1}}})
    with pytest.raises(RuntimeError), storage.batch():
        storage.write({"t": {"1": {"x": 2}}})
        raise RuntimeError("boom")
    assert load_json_file(tmp_path / "db.json") == {"t": {"1": {"x": 1}}}
    inode = (tmp_path / "db.json").stat().st_ino
    with storage.batch():
        storage.write({"t": {"1": {"x": 3}}})
        assert (tmp_path / "db.json").stat().st_ino == inode  # not written yet
    assert load_json_file(tmp_path / "db.json") == {"t": {"1": {"x": 3}}}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b'{"meta": {"library": {"schema": 1', "cut short"),
        (b"\x00garbage\xff", "not JSON"),
        (b"[1, 2, 3]", "JSON object"),
        (b'{"meta": [1]}', "not a table"),
    ],
)
def test_damaged_file_is_reported(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(content)
    with pytest.raises(LibraryCorrupt, match=problem) as info:
        AtomicJSONStorage(path).read()
    assert str(path) in str(info.value)
    assert path.read_bytes() == content  # never overwritten


# -- the library ----------------------------------------------------------------------


def test_create_import_and_read_back(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    with library.writer() as writer:
        assert writer.stage(release("One")) == "imported"
        assert writer.stage(release("Two", date="02 June 2021 | 10:00")) == "imported"
        writer.commit()
    reopened = Library.open(tmp_path / "lib", readonly=True)
    assert [s.title for s in reopened.summaries()] == ["Two", "One"]
    one = release("One")
    assert reopened.get(one.id).paragraphs == one.paragraphs
    assert reopened.get(one.id[:6]).title == "One"
    tables = load_json_file(tmp_path / "lib" / MANIFEST)
    assert tables["meta"]["library"]["schema"] == SCHEMA_VERSION


def test_reimport_statuses(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    full = release("Same", text="Full text of the release that is longer.")
    cut = parse_release(
        make(title="Same", date="01 June 2021 | 10:00", paragraphs=("Full text",), footer=""),
        "cut.txt",
    )
    assert isinstance(cut, Release) and cut.id == full.id
    with library.writer() as writer:
        assert writer.stage(cut) == "imported"
        writer.commit()
        assert writer.stage(cut) == "unchanged"
        assert writer.stage(full) == "updated"
        writer.commit()
        assert writer.stage(cut) == "duplicate"
        writer.commit()
    assert len(library) == 1
    assert library.get(full.id).truncated is False


def test_unknown_and_ambiguous_ids(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    with library.writer() as writer:
        for number in range(300):
            writer.stage(release(f"Title {number}"))
        writer.commit()
    with pytest.raises(ReleaseNotFound):
        library.get("zz")
    ids = sorted(s.id for s in library.summaries())
    shared = next(a[:2] for a, b in itertools.pairwise(ids) if a[:2] == b[:2])
    with pytest.raises(AmbiguousId):
        library.get(shared)


def test_missing_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryNotFound, match="no pressroom library"):
        Library.open(tmp_path / "nothing")


def test_newer_schema_refused(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    path = tmp_path / "lib" / MANIFEST
    tables = load_json_file(path)
    tables["meta"]["library"]["schema"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(tables))
    before = path.read_bytes()
    with pytest.raises(LibraryTooNew, match="schema version"):
        Library.open(library.path)
    assert path.read_bytes() == before


def test_damaged_manifest_named_and_untouched(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    with library.writer() as writer:
        writer.stage(release("One"))
        writer.commit()
    path = tmp_path / "lib" / MANIFEST
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(LibraryCorrupt) as info:
        Library.open(tmp_path / "lib")
    assert str(path) in str(info.value)
    assert "pressroom doctor" in str(info.value)
    assert path.read_bytes() == data[: len(data) // 2]


def test_second_writer_fails_fast(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    other = Library.open(tmp_path / "lib")
    with (
        library.writer(),
        pytest.raises(LibraryBusy, match="another pressroom process"),
        other.writer(),
    ):
        pass


def test_second_writer_in_another_process(tmp_path: Path) -> None:
    Library.create(tmp_path / "lib")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from store.library import Library\n"
            f"lib = Library.open({str(tmp_path / 'lib')!r})\n"
            "with lib.writer():\n    print('locked', flush=True); time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with (
            pytest.raises(LibraryBusy, match=f"pid {holder.pid}"),
            Library.open(tmp_path / "lib").writer(),
        ):
            pass
    finally:
        holder.kill()
        holder.wait()
    with Library.open(tmp_path / "lib").writer():  # the lock died with its holder
        pass


def test_reader_sees_commits_of_another_writer(tmp_path: Path) -> None:
    writer_lib = Library.create(tmp_path / "lib")
    reader = Library.open(tmp_path / "lib", readonly=True)
    stamp = reader.stamp
    assert len(reader) == 0
    with writer_lib.writer() as writer:
        writer.stage(release("Fresh"))
        writer.commit()
    assert reader.changed_since(stamp)
    assert [s.title for s in reader.summaries()] == ["Fresh"]


def test_old_generation_files_are_collected(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    for number in range(4):
        with library.writer() as writer:
            writer.stage(release(f"Title {number}"))
            writer.commit()
    summaries = sorted(p.name for p in (tmp_path / "lib" / "summaries").iterdir())
    assert len(summaries) == 2  # the current commit's and the previous one's


def test_readonly_library_refuses_writes(tmp_path: Path) -> None:
    Library.create(tmp_path / "lib")
    with pytest.raises(LibraryReadOnly), Library.open(tmp_path / "lib", readonly=True).writer():
        pass


def test_import_directory(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 30)
    library = Library.create(tmp_path / "lib")
    report = import_paths(library, [tmp_path / "in"], batch_size=7)
    assert report.summary["imported"] == 30
    assert len(library) == 30
    # Batches of 7 at 7, 14, 21 and 28 releases, the last two with the people: five commits.
    assert library.manifest().commit == 5
    index = SearchIndex.open(library.path / "index")  # written as the releases were staged
    assert index.stamp() == library.stamp
    assert len(index) == 30
    again = import_paths(library, [tmp_path / "in"])
    assert again.summary["unchanged"] == 30
    assert library.manifest().commit == 5


def test_manifest_carries_the_newest_rows_for_a_first_screen(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 40)
    library = Library.create(tmp_path / "lib")
    import_paths(library, [tmp_path / "in"], batch_size=15)
    reader = Library.open(tmp_path / "lib", readonly=True)
    head = reader.head()
    assert head and head == reader.summaries()[: len(head)]


def test_a_malformed_head_costs_only_the_first_screen(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 5)
    library = Library.create(tmp_path / "lib")
    import_paths(library, [tmp_path / "in"])
    path = tmp_path / "lib" / MANIFEST
    tables = load_json_file(path)
    tables["meta"]["library"]["head"] = [["x", {"no": "title"}]]
    path.write_text(json.dumps(tables))
    reader = Library.open(tmp_path / "lib", readonly=True)
    assert reader.head() == []
    assert len(reader.summaries()) == 5


# -- the summaries, read a slice at a time ---------------------------------------------------


def test_a_table_in_slices_is_the_same_json_to_tinydb_and_reads_back_slice_by_slice(
    tmp_path: Path,
) -> None:
    docs = {f"{n:010x}": {"title": f'Release {n}, "quoted"', "people": []} for n in range(2500)}
    raw = dump_table("releases", docs)
    assert raw.count(b"\n") == 4  # after the head, between three slices, before the end
    assert orjson.loads(raw) == {"releases": docs}
    path = tmp_path / "table.json"
    path.write_bytes(raw)
    with TinyDB(path, access_mode="r") as db:
        assert len(db.table("releases")) == 2500
    slices = list(table_slices(path, raw, "releases"))
    assert [len(part) for part in slices] == [TABLE_LINE_DOCS, TABLE_LINE_DOCS, 500]
    assert {key: doc for part in slices for key, doc in part.items()} == docs
    assert list(table_slices(path, dump_table("releases", {}), "releases")) == []
    with pytest.raises(TableLayoutError):  # one line: an older file, read whole instead
        list(table_slices(path, orjson.dumps({"releases": docs}), "releases"))


@pytest.mark.parametrize(
    "layout",
    [
        b'{"releases":{\n"a":{"t":1}\n"b":{"t":2}\n}}',  # a comma missing between lines
        b'{"releases":{\n"a":{"t":1},\n"b":{"t":2},\n}}',  # a comma after the last line
        b'{"releases":{\n"a":{"t":1},\n"a":{"t":2}\n}}',  # one id in two lines
        b'{"releases":{\n"a":{"t":1},\n"b":7\n}}',  # a document that is not an object
    ],
)
def test_a_sliced_table_in_doubt_is_read_whole(tmp_path: Path, layout: bytes) -> None:
    with pytest.raises(TableLayoutError):
        list(table_slices(tmp_path / "x.json", layout, "releases"))


def imported_summaries(tmp_path: Path, count: int) -> Path:
    """Import ``count`` releases into a new library; the path of its summaries file."""
    write_releases(tmp_path / "in", count)
    Library.create(tmp_path / "lib")
    import_paths(Library.open(tmp_path / "lib"), [tmp_path / "in"])
    name = Library.open(tmp_path / "lib", readonly=True).manifest().summaries
    assert name is not None
    return tmp_path / "lib" / name


def test_a_summaries_file_with_an_id_twice_reads_as_any_json_parser_would(
    tmp_path: Path,
) -> None:
    path = imported_summaries(tmp_path, 3)
    table = load_json_file(path)["releases"]
    first, *_ = table
    renamed = {**table[first], "title": "Renamed"}
    lines = [b'"%s":%s' % (key.encode(), orjson.dumps(doc)) for key, doc in table.items()]
    lines.append(b'"%s":%s' % (first.encode(), orjson.dumps(renamed)))
    path.write_bytes(b'{"releases":{\n' + b",\n".join(lines) + b"\n}}")
    rows = Library.open(tmp_path / "lib", readonly=True).summaries()
    assert len(rows) == 3
    assert next(row.title for row in rows if row.id == first) == "Renamed"


def test_summaries_are_read_alike_from_sliced_and_older_one_line_files(tmp_path: Path) -> None:
    path = imported_summaries(tmp_path, 30)
    assert path.read_bytes().startswith(b'{"releases":{\n')  # written in slices
    sliced = Library.open(tmp_path / "lib", readonly=True).summaries()
    assert len(sliced) == 30
    # A person named in many rows is one string object, not one per row.
    names = [row.participants[0] for row in sliced if row.participants]
    assert names.count(names[0]) > 1
    assert len({id(name) for name in names if name == names[0]}) == 1
    path.write_bytes(orjson.dumps(load_json_file(path)))  # as an older pressroom wrote it
    assert Library.open(tmp_path / "lib", readonly=True).summaries() == sliced


def test_a_damaged_slice_of_summaries_is_reported_with_the_file(tmp_path: Path) -> None:
    path = imported_summaries(tmp_path, 5)
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"title":', b'"title" ', 1))
    with pytest.raises(LibraryCorrupt) as info:
        Library.open(tmp_path / "lib", readonly=True).summaries()
    assert info.value.path == path
    assert "not JSON" in str(info.value)


def test_a_release_is_read_from_its_own_line_of_the_body_file(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 40)
    Library.create(tmp_path / "lib")
    import_paths(Library.open(tmp_path / "lib"), [tmp_path / "in"])
    library = Library.open(tmp_path / "lib", readonly=True)
    rows = library.summaries()
    body_files = [
        tmp_path / "lib" / name for names in library.manifest().shards.values() for name in names
    ]
    for path in body_files:
        raw = path.read_bytes()
        docs = load_json_file(path)["releases"]
        assert raw.count(b"\n") == len(docs) + 1  # a line per release, between head and end
    expected = {row.id: library.get(row.id) for row in rows}
    assert [release.title for release in expected.values()] == [row.title for row in rows]
    # The same releases from files written on one line, as an older pressroom wrote them.
    for path in body_files:
        path.write_bytes(orjson.dumps(load_json_file(path)))
    older = Library.open(tmp_path / "lib", readonly=True)
    assert {rid: older.get(rid) for rid in expected} == expected
    assert older.get(rows[0].id[:6]) == expected[rows[0].id]


def test_an_id_inside_a_release_text_is_not_taken_for_a_release(tmp_path: Path) -> None:
    table = {
        "aaaaaaaaaa": {"title": 'quoting "bbbbbbbbbb": and a line\n"bbbbbbbbbb":{'},
        "bbbbbbbbbc": {"title": "the only b"},
    }
    raw = dump_table("releases", table, per_line=1)
    assert docs_with_prefix(raw, "releases", "bbbbbbbbbb") == {}
    assert docs_with_prefix(raw, "releases", "bbb") == {"bbbbbbbbbc": table["bbbbbbbbbc"]}
    assert docs_with_prefix(orjson.dumps({"releases": table}), "releases", "a") is None


# -- body files: one per commit and shard, compacted ---------------------------------------


def _same_shard_releases(count: int) -> tuple[str, list[Release]]:
    """``count`` releases whose ids share a shard (the first two characters)."""
    by_shard: dict[str, list[Release]] = {}
    for number in itertools.count():
        candidate = release(f"Sitting number {number}")
        group = by_shard.setdefault(candidate.id[:2], [])
        group.append(candidate)
        if len(group) == count:
            return candidate.id[:2], group
    raise AssertionError("unreachable")


def test_commits_add_body_files_and_compaction_merges_them(tmp_path: Path) -> None:
    from store.library import _max_files

    shard, releases = _same_shard_releases(14)
    limit = _max_files(shard)
    library = Library.create(tmp_path / "lib")
    counts = []
    for number, item in enumerate(releases, start=1):
        with library.writer() as writer:
            assert writer.stage(item) == "imported"
            if number == 3:  # a more complete capture of the first release, in a later commit
                longer = releases[0]._replace(
                    paragraphs=(*releases[0].paragraphs, "A later, fuller capture."),
                    content_hash="fuller",
                )
                assert writer.stage(longer) == "updated"
            writer.commit()
        files = library.manifest().shards[shard]
        counts.append(len(files))
        assert all((tmp_path / "lib" / name).is_file() for name in files)
        reopened = Library.open(tmp_path / "lib", readonly=True)
        ids = [r.id for r in reopened.releases()]
        assert sorted(ids) == sorted(r.id for r in releases[:number])  # each once
        if number >= 3:
            assert reopened.get(releases[0].id).paragraphs[-1] == "A later, fuller capture."
        assert reopened.get(item.id).title == item.title
    # A file per commit until the shard reaches its limit, then one compacted file.
    assert counts[:limit] == list(range(1, limit + 1))
    assert counts[limit] == 1
    assert max(counts) == limit

    # A removal compacts the shard at once and drops the release.
    with library.writer() as writer:
        writer._removed.add(releases[1].id)
        writer.commit()
    reopened = Library.open(tmp_path / "lib", readonly=True)
    assert len(reopened.manifest().shards[shard]) == 1
    assert releases[1].id not in {r.id for r in reopened.releases()}
    with pytest.raises(ReleaseNotFound):
        reopened.get(releases[1].id)


def test_a_version_1_library_reads_and_upgrades_on_write(tmp_path: Path) -> None:
    """Version 1 named one body file per shard; it opens as it is and the next commit
    records version 2."""
    library = Library.create(tmp_path / "lib")
    with library.writer() as writer:
        writer.stage(release("One"))
        writer.commit()
    path = tmp_path / "lib" / MANIFEST
    tables = load_json_file(path)
    meta = tables["meta"]["library"]
    meta["schema"] = 1
    meta["shards"] = {shard: files[0] for shard, files in meta["shards"].items()}
    atomic_write_bytes(path, json.dumps(tables).encode())
    old = Library.open(tmp_path / "lib")
    assert old.manifest().schema == 1
    assert old.get(release("One").id).title == "One"
    with old.writer() as writer:
        writer.stage(release("Two", date="02 June 2021 | 10:00"))
        writer.commit()
    upgraded = load_json_file(path)["meta"]["library"]
    assert upgraded["schema"] == SCHEMA_VERSION
    assert all(isinstance(files, list) for files in upgraded["shards"].values())
    assert {r.title for r in Library.open(tmp_path / "lib").releases()} == {"One", "Two"}


def test_pauses_of_the_collector_overlap_and_end_with_the_last() -> None:
    """Two threads may read at once (the browser's catalogue and a release being opened): the
    collector must not come back when the first pause ends, only with the last."""
    import gc
    import threading

    from store.storage import gc_paused

    assert gc.isenabled()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with gc_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with gc_paused():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first pause has ended: still paused

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # off before: off after
    finally:
        gc.enable()


def test_the_sort_key_orders_rows_as_date_time_and_id_would() -> None:
    """One string sorts like the tuple it stands for: undated and untimed rows, dates cut
    short and ids that are prefixes of others all fall where the tuple puts them."""
    from store.models import ReleaseSummary

    dates = [None, "2021", "2021-09", "2021-09-01", "2021-09-10", "2022-01-01"]
    times = [None, "09:00", "09:30", "10:00"]
    ids = ["ab", "abc", "b0"]
    rows = [
        ReleaseSummary(rid, "t", date, time, None, False, (), ())
        for date, time, rid in itertools.product(dates, times, ids)
    ]
    by_tuple = sorted(rows, key=lambda r: (r.date or "", r.time or "", r.id), reverse=True)
    assert sorted(rows, key=lambda r: r.sort_key, reverse=True) == by_tuple
    assert by_tuple[0].date == "2022-01-01" and by_tuple[-1].date is None


def test_a_long_read_of_summaries_and_people_gives_way_as_it_goes(tmp_path: Path) -> None:
    """The browser reads a big library in a thread that waits, where ``give_way`` is called,
    while its user is at the keys: it is called every few hundred rows, and the rows are
    those of a read without it."""
    from store.library import GIVE_WAY_ROWS

    write_releases(tmp_path / "in", GIVE_WAY_ROWS * 3 + 7)
    Library.create(tmp_path / "lib")
    import_paths(Library.open(tmp_path / "lib"), [tmp_path / "in"])
    calls: list[str] = []
    library = Library.open(tmp_path / "lib", readonly=True)
    rows = library.summaries(give_way=lambda: calls.append("summaries"))
    assert calls.count("summaries") == 5  # at rows 0, 250, 500 and 750 of the one slice; sorting
    people = library.people(give_way=lambda: calls.append("people"))
    assert calls.count("people") == 1
    fresh = Library.open(tmp_path / "lib", readonly=True)
    assert rows == fresh.summaries() and people == fresh.people()
    assert len(rows) == GIVE_WAY_ROWS * 3 + 7
