"""Decoding raw bytes and cleaning text so nothing in the library can drive a terminal."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

MAX_RELEASE_BYTES = 2 * 1024 * 1024
"""Files larger than this are rejected: a release is a few kilobytes."""

FALLBACK_ENCODING = "cp1252"
"""The single-byte decoding used when a file is neither UTF-8 nor UTF-16 with a BOM."""

# The patterns below are compiled on first use, not at import: a lookup that prints clean text
# never needs them, and compiling them was 3% of a cold `pressroom show`. (Kept compiled here,
# not in re's own cache, which drops the oldest of its 512 patterns as others come.)
_regex = functools.cache(re.compile)

# Escape sequences: CSI (ESC [ ... final), OSC / DCS / SOS / PM / APC strings (ended by BEL or
# ST), two-character escapes. C1 forms (U+009B CSI, U+009D OSC...) are handled the same way.
_ESCAPES = r"""(?x)
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?               # CSI ... final byte
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])        # OSC, DCS, SOS, PM, APC
      [^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?   # ... up to BEL or ST
    | \x1b[ -/]*[0-~]?                               # other escapes (ESC ( B, ESC c...)
    """
# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates and
# marks, zero-width no-break space (stray BOMs), interlinear annotation and object marks.
_CONTROLS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffc]"
)
_ESCAPE_START = "[\x1b\x80-\x9f]"
_PRINTABLE_UNSAFE = "\ufffc"
"""The one character of ``_CONTROLS`` that ``str.isprintable`` accepts (a test checks)."""


# The same characters as _CONTROLS, as they appear in a JSON file: raw UTF-8 bytes, or any \u
# escape (orjson writes \u escapes only for control characters, so an escape means "look").
_UNSAFE_JSON = re.compile(
    rb"\\u|\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
    rb"|\xef\xbb\xbf|\xef\xbf[\xb9-\xbc]"
)


SCAN_CHUNK = 1 << 20
"""Bytes scanned by :func:`json_may_be_unsafe` in one call of the regex: a big library's
summaries take 0.4 s to scan, which in one call would hold up every other thread."""


def json_may_be_unsafe(raw: bytes, give_way: Callable[[], object] | None = None) -> bool:
    """False when a JSON file cannot hold any character that :func:`safe` would remove.

    ``give_way`` is called between chunks of a big file (see :data:`SCAN_CHUNK`).
    """
    search = _UNSAFE_JSON.search
    for start in range(0, len(raw), SCAN_CHUNK):
        if give_way is not None and start:
            give_way()
        # Matches are at most three bytes: two bytes back finds one cut by the chunk's start.
        if search(raw, max(start - 2, 0), start + SCAN_CHUNK) is not None:
            return True
    return False


class DecodeError(ValueError):
    """Raised for bytes that are not a text file."""


class Decoded(NamedTuple):
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode a release file: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise DecodeError(f"invalid UTF-16 ({error.reason})") from None
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode(FALLBACK_ENCODING, errors="replace")
    return Decoded(text, FALLBACK_ENCODING)


def clean(text: str) -> str:
    """Normalise line ends and drop escape sequences, control and bidi-override characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    controls = _regex(_CONTROLS)
    if controls.search(text) is not None:  # one scan of the text when it is clean
        if _regex(_ESCAPE_START).search(text):  # escapes start with a control: ESC or C1
            text = _regex(_ESCAPES).sub("", text)
        text = controls.sub("", text)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def safe(text: str) -> str:
    """Text fit for a terminal: unchanged (and fast) unless it carries controls or escapes.

    The importer already cleans what it stores; this guards every output path against a
    library file edited by other means.
    """
    if text.isprintable() and _PRINTABLE_UNSAFE not in text:  # most text: no regex needed
        return text
    controls = _regex(_CONTROLS)
    if controls.search(text) is None:
        return text
    return controls.sub("", _regex(_ESCAPES).sub("", text.replace("\t", "    ")))


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly replacement or private-use characters."""
    if text.isascii():
        return False
    sample = text[:4096]
    return len(_regex(_NOT_TEXT).findall(sample)) > len(sample) // 10


_NOT_TEXT = "[\ufffd\ue000-\uf8ff]"


def fold(text: str) -> str:
    """Fold for comparison: lower case, no diacritics, apostrophes dropped, other
    punctuation as spaces, runs of spaces collapsed (the search index's folding)."""
    from store.query import fold as fold_characters

    return " ".join(fold_characters(text).split())
