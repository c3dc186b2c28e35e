"""Benchmark of pressroom at scale (a script, not a test): import, the browser, quick lookups.

    .venv/bin/python tests/bench/bench_scale.py [--sizes 10000,100000] [--runs 5]
        [--out tests/bench/out/] [--work DIR] [--import-runs N] [--rebuild]
        [--skip import,start,actions,cli]

For each size it generates a corpus with tests/bench/generate.py and imports it into a library
(both cached in --work between runs), then measures, each beside a baseline measured in the same
run (medians of --runs runs, and the ratio pressroom / baseline):

- import: releases per second, index included (baseline: reading the files, nothing else),
  and its CPU time per release in all its processes (1,000/s on N cores needs N ms or less);
  and, each measured run followed by the same import without the search index, what the index
  adds to the import's time;
- browser start: launching ``pressroom`` in a real terminal (tmux, 120x40) until release titles
  are on screen (baseline: tests/bench/bare_app.py, launched the same way, until its text is);
- browser actions: keypress (tmux send-keys) until the screen shows the result: cursor down,
  page down, End (the last release), Enter (the release in the reader), filtering to a person
  with about 5% of the releases (``p``, their name, Enter), a search (``/`` and a query)
  (baseline: a keypress that changes the bare app's text), once the whole library is read;
  and Enter at once after the first frame, while it is still being read (one sample a run);
- ``pressroom search --limit 20 QUERY`` and ``pressroom show ID`` "cold": each in a new process
  (the files in the page cache, as after any earlier use), output to a pipe; wall and CPU time
  (baseline: ``rg -l WORD CORPUS``, else ``grep -rl``; left out when neither exists);
- peak memory (VmHWM / ru_maxrss) of the browser, after the actions, and of those commands.

Bytecode caches are compiled first and every program's first run is not counted, so the times
are those of an installed pressroom. The screen is polled with ``tmux capture-pane`` every
10 ms: times are good to about one poll. On a shared machine the load average printed with the
table says how busy the cores were; compare ratios, not times, between runs. The table is
printed and written as Markdown (and the samples as JSON) to --out.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from store.library import Library  # noqa: E402
from store.models import Person, ReleaseSummary  # noqa: E402
from store.query import fold  # noqa: E402

BIN = Path(sys.executable).parent
PRESSROOM = (
    [str(BIN / "pressroom")] if (BIN / "pressroom").exists() else [sys.executable, "-m", "tui.cli"]
)
BARE_APP = [sys.executable, str(REPO / "tests" / "bench" / "bare_app.py")]
BARE_TEXT = "bare textual app ready"
WIDTH, HEIGHT = 120, 40
POLL = 0.010
TIMEOUT = 60.0
SETTLE = 0.4
READ_MARK = "took part (m)"
"""The people pane's subtitle once the whole library is read ("loading…" before)."""
"""Pause between keys that must not run together (Escape then a key reads as Alt+key)."""
PERSON_SHARE = 0.05
"""The person filter is measured on the person who took part in closest to this share."""
SEARCH_WORDS = ("budget", "ambassador", "education", "cooperation", "parliamentary")
MB = 1024 * 1024


# --------------------------------------------------------------------------------------------
# Results


