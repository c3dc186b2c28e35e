"""Turn the plain text of a press release into a structured :class:`Release`.

Real releases vary: a category line or not, a ``Share:`` line, single line breaks instead of
blank lines, indented paragraphs, a footer on one or two lines (or split mid-phrase), no date,
several announcements in one file, and most archive copies are cut short mid-sentence.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from datetime import date as Date

from store.models import PersonMention, Rejection, Release
from store.text import MAX_RELEASE_BYTES, DecodeError, clean, decode, fold, looks_binary

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
# The optional time's leading spaces sit inside its group: ``\s*(?:...)?\s*$`` would give the
# same run of spaces to either ``\s*`` and backtrack quadratically on "1 May 2020<spaces>x".
_DATE_LINE = re.compile(
    r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:\s*\|\s*(\d{1,2})[:.](\d{2}))?\s*$"
)
_SHARE_LINE = re.compile(r"^\s*Share:?\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:\*\s*){3,}$")
_LIST_ITEM = re.compile(r"^\s*[-–•·]\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;…»”\"')’]\s*$")

CATEGORIES = {
    "chairs meetings": "Chair’s Meetings",
    "chairs travels": "Chair’s Travels",
    "plenary meetings": "Plenary Meetings",
    "committee meetings": "Committee Meetings",
    "events": "Events",
    "news": "News",
}
"""Folded category line -> the category's display name."""

FOOTER = ("The Press and Public Relations Department", "The Milli Majlis")
_FOOTER_FOLDED = fold(" ".join(FOOTER))
_FOOTER_START = fold("The Press and Public Relations")
_BOILERPLATE = re.compile(r"^The Milli Majlis of the Republic of Azerbaijan\s*[-–—]", re.IGNORECASE)

MAX_TITLE_CHARS = 400

PeopleExtractor = Callable[[str, Sequence[str]], list[PersonMention]]


def parse_bytes(
    data: bytes, source: str, extract: PeopleExtractor | None = None
) -> Release | Rejection:
    """Decode and parse a release file's bytes; a :class:`Rejection` says why it is not one."""
    if len(data) > MAX_RELEASE_BYTES:
        return Rejection(source, f"file is larger than the {MAX_RELEASE_BYTES:,}-byte limit")
    try:
        decoded = decode(data)
    except DecodeError as error:
        return Rejection(source, str(error))
    if looks_binary(decoded.text):
        return Rejection(source, "binary file (not text)")
    return parse_release(decoded.text, source, extract)


def parse_release(
    text: str, source: str, extract: PeopleExtractor | None = None
) -> Release | Rejection:
    """Parse the (decoded) text of one release."""
    if len(text) > MAX_RELEASE_BYTES:
        return Rejection(source, f"text is over the {MAX_RELEASE_BYTES:,}-character limit")
    lines = [line.rstrip() for line in clean(text).split("\n")]
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return Rejection(source, "empty file")
    title = " ".join(lines[start].split())
    if len(title) > MAX_TITLE_CHARS:
        return Rejection(source, f"no title: the first line is over {MAX_TITLE_CHARS} characters")
    if not any(ch.isalpha() for ch in title):
        return Rejection(source, "no title: the first line has no words")

    position = start + 1
    category: str | None = None
    release_date: str | None = None
    release_time: str | None = None
    # Header: blank lines, an optional category, the date line and an optional Share: line,
    # in that order, but tolerate any order among the first few non-blank lines.
    for _ in range(6):
        while position < len(lines) and not lines[position].strip():
            position += 1
        if position >= len(lines):
            break
        line = lines[position]
        folded = fold(line)
        if category is None and folded in CATEGORIES:
            category = CATEGORIES[folded]
        elif release_date is None and (parsed := _parse_date_line(line)) is not None:
            release_date, release_time = parsed
        elif _SHARE_LINE.match(line):
            pass
        else:
            break
        position += 1

    body, footer, truncated = _split_footer(lines[position:])
    paragraphs = _paragraphs(body)
    if not paragraphs and truncated and len(title) < 3:
        return Rejection(source, "no text after the title")
    people: tuple[PersonMention, ...] = ()
    if extract is not None:
        people = tuple(extract(title, paragraphs))
    return Release(
        id=release_id(title, release_date, release_time, paragraphs),
        title=title,
        date=release_date,
        time=release_time,
        category=category,
        paragraphs=tuple(paragraphs),
        footer=footer,
        truncated=truncated,
        people=people,
        source=source,
        content_hash=content_hash(title, category, release_date, release_time, paragraphs),
    )


