"""The search query language: folding, parsing into a small AST, and highlighting.

Pure Python (no tantivy), shared by the index (store/search.py) and the front ends.

Grammar (case-, diacritic- and punctuation-insensitive)::

    gafarova tokayev          both words must match (implicit AND)
    "official visit"          an exact phrase, within one paragraph or the title
    parliament*               a prefix
    baku OR astana            either side; OR binds looser than AND: ``a b OR c`` = ``(a b) OR c``
    (baku OR astana) visit    parentheses group
    -kazakhstan  -"one word"  exclude a word, phrase, prefix, field or group
    person:tokayev            people named in the release (names and every mention)
    person:"sahiba gafarova"  a phrase among the names
    category:plenary          a word of the category ("Plenary meetings")
    year:2021                 dated in 2021
    after:2021-09-01          dated on or after the first day given (inclusive)
    before:2022-01-01         dated strictly before the first day given (exclusive)

``after:`` and ``before:`` also take ``YYYY`` or ``YYYY-MM`` (the first day of that period), so
``after:2021-09 before:2021-10`` is September 2021. Releases without a date never match a date
filter. ``AND`` and ``NOT`` (upper case) are accepted as spelled-out forms of the defaults and of
``-``. A word holding punctuation (``kasim-jomart``, ``covid-19``) is searched as a phrase.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
    import datetime as _dt

__all__ = [
    "FIELDS",
    "And",
    "DateRange",
    "Highlighter",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Prefix",
    "Query",
    "QueryError",
    "TextField",
    "Word",
    "fold",
    "fold_tokens",
    "fold_words",
    "highlight_terms",
    "parse",
]

# --------------------------------------------------------------------------------------------
# Folding

_APOSTROPHES = frozenset("'`\u2019\u2018\u02bc\u02bb\u00b4\u2032\uff07")
"""Removed outright, so that chair`s, chair's and chair\u2019s all fold to chairs."""

_SPECIAL = {
    "\u0131": "i",  # dotless i: no decomposition
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ŀ": "l",
    "ħ": "h",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ƒ": "f",
}


def _fold_char(char: str) -> str:
    """Fold one character: the unit ``fold`` is built from (so folding never crosses chars)."""
    if char in _APOSTROPHES:
        return ""
    out: list[str] = []
    decomposed = unicodedata.normalize("NFKD", char)  # 𝚨 → Α before case folding
    for piece in unicodedata.normalize("NFKD", decomposed.casefold()):
        for part in _SPECIAL.get(piece, piece):
            if unicodedata.category(part).startswith("M"):
                continue  # combining marks: the accents NFKD split off
            out.append(part if part.isalnum() else " ")
    return "".join(out)


class _CharCache(dict[str, str]):
    def __missing__(self, char: str) -> str:
        value = self[char] = _fold_char(char)
        return value


_CHAR_CACHE = _CharCache()
_ASCII_TABLE: dict[int, str | None] = {code: (_fold_char(chr(code)) or None) for code in range(128)}
_ASCII_BYTES = bytes(
    ord(value) if value else code for code, value in enumerate(_ASCII_TABLE.values())
) + bytes(range(128, 256))
_ASCII_DELETE = bytes(code for code, value in _ASCII_TABLE.items() if value is None)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SPACES = re.compile(rb"  +")


def _fold_match(match: re.Match[str]) -> str:
    return _CHAR_CACHE[match.group()]


def fold(text: str) -> str:
    """Fold text for matching: lower case, no accents or apostrophes, other punctuation → space.

    Character by character, so ``len`` may change but word order never does: ``Şentop`` →
    ``sentop``, ``Chair`s`` → ``chairs``, ``Kasim-Jomart`` → ``kasim jomart``, dotless i → ``i``.
    The result holds only letters, digits and spaces. Index and queries both use it.
    """
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_match, text)
        if not text.isascii():  # letters of other scripts stay
            return text.translate(_ASCII_TABLE)
    return text.encode("ascii").translate(_ASCII_BYTES, _ASCII_DELETE).decode("ascii")


def fold_words(text: str) -> str:
    """``fold(text)`` with single spaces between words and none at the ends."""
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_match, text)
        if not text.isascii():
            return " ".join(text.translate(_ASCII_TABLE).split())
    data = text.encode("ascii").translate(_ASCII_BYTES, _ASCII_DELETE)
    return _SPACES.sub(b" ", data).strip(b" ").decode("ascii")


def fold_tokens(text: str) -> list[str]:
    """The words of ``text`` as the index sees them."""
    return fold(text).split()


def _char_fold_len(char: str) -> int:
    if char.isascii():
        return 0 if char in _APOSTROPHES else 1
    return len(_CHAR_CACHE[char])


_IRREGULAR = re.compile(r"['`]|[^\x00-\x7f]")


class _Alignment:
    """Maps offsets in ``fold(text)`` back to offsets in ``text``."""

    __slots__ = ("_folded", "_original")

    def __init__(self, text: str) -> None:
        folded_at = [0]
        original_at = [0]
        shift = 0  # folded offset minus original offset, so far
        for match in _IRREGULAR.finditer(text):
            i = match.start()
            size = _char_fold_len(text[i])
            if size == 1:
                continue
            folded = i + shift
            for k in range(size):  # an expansion: each folded char points at the source char
                folded_at.append(folded + k)
                original_at.append(i)
            folded_at.append(folded + size)
            original_at.append(i + 1)
            shift += size - 1
        self._folded = folded_at
        self._original = original_at

    def __call__(self, offset: int) -> int:
        j = bisect_right(self._folded, offset) - 1
        return self._original[j] + (offset - self._folded[j])


# --------------------------------------------------------------------------------------------
# AST

TextField = Literal["text", "person", "category"]
"""``text`` is the title and paragraphs; ``person`` the people's names; ``category``."""


