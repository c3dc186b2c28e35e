"""The search index, on disk under tmp_path: queries, sorting, updates, the stamp, damage."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.models import PersonMention, Release
from store.query import QueryError, fold, fold_tokens
from store.search import STAMP_FILE, Hit, SearchIndex, SearchIndexError

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def _person(name: str, took_part: bool, *mentions: str) -> PersonMention:
    return PersonMention(name, "", took_part, (name, *mentions))


RELEASES = [
    Release(
        id="a000000001",
        title="Chair of Milli Majlis Sahiba Gafarova Meets President of Kazakhstan",
        date="2021-09-29",
        time="21:09",
        category="Chair’s Meetings",
        paragraphs=(
            "Chair of the Milli Majlis Sahiba Gafarova, who is in Kazakhstan on an official "
            "visit, met with the Kazakh President Kasim-Jomart Tokayev on 29 September.",
            "President Tokayev greeted Speaker Gafarova and spoke of the parliament’s work.",
        ),
        people=(
            _person("Sahiba Gafarova", True, "Speaker Gafarova"),
            _person("Kasim-Jomart Tokayev", True, "President Tokayev"),
        ),
    ),
    Release(
        id="a000000002",
        title="Chair of Milli Majlis Meets Chairman of GNAT Mustafa Şentop",
        date="2021-06-02",
        time="10:00",
        category="Chair’s Travels",
        paragraphs=(
            "Sahiba Gafarova met Mustafa Şentop on the sidelines of the conference in Baku.",
            "The Chair`s delegation then left for Astana.",
        ),
        people=(_person("Sahiba Gafarova", True), _person("Mustafa Şentop", True, "Mr Şentop")),
    ),
    Release(
        id="a000000003",
        title="Plenary Session of the Milli Majlis",
        date="2022-01-14",
        time="12:00",
        category="Plenary Meetings",
        paragraphs=(
            "The MPs debated the draft law on parliamentary oversight.",
            "The session ended with an official",
            "visit programme for the next week.",
        ),
    ),
    Release(
        id="a000000004",
        title="Committee Meeting on Education",
        date="2022-01-14",
        time="09:30",
        category="Committee Meetings",
        paragraphs=("The committee discussed parliamentarism and schools in Kollár county.",),
    ),
    Release(
        id="a000000005",
        title="Announcement without a date",
        date=None,
        time=None,
        category=None,
        paragraphs=("A parliamentary delegation will visit Astana next month.",),
        people=(_person("Adil Aliyev", False),),
    ),
    Release(
        id="a000000006",
        title="News from the Milli Majlis",
        date="2020-12-31",
        time="23:59",
        category="News",
        paragraphs=("Sahiba Gafarova sent New Year greetings to the MPs.",),
        people=(_person("Sahiba Gafarova", True, "Mrs Gafarova"),),
    ),
]


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    built = SearchIndex.open(tmp_path / "index")
    built.rebuild(RELEASES, "stamp-1")
    return built


def ids(hits: list[Hit]) -> set[str]:
    return {hit.id for hit in hits}


def found(index: SearchIndex, query: str) -> set[str]:
    return ids(index.search(query, limit=100))


def short(*numbers: int) -> set[str]:
    return {f"a00000000{n}" for n in numbers}


# ---- words, phrases, prefixes, operators


def test_words_are_case_and_diacritic_insensitive(index: SearchIndex) -> None:
    assert found(index, "sentop") == short(2)
    assert found(index, "ŞENTOP") == short(2)
    assert found(index, "kollar") == short(4)


def test_all_words_must_match(index: SearchIndex) -> None:
    assert found(index, "gafarova") == short(1, 2, 6)
    assert found(index, "gafarova baku") == short(2)


def test_apostrophes_vanish(index: SearchIndex) -> None:
    assert found(index, "chairs") == short(2)
    assert found(index, "chair’s") == short(2)
    assert found(index, "parliaments") == short(1)


def test_title_words_match(index: SearchIndex) -> None:
    assert found(index, "announcement") == short(5)


def test_phrase(index: SearchIndex) -> None:
    assert found(index, '"official visit"') == short(1)
    assert found(index, '"visit official"') == set()


def test_long_phrases_need_the_words_in_a_row(tmp_path: Path) -> None:
    release = Release(
        "d000000001", "Colours", "2023-01-01", None, None, ("red green and green blue",)
    )
    index = SearchIndex.open(tmp_path / "index")
    index.rebuild([release], "s")
    assert found(index, '"red green and green blue"') == {"d000000001"}
    assert found(index, '"green and green"') == {"d000000001"}
    assert found(index, '"red green blue"') == set()  # both pairs are there, not in a row
    assert found(index, '"green blue red"') == set()


def test_phrase_prefix(index: SearchIndex) -> None:
    assert found(index, '"kasim jo"*') == short(1)
    assert found(index, '"on an official vis"*') == short(1)
    assert found(index, '"on an official vas"*') == set()


def test_phrase_does_not_span_paragraphs(index: SearchIndex) -> None:
    # Release 3 has "…an official" / "visit programme…" in two paragraphs.
    assert found(index, "official visit") == short(1, 3)
    assert found(index, '"official visit"') == short(1)


def test_punctuated_word_is_a_phrase(index: SearchIndex) -> None:
    assert found(index, "Kasim-Jomart") == short(1)
    assert found(index, "jomart-kasim") == set()


def test_prefix(index: SearchIndex) -> None:
    assert found(index, "parliament*") == short(1, 3, 4, 5)
    assert found(index, "parliamentar*") == short(3, 4, 5)
    assert found(index, "Şen*") == short(2, 6)  # Şentop, sent


def test_or(index: SearchIndex) -> None:
    assert found(index, "baku OR kollar") == short(2, 4)
    assert found(index, "astana gafarova OR kollar") == short(2, 4)


def test_exclusion(index: SearchIndex) -> None:
    assert found(index, "gafarova -baku") == short(1, 6)
    assert found(index, 'milli -"official visit"') == short(2, 3, 6)
    assert found(index, "-gafarova -majlis") == short(4, 5)


def test_groups(index: SearchIndex) -> None:
    assert found(index, "(baku OR greetings) gafarova") == short(2, 6)


# ---- fields


def test_person_matches_names_and_mentions(index: SearchIndex) -> None:
    assert found(index, "person:tokayev") == short(1)
    assert found(index, "person:mrs") == short(6)
    assert found(index, 'person:"sahiba gafarova"') == short(1, 2, 6)
    assert found(index, "person:sentop") == short(2)
    assert found(index, "person:aliyev") == short(5)
    assert found(index, "person:gafar*") == short(1, 2, 6)


def test_person_phrase_does_not_span_two_people(index: SearchIndex) -> None:
    assert found(index, 'person:"gafarova kasim"') == set()


def test_person_aliases_hook(index: SearchIndex) -> None:
    asked: list[str] = []

    def aliases(value: str) -> list[str]:
        asked.append(value)
        return ["Mustafa Şentop", "Kasim-Jomart Tokayev"] if value == "Speaker" else []

    hits = index.search("person:Speaker", person_aliases=aliases, limit=10)
    assert ids(hits) == short(1, 2)
    assert asked == ["Speaker"]
    hit = next(h for h in hits if h.id == "a000000002")
    assert "Mustafa Şentop" in [hit.snippet[a:b] for a, b in hit.spans]


def test_excluded_person_aliases_are_not_highlighted(index: SearchIndex) -> None:
    def aliases(value: str) -> list[str]:
        return ["Milli Majlis"]

    hits = index.search("milli -person:nobody", person_aliases=aliases, limit=10)
    hit = next(h for h in hits if h.id == "a000000003")
    assert [hit.title[a:b] for a, b in hit.title_spans] == ["Milli"]


def test_category(index: SearchIndex) -> None:
    assert found(index, "category:plenary") == short(3)
    assert found(index, "category:chairs") == short(1, 2)
    assert found(index, 'category:"chairs travels"') == short(2)
    assert found(index, "category:news") == short(6)


def test_year(index: SearchIndex) -> None:
    assert found(index, "year:2021") == short(1, 2)
    assert found(index, "year:2022") == short(3, 4)
    assert found(index, "year:2020") == short(6)


def test_after_is_inclusive_and_before_exclusive(index: SearchIndex) -> None:
    assert found(index, "after:2022-01-14") == short(3, 4)
    assert found(index, "after:2022-01-15") == set()
    assert found(index, "before:2021-06-02") == short(6)
    assert found(index, "before:2021-06-03") == short(2, 6)
    assert found(index, "after:2021-06 before:2021-07") == short(2)
    assert found(index, "before:2021") == short(6)


def test_undated_releases_never_match_dates(index: SearchIndex) -> None:
    assert "a000000005" not in found(index, "before:2100")
    assert "a000000005" in found(index, "-year:2021")


def test_fields_combine_with_words(index: SearchIndex) -> None:
    assert found(index, "gafarova year:2021 -category:travels") == short(1)


# ---- results


def test_sort_by_date_newest_first_undated_last(index: SearchIndex) -> None:
    hits = index.search("-nothingmatchesthis", sort="date", limit=10)
    assert [h.id for h in hits] == [
        "a000000003",  # 2022-01-14 12:00
        "a000000004",  # 2022-01-14 09:30
        "a000000001",
        "a000000002",
        "a000000006",
        "a000000005",  # undated
    ]
    assert all(h.score == 0.0 for h in hits)


def test_relevance_prefers_title_matches(index: SearchIndex) -> None:
    hits = index.search("plenary session")
    assert hits[0].id == "a000000003"
    assert hits[0].score > 0


def test_limit_offset_and_count(index: SearchIndex) -> None:
    every = index.search("milli", limit=100, sort="date")
    assert index.count("milli") == len(every) == 4
    assert index.search("milli", limit=2, sort="date") == every[:2]
    assert index.search("milli", limit=2, offset=2, sort="date") == every[2:4]
    assert index.search("milli", limit=0) == []


def test_ids_filter(index: SearchIndex) -> None:
    allowed = short(1, 3, 5)
    assert ids(index.search("milli OR parliamentary", ids=allowed)) == short(1, 3, 5)
    assert index.count("gafarova", ids=allowed) == 1
    assert index.search("gafarova", ids=[]) == []
    assert index.count("gafarova", ids=set()) == 0


def test_hit_carries_stored_fields(index: SearchIndex) -> None:
    (hit,) = index.search("tokayev")
    source = RELEASES[0]
    assert hit.id == source.id
    assert hit.title == source.title
    assert hit.date == "2021-09-29"
    assert hit.category == "Chair’s Meetings"
    assert hit.participants == ("Sahiba Gafarova", "Kasim-Jomart Tokayev")
    assert hit.score > 0


def test_snippet_spans_mark_the_matches(index: SearchIndex) -> None:
    (hit,) = index.search('Şentop "sahiba gafarova"')
    assert hit.snippet.startswith("Sahiba Gafarova met Mustafa Şentop")
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["Sahiba Gafarova", "Şentop"]
    assert [hit.title[a:b] for a, b in hit.title_spans] == ["Şentop"]


def test_snippet_is_cut_around_a_late_match(tmp_path: Path) -> None:
    filler = " ".join(f"word{i}" for i in range(200))
    release = Release(
        "b000000001", "Long", "2023-01-01", None, None, (f"{filler} Şentop arrived. {filler}",)
    )
    index = SearchIndex.open(tmp_path / "index")
    index.rebuild([release], "s")
    (hit,) = index.search("sentop")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 162
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["Şentop"]


def test_snippet_without_text_match_is_the_opening(index: SearchIndex) -> None:
    (hit,) = index.search("year:2020")
    assert hit.snippet == "Sahiba Gafarova sent New Year greetings to the MPs."
    assert hit.spans == ()


def test_no_snippets_when_not_wanted(index: SearchIndex) -> None:
    (hit,) = index.search("tokayev", snippets=False)
    assert hit.snippet == "" and hit.spans == ()


@pytest.mark.parametrize(
    "query", ["gafarova", "milli majlis", "parliament*", "year:2022", "a* OR the", "-zebra"]
)
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_ids_only_search_lists_the_same_releases_in_the_same_order(
    index: SearchIndex, query: str, sort: Any
) -> None:
    full = index.search(query, limit=100, sort=sort)
    bare = index.search(query, limit=100, sort=sort, fields=False)
    assert full, query
    assert [(hit.id, hit.score) for hit in bare] == [(hit.id, hit.score) for hit in full]
    assert all(hit.title == "" and hit.snippet == "" for hit in bare)


def test_ids_only_search_reads_an_id_that_is_not_a_number_from_the_document(
    tmp_path: Path,
) -> None:
    odd = RELEASES[1]._replace(id="edited-id")  # an id pressroom would not make
    built = SearchIndex.open(tmp_path / "index")
    built.rebuild([RELEASES[0], odd], "stamp-1")
    assert ids(built.search("gafarova", fields=False)) == {"a000000001", "edited-id"}


def test_equal_scores_list_newest_first_then_by_id(index: SearchIndex) -> None:
    hits = index.search("year:2022", limit=100)
    assert len({hit.score for hit in hits}) == 1
    assert [hit.id for hit in hits] == ["a000000003", "a000000004"]  # 12:00, then 09:30


def test_query_errors_pass_through(index: SearchIndex) -> None:
    with pytest.raises(QueryError):
        index.search('"unbalanced')


# ---- writing and the stamp


def test_fresh_index_has_no_stamp(tmp_path: Path) -> None:
    index = SearchIndex.open(tmp_path / "index")
    assert index.stamp() is None
    assert len(index) == 0
    assert index.search("anything") == []


def test_stamp_round_trip(index: SearchIndex, tmp_path: Path) -> None:
    assert index.stamp() == "stamp-1"
    assert SearchIndex.open(tmp_path / "index").stamp() == "stamp-1"
    index.update([], [], "stamp-2")
    assert SearchIndex.open(tmp_path / "index").stamp() == "stamp-2"


def test_update_replaces_and_deletes(index: SearchIndex, tmp_path: Path) -> None:
    changed = RELEASES[0]._replace(title="Renamed meeting", paragraphs=("Now about Bratislava.",))
    added = Release("a000000009", "Fresh", "2023-05-05", None, None, ("Bratislava again.",))
    index.update([changed, added], ["a000000002"], "stamp-2")
    assert found(index, "bratislava") == short(1, 9)
    assert found(index, "tokayev") == set()
    assert found(index, "sentop") == set()
    assert len(index) == len(RELEASES)
    reopened = SearchIndex.open(tmp_path / "index")
    assert reopened.stamp() == "stamp-2"
    assert ids(reopened.search("bratislava")) == short(1, 9)
    assert reopened.search("renamed")[0].title == "Renamed meeting"


def test_upsert_twice_in_one_update_keeps_one(index: SearchIndex) -> None:
    first = RELEASES[5]._replace(paragraphs=("Version one.",))
    second = RELEASES[5]._replace(paragraphs=("Version two.",))
    index.update([first, second], [], "stamp-2")
    assert found(index, "version") == short(6)
    assert index.count("version") == 1


def test_rebuild_replaces_everything(index: SearchIndex) -> None:
    index.rebuild(RELEASES[:2], "stamp-9")
    assert len(index) == 2
    assert index.stamp() == "stamp-9"
    assert found(index, "kollar") == set()


def test_failed_write_keeps_the_old_state(index: SearchIndex) -> None:
    def releases() -> Iterator[Release]:
        yield RELEASES[0]._replace(paragraphs=("Half written.",))
        raise RuntimeError("library read failed")

    with pytest.raises(RuntimeError, match="library read failed"):
        index.update(releases(), [], "stamp-2")
    assert index.stamp() == "stamp-1"
    assert found(index, "tokayev") == short(1)
    assert found(index, "half") == set()
    index.update([], ["a000000001"], "stamp-3")  # the writer's lock was released
    assert index.stamp() == "stamp-3"
    assert found(index, "tokayev") == set()


def test_interrupted_write_is_out_of_step(index: SearchIndex, tmp_path: Path) -> None:
    state = tmp_path / "index" / STAMP_FILE
    state.write_text(state.read_text().replace('"ready"', '"writing"'))
    assert SearchIndex.open(tmp_path / "index").stamp() is None


def test_commit_without_stamp_is_out_of_step(index: SearchIndex, tmp_path: Path) -> None:
    import tantivy

    raw = tantivy.Index.open(str(tmp_path / "index"))
    writer = raw.writer(heap_size=15_000_000, num_threads=1)
    writer.delete_documents_by_term("id", "a000000001")
    writer.commit()
    writer.wait_merging_threads()
    assert SearchIndex.open(tmp_path / "index").stamp() is None


def test_second_writer_is_refused(index: SearchIndex, tmp_path: Path) -> None:
    import tantivy

    raw = tantivy.Index.open(str(tmp_path / "index"))
    writer = raw.writer(heap_size=15_000_000, num_threads=1)
    try:
        with pytest.raises(SearchIndexError, match="another process is writing"):
            index.update([], ["a000000001"], "stamp-2")
    finally:
        writer.rollback()
        writer.wait_merging_threads()
    assert index.stamp() == "stamp-1"


# ---- damage


def _damage(path: Path) -> None:
    for entry in path.iterdir():
        if entry.suffix in (".term", ".idx", ".store"):
            entry.write_bytes(b"\x00garbage" * 3)


def test_damaged_meta_gives_search_index_error(index: SearchIndex, tmp_path: Path) -> None:
    (tmp_path / "index" / "meta.json").write_text("{not json")
    damaged = SearchIndex.open(tmp_path / "index")
    assert damaged.problem is not None and "reindex" in damaged.problem
    assert damaged.stamp() is None
    with pytest.raises(SearchIndexError, match="reindex"):
        damaged.search("gafarova")
    with pytest.raises(SearchIndexError):
        damaged.count("gafarova")


def test_damaged_segments_give_search_index_error(index: SearchIndex, tmp_path: Path) -> None:
    _damage(tmp_path / "index")
    damaged = SearchIndex.open(tmp_path / "index")
    with pytest.raises(SearchIndexError):
        damaged.search("gafarova")


def test_rebuild_repairs_a_damaged_index(index: SearchIndex, tmp_path: Path) -> None:
    index.update([], ["a000000004"], "stamp-2")  # leaves a deletes file beside the segments
    (tmp_path / "index" / "meta.json").write_text("{not json")
    (tmp_path / "index" / "keep.txt").write_text("not ours")
    damaged = SearchIndex.open(tmp_path / "index")
    damaged.rebuild(RELEASES, "stamp-3")
    assert damaged.problem is None
    assert damaged.stamp() == "stamp-3"
    assert found(damaged, "gafarova") == short(1, 2, 6)
    assert found(damaged, "kollar") == short(4)
    assert (tmp_path / "index" / "keep.txt").exists()
    assert not list((tmp_path / "index").glob("*.del"))


# ---- other processes


def test_reader_in_another_process_survives_commits(index: SearchIndex, tmp_path: Path) -> None:
    done = tmp_path / "writer-done"
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from store.search import SearchIndex
        index = SearchIndex.open(Path({str(tmp_path / "index")!r}))
        print("ready", flush=True)
        done = Path({str(done)!r})
        end = time.monotonic() + 120
        searches = 0
        while time.monotonic() < end and not (done.exists() and searches > 10):
            assert index.count("gafarova") >= 1
            index.search("milli OR kollar*")
            searches += 1
        again = SearchIndex.open(Path({str(tmp_path / "index")!r}))
        print(searches, again.count("gafarova"), again.stamp(), flush=True)
        """
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert reader.stdout is not None
    assert reader.stdout.readline().strip() == "ready"
    for round_ in range(15):
        extra = Release(f"c00000{round_:04d}", "Extra Gafarova", "2024-01-01", None, None, ("x",))
        index.update([extra], [], f"stamp-{round_}")
    done.touch()
    out, err = reader.communicate(timeout=150)
    assert reader.returncode == 0, err
    searches, count, stamp = out.split()
    assert int(searches) > 10
    assert int(count) == 3 + 15
    assert stamp == "stamp-14"


