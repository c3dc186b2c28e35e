"""Searching a library: the index follows the library, and the search command's contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.library import Library, LibraryWriter
from store.models import Release
from store.parser import parse_release
from store.query import QueryError
from store.search import SearchIndex
from store.searching import cache_index_path, search_library
from tui.cli import main

from .test_parser import make


def release(title: str, text: str, date: str = "01 June 2021 | 10:00") -> Release:
    result = parse_release(make(title=title, date=date, paragraphs=(text,)), f"{title}.txt")
    assert isinstance(result, Release)
    return result


@pytest.fixture
def library(tmp_path: Path) -> Library:
    library = Library.create(tmp_path / "lib")
    with library.writer() as writer:
        writer.stage(release("Budget Debate", "The MPs debated the budget bill."))
        writer.stage(
            release(
                "Meeting in Ankara", "Speaker Şentop met the delegation.", "02 June 2021 | 09:00"
            )
        )
        writer.commit()
    return library


def commit_without_index(library: Library, monkeypatch: pytest.MonkeyPatch, item: Release) -> None:
    """What another process's import looks like to us: a commit the index has not seen."""
    with monkeypatch.context() as patch:
        patch.setattr(LibraryWriter, "_update_index", lambda *args: None)
        with library.writer() as writer:
            writer.stage(item)
            writer.commit()


