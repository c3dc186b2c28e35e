"""Child process for the concurrency tests: an import that pauses while holding the library.

    python held_import_child.py DB READY GO PAUSE_AT BATCH PATH...

Imports PATHs into DB committing every BATCH releases; when the PAUSE_AT-th file has been
handled it creates the file READY and waits (holding the write lock) until GO exists.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> int:
    db, ready, go, pause_at, batch, *paths = sys.argv[1:]
    from store.importer import FileResult, import_paths
    from store.library import Library

    def progress(number: int, result: FileResult) -> None:
        if number == int(pause_at):
            Path(ready).touch()
            deadline = time.monotonic() + 300
            while not Path(go).exists():
                if time.monotonic() > deadline:
                    raise SystemExit("never told to go on")
                time.sleep(0.02)

    report = import_paths(Library.create(db), paths, progress=progress, batch_size=int(batch))
    return 1 if report.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
