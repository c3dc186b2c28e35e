"""Child process for the crash tests: run one write operation and SIGKILL itself at the Nth
file-system call of the write path (os.open, os.write, os.fsync, os.link, os.replace,
os.rename, os.unlink), before or after that call.

    python crash_child.py --db LIB [--kill-at N] [--after] [--count-file F] [--commits-file F]
                          (import --batch-size B PATH... | merge NAME NAME | reindex)

With no --kill-at the operation runs to the end and --count-file receives the number of calls
seen, --commits-file the sorted ids of the library after each commit.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HOOKED = ("open", "write", "fsync", "link", "replace", "rename", "unlink")


class KillSwitch:
    def __init__(self, kill_at: int, after: bool) -> None:
        self.kill_at = kill_at
        self.after = after
        self.calls = 0
        self.armed = False

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def hooked(*args: Any, **kwargs: Any) -> Any:
            if not self.armed:
                return function(*args, **kwargs)
            self.calls += 1
            hit = self.calls == self.kill_at
            if hit and not self.after:
                os.kill(os.getpid(), signal.SIGKILL)
            try:
                return function(*args, **kwargs)
            finally:  # after the call, whether it returned or raised
                if hit:
                    os.kill(os.getpid(), signal.SIGKILL)

        return hooked

    def install(self) -> None:
        for name in HOOKED:
            setattr(os, name, self.wrap(getattr(os, name)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--kill-at", type=int, default=0)
    parser.add_argument("--after", action="store_true")
    parser.add_argument("--count-file")
    parser.add_argument("--commits-file")
    sub = parser.add_subparsers(dest="op", required=True)
    imp = sub.add_parser("import")
    imp.add_argument("--batch-size", type=int, default=5000)
    imp.add_argument("--create", action="store_true", help="create the library first")
    imp.add_argument("paths", nargs="+")
    merge = sub.add_parser("merge")
    merge.add_argument("names", nargs=2)
    sub.add_parser("reindex")
    args = parser.parse_args()

    # Import everything first, so the kill points count the write path only.
    from store import identity, people, search  # noqa: F401
    from store.importer import import_paths
    from store.library import Library, LibraryWriter
    from tui import cli

    commits: list[list[str]] = []
    if args.commits_file:
        original_commit = LibraryWriter.commit

        def recording_commit(self: LibraryWriter, *a: Any, **k: Any) -> Any:
            manifest = original_commit(self, *a, **k)
            commits.append(sorted(self.library.summary_docs()))
            return manifest

        LibraryWriter.commit = recording_commit  # type: ignore[method-assign]

    switch = KillSwitch(args.kill_at, args.after)
    switch.install()
    switch.armed = True
    if args.op == "import":
        library = Library.create(args.db) if args.create else Library.open(args.db)
        import_paths(library, args.paths, batch_size=args.batch_size)
        status = 0
    elif args.op == "merge":
        status = cli.main(["--db", args.db, "people", "merge", *args.names])
    else:
        status = cli.main(["--db", args.db, "reindex"])
    switch.armed = False
    if args.count_file:
        Path(args.count_file).write_text(str(switch.calls))
    if args.commits_file:
        Path(args.commits_file).write_text(json.dumps(commits))
    return status


if __name__ == "__main__":
    sys.exit(main())
