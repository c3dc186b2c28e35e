"""The release parser on crafted cases of every variation, and on every real release."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import orjson
import pytest

from store.models import Rejection, Release
from store.parser import FOOTER, completeness, parse_bytes, parse_release
from store.text import MAX_RELEASE_BYTES

BOILERPLATE = (
    "The Milli Majlis of the Republic of Azerbaijan - The single-chamber legislature of the "
    "country has 125 members elected for five years."
)


def make(
    *,
    title: str = "Committee Chair Meets Visiting Delegation",
    category: str | None = "Committee Meetings",
    date: str | None = "14 March 2022 | 16:05   ",
    share: bool = False,
    paragraphs: tuple[str, ...] = (
        "The chair of the committee met the visiting delegation on 14 March.",
        "Both sides spoke of their shared work on environmental law.",
    ),
    footer: str = "The Press and Public Relations Department\nThe Milli Majlis",
    boilerplate: bool = True,
    separator: str = "\n\n",
) -> str:
    head = [title, ""]
    if category:
        head.append(category)
    if date:
        head.append(date)
    if share:
        head.append("Share:        ")
    text = "\n".join(head) + "\n\n" + separator.join(paragraphs)
    if footer:
        text += "\n\n" + footer
        if boilerplate:
            text += "\n\n" + BOILERPLATE
    return text


def parse(text: str) -> Release:
    result = parse_release(text, "test.txt")
    assert isinstance(result, Release), result
    return result


def test_complete_release() -> None:
    release = parse(make())
    assert release.title == "Committee Chair Meets Visiting Delegation"
    assert release.category == "Committee Meetings"
    assert (release.date, release.time) == ("2022-03-14", "16:05")
    assert release.paragraphs == (
        "The chair of the committee met the visiting delegation on 14 March.",
        "Both sides spoke of their shared work on environmental law.",
    )
    assert release.footer == FOOTER
    assert release.truncated is False
    assert all("125 members" not in p for p in release.paragraphs)
    assert re.fullmatch(r"[0-9a-f]{10}", release.id)
    assert release.source == "test.txt"


def test_missing_category_and_share_line() -> None:
    release = parse(make(category=None, share=True))
    assert release.category is None
    assert release.date == "2022-03-14"
    assert release.paragraphs[0].startswith("The chair of the committee")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chair`s Meetings", "Chair’s Meetings"),
        ("Chair’s Travels", "Chair’s Travels"),
        ("Plenary meetings", "Plenary Meetings"),
        ("Events", "Events"),
        ("NEWS", "News"),
    ],
)
def test_categories(line: str, expected: str) -> None:
    assert parse(make(category=line)).category == expected


def test_missing_date_is_unknown_not_invented() -> None:
    release = parse(make(date=None, category=None))
    assert release.date is None
    assert release.time is None
    assert release.paragraphs[0].startswith("The chair")


def test_single_line_breaks_make_paragraphs() -> None:
    release = parse(make(separator="\n"))
    assert len(release.paragraphs) == 2


def test_hard_wrapped_paragraph_is_reflowed() -> None:
    wrapped = (
        "The chair of the committee met the\nvisiting delegation on 14 March and\n"
        "spoke of the work ahead.",
        "A second paragraph.",
    )
    release = parse(make(paragraphs=wrapped))
    assert release.paragraphs == (
        "The chair of the committee met the visiting delegation on 14 March and spoke of "
        "the work ahead.",
        "A second paragraph.",
    )


def test_indented_paragraphs() -> None:
    release = parse(make(paragraphs=("    First paragraph here.", "   Second paragraph here.")))
    assert release.paragraphs == ("First paragraph here.", "Second paragraph here.")


def test_list_items_are_paragraphs() -> None:
    items = ("The agenda was:\n- the budget bill;\n- the law on education;\n- other matters.",)
    release = parse(make(paragraphs=items))
    assert release.paragraphs == (
        "The agenda was:",
        "- the budget bill;",
        "- the law on education;",
        "- other matters.",
    )


def test_separator_between_announcements() -> None:
    release = parse(make(paragraphs=("First news.", "*     *     *", "Second news.")))
    assert release.paragraphs == ("First news.", "* * *", "Second news.")


def test_several_announcements_separated_by_blank_runs() -> None:
    release = parse(make(paragraphs=("First item.", "\n\n\nSecond item.")))
    assert release.paragraphs == ("First item.", "Second item.")


@pytest.mark.parametrize(
    "footer",
    [
        "The Press and Public Relations Department\nThe Milli Majlis",
        "The Press and Public Relations Department The Milli Majlis",
        "The Press and Public Relations\nDepartment The Milli Majlis",
        "   The Press and Public Relations Department   \n   The Milli Majlis   ",
    ],
)
def test_footer_variants(footer: str) -> None:
    release = parse(make(footer=footer))
    assert release.footer == FOOTER
    assert release.truncated is False
    assert len(release.paragraphs) == 2


def test_truncated_release_without_footer() -> None:
    text = make(footer="")[:-20]
    release = parse(text)
    assert release.truncated is True
    assert release.footer == ()


def test_boilerplate_without_footer_is_dropped_and_not_truncated() -> None:
    text = make(footer="") + "\n\n" + BOILERPLATE
    release = parse(text)
    assert release.truncated is False
    assert all("125 members" not in p for p in release.paragraphs)


def test_curly_quotes_and_backticks_kept() -> None:
    release = parse(make(paragraphs=("The Chair`s “visit” – a first…", "Done.")))
    assert release.paragraphs[0] == "The Chair`s “visit” – a first…"


def test_same_release_same_id_whatever_the_capture() -> None:
    full = parse(make(share=True))
    bare = parse(make(category=None))
    cut = parse(make()[:150])
    assert full.id == bare.id == cut.id
    assert completeness(full) > completeness(cut)
    assert completeness(full) > completeness(bare)


def test_different_releases_different_ids() -> None:
    one = parse(make())
    other = parse(make(title="Another Title"))
    later = parse(make(date="15 March 2022 | 16:05"))
    assert len({one.id, other.id, later.id}) == 3


def test_content_hash_tracks_content() -> None:
    assert parse(make()).content_hash == parse(make()).content_hash
    assert parse(make()).content_hash != parse(make(paragraphs=("Other text.",))).content_hash


# -- decoding and hostile input ---------------------------------------------------------


def test_utf8_bom() -> None:
    release = parse_bytes(codecs.BOM_UTF8 + make(title="Şentop Visits").encode(), "a.txt")
    assert isinstance(release, Release)
    assert release.title == "Şentop Visits"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding: str) -> None:
    text = make(title="Kövér Meets Bečić")
    data = text.encode("utf-16")
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    release = parse_bytes(data, "a.txt")
    assert isinstance(release, Release)
    assert release.title == "Kövér Meets Bečić"


def test_single_byte_fallback() -> None:
    data = make(title="Caf\u00e9 Meeting in Kollár’s Town").encode("cp1252")
    release = parse_bytes(data, "a.txt")
    assert isinstance(release, Release)
    assert release.title == "Café Meeting in Kollár’s Town"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\n\n   \n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"1234 5678\n\n|||", "no title"),
        (b"x" * (MAX_RELEASE_BYTES + 1), "limit"),
    ],
)
def test_rejections(data: bytes, reason: str) -> None:
    result = parse_bytes(data, "bad.bin")
    assert isinstance(result, Rejection)
    assert reason in result.reason


def test_long_single_line_rejected_quickly() -> None:
    result = parse_bytes(b"word " * 400_000, "long.txt")
    assert isinstance(result, Rejection)
    assert "title" in result.reason or "limit" in result.reason


@pytest.mark.parametrize(
    "payload",
    [
        "\x1b[31mred\x1b[0m",
        "\x1b]52;c;Y2xpcGJvYXJk\x07",
        "\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\",
        "\x1b]0;new title\x07",
        "\x1b[2J\x1b[H",
        "\x9b31m",
        "\u202eevil\u202c",
        "\x07\x08\x0b\x0c",
    ],
)
def test_escape_sequences_and_controls_stripped(payload: str) -> None:
    release = parse(make(title=f"Title {payload} End", paragraphs=(f"Text {payload} here.",)))
    for text in (release.title, *release.paragraphs):
        assert "\x1b" not in text
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in text)
        assert "\u202e" not in text


def test_rich_markup_kept_literally() -> None:
    release = parse(make(paragraphs=("[bold red]not markup[/] and [link=x]y[/link].",)))
    assert release.paragraphs == ("[bold red]not markup[/] and [link=x]y[/link].",)


# -- the real corpus ------------------------------------------------------------------


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted((corpus_dir / "releases").glob("*.txt"))


def test_every_real_release_parses(corpus_dir: Path) -> None:
    files = corpus_files(corpus_dir)
    assert len(files) >= 100
    for path in files:
        result = parse_bytes(path.read_bytes(), str(path))
        assert isinstance(result, Release), f"{path.name}: {result}"
        assert result.title and result.paragraphs, path.name
        first_line = path.read_text(encoding="utf-8-sig").splitlines()[0].strip()
        assert result.title == " ".join(first_line.split())
        for paragraph in result.paragraphs:
            assert "Press and Public Relations" not in paragraph, path.name
            assert "125 MPs" not in paragraph, path.name
        if result.footer:
            assert result.truncated is False


def test_real_dates_match_the_date_line(corpus_dir: Path) -> None:
    months = "January February March April May June July August September October November December"
    pattern = re.compile(r"^(\d{2}) (\w+) (\d{4}) \| (\d{2}):(\d{2})", re.MULTILINE)
    for path in corpus_files(corpus_dir):
        text = path.read_text(encoding="utf-8-sig")
        result = parse_release(text, path.name)
        assert isinstance(result, Release)
        match = pattern.search(text)
        if match is None:
            assert result.date is None, path.name
            continue
        day, month, year, hour, minute = match.groups()
        assert result.date == f"{year}-{months.split().index(month) + 1:02d}-{day}", path.name
        assert result.time == f"{hour}:{minute}"


def test_real_truncation_flags(corpus_dir: Path) -> None:
    for path in corpus_files(corpus_dir):
        text = path.read_text(encoding="utf-8-sig")
        result = parse_release(text, path.name)
        assert isinstance(result, Release)
        has_footer = "Press and Public Relations" in text
        assert result.truncated is (not has_footer and "125 MPs" not in text), path.name


def test_real_variants_share_an_id_and_the_fullest_wins(corpus_dir: Path) -> None:
    variants = sorted((corpus_dir / "variants").glob("*.txt"))
    assert variants
    by_stem: dict[str, list[Release]] = {}
    for path in variants:
        result = parse_release(path.read_text(encoding="utf-8-sig"), path.name)
        assert isinstance(result, Release)
        by_stem.setdefault(path.name.split(".")[0], []).append(result)
    for stem, releases in by_stem.items():
        assert len({r.id for r in releases}) == 1, stem
    seed = parse_release((corpus_dir / "releases" / "seed.txt").read_text(), "seed.txt")
    cut = parse_release((corpus_dir / "releases" / "431.txt").read_text(), "431.txt")
    assert isinstance(seed, Release) and isinstance(cut, Release)
    assert seed.id == cut.id
    assert cut.truncated and not seed.truncated
    assert completeness(seed) > completeness(cut)


def test_releases_pickle_whole() -> None:
    """Worker processes send parsed releases to the importer by pickle: every field arrives,
    as the same types."""
    import pickle

    from store.models import PersonMention
    from store.people import extract_people

    text = make(
        title="Chair of the Milli Majlis Sahiba Gafarova met the Speaker",
        paragraphs=("Chair of the Milli Majlis Sahiba Gafarova met Speaker Tulia Ackson.",),
    )
    parsed = parse_release(text, "pickled.txt", extract_people)
    assert isinstance(parsed, Release) and parsed.people
    received = pickle.loads(pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL))
    assert received == parsed and type(received) is Release
    assert all(type(person) is PersonMention for person in received.people)
    assert received._asdict() == parsed._asdict()


def test_safe_takes_the_fast_path_only_for_text_it_would_keep() -> None:
    """``safe`` returns printable text without a regex: every character it would remove is
    unprintable to ``str.isprintable`` but the one it checks by hand."""
    import sys

    from store import text

    controls = re.compile(text._CONTROLS)
    printable = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable()]
    assert [c for c in printable if controls.match(c)] == [text._PRINTABLE_UNSAFE]
    assert text.safe("Şentop — “quoted”") == "Şentop — “quoted”"
    assert text.safe("object\ufffcmark") == "objectmark"
    assert text.safe("red \x1b[31mtext\x1b[0m\ttab") == "red text    tab"


@pytest.mark.parametrize(
    "unsafe", ["\x7f", "\x85", "\u061c", "\u202e", "\u2066", "\ufeff", "\ufffc"]
)
def test_unsafe_text_in_a_json_file_is_found_across_the_chunks_it_is_scanned_in(
    monkeypatch: pytest.MonkeyPatch, unsafe: str
) -> None:
    """A big file is scanned a chunk at a time (other threads run in between, and
    ``give_way`` is called): a character cut by a chunk's edge is found all the same."""
    from store import text

    monkeypatch.setattr(text, "SCAN_CHUNK", 16)
    clean = orjson.dumps({"a": {"title": "Şentop — “quoted”" * 4}})
    assert not text.json_may_be_unsafe(clean)
    encoded = orjson.dumps(unsafe)[1:-1]  # raw UTF-8, or a \u escape for a control
    calls: list[int] = []
    for at in range(40, 60):  # every place the character's bytes can fall around an edge
        raw = clean[:at] + encoded + clean[at:]
        calls.clear()
        assert text.json_may_be_unsafe(raw, lambda: calls.append(1)), at
        assert calls  # it gave way between chunks before finding it
    calls.clear()
    assert not text.json_may_be_unsafe(clean, lambda: calls.append(1))
    assert len(calls) == (len(clean) - 1) // 16