def _parse_date_line(line: str) -> tuple[str, str | None] | None:
    match = _DATE_LINE.match(line)
    if match is None:
        return None
    day, month_name, year, hour, minute = match.groups()
    month = MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        iso = Date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None
    if hour is None:
        return iso, None
    if int(hour) > 23 or int(minute) > 59:
        return iso, None
    return iso, f"{int(hour):02d}:{minute}"


def _split_footer(lines: list[str]) -> tuple[list[str], tuple[str, ...], bool]:
    """Split the body from the press department's footer and the boilerplate after it.

    Returns (body lines, footer lines, truncated). A release without its footer was cut short.
    """
    for index, line in enumerate(lines):
        if "press" not in line.lower() or not fold(line).startswith(_FOOTER_START[:20]):
            continue
        # The footer may be one line, two, or split mid-phrase: compare the next lines joined.
        joined = ""
        for end in range(index, min(index + 4, len(lines))):
            joined = f"{joined} {fold(lines[end])}".strip()
            if joined.startswith(_FOOTER_FOLDED):
                return lines[:index], FOOTER, False
            if not _FOOTER_FOLDED.startswith(joined):
                break
    # No footer: drop a trailing boilerplate paragraph if the release still carries one.
    body = list(lines)
    while body and not body[-1].strip():
        body.pop()
    if body and _BOILERPLATE.match(body[-1].strip()):
        body.pop()
        return body, (), False
    return body, (), True


def _paragraphs(lines: list[str]) -> list[str]:
    """Reflow body lines into paragraphs, whatever the line breaking.

    Blank lines always separate paragraphs. Within a block, a new paragraph starts at a list
    item, an indented line after a finished sentence, or any line after one that ends a sentence
    (releases that use single line breaks between paragraphs); otherwise lines are joined.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraph = " ".join(current)
            # Lines are stripped and clean() left no ASCII whitespace but spaces and newlines:
            # ASCII text needs reflowing only where spaces pile up.
            if not paragraph.isascii() or "  " in paragraph:
                paragraph = " ".join(paragraph.split())
            paragraphs.append(paragraph)
            current.clear()

    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            flush()
            continue
        if _SEPARATOR.match(stripped):
            flush()
            paragraphs.append("* * *")
            continue
        if current and (_LIST_ITEM.match(stripped) or _SENTENCE_END.search(current[-1])):
            flush()
        current.append(stripped)
    flush()
    return paragraphs


def release_id(
    title: str, release_date: str | None, release_time: str | None, paragraphs: Sequence[str]
) -> str:
    """A short id, the same for the same release in any library and in any capture of it.

    Derived from the folded title and the date line; an undated release adds the start of its
    text so that two undated releases with the same title stay apart.
    """
    key = f"{fold(title)}|{release_date or ''}|{release_time or ''}"
    if release_date is None:
        key += "|" + fold(" ".join(paragraphs)[:400])[:200]
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def content_hash(
    title: str,
    category: str | None,
    release_date: str | None,
    release_time: str | None,
    paragraphs: Sequence[str],
) -> str:
    """A hash of everything the parser keeps, to tell an unchanged re-import from an update."""
    parts = (title, category or "", release_date or "", release_time or "", *paragraphs, "")
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def completeness(release: Release) -> tuple[int, int, int, int]:
    """Order captures of the same release: the most complete one wins.

    A whole release beats a cut-short one, then more text, then a known date and category.
    """
    return (
        0 if release.truncated else 1,
        sum(len(p) for p in release.paragraphs),
        1 if release.date else 0,
        1 if release.category else 0,
    )