class Word(NamedTuple):
    """One folded word."""

    text: str
    field: TextField = "text"
    raw: str = ""
    """For ``person:``, the value as typed (alias expansion); "" for the other fields."""


class Prefix(NamedTuple):
    """Words starting with a folded prefix."""

    text: str
    field: TextField = "text"
    raw: str = ""


class Phrase(NamedTuple):
    """Folded words in this order; with ``prefix`` the last word is a prefix."""

    words: tuple[str, ...]
    field: TextField = "text"
    prefix: bool = False
    raw: str = ""


class DateRange(NamedTuple):
    """Dated between ``start`` and ``end``, both inclusive; None is unbounded."""

    start: _dt.date | None
    end: _dt.date | None


class Not(NamedTuple):
    """Excludes what ``child`` matches."""

    child: Node


class And(NamedTuple):
    """All children match (two or more)."""

    children: tuple[Node, ...]


class Or(NamedTuple):
    """Any child matches (two or more)."""

    children: tuple[Node, ...]


Node: TypeAlias = Word | Prefix | Phrase | DateRange | Not | And | Or


class Query(NamedTuple):
    """A parsed query: its tree and the text it came from."""

    root: Node
    text: str = ""


class QueryError(ValueError):
    """A malformed query; ``str(error)`` is a one-line explanation for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --------------------------------------------------------------------------------------------
# Lexer

FIELDS = ("person", "category", "year", "after", "before")
_FIELD_LIST = ", ".join(f"{name}:" for name in FIELDS)
_QUOTES = '"\u201c\u201d\u201e'
_FIELD_RE = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)


class _Tok:
    """One lexical token (a plain class: cheaper to define than a dataclass at import)."""

    __slots__ = ("field", "kind", "prefix", "quoted", "text")

    def __init__(
        self,
        kind: Literal["(", ")", "-", "OR", "AND", "term"],
        text: str = "",
        field: str | None = None,
        quoted: bool = False,
        prefix: bool = False,
    ) -> None:
        self.kind = kind
        self.text = text
        self.field = field
        self.quoted = quoted
        self.prefix = prefix


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """The phrase opening at ``start`` (a quote) and the offset after its closing quote."""
    end = start + 1
    while end < len(text) and text[end] not in _QUOTES:
        end += 1
    if end >= len(text):
        raise QueryError('unbalanced quote: a phrase opened with " is never closed')
    return text[start + 1 : end], end + 1


def _lex(text: str) -> Iterator[_Tok]:
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
        elif char in "()":
            yield _Tok("(" if char == "(" else ")")
            i += 1
        elif char == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != ")":
            yield _Tok("-")
            i += 1
        elif char in _QUOTES:
            phrase, i = _read_quoted(text, i)
            star = i < n and text[i] == "*"
            i += star
            yield _Tok("term", phrase, quoted=True, prefix=star)
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in '()"\u201c\u201d\u201e':
                i += 1
            word = text[start:i]
            if word in ("OR", "AND", "NOT"):
                yield _Tok("-" if word == "NOT" else "OR" if word == "OR" else "AND")
                continue
            field_match = _FIELD_RE.fullmatch(word)
            if field_match is None:
                yield _Tok("term", word.rstrip("*"), prefix=word.endswith("*"))
                continue
            name, value = field_match.group(1).lower(), field_match.group(2)
            if name not in FIELDS:
                raise QueryError(
                    f'unknown field "{field_match.group(1)}:" — fields are {_FIELD_LIST}'
                )
            quoted = False
            if not value and i < n and text[i] in _QUOTES:
                value, i = _read_quoted(text, i)
                quoted = True
            elif not value:
                raise QueryError(
                    f"{name}: needs a value right after the colon, e.g. {_example(name)}"
                )
            star = not quoted and value.endswith("*")
            if quoted and i < n and text[i] == "*":
                star = True
                i += 1
            yield _Tok("term", value.rstrip("*") if star else value, name, quoted, star)


def _example(name: str) -> str:
    return {
        "person": "person:tokayev",
        "category": "category:plenary",
        "year": "year:2021",
        "after": "after:2021-09-01",
        "before": "before:2022-01-01",
    }[name]


# --------------------------------------------------------------------------------------------
# Parser

_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _period(name: str, value: str) -> tuple[_dt.date, _dt.date]:
    """First and last day of the YYYY, YYYY-MM or YYYY-MM-DD period ``value``."""
    match = _DATE_RE.fullmatch(value.strip())
    if name == "year" and (match is None or match.group(2) is not None):
        raise QueryError(f'bad year "{value}" — use four digits, e.g. year:2021')
    if match is None:
        raise QueryError(f'bad date "{value}" for {name}: — use YYYY-MM-DD, YYYY-MM or YYYY')
    year, month, day = match.group(1), match.group(2), match.group(3)
    import datetime as _dt  # here: most queries have no date, and a lookup saves its import

    try:
        if month is None:
            return _dt.date(int(year), 1, 1), _dt.date(int(year), 12, 31)
        first = _dt.date(int(year), int(month), int(day or 1))
        if day is not None:
            return first, first
        after_month = first.replace(day=28) + _dt.timedelta(days=4)
        return first, after_month - _dt.timedelta(days=after_month.day)
    except ValueError:
        raise QueryError(f'bad date "{value}" for {name}: — no such date') from None


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = list(_lex(text))
        self.pos = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.toks[self.pos].kind if self.pos < len(self.toks) else None

    def parse(self) -> Node | None:
        if not self.toks:
            raise QueryError("empty query: type some words to search for")
        node = self.parse_or()
        if self.peek() == ")":
            raise QueryError("unbalanced parenthesis: ')' without a matching '('")
        return node

    def parse_or(self) -> Node | None:
        if self.peek() == "OR":
            raise QueryError("OR needs something to search for on both sides")
        parts = [self.parse_and()]
        while self.peek() == "OR":
            self.pos += 1
            if self.peek() in (None, ")", "OR"):
                raise QueryError("OR needs something to search for on both sides")
            parts.append(self.parse_and())
        kept = [part for part in parts if part is not None]
        if len(kept) < 2:
            return kept[0] if kept else None
        flat: list[Node] = []
        for part in kept:
            flat.extend(part.children if isinstance(part, Or) else (part,))
        return Or(tuple(flat))

    def parse_and(self) -> Node | None:
        items: list[Node] = []
        seen = False
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.pos += 1
                if self.peek() in (None, ")", "OR", "AND") or not seen:
                    raise QueryError("AND needs something to search for on both sides")
                continue
            seen = True
            node = self.parse_unary()
            if node is not None:
                items.extend(node.children if isinstance(node, And) else (node,))
        if not seen:
            if self.depth == 0 and self.peek() == ")":
                raise QueryError("unbalanced parenthesis: ')' without a matching '('")
            raise QueryError("empty group: () holds nothing to search for")
        if len(items) < 2:
            return items[0] if items else None
        return And(tuple(items))

    def parse_unary(self) -> Node | None:
        if self.peek() == "-":
            self.pos += 1
            if self.peek() in (None, ")", "OR", "AND"):
                raise QueryError("a minus sign (or NOT) needs something to exclude right after it")
            child = self.parse_unary()
            return None if child is None else Not(child)
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        tok = self.toks[self.pos]
        self.pos += 1
        if tok.kind == "(":
            self.depth += 1
            node = self.parse_or()
            if self.peek() != ")":
                raise QueryError("unbalanced parenthesis: '(' is never closed")
            self.depth -= 1
            self.pos += 1
            return node
        if tok.kind == ")":  # pragma: no cover - callers stop before ")"
            raise QueryError("unbalanced parenthesis: ')' without a matching '('")
        return self.term(tok)

    def term(self, tok: _Tok) -> Node | None:
        name = tok.field
        if name in ("year", "after", "before"):
            first, last = _period(name, tok.text)
            if name == "year":
                return DateRange(first, last)
            if name == "after":
                return DateRange(first, None)
            if first.toordinal() == 1:
                raise QueryError(f'bad date "{tok.text}" for before: — nothing comes before it')
            return DateRange(None, first - first.resolution)  # the day before
        field: TextField = "text" if name is None else name  # type: ignore[assignment]
        words = fold_tokens(tok.text)
        if not words:
            if name is not None:
                raise QueryError(f"{name}: needs letters or digits, e.g. {_example(name)}")
            return None  # stray punctuation: nothing to match
        raw = tok.text.strip() if field == "person" else ""
        if len(words) > 1:
            return Phrase(tuple(words), field, tok.prefix, raw)
        return Prefix(words[0], field, raw) if tok.prefix else Word(words[0], field, raw)


def parse(text: str) -> Query:
    """Parse a query string; raises QueryError with a one-line reason when it is malformed."""
    parser = _Parser(text)
    root = parser.parse()
    if root is None:
        raise QueryError("nothing to search for: the query has no letters or digits")
    return Query(root, text)


# --------------------------------------------------------------------------------------------
# Highlighting


def _positive_leaves(node: Node) -> Iterator[Word | Prefix | Phrase]:
    if isinstance(node, (Word, Prefix, Phrase)):
        yield node
    elif isinstance(node, (And, Or)):
        for child in node.children:
            yield from _positive_leaves(child)


def _highlightable(query: Query | str) -> list[Word | Prefix | Phrase]:
    parsed = parse(query) if isinstance(query, str) else query
    return [leaf for leaf in _positive_leaves(parsed.root) if leaf.field != "category"]


def highlight_terms(query: Query | str) -> list[str]:
    """Folded positive words, phrase words and prefixes (``gafar*``) to highlight, in order.

    Excluded terms and category: words are left out; person: words are kept.
    """
    terms: list[str] = []
    for leaf in _highlightable(query):
        if isinstance(leaf, Word):
            terms.append(leaf.text)
        elif isinstance(leaf, Prefix):
            terms.append(leaf.text + "*")
        else:
            terms.extend(leaf.words[:-1])
            terms.append(leaf.words[-1] + ("*" if leaf.prefix else ""))
    return list(dict.fromkeys(terms))


class Highlighter:
    """Finds the spans of ``text`` that a query's positive terms match, as offsets into it."""

    def __init__(self, patterns: Sequence[tuple[tuple[str, ...], bool]]) -> None:
        """``patterns``: (folded words, last word is a prefix) to look for."""
        # Each pattern is found by a plain substring search for its first word (fast), then
        # checked at that spot by an anchored regex: the rest of the phrase and word ends.
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for words, prefix in sorted({p for p in patterns if p[0]}):
            body = " +".join(re.escape(word) for word in words)
            self._patterns.append((words[0], re.compile(body + (r"\S*" if prefix else r"(?!\S)"))))

    @classmethod
    def from_query(
        cls, query: Query | str, extra_phrases: Sequence[Sequence[str]] = ()
    ) -> Highlighter:
        """Highlight a query's positive words, phrases and prefixes, plus extra folded phrases."""
        patterns: list[tuple[tuple[str, ...], bool]] = []
        for leaf in _highlightable(query):
            if isinstance(leaf, Word):
                patterns.append(((leaf.text,), False))
            elif isinstance(leaf, Prefix):
                patterns.append(((leaf.text,), True))
            else:
                patterns.append((leaf.words, leaf.prefix))
        patterns.extend((tuple(words), False) for words in extra_phrases)
        return cls(patterns)

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def _folded_spans(self, folded: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for needle, regex in self._patterns:
            at = folded.find(needle)
            while at != -1:
                if at == 0 or folded[at - 1] == " ":
                    match = regex.match(folded, at)
                    if match is not None:
                        found.append(match.span())
                at = folded.find(needle, at + 1)
        found.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int]] = []
        for start, end in found:
            if not kept or start >= kept[-1][1]:
                kept.append((start, end))
        return kept

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) offsets into ``text`` of every match, in order, not overlapping."""
        if not self._patterns:
            return []
        folded = fold(text)
        matches = self._folded_spans(folded)
        if not matches:
            return []
        if len(folded) == len(text) and text.isascii() and "'" not in text and "`" not in text:
            return matches
        align = _Alignment(text)
        out = []
        for start, end in matches:
            a, b = align(start), align(end - 1) + 1
            while b < len(text) and unicodedata.combining(text[b]):
                b += 1
            out.append((a, b))
        return out
