"""Wide, combining, right-to-left and emoji text does not break the CLI's tables on a terminal:
every line of ``list``, ``search`` and ``people`` fits the terminal's width (in cells, as Rich
measures them)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest
from rich.cells import cell_len

from store.library import Library

from .helpers import build_library, release_text, run_in_pty

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

TITLES = [
    "中华人民共和国全国人民代表大会代表团访问巴库并举行会谈" * 3,
    "Visit of the Delegation with combining marks: e\u0301\u0302 a\u0308\u0304 o\u0328\u0301",
    "وفد مجلس الشورى يزور باكو ويلتقي رئيس البرلمان",
    "משלחת הכנסת מבקרת בבאקו ונפגשת עם יושבת ראש הפרלמנט",
    "Emoji visit 👩‍👩‍👧‍👦 🇦🇿🇭🇺 ❤️ ✍🏽 and 🏳️‍🌈 flags",
    "Ｆｕｌｌｗｉｄｔｈ ＬＡＴＩＮ Delegation Ｔｉｔｌｅ",
    "Zero\u200bwidth\u200bspaces\u200bbetween\u200bwords\u200bof\u200ba\u200btitle",
    "Averyveryverylongwordwithoutanyspace" * 6,
    "한국 국회 대표단 바쿠 방문 — 日本の国会議員団がバクーを訪問",
    "Mixed مجلس and Latin and 中文 and עברית in one title",
]
NAMES = [
    "習近平 Xi Jinping",
    "محمد بن راشد آل مكتوم",
    "בנימין נתניהו",
    "Zoë Ëlïsàbeth Ñúñez-García",
    "👩‍🚀 Astronaut Name",
    "Ｆｕｌｌｗｉｄｔｈ Ｎａｍｅ",
]
WIDTHS = [40, 80, 132]
SGR = re.compile(rb"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("layout")
    directory = work / "in"
    directory.mkdir()
    for number, title in enumerate(TITLES):
        text = release_text(
            800 + number,
            title=title,
            body=(f"{title}. The delegation of {NAMES[number % len(NAMES)]} met MPs.",),
        )
        (directory / f"r{number}.txt").write_text(text, encoding="utf-8")
    db = build_library(work / "library", [directory]).path
    # People with such names, written into the people file (the extractor is not the point).
    manifest = Library.open(db).manifest()
    assert manifest.people
    people_file = db / manifest.people
    data: dict[str, Any] = orjson.loads(people_file.read_bytes())
    ids = sorted(Library.open(db).summary_docs())
    for number, name in enumerate(NAMES):
        data["people"][f"wide-{number}"] = {
            "name": name,
            "aliases": [name],
            "roles": [[f"Role of {name} " * 3, "2020-01-01", "2021-01-01"]],
            "part": ids[number : number + 2],
            "ment": [],
        }
    people_file.write_bytes(orjson.dumps(data))
    return db


def _lines(output: bytes) -> list[str]:
    text = SGR.sub(b"", output).decode("utf-8")
    assert "\x1b" not in text, text[:2000]
    return text.replace("\r", "").split("\n")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "args", [["list"], ["search", "delegation"], ["people"]], ids=lambda a: a[0]
)
def test_every_line_fits_the_terminal(args: list[str], width: int, library: Path) -> None:
    status, output = run_in_pty(["--db", library, *args], columns=width)
    assert status == 0, output[-2000:]
    lines = _lines(output)
    assert len([line for line in lines if line.strip()]) >= 3
    too_wide = [(cell_len(line), line) for line in lines if cell_len(line) > width]
    assert too_wide == [], too_wide


def test_every_title_is_listed(library: Path) -> None:
    """Nothing is dropped to make it fit: each release has its row (its id is on a line)."""
    status, output = run_in_pty(["--db", library, "list"], columns=80)
    assert status == 0
    text = "\n".join(_lines(output))
    for release_id in Library.open(library).summary_docs():
        assert release_id in text
