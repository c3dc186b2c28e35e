"""The benchmark corpus generator: deterministic, in the archive's format, with a realistic mix."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"
DATE_LINE = re.compile(r"^\d{2} [A-Z][a-z]+ \d{4} \| \d{2}:\d{2}", re.MULTILINE)
N = 2000


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pressroom_bench_generate", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


gen = _load()


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, dict[str, Any]]]:
    return list(gen.generate_with_truth(N, seed=0))


def _digest(n: int, seed: int) -> str:
    h = hashlib.sha256()
    for name, text in gen.generate(n, seed):
        h.update(name.encode())
        h.update(text.encode())
    return h.hexdigest()


# --- determinism ---------------------------------------------------------------------------


def test_same_seed_gives_identical_output() -> None:
    first = list(gen.generate(300, seed=7))
    gen._world.cache_clear()  # rebuild the population too
    assert list(gen.generate(300, seed=7)) == first


def test_identical_in_a_fresh_interpreter_with_another_hash_seed() -> None:
    code = (
        "import importlib.util, sys, hashlib\n"
        f"spec = importlib.util.spec_from_file_location('g', {str(HERE / 'generate.py')!r})\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['g'] = m\n"
        "spec.loader.exec_module(m)\n"
        "h = hashlib.sha256()\n"
        "for name, text in m.generate(200, 3):\n"
        "    h.update(name.encode()); h.update(text.encode())\n"
        "print(h.hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == _digest(200, 3)


def test_seeds_differ_and_smaller_corpora_are_prefixes() -> None:
    assert _digest(50, 0) != _digest(50, 1)
    assert list(gen.generate(40, seed=2)) == list(gen.generate(120, seed=2))[:40]


def test_truth_does_not_change_the_text(corpus: list[tuple[str, str, dict[str, Any]]]) -> None:
    plain = list(gen.generate(200, seed=0))
    assert plain == [(name, text) for name, text, _ in corpus[:200]]


# --- format --------------------------------------------------------------------------------


def test_every_release_has_title_date_and_known_category(
    corpus: list[tuple[str, str, dict[str, Any]]],
) -> None:
    for i, (name, text, truth) in enumerate(corpus):
        assert name == f"r{i:06d}.txt"
        lines = text.split("\n")
        assert lines[0].strip() and lines[0] == truth["title"]
        match = DATE_LINE.search(text)
        assert match is not None, name
        header = text[: match.start()].split("\n")
        date_line = text[match.start() :].split("\n", 1)[0]
        assert date_line.endswith("   ") and not date_line.endswith("    ")
        day, month, year = date_line.split(" | ")[0].split()
        assert f"{year}-{gen.MONTHS.index(month) + 1:02d}-{day}" == truth["date"]
        assert len(header) <= 4  # title, optional blank line, optional category line
        category = truth["category"]
        if category is None:
            assert not any(line in gen.CATEGORIES for line in header)
        else:
            assert category in gen.CATEGORIES and header[-2] == category


def test_footer_and_boilerplate_unless_truncated(
    corpus: list[tuple[str, str, dict[str, Any]]],
) -> None:
    for name, text, truth in corpus:
        data = text.encode("utf-8")
        if truth["truncated"]:
            assert 1800 <= len(data) <= 2000, name
            assert gen.FOOTER[0] not in text and gen.BOILERPLATE not in text
            assert not text.rstrip().endswith((".", "!", "?")), name  # cut mid-sentence
        else:
            assert text.endswith(gen.BOILERPLATE), name
            assert "\n".join(gen.FOOTER) in text
            assert 150 <= len(text.split()) <= 1500, name
        assert "\x01" not in text and not text.endswith("\n")


def test_truth_people_are_in_the_text(corpus: list[tuple[str, str, dict[str, Any]]]) -> None:
    for name, text, truth in corpus:
        names = [p["name"] for p in truth["people"]]
        assert len(names) == len(set(names)), name
        for person in truth["people"]:
            assert person["name"] in person["mentions"], (name, person)
            for mention in person["mentions"]:
                assert mention in text, (name, mention)
        positions = [text.find(n) for n in names]
        assert positions == sorted(positions), name  # in order of first appearance


# --- the mix -------------------------------------------------------------------------------


def test_mix_of_categories_share_lines_and_breaks(
    corpus: list[tuple[str, str, dict[str, Any]]],
) -> None:
    categories = Counter(truth["category"] for _, _, truth in corpus)
    assert set(categories) == {None, *gen.CATEGORIES}
    assert 0.33 <= categories[None] / N <= 0.47
    share = sum("\nShare:        \n" in text for _, text, _ in corpus) / N
    assert 0.32 <= share <= 0.48
    single = sum("\n\n" not in text for _, text, _ in corpus) / N
    assert 0.005 <= single <= 0.04


def test_truncation_share(corpus: list[tuple[str, str, dict[str, Any]]]) -> None:
    truncated = sum(truth["truncated"] for _, _, truth in corpus) / N
    assert 0.03 <= truncated <= 0.075


def test_lengths_skew_towards_300_to_600_words(
    corpus: list[tuple[str, str, dict[str, Any]]],
) -> None:
    words = [len(text.split()) for _, text, truth in corpus if not truth["truncated"]]
    assert min(words) >= 150 and max(words) <= 1500
    assert max(words) > 1000 and min(words) < 250
    middle = sum(300 <= w <= 600 for w in words) / len(words)
    assert middle >= 0.45
    assert 380 <= sorted(words)[len(words) // 2] <= 560


def test_dates_cover_25_years(corpus: list[tuple[str, str, dict[str, Any]]]) -> None:
    years = Counter(truth["date"][:4] for _, _, truth in corpus)
    assert min(years) == "2000" and max(years) == "2024" and len(years) == 25


def test_people_a_few_frequent_and_a_long_tail(
    corpus: list[tuple[str, str, dict[str, Any]]],
) -> None:
    counts: Counter[str] = Counter()
    referred = 0
    for _, _, truth in corpus:
        counts.update(p["name"] for p in truth["people"])
        referred += any(not p["took_part"] for p in truth["people"])
    (top, top_count), *rest = counts.most_common()
    assert top == gen._world(0).chair.name
    assert 0.07 <= top_count / N <= 0.15
    assert all(count / N <= 0.08 for _, count in rest)
    assert sum(1 for _, c in rest if c / N >= 0.01) >= 5  # deputies, committee chairs, ...
    assert len(counts) >= 1500
    assert sum(1 for c in counts.values() if c <= 3) / len(counts) >= 0.5
    assert referred / N >= 0.25  # greetings to the President, the National Leader, ...


def test_names_with_diacritics_hyphens_and_surname_references(
    corpus: list[tuple[str, str, dict[str, Any]]],
) -> None:
    names = {p["name"] for _, _, truth in corpus for p in truth["people"]}
    assert any(not n.isascii() for n in names)
    assert any("-" in n for n in names)
    for ch in "Şöüčă":
        assert any(ch in n for n in names), ch
    forms = Counter(
        m.split()[0]
        for _, _, truth in corpus
        for p in truth["people"]
        for m in p["mentions"]
        if m != p["name"]
    )
    for honor in ("Mr", "Mrs", "Speaker", "Ambassador"):
        assert forms[honor] > 0, honor
    lists = sum(bool(re.search(r"The MPs [^.]+, [^.]+ and ", text)) for _, text, _ in corpus)
    assert lists / N > 0.05


# --- files and command line ----------------------------------------------------------------


def test_write_corpus_and_cli(tmp_path: Path) -> None:
    size = gen.write_corpus(tmp_path / "a", 25, seed=5)
    files = sorted((tmp_path / "a").iterdir())
    assert [f.name for f in files] == [f"r{i:06d}.txt" for i in range(25)]
    assert size == sum(f.stat().st_size for f in files)
    assert files[3].read_text(encoding="utf-8") == list(gen.generate(4, seed=5))[3][1]

    out = subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "25", str(tmp_path / "b"), "--seed", "5"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "25" in out.stdout and "MB" in out.stdout
    assert [f.read_bytes() for f in sorted((tmp_path / "b").iterdir())] == [
        f.read_bytes() for f in files
    ]


def test_parallel_writing_gives_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gen, "_CHUNK", 10)
    size = gen.write_corpus(tmp_path / "p", 35, seed=4, jobs=2)
    files = sorted((tmp_path / "p").iterdir())
    assert [f.read_text(encoding="utf-8") for f in files] == [t for _, t in gen.generate(35, 4)]
    assert size == sum(f.stat().st_size for f in files)


@pytest.mark.corpus
def test_people_are_not_the_real_corpus_people() -> None:
    gold = CORPUS / "gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared/corpus is not here")
    real = {
        p["name"]
        for line in gold.read_text(encoding="utf-8").splitlines()
        for p in json.loads(line)["people"]
    }
    assert not real & {p.name for p in gen._world(0).people}
