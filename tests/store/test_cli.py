"""The pressroom command: exit codes, JSON shapes, plain output, no Textual for lookups."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.library import MANIFEST, Library
from tui.cli import main

from .test_parser import make


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pressroom(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run the real installed command."""
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def releases_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "in"
    directory.mkdir()
    (directory / "a.txt").write_text(
        make(
            title="Chair of the Milli Majlis Meets Ambassador",
            date="05 May 2021 | 11:00",
            paragraphs=(
                "Chair of the Milli Majlis Sahiba Gafarova met Ambassador of Hungary to "
                "Azerbaijan Viktor Szabó on 5 May.",
                "Mrs Gafarova passed greetings to President Ilham Aliyev.",
            ),
        )
    )
    (directory / "b.txt").write_text(
        make(title="Committee Meets", date="06 June 2022 | 12:00", category=None)
    )
    (directory / "empty.txt").write_text("")
    return directory


def test_import_json_shape_and_exit_codes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, releases_dir: Path
) -> None:
    db = str(tmp_path / "lib")
    code, out, _ = run(capsys, "import", "--db", db, "--json", str(releases_dir))
    assert code == 1  # one file rejected, the rest imported
    report = json.loads(out)
    statuses = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert statuses == {"a.txt": "imported", "b.txt": "imported", "empty.txt": "rejected"}
    rejected = next(f for f in report["files"] if f["status"] == "rejected")
    assert rejected["reason"] == "empty file" and rejected["id"] is None
    assert set(report["files"][0]) == {"path", "status", "id", "reason"}
    assert report["summary"] == {
        "imported": 2,
        "updated": 0,
        "unchanged": 0,
        "duplicate": 0,
        "rejected": 1,
    }
    code, out, _ = run(capsys, "import", "--db", db, "--json", str(releases_dir / "a.txt"))
    assert code == 0
    assert json.loads(out)["summary"]["unchanged"] == 1


def test_import_plain_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, releases_dir: Path
) -> None:
    code, out, _ = run(capsys, "import", "--db", str(tmp_path / "lib"), str(releases_dir))
    assert code == 1
    assert "2 imported" in out and "1 rejected" in out and "empty file" in out


def test_import_from_stdin(tmp_path: Path) -> None:
    result = pressroom("import", "--db", str(tmp_path / "lib"), "--json", "-", stdin=make())
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["files"][0]["path"] == "<stdin>"
    assert report["files"][0]["status"] == "imported"