def ids(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {hit.id for hit in hits}


def test_words_are_found_whatever_the_diacritics(library: Library) -> None:
    outcome = search_library(library, "sentop")
    assert [hit.title for hit in outcome.hits] == ["Meeting in Ankara"]
    assert outcome.notice is None


def test_stale_index_is_caught_up(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = release("Fresh News", "A zebra crossing was opened.", "03 June 2021 | 09:00")
    commit_without_index(library, monkeypatch, fresh)
    outcome = search_library(library, "zebra")
    assert ids(outcome.hits) == {fresh.id}
    assert outcome.notice is not None and "rebuilt" in outcome.notice
    assert search_library(library, "zebra").notice is None  # in step again


def test_an_index_of_an_older_format_is_rebuilt(library: Library) -> None:
    """An index written by an older pressroom (another schema: no id column) is replaced."""
    import shutil

    import tantivy

    path = library.path / "index"
    stamp = json.loads((path / "pressroom-index.json").read_text())["stamp"]
    shutil.rmtree(path)
    path.mkdir()
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True)
    old = tantivy.Index(builder.build(), path=str(path))
    writer = old.writer(15_000_000, 1)
    writer.add_document(tantivy.Document(id="a000000001"))
    writer.commit()
    writer.wait_merging_threads()
    (path / "pressroom-index.json").write_text(json.dumps({"format": 1, "stamp": stamp}))
    outcome = search_library(library, "budget", fields=False)
    assert [hit.id for hit in outcome.hits] == [
        h.id for h in search_library(library, "budget").hits
    ]
    assert len(outcome.hits) == 1
    assert outcome.notice is not None and "rebuilt" in outcome.notice


def test_stale_index_while_another_writes_never_points_to_nothing(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = release("Budget Debate", "The MPs debated the budget bill.")
    with monkeypatch.context() as patch:
        patch.setattr(LibraryWriter, "_update_index", lambda *args: None)
        with library.writer() as writer:
            writer._removed.add(doomed.id)
            writer.commit()
    other = Library.open(library.path)
    with library.writer():  # another process holds the write lock
        outcome = search_library(other, "budget")
    assert outcome.hits == []
    assert outcome.notice is not None and "importing" in outcome.notice


def test_read_only_library_searches_through_a_cache_index(
    library: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    reader = Library.open(library.path, readonly=True)
    commit_without_index(library, monkeypatch, release("Later", "Quokka", "04 June 2021 | 09:00"))
    outcome = search_library(reader, "quokka")
    assert len(outcome.hits) == 1
    assert cache_index_path(reader).is_dir()
    assert str(tmp_path / "cache") in str(cache_index_path(reader))


def test_bad_query_raises_query_error(library: Library) -> None:
    with pytest.raises(QueryError):
        search_library(library, '"unbalanced')


def test_search_command_contract(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(library.path)
    assert main(["search", "--db", db, "--json", "budget"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    assert {"id", "title", "date", "category", "people", "snippet", "score"} <= set(rows[0])
    assert "budget" in rows[0]["snippet"].lower()
    assert main(["search", "--db", db, "nothingmatchesthis"]) == 1
    capsys.readouterr()
    assert main(["search", "--db", db, "foo:bar"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressroom: bad query:") and len(err.strip().splitlines()) == 1
    assert main(["search", "--db", db, "--sort", "date", "met OR debated"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[2] for line in lines] == ["Meeting in Ankara", "Budget Debate"]


def test_an_interrupted_index_write_is_rebuilt_by_the_next_import(library: Library) -> None:
    """A killed import can leave the index half-written (its state "writing", so its stamp
    unknown). An import run again that finds nothing new must rebuild it, not declare the
    half-written index in step (it did: an unknown stamp equalled "no previous stamp")."""
    from store.search import SearchIndex

    index = SearchIndex.open(library.path / "index")
    doomed = next(iter(library.summary_docs()))
    index.update([], [doomed], library.stamp)  # the index loses a release ...
    index._write_state(None, None, "writing")  # ... and a write was under way
    assert SearchIndex.open(library.path / "index").stamp() is None

    with library.writer() as writer:  # the import again: nothing new to stage
        writer.commit()

    index = SearchIndex.open(library.path / "index")
    assert index.stamp() == Library.open(library.path).stamp
    assert len(index) == len(library) == 2


# -- an import indexes as it stages ----------------------------------------------------------


def index_of(library: Library) -> SearchIndex:
    return SearchIndex.open(library.path / "index")


def test_an_import_indexes_releases_as_it_stages_them(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    first = release("Budget Debate", "The MPs debated the budget bill.")
    with library.writer() as writer:
        writer.stream()
        assert writer.stage(first) == "imported"
        assert writer.stage(release("Road Law", "A road law passed.", "02 June 2021")) == "imported"
        assert writer._stream is not None  # the releases went to the index as they came
        writer.commit(people=False)
        assert index_of(library).stamp() == library.stamp
        assert len(index_of(library)) == 2
        # Two fuller captures of the first release in one batch: still one document.
        fuller = release("Budget Debate", "The MPs debated the budget bill and a zebra law.")
        fullest = release("Budget Debate", "The MPs debated the budget bill, a zebra law and more.")
        assert writer.stage(fuller) == "updated"
        assert writer.stage(fullest) == "updated"
        writer.commit()
    assert index_of(library).stamp() == library.stamp
    assert len(index_of(library)) == 2
    assert ids(search_library(library, "zebra").hits) == {first.id}
    # A later import streams into the index it finds in step: a release replaced, not added.
    with library.writer() as writer:
        writer.stream()
        assert writer.stage(
            release(
                "Budget Debate",
                "The MPs debated the budget bill, a zebra law, more and a yak farming law.",
            )
        ) == ("updated")
        assert writer._stream is not None
        writer.commit()
    index = index_of(library)
    assert index.stamp() == library.stamp
    assert len(index) == 2
    assert ids(search_library(library, "yak").hits) == {first.id}
    assert [hit.id for hit in search_library(library, "budget").hits] == [first.id]


def index_files(library: Library) -> dict[str, bytes]:
    """The index's files; tantivy's list of the files it manages as a set (hash order)."""
    files = {p.name: p.read_bytes() for p in (library.path / "index").iterdir() if p.is_file()}
    files.pop(".tantivy-writer.lock", None)
    if ".managed.json" in files:
        files[".managed.json"] = json.dumps(sorted(json.loads(files[".managed.json"]))).encode()
    return files


def test_a_failed_import_leaves_the_index_as_the_last_commit_left_it(tmp_path: Path) -> None:
    library = Library.create(tmp_path / "lib")
    kept = release("Budget Debate", "The MPs debated the budget bill.")
    with library.writer() as writer:
        writer.stream()
        writer.stage(kept)
        writer.commit()
    stamp = library.stamp
    before = index_files(library)
    with pytest.raises(RuntimeError), library.writer() as writer:
        writer.stream()
        writer.stage(release("Zebra Law", "A zebra law passed.", "02 June 2021"))
        raise RuntimeError("the import is interrupted before its commit")
    assert index_files(library) == before  # rolled back, its segment files removed
    index = index_of(library)
    assert index.stamp() == stamp == Library.open(library.path).stamp
    assert len(index) == 1
    assert search_library(library, "zebra").hits == []
    assert ids(search_library(library, "budget").hits) == {kept.id}


def test_an_import_into_an_index_out_of_step_rebuilds_it(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    behind = release("Fresh News", "A zebra crossing was opened.", "03 June 2021 | 09:00")
    commit_without_index(library, monkeypatch, behind)
    assert index_of(library).stamp() != library.stamp
    with library.writer() as writer:
        writer.stream()  # not taken: the index has not seen the last commit
        writer.stage(release("Road Law", "A road law passed.", "04 June 2021"))
        assert writer._stream is None
        writer.commit()
    assert index_of(library).stamp() == library.stamp
    assert len(index_of(library)) == 4
    assert ids(search_library(library, "zebra").hits) == {behind.id}
