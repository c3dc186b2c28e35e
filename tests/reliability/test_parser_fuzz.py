"""Hostile input for the parser: whatever the bytes, a Release or a Rejection with a reason.

Generated input (hypothesis, derandomised so every run tries the same cases), mutations of the
sample releases and of the real corpus (byte flips, truncation, line shuffles, inserted escape
sequences), inputs over the size limit and pathological shapes near it.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.models import Rejection, Release
from store.parser import parse_bytes, parse_release
from store.text import MAX_RELEASE_BYTES

from ..conftest import CORPUS, SAMPLE_RELEASES

FUZZ = settings(
    derandomize=True,
    deadline=None,
    max_examples=400,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

# Nothing a terminal acts on may survive parsing: C0 controls (tab and newline are not kept in
# titles or paragraphs either), DEL, C1 controls, bidi embeddings/overrides/isolates, BOM.
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffc]"
)

ESCAPES = (
    "\x1b[31m",
    "\x1b[0m",
    "\x1b[2J",
    "\x1b[H",
    "\x1b[10;10H",
    "\x1b]52;c;cGF5bG9hZA==\x07",
    "\x1b]0;pwned\x07",
    "\x1b]8;;https://evil.example/\x1b\\",
    "\x1b]8;;\x1b\\",
    "\x1bP+q\x1b\\",
    "\x1b(B",
    "\x1bc",
    "\x9b2J",
    "\x9d0;c1-title\x9c",
    "\x07",
    "\x08",
    "\x0c",
    "\x7f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\r",
    "\x1b",
    "\x1b]",
    "\x1b[",
)

PIECES = (
    "Chairman Receives Delegation",
    "Committee Meetings",
    "Chair`s Meetings",
    "News",
    "12 February 2019 | 11:20",
    "31 February 2019 | 25:99",
    "1 May 2020",
    "Share:",
    "* * *",
    "- item",
    "The Press and Public Relations Department",
    "The Press and Public Relations",
    "Department",
    "The Milli Majlis",
    "The Milli Majlis of the Republic of Azerbaijan - the legislature.",
    "MP Anar Mammadov said the talks went well.",
    "[bold red]markup[/] [link=https://x.example]l[/link]",
    "Ogtay Asadov",
    "  ",
    "",
    "ıİşğüöçəƏ",
    "مجلس",
    "中文标题",
    "👩‍👩‍👧",
    "e\u0301",
    *ESCAPES,
)


def check(result: Release | Rejection) -> None:
    """The parser's contract on any input."""
    if isinstance(result, Rejection):
        assert isinstance(result.reason, str) and result.reason.strip()
        return
    assert isinstance(result, Release), type(result)
    assert re.fullmatch(r"[0-9a-f]{10}", result.id)
    assert result.title.strip()
    fields = [result.title, result.category or "", result.date or "", result.time or ""]
    fields += list(result.paragraphs) + list(result.footer)
    for person in result.people:
        fields += [person.name, person.role, *person.mentions]
    for text in fields:
        assert UNSAFE.search(text) is None, repr(text[:200])


def parse_checked(data: bytes, extract: Callable[..., object] | None = None) -> None:
    result = parse_bytes(data, "fuzz.txt", extract)  # type: ignore[arg-type]
    check(result)


# -- generated input ------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes(data: bytes) -> None:
    parse_checked(data)


@FUZZ
@given(st.text(max_size=2048))
def test_any_text(text: str) -> None:
    check(parse_release(text, "fuzz.txt"))
    parse_checked(text.encode("utf-8", errors="surrogatepass"))


release_like = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), min_size=0, max_size=60
).flatmap(
    lambda parts: st.sampled_from(["\n", "\n\n", "\r\n", "\r", " ", ""]).map(
        lambda sep: sep.join(parts)
    )
)


@FUZZ
@given(release_like, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_release_like_text(text: str, encoding: str) -> None:
    check(parse_release(text, "fuzz.txt"))
    data = text.encode(encoding, errors="replace")
    parse_checked(data)


def test_with_people_extractor() -> None:
    """The importer parses with the people extractor: it must keep the same contract."""
    people = pytest.importorskip("store.people")

    @FUZZ
    @given(release_like)
    def run(text: str) -> None:
        parse_checked(text.encode("utf-8", errors="replace"), people.extract_people)

    run()


# -- mutations of real releases ----------------------------------------------------------


def _mutations(data: bytes, rng: random.Random) -> Iterator[bytes]:
    # byte flips
    for _ in range(3):
        buf = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        yield bytes(buf)
    # truncation (anywhere, including inside a multi-byte character)
    for _ in range(2):
        yield data[: rng.randrange(len(data))]
    # shuffled / duplicated / dropped lines
    lines = data.split(b"\n")
    shuffled = lines[:]
    rng.shuffle(shuffled)
    yield b"\n".join(shuffled)
    yield b"\n".join(line for line in lines for _ in range(rng.randint(0, 3)))
    # inserted escapes and controls, on the title line and in the body
    text = data.decode("utf-8", errors="replace")
    for _ in range(2):
        chars = list(text)
        for _ in range(rng.randint(1, 12)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ESCAPES))
        yield "".join(chars).encode("utf-8")
    # other encodings of the same text
    yield text.encode("utf-16")
    yield text.encode("cp1252", errors="replace")
    yield b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")


