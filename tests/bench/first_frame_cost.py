"""What the browser's first frame costs, against the bare Textual app (a script, not a test).

    .venv/bin/python tests/bench/first_frame_cost.py [--db DIR] [--size 120x40] [--runs 5]
        [--wall]

Each program runs headless in a new process from its start until Textual has drawn its first
frame, and is counted in CPU instructions under valgrind (cachegrind, ``PYTHONHASHSEED=0``:
the same count on every run, whatever else the machine is doing), or timed (median of --runs
runs) with ``--wall`` or where valgrind is missing. Three programs:

- ``bare``: tests/bench/bare_app.py, the baseline of issue #7 (a Header, a Static, a Footer);
- ``pressroom``: the browser on --db (the first frame is the same at any size of library: its
  rows come with the manifest);
- ``list only``: the browser with its screen cut down to the header, the release list and the
  key bar (no people pane, no reader, no search line, no containers): what a screen showing
  release titles costs at the least with pressroom's own modules.

The third row says how far any design with a list of releases in it can go towards the bare app.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PROGRAMS = ("bare", "pressroom", "list only")


def _child(program: str, db: str, size: tuple[int, int]) -> None:
    """Run one program until its first frame is drawn, then leave at once."""
    sys.path.insert(0, str(REPO))
    # Textual's App is patched the moment textual.app is imported, not before: the programs
    # import it themselves, as they do in a terminal (the browser pauses the garbage
    # collector before it does).
    _when_imported("textual.app", lambda module: _patch_app(module, size))
    if program == "bare":
        sys.path.insert(0, str(REPO / "tests" / "bench"))
        import bare_app

        bare_app.main([])
        return
    if program == "list only":
        _when_imported("tui.screens.main", _cut_down)
    from tui.cli import main

    main(["--db", db])


def _cut_down(module: ModuleType) -> None:
    """Cut the browser's screen down to the header, the release list and the key bar."""
    from tui.widgets.header_bar import HeaderBar
    from tui.widgets.key_bar import KeyBar
    from tui.widgets.release_list import ReleaseList

    screen_class = module.MainScreen

    def compose(self: Any) -> object:
        yield HeaderBar(module.library_label(self.location), id="header")
        yield ReleaseList(id="release-list")
        yield KeyBar(id="keys")

    def on_mount(self: Any) -> None:
        self.release_list.show(self._head(), empty="Loading…")

    screen_class.compose = compose
    screen_class.on_mount = on_mount
    screen_class.check_action = lambda self, action, parameters: True


def _patch_app(module: ModuleType, size: tuple[int, int]) -> None:
    """Make every App run headless at ``size`` and leave the process after its first frame."""
    app_class = module.App
    display = app_class._display

    def first_display(self: Any, *args: object, **kwargs: object) -> None:
        display(self, *args, **kwargs)
        sys.stdout.flush()
        os._exit(0)

    run = app_class.run

    def run_headless(self: Any, *args: object, **kwargs: object) -> object:
        kwargs.update(headless=True, size=size)
        return run(self, *args, **kwargs)

    app_class._display = first_display
    app_class.run = run_headless


def _when_imported(name: str, patch: Callable[[ModuleType], None]) -> None:
    """Call ``patch`` with module ``name`` as soon as it has been imported."""

    class Finder:  # a meta path finder (importing importlib.abc would cost more)
        def find_spec(self, fullname: str, path: Any, target: object = None) -> Any:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(fullname, path)
            assert spec is not None and spec.loader is not None
            exec_module = spec.loader.exec_module

            def exec_and_patch(module: ModuleType) -> None:
                exec_module(module)
                patch(module)

            spec.loader.exec_module = exec_and_patch  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())


def _instructions(command: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "log"
        subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                "--cachegrind-out-file=/dev/null",
                f"--log-file={log}",
                *command,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        found = re.search(r"I\s+refs:\s+([\d,]+)", log.read_text())
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1).replace(",", ""))


def _seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first run fills the page cache and is not counted
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(REPO / "sample_data" / "library"))
    parser.add_argument("--size", default="120x40", help="terminal size, COLUMNSxROWS")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (--wall)")
    parser.add_argument("--wall", action="store_true", help="time instead of counting")
    parser.add_argument("--child", choices=PROGRAMS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    columns, rows = (int(part) for part in args.size.lower().split("x"))
    if args.child:
        _child(args.child, args.db, (columns, rows))
        return 0
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "store", "tui", "tests/bench"],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    counting = not args.wall and shutil.which("valgrind") is not None
    unit = "instructions" if counting else f"seconds (median of {args.runs})"
    print(f"first frame, {columns}x{rows}, headless, in {unit}; library {args.db}")
    results: dict[str, float] = {}
    for program in PROGRAMS:
        command = [sys.executable, __file__, "--child", program, "--db", args.db]
        command += ["--size", args.size]
        results[program] = _instructions(command) if counting else _seconds(command, args.runs)
        value = results[program]
        shown = f"{value / 1e6:,.1f}M" if counting else f"{value * 1000:.0f} ms"
        print(f"  {program:10s} {shown:>12s}  {value / results['bare']:.2f}x the bare app")
    return 0


if __name__ == "__main__":
    sys.exit(main())
