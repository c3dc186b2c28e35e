"""Terminal injection: release text and library files carrying escape sequences, controls, bidi
overrides and Rich markup must reach no terminal as anything but inert text.

Two routes in: release files imported normally (cleaned by the parser), and library files edited
by hand after the import (bypassing the parser: the read boundary must clean them). Every lookup
is run piped (plain text), with --json, and on a pseudo-terminal (Rich), and the exact bytes
written are checked.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from store.library import Library
from store.storage import TABLE_LINE_DOCS, dump_table

from .helpers import build_library, check_consistent, release_text, run_cli, run_in_pty

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

PAYLOAD = (
    "A\x1b[31mred\x1b[0m B\x1b[2J\x1b[H C\x1b[10A\x1b[5C D\x1b]52;c;cHduZWQ=\x07 "
    "E\x1b]0;pwned title\x07 E2\x1b]2;other title\x1b\\ "
    "F\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\ "
    "G\x9b2J H\x9d0;c1 title\x9c I\x07\x08\x0c\x7f\r J\u202eevil\u202c K\u2066iso\u2069 "
    "O\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\ P\x1b(0Q\x1bc "
    "L[bold red]markup[/] M[link=https://evil.example/]click[/link] N[/]"
)
MARKUP = "[link=https://evil.example/]click[/link]"

# What may never be written: any OSC (clipboard, title, hyperlink), DCS, screen clears and
# cursor moves, C1 controls, BEL/BS/FF/DEL/CR, bidi overrides and isolates.
FORBIDDEN_BYTES = (b"\x1b]", b"\x1bP", b"\x1b[2J", b"\x1b[H", b"\x1b[10A", b"\x1b[5C", b"\x1bc")
# (Tab is the plain output's column separator, newline its row separator.)
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(rb"\x1b\[[0-9;]*m")


def assert_inert(output: bytes, *, terminal: bool) -> str:
    """No sequence of the payload is among ``output``; return the visible text."""
    for sequence in FORBIDDEN_BYTES:
        assert sequence not in output, (sequence, output[:3000])
    if terminal:
        output = SGR.sub(b"", output)  # Rich's own colours, nothing else
    assert b"\x1b" not in output, output[:3000]
    text = output.decode("utf-8")
    bad = FORBIDDEN_CHARS.search(text)
    assert bad is None, (bad and repr(bad.group()), text[:3000])
    return text


def hostile(text: str) -> str:
    return f"{text} {PAYLOAD}"


def write_hostile_release(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "hostile.txt"
    path.write_text(
        release_text(
            7,
            title=hostile("Chairman Receives Delegation"),
            body=(
                hostile("Chairman Ogtay Asadov received MP Anar Mammadov on 5 May."),
                hostile("MP Samad Seyidov said the markup was discussed."),
            ),
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library that imported the hostile release (the parser cleans it)."""
    work = tmp_path_factory.mktemp("inject-import")
    write_hostile_release(work / "in")
    return build_library(work / "library", [work / "in"]).path


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change a library file's data, keeping its layout (a table written a document or a
    thousand a line stays so: its readers then take the same route as for real files)."""
    raw = path.read_bytes()
    data = orjson.loads(raw)
    change(data)
    (name, table), *others = data.items()
    if not others and raw.startswith(b"{" + orjson.dumps(name) + b":{\n"):
        per_line = 1 if raw.count(b"\n") == len(table) + 1 else TABLE_LINE_DOCS
        path.write_bytes(dump_table(name, table, per_line))
    else:
        path.write_bytes(orjson.dumps(data))


@pytest.fixture(scope="module")
def edited(imported: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same library with the payload written straight into its files, past the parser."""
    db = tmp_path_factory.mktemp("inject-edit") / "library"
    shutil.copytree(imported, db)
    library = Library.open(db)
    manifest = library.manifest()
    (release_id,) = library.summary_docs()

    def summaries(data: dict[str, Any]) -> None:
        row = data["releases"][release_id]
        row["title"] = hostile(row["title"])
        row["category"] = hostile("Chair’s Meetings")
        row["date"] = "2021-05-05" + PAYLOAD
        row["time"] = "10:00" + PAYLOAD
        for person in row["people"]:
            person[0] = hostile(person[0])
            person[1] = hostile(person[1])

    def bodies(data: dict[str, Any]) -> None:
        body = data["releases"][release_id]
        body["title"] = hostile(body["title"])
        body["category"] = hostile("Chair’s Meetings")
        body["date"] = "2021-05-05" + PAYLOAD
        body["time"] = "10:00" + PAYLOAD
        body["paragraphs"] = [hostile(p) for p in body["paragraphs"]]
        body["footer"] = [hostile(line) for line in body["footer"]]
        body["source"] = hostile(body["source"])
        for person in body["people"]:
            person["name"] = hostile(person["name"])
            person["role"] = hostile(person["role"])
            person["mentions"] = [hostile(m) for m in person["mentions"]]

    def people(data: dict[str, Any]) -> None:
        for person in data["people"].values():
            person["name"] = hostile(person["name"])
            person["aliases"] = [hostile(a) for a in person["aliases"]]
            person["roles"] = [[hostile(r[0]), PAYLOAD, PAYLOAD] for r in person["roles"]]

    assert manifest.summaries and manifest.people
    _edit(db / manifest.summaries, summaries)
    _edit(db / (Library.open(db).body_file(release_id) or ""), bodies)
    _edit(db / manifest.people, people)
    # The search index is derived from the library: rebuild it from the edited files.
    done = run_cli(["--db", db, "reindex"])
    assert done.returncode == 0, done.stderr
    return db