# ---- the real corpus


def _corpus_releases() -> list[Release]:
    releases_dir = CORPUS / "releases"
    if not releases_dir.is_dir():
        pytest.skip("the real corpus (../shared/corpus) is not present")
    try:
        from store.parser import parse_release
    except ImportError:
        pytest.skip("store.parser is not available yet")
    extract: Any = None
    with contextlib.suppress(ImportError):
        from store.people import extract_people as extract
    releases: dict[str, Release] = {}
    for path in sorted(releases_dir.glob("*.txt")):
        parsed = parse_release(path.read_text(encoding="utf-8"), path.name, extract)
        if isinstance(parsed, Release):
            releases[parsed.id] = parsed
    return list(releases.values())


def _scan(releases: list[Release], words: list[str]) -> set[str]:
    """Ids whose title or one paragraph holds ``words`` consecutively (folded)."""
    out = set()
    for release in releases:
        for text in (release.title, *release.paragraphs):
            tokens = fold_tokens(text)
            if any(tokens[i : i + len(words)] == words for i in range(len(tokens))):
                out.add(release.id)
                break
    return out


@pytest.mark.corpus
def test_corpus_results_equal_a_plain_scan(tmp_path: Path) -> None:
    releases = _corpus_releases()
    index = SearchIndex.open(tmp_path / "index")
    index.rebuild(releases, "corpus")
    assert len(index) == len(releases)
    probes = [
        "Gafarova",
        "Şentop",
        "sentop",
        "chairs",
        "Chair’s",
        "Kollár",
        "Chișinău",
        "the",
        "parliamentary",
        "Azerbaijan’s",
        "official visit",
        "Milli Majlis",
        "Non-Aligned Movement",
        "President Ilham Aliyev",
        "on the sidelines of",
        "Great National Assembly of Turkey",
    ]
    for probe in probes:
        words = fold_tokens(probe)
        query = f'"{probe}"' if len(words) > 1 else probe
        expected = _scan(releases, words)
        got = ids(index.search(query, limit=10_000))
        assert got == expected, probe
        assert index.count(query) == len(expected), probe
        for hit in index.search(query, limit=10_000):
            for start, end in hit.spans:
                assert fold(hit.snippet[start:end]).split() == words, (probe, hit.id)
    every_word = _scan(releases, ["milli"]) & _scan(releases, ["visit"])
    assert ids(index.search("milli visit", limit=10_000)) == every_word


@pytest.mark.corpus
def test_corpus_people_are_found_by_person(tmp_path: Path) -> None:
    releases = _corpus_releases()
    named = {
        fold(name): {r.id for r in releases if any(fold(p.name) == fold(name) for p in r.people)}
        for release in releases
        for name in (p.name for p in release.people)
    }
    if not named:
        pytest.skip("the parser extracts no people yet")
    index = SearchIndex.open(tmp_path / "index")
    index.rebuild(releases, "corpus")
    for name, expected in sorted(named.items())[:60]:
        got = ids(index.search(f'person:"{name}"', limit=10_000))
        assert expected <= got, name
        # person: finds the name among all names and mentions; the text may hold it elsewhere.
        for hit in index.search(f'person:"{name}"', limit=10_000):
            source = next(r for r in releases if r.id == hit.id)
            people_words = [fold_tokens(x) for p in source.people for x in (p.name, *p.mentions)]
            words = fold_tokens(name)
            assert any(
                words == w[i : i + len(words)] for w in people_words for i in range(len(w))
            ), (name, hit.id)