def test_import_into_unwritable_place_is_exit_2(tmp_path: Path, releases_dir: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = pressroom("import", "--db", str(blocker / "lib"), str(releases_dir))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot create a library" in result.stderr


@pytest.fixture
def library(tmp_path: Path, releases_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "lib"
    run(capsys, "import", "--db", str(db), str(releases_dir))
    return db


def test_show_json_fields(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    ids = [s.id for s in Library.open(library).summaries()]
    code, out, _ = run(capsys, "show", "--db", str(library), "--json", ids[-1][:5])
    assert code == 0
    data = json.loads(out)
    for key in (
        "id",
        "title",
        "date",
        "time",
        "category",
        "paragraphs",
        "truncated",
        "people",
        "source",
    ):
        assert key in data
    assert data["date"] == "2021-05-05" and data["time"] == "11:00"
    assert data["id"] == ids[-1]
    for person in data["people"]:
        assert set(person) == {"name", "role", "took_part", "mentions"}


def test_show_plain_when_piped(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    release_id = Library.open(library).summaries()[-1].id
    code, out, _ = run(capsys, "show", "--db", str(library), release_id)
    assert code == 0
    assert out.startswith("Chair of the Milli Majlis Meets Ambassador\n2021-05-05 11:00")
    assert "\x1b" not in out


def test_show_unknown_id(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, _, err = run(capsys, "show", "--db", str(library), "ffffffff")
    assert code == 1
    assert "no release with id" in err


def test_list_newest_first_and_dates(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, _ = run(capsys, "list", "--db", str(library), "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["date"] for r in rows] == ["2022-06-06", "2021-05-05"]
    assert set(rows[0]) == {"id", "title", "date", "category", "people"}
    code, out, _ = run(capsys, "list", "--db", str(library), "--json", "--until", "2021")
    assert [r["date"] for r in json.loads(out)] == ["2021-05-05"]
    code, out, _ = run(capsys, "list", "--db", str(library), "--json", "--since", "2022-06")
    assert [r["date"] for r in json.loads(out)] == ["2022-06-06"]
    code, _, err = run(capsys, "list", "--db", str(library), "--since", "last week")
    assert code == 2 and "bad date" in err


def test_people_json(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, _ = run(capsys, "people", "--db", str(library), "--json")
    assert code == 0
    people = json.loads(out)
    assert people, "the importer found nobody"
    for person in people:
        assert {"name", "aliases", "releases", "took_part", "mentioned", "roles"} <= set(person)


def test_missing_library_is_exit_2(tmp_path: Path) -> None:
    result = pressroom("list", "--db", str(tmp_path / "none"))
    assert result.returncode == 2
    assert "no pressroom library" in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_library_is_exit_2_and_untouched(library: Path) -> None:
    manifest = library / MANIFEST
    manifest.write_bytes(b'{"meta": {"library": ')
    result = pressroom("list", "--db", str(library))
    assert result.returncode == 2
    assert str(manifest) in result.stderr and "doctor" in result.stderr
    assert manifest.read_bytes() == b'{"meta": {"library": '


def test_doctor_restores_last_good_copy(library: Path, releases_dir: Path) -> None:
    manifest = library / MANIFEST
    manifest.write_bytes(b"garbage")
    checked = pressroom("doctor", "--db", str(library))
    assert checked.returncode == 2 and "doctor --repair" in checked.stdout
    repaired = pressroom("doctor", "--db", str(library), "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert list(library.glob("library.json.damaged-*"))
    listed = pressroom("list", "--db", str(library))
    assert listed.returncode in (0, 1) and listed.stderr == ""  # opens: the previous commit
    assert pressroom("import", "--db", str(library), str(releases_dir)).returncode == 1
    assert len(pressroom("list", "--db", str(library)).stdout.splitlines()) == 2


def test_env_var_names_the_library(library: Path) -> None:
    result = pressroom("list", env={"PRESSROOM_DB": str(library)})
    assert result.returncode == 0
    assert "Committee Meets" in result.stdout


def test_sample_library_when_user_has_none(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "PRESSROOM_DB": ""}
    result = pressroom("list", "--limit", "3", env=env)
    assert result.returncode == 0, result.stderr
    assert "sample library" in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_version_and_help() -> None:
    assert pressroom("--version").stdout.startswith("pressroom ")
    commands = ("import", "show", "list", "people", "search", "reindex", "doctor")
    for command in commands:
        result = pressroom(command, "--help")
        assert result.returncode == 0 and f"usage: pressroom {command}" in result.stdout
    listed = pressroom("--help").stdout
    assert all(command in listed for command in commands)
    unknown = pressroom("--db", "show", "bogus")
    assert unknown.returncode == 2 and "invalid choice: 'bogus'" in unknown.stderr


def test_a_command_parses_alone_as_among_all() -> None:
    """Only the named command's parser is built (a cold lookup's start): it parses the same
    as the whole parser, whatever the options before the command."""
    from tui.cli import _commands_in, build_parser

    lines = (
        ["show", "abc", "--json"],
        ["--db", "search", "show", "abc"],  # a library directory named like a command
        ["--db=/x", "search", "a", "b", "--limit", "3", "--sort", "date"],
        ["people", "merge", "A", "B"],
        ["list", "--person", "x", "--person", "y", "--since", "2020"],
        ["--db", "/x"],
        [],
    )
    for argv in lines:
        alone = build_parser(_commands_in(argv)).parse_args(argv)
        assert alone == build_parser().parse_args(argv), argv
    assert _commands_in(["--db", "/x"]) == ()  # the browser: no command's parser at all
    assert _commands_in(["--db=/x", "show", "a"]) == ("show",)
    assert _commands_in(["--help"]) is None and _commands_in(["bogus"]) is None


def test_cold_lookups_import_neither_orjson_nor_dataclasses_nor_tinydb(library: Path) -> None:
    """`show` and `search` start in a new process each time: they read small JSON with the
    standard library, their data types are named tuples and they read the manifest through
    the storage alone, so neither orjson, the dataclasses module (with inspect) nor TinyDB is
    imported (a third of their instructions); nor shutil (argparse's formatter would, for
    the terminal's width) nor threading (the index's lock is the low-level one)."""
    release = Library.open(library).summaries()[0]
    word = release.title.split()[0]
    code = (
        "import sys; from tui.cli import main\n"
        f"assert main(['show', '--db', {str(library)!r}, {release.id!r}]) == 0\n"
        f"assert main(['search', '--db', {str(library)!r}, {word!r}]) == 0\n"
        "heavy = ('orjson', 'dataclasses', 'inspect', 'tinydb', 'shutil', 'threading')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_lookup_ends_without_teardown_and_loses_no_output(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The installed command leaves a lookup with os._exit (no interpreter teardown): what it
    wrote to a pipe arrives whole, and the exit codes are main()'s."""
    assert main(["list", "--db", str(library), "--json"]) == 0
    expected = capsys.readouterr().out
    assert expected.startswith("[")
    listed = pressroom("list", "--db", str(library), "--json")
    assert listed.returncode == 0 and listed.stdout == expected
    missing = pressroom("show", "--db", str(library), "ffffffffff")
    assert missing.returncode == 1 and "no release with id" in missing.stderr
    bad = pressroom("search", "--db", str(library), '"unbalanced')
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    none = pressroom("search", "--db", str(library), "--json", "zzzxqwv")
    assert none.returncode == 1 and json.loads(none.stdout) == []
    # No teardown: exit handlers do not run after a lookup, and do after anything else.
    probe = (
        "import atexit, sys; from tui.cli import console_main\n"
        "atexit.register(lambda: print('torn down', file=sys.stderr))\n"
        "sys.argv = ['pressroom', *sys.argv[1:]]; console_main()\n"
    )
    for args, torn_down in ((["list", "--db", str(library)], False), (["--version"], True)):
        run = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0 and run.stdout, run.stderr
        assert ("torn down" in run.stderr) == torn_down, (args, run.stderr)


def test_help_fits_the_terminal_width() -> None:
    """The help is wrapped to $COLUMNS (as argparse does, without importing shutil)."""
    for columns in (50, 100):
        result = pressroom("search", "--help", env={"COLUMNS": str(columns)})
        assert result.returncode == 0
        lines = result.stdout.splitlines()
        assert max(map(len, lines)) <= columns
        assert max(map(len, lines)) > columns - 30  # the long lines use the width they have


def test_lookups_do_not_import_textual(library: Path) -> None:
    release_id = Library.open(library).summaries()[0].id
    code = (
        "import sys; from tui.cli import main\n"
        f"main(['show', '--db', {str(library)!r}, {release_id!r}])\n"
        f"main(['list', '--db', {str(library)!r}])\n"
        f"main(['people', '--db', {str(library)!r}])\n"
        "assert not any(m.startswith('textual') for m in sys.modules), 'textual imported'\n"
        "assert not any(m.startswith('rich') for m in sys.modules), 'rich imported when piped'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_store_is_headless() -> None:
    code = (
        "import sys, pkgutil, importlib, store\n"
        "for m in pkgutil.iter_modules(store.__path__):\n"
        "    importlib.import_module('store.' + m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_list_of_the_newest_answers_from_the_manifest_as_from_the_whole_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`list --limit N` and `list --since D` take the newest rows from the manifest's head when
    the answer lies within it (a library bigger than the head: 150 releases, one a day, some
    on the same day, one undated); whatever the path, the rows are those of the whole list."""
    from datetime import date, timedelta

    from store.library import HEAD_ROWS

    source = tmp_path / "in"
    source.mkdir()
    first = date(2020, 1, 1)
    for n in range(150):
        day = first + timedelta(days=n - n % 3)  # three releases a day
        (source / f"r{n:03}.txt").write_text(
            make(
                title=f"Committee Meeting Number {n}",
                date=f"{day.day:02} {day:%B} {day.year} | {10 + n % 3}:00" if n != 7 else None,
            )
        )
    db = str(tmp_path / "lib")
    assert run(capsys, "import", "--db", db, str(source))[0] == 0
    everything = Library.open(Path(db), readonly=True).summaries()
    assert len(everything) == 150 > HEAD_ROWS
    for since in (None, "2020-05-28", "2020-05-01", "2020-03-01", "2019-12-01"):
        for limit in (None, 0, 1, 5, HEAD_ROWS - 1, HEAD_ROWS, HEAD_ROWS + 1, 200):
            if since is None and limit is None:
                continue
            args = ["list", "--db", db, "--json"]
            args += ["--since", since] if since else []
            args += ["--limit", str(limit)] if limit is not None else []
            code, out, _ = run(capsys, *args)
            expected = [r.id for r in everything if not since or (r.date and r.date >= since)]
            expected = expected[:limit] if limit is not None else expected
            assert [row["id"] for row in json.loads(out)] == expected, (since, limit)
            assert code == (0 if expected else 1)


def test_a_lookup_pauses_the_collector_only_while_it_runs(
    capsys: pytest.CaptureFixture[str], library: Path
) -> None:
    import gc

    assert gc.isenabled()
    assert run(capsys, "list", "--db", str(library), "--json")[0] == 0
    assert gc.isenabled()