def _release_id(db: Path) -> str:
    (release_id,) = Library.open(db).summary_docs()
    return release_id


LOOKUPS: dict[str, Callable[[Path], list[str]]] = {
    "show": lambda db: ["show", _release_id(db)],
    "list": lambda db: ["list"],
    "search": lambda db: ["search", "markup"],
    "people": lambda db: ["people"],
}


@pytest.fixture(params=["imported", "edited"])
def library_path(request: pytest.FixtureRequest) -> Path:
    return Path(request.getfixturevalue(request.param))


@pytest.mark.parametrize("command", sorted(LOOKUPS))
def test_plain_output_is_inert(command: str, library_path: Path) -> None:
    done = run_cli(["--db", library_path, *LOOKUPS[command](library_path)])
    assert done.returncode == 0, done.stderr
    text = assert_inert(done.stdout, terminal=False)
    assert_inert(done.stderr, terminal=False)
    assert text.strip()
    if command == "show":
        assert MARKUP in text  # markup is text: shown as written


@pytest.mark.parametrize("command", sorted(LOOKUPS))
def test_json_output_is_inert(command: str, library_path: Path) -> None:
    done = run_cli(["--db", library_path, *LOOKUPS[command](library_path), "--json"])
    assert done.returncode == 0, done.stderr
    assert_inert(done.stdout, terminal=False)
    data = json.loads(done.stdout)
    assert data

    def walk(value: Any) -> None:
        if isinstance(value, str):
            assert FORBIDDEN_CHARS.search(value) is None and "\x1b" not in value, value
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)


@pytest.mark.parametrize("command", sorted(LOOKUPS))
def test_terminal_output_is_inert(command: str, library_path: Path) -> None:
    status, output = run_in_pty(["--db", library_path, *LOOKUPS[command](library_path)])
    assert status == 0, output[-2000:]
    text = assert_inert(output, terminal=True)
    assert text.strip()
    if command == "show":
        assert MARKUP in text


def test_hand_edited_library_is_otherwise_intact(edited: Path) -> None:
    library = Library.open(edited)
    check_consistent(library)
    release = library.get(_release_id(edited))
    assert "\x1b" not in release.title and MARKUP in release.title


def test_hostile_ids_and_keys_in_edited_files(imported: Path, tmp_path: Path) -> None:
    """A row whose key (the release id) carries escapes: listed without them, never raw."""
    db = tmp_path / "library"
    shutil.copytree(imported, db)
    manifest = Library.open(db).manifest()
    assert manifest.summaries

    def add_row(data: dict[str, Any]) -> None:
        row = dict(next(iter(data["releases"].values())))
        data["releases"]["ab\x1b]0;pwned\x07\u202e[link=https://evil.example/]x[/link]"] = row

    def add_person(data: dict[str, Any]) -> None:
        person = dict(next(iter(data["people"].values())))
        data["people"]["k\x1b]52;c;eA==\x07"] = person

    _edit(db / manifest.summaries, add_row)
    assert manifest.people
    _edit(db / manifest.people, add_person)
    for args in (["list"], ["list", "--json"], ["people", "--json"]):
        done = run_cli(["--db", db, *args])
        assert done.returncode == 0, done.stderr
        assert_inert(done.stdout, terminal=False)
    for args in (["list"], ["people"]):
        status, output = run_in_pty(["--db", db, *args])
        assert status == 0, output[-2000:]
        assert_inert(output, terminal=True)