def _mutate_all(files: list[Path], seed: int) -> int:
    rng = random.Random(seed)
    count = 0
    for path in files:
        data = path.read_bytes()
        original = parse_bytes(data, path.name)
        assert isinstance(original, Release), f"{path.name}: {original}"
        for mutated in _mutations(data, rng):
            parse_checked(mutated)
            count += 1
    return count


def test_mutations_of_sample_releases() -> None:
    files = sorted(SAMPLE_RELEASES.glob("*.txt"))
    assert len(files) >= 60
    assert _mutate_all(files, seed=1) >= 60 * 12


@pytest.mark.corpus
def test_mutations_of_real_corpus() -> None:
    releases = CORPUS / "releases"
    if not releases.is_dir():
        pytest.skip("the real corpus (../shared/corpus) is not present")
    files = sorted(releases.glob("*.txt"))
    assert len(files) >= 100
    assert _mutate_all(files, seed=2) >= 100 * 12


# -- size limit and odd shapes ----------------------------------------------------------


def test_over_the_size_limit_is_rejected_with_the_reason() -> None:
    result = parse_bytes(b"Title\n\n" + b"a" * MAX_RELEASE_BYTES, "big.txt")
    assert isinstance(result, Rejection)
    assert "limit" in result.reason and f"{MAX_RELEASE_BYTES:,}" in result.reason
    text_result = parse_release("Title\n\n" + "a" * MAX_RELEASE_BYTES, "big.txt")
    assert isinstance(text_result, Rejection) and "limit" in text_result.reason


def test_at_the_size_limit_is_parsed() -> None:
    head = b"A Title\n\n12 February 2019\n\n"
    body = (b"Some words here. " * (MAX_RELEASE_BYTES // 17))[: MAX_RELEASE_BYTES - len(head)]
    data = head + body
    assert len(data) == MAX_RELEASE_BYTES
    result = parse_bytes(data, "limit.txt")
    assert isinstance(result, Release)


def test_ten_megabyte_single_line() -> None:
    result = parse_bytes(b"word " * (2 * 1024 * 1024), "10mb.txt")
    assert isinstance(result, Rejection) and "limit" in result.reason


def test_hundred_thousand_blank_lines() -> None:
    result = parse_bytes(b"A Title\n" + b"\n" * 100_000 + b"Some text.\n", "blank.txt")
    assert isinstance(result, Release)
    assert result.paragraphs == ("Some text.",)
    only_blank = parse_bytes(b"\n" * 100_000, "blank.txt")
    assert isinstance(only_blank, Rejection) and "empty" in only_blank.reason


def test_deeply_repeated_titles() -> None:
    title = b"Chairman Receives Delegation"
    for separator in (b"\n", b"\n\n", b".\n"):
        data = (title + separator) * 50_000
        result = parse_bytes(data[:MAX_RELEASE_BYTES], "titles.txt")
        check(result)
        assert isinstance(result, Release)
        assert result.title.startswith("Chairman Receives Delegation")


# Shapes near the size limit that a quadratic (backtracking) parser would not finish for hours.
# A linear parser takes well under a second each. The subprocess timeout is a hang guard, not a
# speed requirement: it is set hundreds of times above the expected time.
NEAR_LIMIT = MAX_RELEASE_BYTES - 4096
HANG_SHAPES = {
    "date line, spaces, stray char": "f'T\\n\\n1 May 2020{\" \" * N}x\\n\\nBody.'",
    "date and time, spaces, stray char": "f'T\\n\\n1 May 2020 | 10:00{\" \" * N}x\\n\\nBody.'",
    "share line, spaces, stray char": "f'T\\n\\nShare{\" \" * N}x\\n\\nBody.'",
    "leading spaces then a digit": "f'T\\n\\n{\" \" * N}1x\\n\\nBody.'",
    "separator stars then a letter": "f'T\\n\\n{\"* \" * (N // 2)}x\\n\\nBody.'",
    "sentence ends and spaces": "f'T\\n\\n{\". \" * (N // 2)}x\\n\\nBody.'",
    "footer start lines": "'T\\n\\n' + 'The Press and Public Relations\\n' * (N // 31)",
    "unterminated OSC": "'T\\n\\n' + '\\x1b]0;' * (N // 4)",
    "CSI parameters": "'T\\n\\n\\x1b[' + '1;' * (N // 2)",
    "one long paragraph": "'T\\n\\n' + 'word ' * (N // 5)",
}


@pytest.mark.parametrize("shape", sorted(HANG_SHAPES))
def test_pathological_shapes_near_the_limit_finish(shape: str) -> None:
    script = textwrap.dedent(
        f"""
        from store.parser import parse_bytes
        from store.models import Rejection, Release
        N = {NEAR_LIMIT}
        text = {HANG_SHAPES[shape]}
        data = text.encode('utf-8')[: {MAX_RELEASE_BYTES}]
        result = parse_bytes(data, 'shape.txt')
        assert isinstance(result, (Release, Rejection)), result
        print(type(result).__name__)
        """
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"parsing {shape!r} did not finish: super-linear backtracking")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() in ("Release", "Rejection")
