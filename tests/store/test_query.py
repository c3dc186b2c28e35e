"""The query language: folding, the grammar, each field, errors, highlighting."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.query import (
    And,
    DateRange,
    Highlighter,
    Not,
    Or,
    Phrase,
    Prefix,
    QueryError,
    Word,
    fold,
    fold_tokens,
    fold_words,
    highlight_terms,
    parse,
)


class tree:
    """The parse tree of ``text``, compared by its repr: query nodes are named tuples, and
    ``And`` and ``Or`` (or ``Word`` and ``Prefix``) with equal fields compare equal as tuples."""

    def __init__(self, text: str) -> None:
        self.root = parse(text).root

    def __eq__(self, other: object) -> bool:
        return repr(self.root) == repr(other)

    def __repr__(self) -> str:
        return repr(self.root)


# ---- folding


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Şentop", "sentop"),
        ("Kollár Bečić Chișinău", "kollar becic chisinau"),
        ("Chair`s", "chairs"),
        ("Chair’s", "chairs"),
        ("Chair's", "chairs"),
        ("Kasim-Jomart", "kasim jomart"),
        ("İstanbul Kırıkkale", "istanbul kirikkale"),
        ("Straße", "strasse"),
        ("Ørsted Łukasz", "orsted lukasz"),
        ("e\u0301te\u0301", "ete"),  # decomposed accents
        ("MPs’ “work”, 2021–2022…", "mps  work   2021 2022   "),
        ("snake_case", "snake case"),
        ("ＦＵＬＬ", "full"),
        ("𝚨𝚩", "αβ"),  # mathematical capitals decompose to capitals, then fold
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_tokens_split_on_punctuation() -> None:
    assert fold_tokens("Mr. Şentop, Chair`s (NAM) — ok") == ["mr", "sentop", "chairs", "nam", "ok"]


@given(st.text())
def test_fold_is_per_character(text: str) -> None:
    assert fold(text) == "".join(fold(char) for char in text)


@given(st.text())
def test_fold_words_is_fold_with_single_spaces(text: str) -> None:
    assert fold_words(text) == " ".join(fold(text).split())


@given(st.text())
def test_fold_output_is_words_and_spaces(text: str) -> None:
    assert all(char == " " or char.isalnum() for char in fold(text))
    assert fold(fold(text)) == fold(text)


# ---- grammar


def test_words_are_all_required() -> None:
    assert tree("Gafarova TOKAYEV") == And((Word("gafarova"), Word("tokayev")))


def test_single_word() -> None:
    assert tree("Şentop") == Word("sentop")


def test_phrase() -> None:
    assert tree('"Official Visit" baku') == And((Phrase(("official", "visit")), Word("baku")))


def test_curly_quotes_make_a_phrase() -> None:
    assert tree("\u201cofficial visit\u201d") == Phrase(("official", "visit"))


def test_one_word_phrase_is_a_word() -> None:
    assert tree('"Chair`s"') == Word("chairs")


def test_punctuated_word_is_a_phrase() -> None:
    assert tree("Kasim-Jomart") == Phrase(("kasim", "jomart"))
    assert tree("covid-19") == Phrase(("covid", "19"))


def test_prefix() -> None:
    assert tree("parliament*") == Prefix("parliament")
    assert tree("Şen*") == Prefix("sen")
    assert tree('"kasim jo"*') == Phrase(("kasim", "jo"), prefix=True)


def test_or_binds_looser_than_and() -> None:
    assert tree("a b OR c d") == Or((And((Word("a"), Word("b"))), And((Word("c"), Word("d")))))


def test_or_chain_is_flat() -> None:
    assert tree("a OR b OR c") == Or((Word("a"), Word("b"), Word("c")))


def test_lowercase_or_is_a_word() -> None:
    assert tree("war or peace") == And((Word("war"), Word("or"), Word("peace")))


def test_groups() -> None:
    assert tree("(baku OR astana) visit") == And(
        (Or((Word("baku"), Word("astana"))), Word("visit"))
    )


def test_exclusion() -> None:
    assert tree("baku -visit") == And((Word("baku"), Not(Word("visit"))))
    assert tree('baku -"official visit"') == And((Word("baku"), Not(Phrase(("official", "visit")))))
    assert tree("baku NOT visit") == parse("baku -visit").root


def test_explicit_and_is_the_default() -> None:
    assert tree("baku AND visit") == parse("baku visit").root


def test_hyphen_inside_a_word_is_not_exclusion() -> None:
    assert tree("state-building") == Phrase(("state", "building"))


def test_stray_punctuation_is_ignored() -> None:
    assert tree("baku — visit") == And((Word("baku"), Word("visit")))


# ---- fields


def test_person_field() -> None:
    assert tree("person:Tokayev") == Word("tokayev", "person", raw="Tokayev")
    assert tree("Tokayev") == Word("tokayev")  # the text as typed is kept for person: only


def test_person_phrase_and_prefix() -> None:
    assert tree('person:"Sahiba Gafarova"') == Phrase(
        ("sahiba", "gafarova"), "person", raw="Sahiba Gafarova"
    )
    assert tree("person:gafar*") == Prefix("gafar", "person", raw="gafar")
    assert tree("person:Kasim-Jomart") == Phrase(("kasim", "jomart"), "person", raw="Kasim-Jomart")


def test_category_field() -> None:
    assert tree("category:plenary") == Word("plenary", "category")
    assert tree("category:Chair`s") == Word("chairs", "category")
    assert tree("CATEGORY:news") == Word("news", "category")


def test_year() -> None:
    assert tree("year:2021") == DateRange(dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_after_is_inclusive() -> None:
    assert tree("after:2021-09-01") == DateRange(dt.date(2021, 9, 1), None)
    assert tree("after:2021-09") == DateRange(dt.date(2021, 9, 1), None)
    assert tree("after:2021") == DateRange(dt.date(2021, 1, 1), None)


def test_before_is_exclusive() -> None:
    assert tree("before:2022-01-01") == DateRange(None, dt.date(2021, 12, 31))
    assert tree("before:2022-03") == DateRange(None, dt.date(2022, 2, 28))
    assert tree("before:2024") == DateRange(None, dt.date(2023, 12, 31))


def test_after_and_before_make_a_month() -> None:
    assert tree("after:2021-09 before:2021-10") == And(
        (DateRange(dt.date(2021, 9, 1), None), DateRange(None, dt.date(2021, 9, 30)))
    )


def test_negated_field() -> None:
    assert tree("baku -category:news") == And((Word("baku"), Not(Word("news", "category"))))


def test_fields_alone_are_a_query() -> None:
    assert tree("year:2021 category:plenary") == And(
        (DateRange(dt.date(2021, 1, 1), dt.date(2021, 12, 31)), Word("plenary", "category"))
    )


def test_only_exclusions_is_a_query() -> None:
    assert tree("-visit") == Not(Word("visit"))


# ---- errors


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ('"official visit', "unbalanced quote"),
        ('baku "', "unbalanced quote"),
        ('person:"sahiba', "unbalanced quote"),
        ("foo:bar", 'unknown field "foo:" — fields are person:, category:, year:, after:, before:'),
        ("Title:x", 'unknown field "Title:"'),
        ("person:", "person: needs a value"),
        ("category:—", "category: needs letters or digits"),
        ("year:21", 'bad year "21"'),
        ("year:2021-05", 'bad year "2021-05"'),
        ("after:2021-02-30", 'bad date "2021-02-30"'),
        ("after:2021-13", 'bad date "2021-13"'),
        ("before:yesterday", 'bad date "yesterday"'),
        ("before:0001", 'bad date "0001" for before: — nothing comes before it'),
        ("after:0000", 'bad date "0000"'),
        ("(baku", "'(' is never closed"),
        ("baku)", "')' without a matching '('"),
        (")", "')' without a matching '('"),
        ("()", "empty group"),
        ("a OR", "OR needs something"),
        ("OR a", "OR needs something"),
        ("a OR OR b", "OR needs something"),
        ("(a OR) b", "OR needs something"),
        ("a AND", "AND needs something"),
        ("AND a", "AND needs something"),
        ("—", "nothing to search for"),
        ("- *", "nothing to search for"),
        ("a NOT", "needs something to exclude"),
    ],
)
def test_malformed_queries(text: str, fragment: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message
    assert caught.value.message == message


def test_query_error_is_a_value_error() -> None:
    assert issubclass(QueryError, ValueError)


@given(st.text(max_size=40))
def test_parse_never_crashes(text: str) -> None:
    with contextlib.suppress(QueryError):
        parse(text)


# ---- highlighting


def test_highlight_terms() -> None:
    terms = highlight_terms('Şentop "official visit" parl* person:tokayev category:news -baku')
    assert terms == ["sentop", "official", "visit", "parl*", "tokayev"]


def test_highlight_terms_deduplicate() -> None:
    assert highlight_terms("baku OR baku visit") == ["baku", "visit"]


def test_highlighter_spans_on_original_text() -> None:
    text = "The Chair`s guest Mr Şentop met Sahiba  Gafarova; the chair’s office."
    highlighter = Highlighter.from_query('chairs sentop "sahiba gafarova"')
    spans = highlighter.spans(text)
    assert [text[a:b] for a, b in spans] == ["Chair`s", "Şentop", "Sahiba  Gafarova", "chair’s"]


def test_highlighter_prefix_and_word_ends() -> None:
    text = "Parliamentary parliament apart spar"
    spans = Highlighter.from_query("par*").spans(text)
    assert [text[a:b] for a, b in spans] == ["Parliamentary", "parliament"]
    assert Highlighter.from_query("part").spans(text) == []


def test_highlighter_with_expansions_and_marks() -> None:
    text = "Die Straße von Kollár, e\u0301te\u0301 und ﬁne."
    highlighter = Highlighter.from_query("strasse kollar ete fine")
    assert [text[a:b] for a, b in highlighter.spans(text)] == [
        "Straße",
        "Kollár",
        "e\u0301te\u0301",
        "ﬁne",
    ]


def test_highlighter_extra_phrases() -> None:
    text = "President Kasim-Jomart Tokayev"
    highlighter = Highlighter.from_query("person:tokayev", [("kasim", "jomart", "tokayev")])
    assert [text[a:b] for a, b in highlighter.spans(text)] == ["Kasim-Jomart Tokayev"]


def test_highlighter_ignores_excluded_and_category() -> None:
    assert not Highlighter.from_query("-baku category:news year:2021")


_WORDS = st.sampled_from(["Şentop", "chair`s", "Straße", "ﬁne", "gafarova", "e\u0301te\u0301"])
_GLUE = st.sampled_from([" ", ", ", " — ", "’", "\n", "  (", ") "])


@given(st.lists(st.tuples(_WORDS, _GLUE), min_size=1, max_size=12), _WORDS)
def test_highlighter_spans_fold_to_the_term(pieces: list[tuple[str, str]], target: str) -> None:
    text = "".join(word + glue for word, glue in pieces)
    term = fold(target).strip()
    spans = Highlighter.from_query(term).spans(text)
    expected = fold_tokens(text).count(term)
    assert len(spans) == expected
    for start, end in spans:
        assert fold(text[start:end]).strip() == term
