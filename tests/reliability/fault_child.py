"""Run ``pressroom ARGS`` with one injected file-system failure (disk full, read-only...).

    python fault_child.py ROOT FUNC ERRNO NTH MATCH -- pressroom arguments...

The NTH call of ``os.FUNC`` (open, write, fsync, link, replace, rename, unlink) on a path under
ROOT whose path relative to ROOT contains MATCH ("" matches all) raises ``OSError(ERRNO)``.
Calls on file descriptors (write, fsync) are matched through the path ``os.open`` gave them;
link and rename are matched on their destination. Python's own I/O outside ROOT is untouched.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from typing import Any


def install(root: str, func: str, code: int, nth: int, match: str) -> None:
    root = os.path.realpath(root)
    paths: dict[int, str] = {}
    seen = 0

    def inside(path: Any) -> str | None:
        if isinstance(path, int):
            return paths.get(path)
        try:
            full = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return None
        return full if full == root or full.startswith(root + os.sep) else None

    def should_fail(name: str, target: str | None) -> bool:
        nonlocal seen
        if name != func or target is None or match not in os.path.relpath(target, root):
            return False
        seen += 1
        return seen == nth

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def hooked(*args: Any, **kwargs: Any) -> Any:
            # The destination of a link/rename, else the first argument (a path or an fd).
            position = 1 if name in ("link", "replace", "rename") else 0
            target = inside(args[position]) if len(args) > position else None
            if should_fail(name, target):
                raise OSError(code, os.strerror(code))
            result = function(*args, **kwargs)
            if name == "open" and target is not None and isinstance(result, int):
                paths[result] = target
            if name == "close" and args and isinstance(args[0], int):
                paths.pop(args[0], None)
            return result

        return hooked

    for name in ("open", "write", "fsync", "link", "replace", "rename", "unlink", "close"):
        setattr(os, name, wrap(name, getattr(os, name)))


def main() -> int:
    root, func, code_name, nth, match, separator, *args = sys.argv[1:]
    assert separator == "--"
    # Import the program first: the fault is for its writes, not for Python's imports.
    from store import identity, importer, people, search  # noqa: F401
    from tui import cli

    install(root, func, getattr(errno, code_name), int(nth), match)
    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