@dataclass
class Row:
    """One line of the table: pressroom's samples beside the baseline's."""

    measure: str
    size: int
    unit: str  # "ms", "MB" or "rel/s"
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    baseline_name: str = ""
    target: str = ""
    check: Callable[[float, float | None], bool] | None = None
    note: str = ""

    @property
    def value(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def base(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        value, base = self.value, self.base
        if value is None or not base:
            return None
        # pressroom / baseline in time or memory; for a rate, how many times slower.
        return base / value if self.unit == "rel/s" else value / base

    @property
    def met(self) -> str:
        if self.check is None or self.value is None:
            return ""
        return "yes" if self.check(self.value, self.ratio) else "**no**"

    def to_json(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "size": self.size,
            "unit": self.unit,
            "samples": self.samples,
            "baseline": self.baseline,
            "baseline_name": self.baseline_name,
            "median": self.value,
            "baseline_median": self.base,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met.strip("*"),
            "note": self.note,
        }


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "rel/s":
        return f"{value:,.0f}/s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def table(rows: Sequence[Row]) -> str:
    lines = [
        "| measure | releases | pressroom | baseline | ratio | target | met |",
        "| --- | ---: | ---: | --- | ---: | --- | --- |",
    ]
    for row in rows:
        base = fmt(row.base, row.unit)
        if row.baseline_name:
            base = f"{base} ({row.baseline_name})" if row.base is not None else row.baseline_name
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "—"
        measure = row.measure + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {measure} | {row.size:,} | {fmt(row.value, row.unit)} | {base} | {ratio} "
            f"| {row.target} | {row.met} |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Processes


@dataclass(frozen=True)
class Measured:
    """One run of a command: wall and CPU time, peak RSS of that process, exit code."""

    seconds: float
    cpu: float
    rss_mb: float
    code: int


# Runs a command and reports on it. A small process of its own does the fork: a child forked
# from this (big) process would inherit its high-water mark of memory in ru_maxrss.
SPAWN = """
import json, os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        os.execvpe(sys.argv[1], sys.argv[1:], os.environ)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
print(json.dumps([seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                  os.waitstatus_to_exitcode(status)]))
"""


def child_env() -> dict[str, str]:
    """The environment of measured programs: bytecode caches written and read, as installed."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}


def run_measured(command: Sequence[str]) -> Measured:
    """Run ``command`` to its end, its output thrown away."""
    with tempfile.TemporaryFile() as errors:
        result = subprocess.run(
            [sys.executable, "-S", "-c", SPAWN, *command],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=child_env(),
            check=False,
        )
        try:
            seconds, cpu, rss, code = json.loads(result.stdout)
        except ValueError:
            seconds, cpu, rss, code = 0.0, 0.0, 0.0, result.returncode or 2
        if code not in (0, 1):
            errors.seek(0)
            print(errors.read().decode(errors="replace")[-2000:], file=sys.stderr)
    return Measured(seconds, cpu, rss, code)


READ_FILES = """
import os, sys
count = 0
for directory, subdirs, files in os.walk(sys.argv[1]):
    subdirs.sort()
    for name in sorted(files):
        if name.endswith(".txt"):
            with open(os.path.join(directory, name), "rb") as handle:
                handle.read()
            count += 1
print(count)
"""


def grep_baseline(word: str, corpus: Path) -> tuple[list[str], str] | None:
    if shutil.which("rg"):
        return ["rg", "-l", "-i", "--", word, str(corpus)], "rg -l"
    if shutil.which("grep"):
        return ["grep", "-rli", "--", word, str(corpus)], "grep -rl"
    return None


# --------------------------------------------------------------------------------------------
# tmux


class Terminal:
    """A private tmux server; each program runs in a session of its own, 120x40."""

    def __init__(self) -> None:
        self.socket = f"pressroom-bench-{os.getpid()}"
        self.session = ""
        self.count = 0
        # A session that lives as long as the server, so that starting one is not timed.
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "keep", "sleep 100000")

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        return result.stdout

    def launch(self, command: Sequence[str]) -> float:
        """Start ``command`` in a new session; return the time just before it was asked for."""
        self.count += 1
        self.session = f"run{self.count}"
        env = {"TERM": "xterm-256color", "LANG": os.environ.get("LANG", "C.UTF-8")}
        settings = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        shell = f"exec env -u PYTHONDONTWRITEBYTECODE {settings} {shlex.join(command)}"
        size = ["-x", str(WIDTH), "-y", str(HEIGHT)]
        start = time.perf_counter()
        self.tmux("new-session", "-d", "-s", self.session, *size, shell)
        return start

    def screen(self, *, styles: bool = False) -> str:
        args = ["capture-pane", "-p", "-t", self.session]
        return self.tmux(*args, "-e") if styles else self.tmux(*args)

    def pid(self) -> int | None:
        text = self.tmux("list-panes", "-t", self.session, "-F", "#{pane_pid}").strip()
        return int(text) if text.isdigit() else None

    def keys(self, *keys: str, literal: bool = False) -> float:
        """Send keys; return the time just before they were sent."""
        start = time.perf_counter()
        self.tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)
        return start

    def wait(
        self, predicate: Callable[[str], bool], what: str, *, since: float, styles: bool = False
    ) -> tuple[float, str]:
        """Poll the screen until ``predicate``; return (ms since ``since``, the screen)."""
        screen = ""
        while True:
            polled = time.perf_counter()
            screen = self.screen(styles=styles)
            now = time.perf_counter()
            if predicate(screen):
                return (now - since) * 1000, screen
            if "Traceback" in screen or now - since > TIMEOUT:
                raise RuntimeError(f"timed out waiting for {what}; the screen was:\n{screen}")
            time.sleep(max(0.0, POLL - (time.perf_counter() - polled)))

    def close(self) -> None:
        if self.session:
            self.tmux("kill-session", "-t", self.session)
            self.session = ""

    def kill(self) -> None:
        self.tmux("kill-server")


def peak_rss_mb(pid: int | None) -> float | None:
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def quit_app(term: Terminal) -> None:
    term.keys("q")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and term.pid() is not None:
        time.sleep(0.05)
    term.close()


# --------------------------------------------------------------------------------------------
# Corpora and libraries


def corpus_dir(work: Path, size: int, seed: int) -> Path:
    directory = work / f"corpus-{size}-seed{seed}"
    marker = directory / ".complete"
    if not marker.exists():
        print(f"generating {size:,} releases in {directory} …", flush=True)
        shutil.rmtree(directory, ignore_errors=True)
        generator = REPO / "tests" / "bench" / "generate.py"
        jobs = str(min(os.cpu_count() or 1, 8))
        command = [sys.executable, str(generator), str(size), str(directory), "--seed", str(seed)]
        subprocess.run([*command, "--jobs", jobs], check=True, stdout=subprocess.DEVNULL)
        marker.write_text(str(size))
    return directory


def library_dir(work: Path, size: int, seed: int) -> Path:
    return work / f"lib-{size}-seed{seed}"


def library_ready(path: Path) -> bool:
    return (path / ".bench-complete").exists()


NO_INDEX_IMPORT = """
import sys
import store.search
from store.library import LibraryWriter
# The same import with the search index left out: nothing streamed to it, nothing written to
# it at the commits, no index fields prepared by the workers (forked after these lines).
LibraryWriter.stream = lambda self: None
LibraryWriter._update_index = lambda self, *args: None
store.search.index_fields = lambda release: None
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def import_library(corpus: Path, target: Path, *, index: bool = True) -> Measured:
    """Import ``corpus`` into a new library at ``target`` (without its search index: to
    measure what the index adds)."""
    shutil.rmtree(target, ignore_errors=True)
    command = PRESSROOM if index else [sys.executable, "-c", NO_INDEX_IMPORT]
    run = run_measured([*command, "import", "--db", str(target), str(corpus)])
    if run.code not in (0, 1):
        raise RuntimeError(f"pressroom import exited with {run.code}")
    (target / ".bench-complete").write_text("")
    return run


def read_files(corpus: Path) -> Measured:
    run = run_measured([sys.executable, "-c", READ_FILES, str(corpus)])
    if run.code != 0:
        raise RuntimeError("reading the corpus failed")
    return run


# --------------------------------------------------------------------------------------------
# What the screens should show


def title_part(title: str, length: int = 24) -> str:
    """The start of a title as a list row shows it (rows are cut with an ellipsis)."""
    return title[:length]


def first_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[:count])


def pick_person(library: Library, size: int) -> tuple[Person, str]:
    """A person who took part in about ``PERSON_SHARE`` of the releases and whom typing their
    name into the people pane puts first; and the title of their newest release."""
    people = library.people()
    target = size * PERSON_SHARE
    folded = {p.key: fold(" ".join(dict.fromkeys((p.name, *p.aliases)))) for p in people}
    for person in sorted(people, key=lambda p: abs(p.took_part - target))[:50]:
        words = fold(person.name).split()
        first = next(p for p in people if all(w in folded[p.key] for w in words))
        if first.key == person.key:
            break
    else:
        raise RuntimeError("no person to filter by")
    ids = set(person.took_part_ids)
    newest = next(row for row in library.summaries() if row.id in ids)
    return person, newest.title


# --------------------------------------------------------------------------------------------
# The measurements


@dataclass
class Context:
    size: int
    corpus: Path
    library_path: Path
    runs: int
    rows: list[Row]


def target_ms(limit: float) -> tuple[str, Callable[[float, float | None], bool]]:
    return f"< {limit:,.0f} ms", lambda value, _ratio: value < limit


def measure_import(ctx: Context, import_runs: int, work: Path, rebuild: bool) -> None:
    row = Row("import, index included", ctx.size, "rel/s", baseline_name="read the files")
    row.target, row.check = "≥ 1,000/s", lambda value, _ratio: value >= 1000
    cpu = Row("import CPU per release (all processes)", ctx.size, "ms")
    cpu.note = "≤ 2 ms for 1,000/s on 2 cores"
    rss = Row("import peak RSS (largest process)", ctx.size, "MB")
    share = Row(
        "import, index included, against the import without it",
        ctx.size,
        "rel/s",
        baseline_name="the same import, no index",
        target="the index adds ≤ 20%",
        check=lambda _value, ratio: ratio is not None and ratio <= 1.2,
    )
    cached = library_ready(ctx.library_path) and not rebuild
    runs = import_runs if import_runs or cached else 1
    for number in range(runs):
        row.baseline.append(ctx.size / read_files(ctx.corpus).seconds)
        fresh = work / f"import-{ctx.size}-{os.getpid()}"
        print(f"  import {number + 1} of {runs}: {ctx.size:,} releases …", flush=True)
        run = import_library(ctx.corpus, fresh)
        print(f"    {run.seconds:.1f} s ({ctx.size / run.seconds:,.0f}/s)", flush=True)
        row.samples.append(ctx.size / run.seconds)
        share.samples.append(ctx.size / run.seconds)
        cpu.samples.append(run.cpu * 1000 / ctx.size)
        rss.samples.append(run.rss_mb)
        if import_runs:  # measured runs only: interleaved with the indexed ones
            bare = work / f"import-noindex-{ctx.size}-{os.getpid()}"
            plain = import_library(ctx.corpus, bare, index=False)
            print(f"    without the index: {plain.seconds:.1f} s", flush=True)
            share.baseline.append(ctx.size / plain.seconds)
            shutil.rmtree(bare, ignore_errors=True)
        if number == runs - 1:
            shutil.rmtree(ctx.library_path, ignore_errors=True)
            fresh.rename(ctx.library_path)
        else:
            shutil.rmtree(fresh, ignore_errors=True)
    if row.samples:
        while len(row.baseline) < max(ctx.runs, runs):
            row.baseline.append(ctx.size / read_files(ctx.corpus).seconds)
        if not import_runs:
            row.note = "the library was missing: built once"
        ctx.rows += [row, cpu, rss]
        if share.baseline:
            ctx.rows.append(share)


def measure_start(ctx: Context, term: Terminal, summaries: Sequence[ReleaseSummary]) -> None:
    row = Row("browser first frame with titles", ctx.size, "ms", baseline_name="bare Textual app")
    limit = 1.1 if ctx.size <= 10_000 else 1.3
    row.target = f"≤ {limit}x the bare app"
    row.check = lambda _value, ratio: ratio is not None and ratio <= limit
    titles = [title_part(s.title) for s in summaries[:2]]
    command = [*PRESSROOM, "--db", str(ctx.library_path)]
    for number in range(ctx.runs + 1):  # the first of each, not measured: caches warm
        since = term.launch(BARE_APP)
        elapsed, _ = term.wait(lambda s: BARE_TEXT in s, "the bare app", since=since)
        if number:
            row.baseline.append(elapsed)
        quit_app(term)
        since = term.launch(command)
        elapsed, _ = term.wait(
            lambda s: all(t in s for t in titles), "the first titles", since=since
        )
        if number:
            row.samples.append(elapsed)
        quit_app(term)
    ctx.rows.append(row)


def bare_keypress(term: Terminal, runs: int) -> tuple[list[float], float | None]:
    """Keypress to screen in the bare app ('n' adds to its counter); and its peak RSS."""
    since = term.launch(BARE_APP)
    term.wait(lambda s: BARE_TEXT in s, "the bare app", since=since)
    samples = []
    for number in range(1, runs + 1):
        time.sleep(0.1)
        since = term.keys("n")
        elapsed, _ = term.wait(
            lambda s, n=number: f"{BARE_TEXT} {n}" in s, "the bare counter", since=since
        )
        samples.append(elapsed)
    rss = peak_rss_mb(term.pid())
    quit_app(term)
    return samples, rss


def line_index(screen: str, text: str) -> int:
    for number, line in enumerate(screen.splitlines()):
        if text in line:
            return number
    raise RuntimeError(f"{text!r} is not on the screen:\n{screen}")


def measure_actions(
    ctx: Context, term: Terminal, library: Library, summaries: Sequence[ReleaseSummary]
) -> None:
    runs = ctx.runs
    base, bare_rss = bare_keypress(term, runs)
    rows: dict[str, Row] = {}

    def row(name: str) -> Row:
        if name not in rows:
            limit_text, check = target_ms(100)
            rows[name] = Row(
                name,
                ctx.size,
                "ms",
                baseline=base,
                baseline_name="bare app keypress",
                target=limit_text,
                check=check,
            )
        return rows[name]

    since = term.launch([*PRESSROOM, "--db", str(ctx.library_path)])
    first = title_part(summaries[0].title)
    _, screen = term.wait(lambda s: first in s, "the first title", since=since)
    top = line_index(screen, first)

    # Enter at once, while the whole library is still being read (seconds at 100,000): a
    # row of its own, one sample a run of the benchmark; the other actions wait for the end.
    time.sleep(SETTLE)
    newest = library.get(summaries[0].id)
    words = first_words(newest.paragraphs[0] if newest.paragraphs else newest.title)
    since = term.keys("Enter")
    elapsed, _ = term.wait(
        lambda s: words in s and newest.id in s, "the release in the reader", since=since
    )
    loading_open = Row(
        "open a release while the library is read, at start",
        ctx.size,
        "ms",
        baseline=list(base),
        baseline_name="bare app keypress",
        target="< 100 ms",
        check=lambda value, _ratio: value < 100,
    )
    loading_open.samples.append(elapsed)
    time.sleep(SETTLE)
    term.keys("Escape")
    term.wait(lambda s: READ_MARK in s, "the library to be read", since=time.perf_counter())
    time.sleep(1.0)  # let the start-up settle (poll timer)
    visible = HEIGHT // 4

    # The cursor, one row down at a time (the new cursor line is repainted).
    for step in range(1, min(runs, visible) + 1):
        before = term.screen(styles=True).splitlines()
        since = term.keys("Down")
        elapsed, _ = term.wait(
            lambda s, line=top + step, old=before: _line(s, line) != _line_of(old, line),
            "the cursor to move",
            since=since,
            styles=True,
        )
        row("cursor down").samples.append(elapsed)
        time.sleep(0.1)

    # Enter: the release under the cursor in the reader; Escape back to the list, one down.
    cursor = min(runs, visible)
    for number in range(runs):
        release = library.get(summaries[cursor].id)
        words = first_words(release.paragraphs[0] if release.paragraphs else release.title)
        since = term.keys("Enter")
        elapsed, _ = term.wait(
            lambda s, w=words, i=release.id: w in s and i in s,  # the reader shows the id
            "the release in the reader",
            since=since,
        )
        row("open a release (Enter)").samples.append(elapsed)
        time.sleep(SETTLE)
        term.keys("Escape")
        time.sleep(SETTLE)
        if number < runs - 1:
            term.keys("Down")
            cursor += 1
            time.sleep(SETTLE)

    # Page down: the top line of the list changes.
    for _ in range(runs):
        before = term.screen().splitlines()
        since = term.keys("PageDown")
        elapsed, _ = term.wait(
            lambda s, old=before: _line(s, top) != _line_of(old, top),
            "the next page",
            since=since,
        )
        row("page down").samples.append(elapsed)
        time.sleep(0.2)

    # End, then Home: the last release, then the first, on screen.
    last, head = title_part(summaries[-1].title), title_part(summaries[0].title)
    for _ in range(runs):
        since = term.keys("End")
        elapsed, _ = term.wait(lambda s: last in s, "the last release", since=since)
        row(f"End (release {len(summaries):,})").samples.append(elapsed)
        time.sleep(0.2)
        term.keys("Home")
        term.wait(lambda s: head in s, "the first release", since=time.perf_counter())
        time.sleep(0.2)

    # The person filter: p, their name, then Enter is timed; Escape twice takes it away.
    person, newest = pick_person(library, ctx.size)
    label = f"took part: {person.name}"
    count = f"{person.took_part:,} of {len(summaries):,} releases"
    name = f"filter to a person ({person.took_part:,} releases)"
    for _ in range(runs):
        term.keys("p")
        time.sleep(SETTLE)
        term.keys(person.name, literal=True)
        term.wait(
            lambda s: _people_line(s).startswith(person.name[:20]),
            "the person in the people pane",
            since=time.perf_counter(),
        )
        time.sleep(SETTLE)
        since = term.keys("Enter")
        elapsed, _ = term.wait(
            lambda s: label in s and count in s and title_part(newest) in s,
            "the person's releases",
            since=since,
        )
        row(name).samples.append(elapsed)
        time.sleep(SETTLE)
        term.keys("Escape")  # out of the people pane
        time.sleep(SETTLE)
        since = term.keys("Escape")  # undo the filter
        term.wait(
            lambda s: label not in s and f" {len(summaries):,} releases" in s,
            "the filter to go",
            since=since,
        )
        time.sleep(SETTLE)

    # Search: '/' opens the line, the query is typed at once; timed until the hits show.
    for number in range(runs):
        word = SEARCH_WORDS[number % len(SEARCH_WORDS)]
        term.keys("/")
        time.sleep(SETTLE)
        since = term.keys(word, literal=True)
        elapsed, _ = term.wait(
            lambda s, w=word: f"search: {w}" in s and re.search(r"\d\+? hits? · by", s) is not None,
            "the search results",
            since=since,
        )
        name = "search: `/`, a word typed at once"
        row(f"{name} (first search)" if number == 0 else name).samples.append(elapsed)
        time.sleep(SETTLE)
        term.keys("Escape")
        term.wait(lambda s, w=word: f"search: {w}" not in s, "search to clear", since=since)
        time.sleep(SETTLE)

    browser_rss = peak_rss_mb(term.pid())
    quit_app(term)
    ctx.rows += [loading_open, *rows.values()]
    memory = Row("browser peak RSS, after the actions", ctx.size, "MB", baseline_name="bare app")
    memory.target = "< 300 MB"
    memory.check = lambda value, _ratio: value < 300
    if browser_rss is not None:
        memory.samples.append(browser_rss)
    if bare_rss is not None:
        memory.baseline.append(bare_rss)
    ctx.rows.append(memory)


def _line(screen: str, number: int) -> str:
    return _line_of(screen.splitlines(), number)


def _line_of(lines: Sequence[str], number: int) -> str:
    return lines[number] if number < len(lines) else ""


def _people_line(screen: str) -> str:
    """The first person row of the people pane (the line after its narrowing line)."""
    lines = screen.splitlines()
    for number, line in enumerate(lines[:6]):
        if "People" in line and number + 3 < len(lines):
            return lines[number + 3].lstrip("│ ").strip()
    return ""


def measure_cli(ctx: Context, summaries: Sequence[ReleaseSummary]) -> None:
    db = ["--db", str(ctx.library_path)]
    word = SEARCH_WORDS[0]
    middle = summaries[len(summaries) // 2]
    grep = grep_baseline(word, ctx.corpus)
    limit_text, check = target_ms(100)
    rows = {
        ("search", "wall"): Row(f"`search --limit 20 {word}`, new process", ctx.size, "ms"),
        ("search", "cpu"): Row("`search` CPU time (user + system)", ctx.size, "ms"),
        ("search", "rss"): Row("`search` peak RSS", ctx.size, "MB"),
        ("show", "wall"): Row("`show ID`, new process", ctx.size, "ms"),
        ("show", "cpu"): Row("`show` CPU time (user + system)", ctx.size, "ms"),
        ("show", "rss"): Row("`show` peak RSS", ctx.size, "MB"),
    }
    for (_, kind), row in rows.items():
        if kind == "wall":
            row.target, row.check = limit_text, check
        elif kind == "rss":
            row.target, row.check = "< 80 MB", lambda value, _ratio: value < 80
        if grep is not None:
            row.baseline_name = f"{grep[1]} {word}"
    commands = {
        "search": [*PRESSROOM, "search", *db, "--limit", "20", word],
        "show": [*PRESSROOM, "show", *db, middle.id],
    }
    for command in commands.values():  # a first run, not measured: caches warm
        run_measured(command)
    for _ in range(ctx.runs):
        if grep is not None:
            base = run_measured(grep[0])
            for (_, kind), row in rows.items():
                row.baseline.append(_pick(base, kind))
        for name, command in commands.items():
            run = run_measured(command)
            if run.code != 0:
                raise RuntimeError(f"pressroom {name} exited with {run.code}")
            for kind in ("wall", "cpu", "rss"):
                rows[name, kind].samples.append(_pick(run, kind))
    ctx.rows += [rows[key] for key in sorted(rows, key=lambda key: key[0] != "search")]


def _pick(run: Measured, kind: str) -> float:
    if kind == "wall":
        return run.seconds * 1000
    if kind == "cpu":
        return run.cpu * 1000
    return run.rss_mb


# --------------------------------------------------------------------------------------------


def machine() -> str:
    model = "unknown CPU"
    with_cpuinfo = Path("/proc/cpuinfo")
    if with_cpuinfo.exists():
        for line in with_cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def git_head() -> str:
    result = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return result.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000", help="library sizes (10000,100000)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (5)")
    parser.add_argument(
        "--import-runs",
        type=int,
        default=None,
        help="imports measured per size (default 3 up to 20,000 releases, else 1; "
        "0 reuses the cached library and skips the measurement)",
    )
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "bench" / "out")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "bench-pressroom-scale",
        help="where corpora and libraries are cached between runs",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuild", action="store_true", help="re-import the cached libraries")
    parser.add_argument(
        "--skip", default="", help="comma-separated parts to skip: import,start,actions,cli"
    )
    args = parser.parse_args(argv)
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size]
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    if shutil.which("tmux") is None:
        skip |= {"start", "actions"}
        print("tmux is not installed: the browser is not measured", file=sys.stderr)
    args.work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    # Bytecode caches as an installed pressroom has them (PYTHONDONTWRITEBYTECODE or files
    # edited since the last run would otherwise have every start compile them again).
    sources = [str(REPO / "store"), str(REPO / "tui"), BARE_APP[1]]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *sources], check=False)
    rows: list[Row] = []
    loads: list[str] = []
    """The machine's load average (1 min) as each size began: other work shares the cores."""
    started = time.perf_counter()
    term = Terminal() if {"start", "actions"} - skip else None
    try:
        for size in sizes:
            corpus = corpus_dir(args.work, size, args.seed)
            ctx = Context(size, corpus, library_dir(args.work, size, args.seed), args.runs, rows)
            import_runs = args.import_runs
            if import_runs is None:
                import_runs = 3 if size <= 20_000 else 1
            if "import" in skip:
                import_runs = 0
            print(f"{size:,} releases", flush=True)
            loads.append(f"{os.getloadavg()[0]:.1f} before {size:,}")
            measure_import(ctx, import_runs, args.work, args.rebuild)
            library = Library.open(ctx.library_path, readonly=True)
            summaries = library.summaries()
            if term is not None and "start" not in skip:
                print("  browser start …", flush=True)
                measure_start(ctx, term, summaries)
            if term is not None and "actions" not in skip:
                print("  browser actions …", flush=True)
                measure_actions(ctx, term, library, summaries)
            if "cli" not in skip:
                print("  quick lookups …", flush=True)
                measure_cli(ctx, summaries)
            del library, summaries
    finally:
        if term is not None:
            term.kill()
    rows.sort(key=lambda row: sizes.index(row.size))
    text = table(rows)
    import_text = (
        "3 up to 20,000 releases, else 1" if args.import_runs is None else str(args.import_runs)
    )
    header = (
        f"pressroom {git_head()}, {time.strftime('%Y-%m-%d %H:%M')}; {machine()}; "
        f"medians of {args.runs} runs (imports: {import_text}); "
        f"load average {', '.join(loads)}, {os.getloadavg()[0]:.1f} at the end; "
        f"took {time.perf_counter() - started:.0f} s"
    )
    print()
    print(header)
    print()
    print(text)
    name = "bench_scale"
    (args.out / f"{name}.md").write_text(f"{header}\n\n{text}\n")
    (args.out / f"{name}.json").write_text(
        json.dumps({"header": header, "rows": [row.to_json() for row in rows]}, indent=1) + "\n"
    )
    print(f"\nwritten to {args.out / name}.md and .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
