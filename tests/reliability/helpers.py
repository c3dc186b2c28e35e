"""Shared helpers of the reliability tests: releases on disk, libraries, snapshots, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from store.library import Library

REPO = Path(__file__).resolve().parents[2]
PRESSROOM = [sys.executable, "-m", "tui.cli"]

BODY = (
    "Chairman of the Milli Majlis Ogtay Asadov received a delegation headed by Speaker "
    "László Kövér on {day} May. MP Anar Mammadov and MP Samad Seyidov attended the meeting.",
    "The sides discussed item {number} of the joint programme and agreed to meet again.",
)


def release_text(number: int, *, title: str | None = None, body: Sequence[str] = ()) -> str:
    """A well-formed release, unique by ``number``."""
    day = number % 28 + 1
    paragraphs = list(body) or [p.format(day=day, number=number) for p in BODY]
    return "\n".join(
        [
            title or f"Chairman Receives Delegation Number {number}",
            "",
            "Chair`s Meetings",
            f"{day:02d} May {2000 + number % 20} | {number % 24:02d}:{number % 60:02d}",
            "",
            "\n\n".join(paragraphs),
            "",
            "The Press and Public Relations Department",
            "The Milli Majlis",
            "",
        ]
    )


def write_releases(directory: Path, numbers: range | Sequence[int]) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in numbers:
        path = directory / f"r{number:05d}.txt"
        path.write_text(release_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def build_library(path: Path, sources: Sequence[Path], *, batch_size: int = 5000) -> Library:
    from store.importer import import_paths

    library = Library.create(path)
    import_paths(library, list(sources), batch_size=batch_size)
    return Library.open(path)


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` (the search index included) by relative name."""
    files = {}
    for root, _dirs, names in os.walk(path):
        for name in names:
            full = Path(root) / name
            files[str(full.relative_to(path))] = full.read_bytes()
    return files


def library_files(path: Path) -> dict[str, bytes]:
    """The library's own files (manifest, backup, summaries, bodies, people), not the index."""
    return {
        name: data
        for name, data in snapshot(path).items()
        if not name.startswith("index" + os.sep) and name not in (".lock", ".writer.pid")
    }


def cli_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PRESSROOM_DB", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env.update(extra)
    return env


def run_cli(
    args: Sequence[str | bytes | Path],
    *,
    env: dict[str, str] | None = None,
    input_bytes: bytes | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``pressroom ARGS`` in a child process, output captured as bytes (not a terminal)."""
    return subprocess.run(
        [*PRESSROOM, *(os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in args)],
        capture_output=True,
        input=input_bytes,
        env=env or cli_env(),
        cwd=REPO,
        timeout=timeout,
    )


def check_consistent(library: Library) -> set[str]:
    """Every listed release has its body and every body is listed; return the ids."""
    ids = set(library.summary_docs())
    bodies: set[str] = set()
    for shard in library.manifest().shards:
        shard_ids = set(library._shard_docs(shard))
        assert not shard_ids & bodies, "a release in two body files"
        bodies |= shard_ids
    assert ids == bodies, (sorted(ids - bodies)[:5], sorted(bodies - ids)[:5])
    for release_id in sorted(ids)[:: max(1, len(ids) // 10)]:
        assert library.get(release_id).id == release_id
    library.people()
    return ids


def run_in_pty(
    args: Sequence[str | Path],
    *,
    columns: int = 100,
    rows: int = 50,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> tuple[int, bytes]:
    """Run ``pressroom ARGS`` on a pseudo-terminal of the given size; return (status, bytes).

    The terminal is put in raw output mode (no newline translation), so the bytes are exactly
    what the program wrote.
    """
    import fcntl
    import select
    import struct
    import termios
    import time

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    attributes = termios.tcgetattr(slave)
    attributes[1] &= ~termios.OPOST  # output flags: no \n -> \r\n
    termios.tcsetattr(slave, termios.TCSANOW, attributes)
    environment = env or cli_env()
    environment = {**environment, "TERM": "xterm-256color"}
    process = subprocess.Popen(
        [*PRESSROOM, *(str(a) for a in args)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=environment,
        cwd=REPO,
        close_fds=True,
    )
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif process.poll() is not None:
                # Drain what is left, then stop.
                ready, _, _ = select.select([master], [], [], 0.1)
                if not ready:
                    break
        else:
            process.kill()
            raise TimeoutError(f"pressroom {args} did not finish on the terminal")
        status = process.wait(timeout=timeout)
    finally:
        os.close(master)
    return status, b"".join(chunks)
