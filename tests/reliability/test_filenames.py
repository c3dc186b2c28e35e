"""Odd file names and odd files: they import (or are refused) and are reported readably.

Names with spaces, newlines, tabs, escape sequences, bidi overrides, markup and bytes that are
not UTF-8; symlink loops, FIFOs and devices among the files of an imported directory; stdin that
never ends. Every import runs in a child process with a memory cap and a hang guard (a timeout
far above the expected second or two: it catches a hang, it does not measure speed).
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
from pathlib import Path
from typing import IO, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.importer import display_path
from store.library import Library
from store.text import MAX_RELEASE_BYTES

from .helpers import PRESSROOM, REPO, cli_env, release_text, run_in_pty

pytest.importorskip("store.people")
pytest.importorskip("store.identity")

HANG_GUARD = 300  # seconds
MEMORY_CAP = 2 * 1024**3  # bytes of address space for the child

NAMES: list[bytes] = [
    b"with space.txt",
    b"new\nline.txt",
    b"tab\there.txt",
    b"bad\xff\xfename.txt",
    b"latin1 caf\xe9.txt",
    b"\x1b]0;pwned\x07\x1b[2J.txt",
    "\u202eevil\u202c.txt".encode(),
    b"[bold red]markup [link=mailto:x]y.txt",
    "ünïcödé 名前 مجلس.txt".encode(),
    b"-looks-like-an-option.txt",
    b" leading and trailing .txt",
]
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def pressroom(
    *args: str | bytes | Path, stdin: IO[bytes] | None = None
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            [*PRESSROOM, *args],
            capture_output=stdin is None,
            stdin=stdin,
            stdout=subprocess.PIPE if stdin is not None else None,
            stderr=subprocess.PIPE if stdin is not None else None,
            env=cli_env(),
            cwd=REPO,
            timeout=HANG_GUARD,
            preexec_fn=_cap_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"pressroom {args!r} did not finish: it hangs")


def _report(done: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    text = done.stdout.decode("utf-8")  # valid UTF-8 whatever the file names
    assert RAW.search(text) is None, text
    report: dict[str, Any] = json.loads(text)
    return report


@pytest.fixture
def odd_names(tmp_path: Path) -> bytes:
    directory = os.fsencode(tmp_path / "in")
    os.mkdir(directory)
    for number, name in enumerate(NAMES):
        with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
            handle.write(release_text(500 + number))
    return directory


def test_odd_names_in_a_directory(odd_names: bytes, tmp_path: Path) -> None:
    db = tmp_path / "library"
    report = _report(pressroom("import", "--db", db, "--json", odd_names))
    assert report["summary"]["imported"] == len(NAMES)
    paths = [f["path"] for f in report["files"]]
    assert len(paths) == len(NAMES)
    joined = "\n".join(paths)
    for expected in ("with space.txt", "new\\nline.txt", "bad\\xff\\xfename.txt", "\\x1b]0;"):
        assert expected in joined, joined
    assert "名前" in joined and "[bold red]markup [link=mailto:x]y.txt" in joined
    assert len(Library.open(db)) == len(NAMES)
    # The source each release records is the same readable text.
    for release in Library.open(db).releases():
        assert RAW.search(release.source) is None


@pytest.mark.parametrize("name", NAMES, ids=lambda n: repr(n)[2:14])
def test_odd_name_on_the_command_line(name: bytes, odd_names: bytes, tmp_path: Path) -> None:
    argument = os.path.join(odd_names, name)  # absolute: never taken for an option
    report = _report(pressroom("import", "--db", tmp_path / "library", "--json", argument))
    (result,) = report["files"]
    assert result["status"] == "imported", result
    assert result["path"].endswith(".txt")


def test_rejected_odd_names_print_inert(tmp_path: Path) -> None:
    directory = tmp_path / "in"
    directory.mkdir()
    for name in NAMES:
        (Path(os.fsdecode(os.fsencode(directory) + b"/" + name))).write_bytes(b"")
    done = pressroom("import", "--db", tmp_path / "library", directory)
    assert done.returncode == 1
    out = done.stdout.decode("utf-8")
    assert RAW.search(out) is None, out
    assert out.count("rejected ") == len(NAMES) and "empty file" in out
    status, output = run_in_pty(["import", "--db", tmp_path / "library2", directory])
    assert status == 1
    assert b"\x1b]" not in output and b"\x1b[2J" not in output
    assert "\u202e" not in output.decode("utf-8")


def test_symlink_loops_do_not_hang(tmp_path: Path) -> None:
    directory = tmp_path / "in"
    (directory / "sub" / "deeper").mkdir(parents=True)
    for number, sub in enumerate(["", "sub", "sub/deeper"]):
        (directory / sub / f"r{number}.txt").write_text(release_text(600 + number))
    (directory / "sub" / "deeper" / "up").symlink_to("../..")  # back to the top
    (directory / "self").symlink_to(".")
    (directory / "sub" / "sideways").symlink_to(directory / "sub")
    (directory / "a.txt").symlink_to("b.txt")  # a loop of file links
    (directory / "b.txt").symlink_to("a.txt")
    (directory / "dangling.txt").symlink_to("nowhere.txt")
    report = _report(pressroom("import", "--db", tmp_path / "library", "--json", directory))
    statuses = sorted(f["status"] for f in report["files"])
    assert statuses.count("imported") == 3
    assert set(statuses) <= {"imported", "rejected", "unchanged"}
    rejected = {Path(f["path"]).name: f["reason"] for f in report["files"] if f["reason"]}
    assert {"a.txt", "b.txt", "dangling.txt"} <= set(rejected), rejected
    assert len(Library.open(tmp_path / "library")) == 3


def test_fifo_and_devices_in_a_directory_do_not_hang(tmp_path: Path) -> None:
    directory = tmp_path / "in"
    directory.mkdir()
    (directory / "real.txt").write_text(release_text(700))
    os.mkfifo(directory / "pipe.txt")
    (directory / "zero.txt").symlink_to("/dev/zero")
    (directory / "random.txt").symlink_to("/dev/urandom")
    report = _report(pressroom("import", "--db", tmp_path / "library", "--json", directory))
    results = {Path(f["path"]).name: f for f in report["files"]}
    assert results["real.txt"]["status"] == "imported"
    for name in ("pipe.txt", "zero.txt", "random.txt"):
        assert results[name]["status"] == "rejected", results[name]
        assert "not a regular file" in results[name]["reason"]


def test_files_named_on_the_command_line_that_are_not_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    report = _report(
        pressroom(
            "import", "--db", tmp_path / "library", "--json", tmp_path / "pipe.txt", "/dev/zero"
        )
    )
    assert [f["status"] for f in report["files"]] == ["rejected", "rejected"]


def test_endless_stdin_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        done = pressroom("import", "--db", tmp_path / "library", "--json", "-", stdin=zero)
    report = _report(done)
    (result,) = report["files"]
    assert result["status"] == "rejected"
    assert f"{MAX_RELEASE_BYTES:,}" in result["reason"]


def test_big_file_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.write(release_text(1).encode())
        handle.truncate(512 * 1024 * 1024)  # sparse: 512 MiB that take no disk space
    report = _report(pressroom("import", "--db", tmp_path / "library", "--json", big))
    (result,) = report["files"]
    assert result["status"] == "rejected" and "limit" in result["reason"]


@given(st.binary(min_size=1, max_size=40))
def test_display_path_shows_only_printable_characters(name: bytes) -> None:
    """Whatever bytes a file name holds, what is shown of it cannot drive a terminal, and a
    name that is printable already is shown as it is."""
    shown = display_path(name)
    assert shown.isprintable()
    text = os.fsdecode(name)
    if text.isprintable():
        assert shown == text
