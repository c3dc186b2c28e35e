"""The ``pressroom`` command: the browser, and quick lookups that print and exit.

The lookups (``show``, ``list``, ``people``, ``search``) never import Textual, and import Rich
only when printing to a terminal, so they start fast enough for shell pipelines over SSH.
Exit codes: 0 success, 1 nothing found (or some files rejected on import), 2 usage or library
errors. Errors are one plain message on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from store import __version__
from store.errors import LibraryError, ReleaseNotFound
from tui import pause_collector_for_start, resume_collector

if TYPE_CHECKING:
    from rich.console import Console

    from store.library import Library
    from store.models import Person, Release, RoleSpan
    from store.paths import LibraryLocation

EXIT_OK, EXIT_NOTHING, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A mistake in the command line that argparse cannot see."""


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, sized to the terminal without importing :mod:`shutil`.

    argparse makes a formatter for every argument it adds (to check its metavar), and the
    first one imports shutil for the terminal's width, and with it bz2, lzma and zlib: a
    thirtieth of a lookup's time, for a width that only ``--help`` uses.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """The terminal's width as :func:`shutil.get_terminal_size` finds it ($COLUMNS first)."""
    with contextlib.suppress(KeyError, ValueError):
        if (columns := int(os.environ["COLUMNS"])) > 0:
            return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class ArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"pressroom: {message}\n")


def build_parser(wanted: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with the parsers of the ``wanted`` commands (default: all).

    Each command's parser costs a few lookups of argparse's message catalogues; a lookup in
    a new process (`pressroom show ID`) builds just its own (see :func:`_commands_in`).
    """
    parser = ArgumentParser(
        prog="pressroom",
        description="Browse and search parliamentary press releases in the terminal. "
        "With no command, opens the browser.",
    )
    parser.add_argument("--version", action="version", version=f"pressroom {__version__}")
    db_help = "library directory (default: $PRESSROOM_DB, else your library)"
    parser.add_argument("--db", metavar="DIR", help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    def built(name: str) -> bool:
        return wanted is None or name in wanted

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", metavar="DIR", help=db_help, default=argparse.SUPPRESS)
        return sub

    if built("import"):
        sub = command("import", "import release files or directories (- reads stdin)")
        sub.add_argument("paths", nargs="+", metavar="PATH")
        sub.add_argument("--json", action="store_true", help="print a JSON report")

    if built("show"):
        sub = command("show", "print one release")
        sub.add_argument("id", metavar="ID", help="release id or a unique prefix of it")
        sub.add_argument("--json", action="store_true", help="print JSON")

    if built("list"):
        sub = command("list", "list releases, newest first")
        sub.add_argument(
            "--person",
            action="append",
            default=[],
            metavar="NAME",
            help="only releases naming this person (repeat: all of them)",
        )
        sub.add_argument(
            "--took-part",
            action="store_true",
            help="with --person: only releases the person took part in",
        )
        sub.add_argument("--since", metavar="DATE", help="from this date (YYYY[-MM[-DD]])")
        sub.add_argument("--until", metavar="DATE", help="up to this date (YYYY[-MM[-DD]])")
        sub.add_argument("--limit", type=int, metavar="N", help="at most N releases")
        sub.add_argument("--json", action="store_true", help="print JSON")

    if built("people"):
        sub = command("people", "list the people of the library; merge or split them")
        sub.add_argument("--json", action="store_true", help="print JSON")
        people_commands = sub.add_subparsers(
            dest="people_command", metavar="ACTION", parser_class=ArgumentParser
        )
        merge = people_commands.add_parser("merge", help="record that two names are one person")
        merge.add_argument("names", nargs=2, metavar="NAME")
        split = people_commands.add_parser(
            "split", help="record that a name is a person of its own"
        )
        split.add_argument("name", metavar="NAME")

    if built("search"):
        sub = command("search", "full-text search")
        sub.add_argument("query", nargs="+", metavar="QUERY")
        sub.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (20)")
        sub.add_argument("--sort", choices=("relevance", "date"), default="relevance")
        sub.add_argument("--json", action="store_true", help="print JSON")

    if built("reindex"):
        command("reindex", "rebuild the search index from the library")

    if built("doctor"):
        sub = command("doctor", "check the library; --repair restores the last good copy")
        sub.add_argument("--repair", action="store_true", help="repair what can be repaired")
    return parser


def _commands_in(argv: Sequence[str]) -> tuple[str, ...] | None:
    """The command ``argv`` names, none for the browser, or None (all of them) when in doubt:
    help, the version, an unknown word or option."""
    values = iter(argv)
    for word in values:
        if word == "--db":
            next(values, None)
        elif word.startswith("--db="):
            continue
        elif word.startswith("-") or word not in COMMANDS:
            return None
        else:
            return (word,)
    return ()


# -- helpers ---------------------------------------------------------------------------


def _console() -> Console | None:
    """A Rich console when stdout is a terminal, else None (print plain text)."""
    if not sys.stdout.isatty():
        return None
    from rich.console import Console

    return Console(highlight=False)


def _print_json(data: Any) -> None:
    import orjson

    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()


def _safe(text: str) -> str:
    """Defence in depth for plain output: strip controls even if a library file was edited."""
    from store.text import safe

    return safe(text)


def _notice(message: str) -> None:
    print(message, file=sys.stderr)


def _location(args: argparse.Namespace, *, for_write: bool = False) -> LibraryLocation:
    from store.paths import locate

    return locate(getattr(args, "db", None), for_write=for_write)


def _open(args: argparse.Namespace) -> Library:
    from store.library import Library

    location = _location(args)
    if location.is_sample:
        _notice(
            "No library of your own yet: showing the bundled sample library (read-only). "
            "Import releases with: pressroom import DIR"
        )
    return Library.open(location.path, readonly=location.readonly)


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date_bound(value: str | None, *, upper: bool) -> str | None:
    if value is None:
        return None
    match = _DATE.match(value.strip())
    if not match:
        raise UsageError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if upper:
        return f"{year}-{month or '12'}-{day or '31'}"
    return f"{year}-{month or '01'}-{day or '01'}"


def _resolve_person(library: Library, name: str) -> Person:
    from store.identity import match_person

    people = library.people()
    matches = match_person(name, people)
    if not matches:
        raise ReleaseNotFound(f"no person matches {name!r}")
    if len(matches) > 1:
        listed = "\n".join(f"  {p.name} ({p.releases} releases)" for p in matches[:20])
        raise UsageError(f"{name!r} matches {len(matches)} people; say which:\n{listed}")
    return matches[0]


# -- commands --------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from store.importer import FileResult, import_paths, iter_sources
    from store.library import Library

    location = _location(args, for_write=True)
    library = Library.create(location.path)
    total = sum(1 for _ in iter_sources(args.paths)) if sys.stderr.isatty() else 0
    progress_cb: Callable[[int, FileResult], None] | None = None
    bar = None
    if total and not args.json:
        from rich.progress import Progress

        bar = Progress(transient=True)
        task = bar.add_task("Importing", total=total)
        bar.start()

        def progress_cb(number: int, result: FileResult) -> None:
            bar.update(task, completed=number)

    try:
        report = import_paths(library, args.paths, progress=progress_cb)
    finally:
        if bar is not None:
            bar.stop()
    if args.json:
        _print_json(report.to_json())
    else:
        summary = report.summary
        print(
            f"{location.path}: "
            + ", ".join(f"{count} {status}" for status, count in summary.items())
        )
        for result in report.rejected:
            print(f"  rejected {_safe(result.path)}: {result.reason}")
    for warning in report.warnings:
        _notice(f"pressroom: warning: {warning}")
    return EXIT_NOTHING if report.rejected else EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    library = _open(args)
    release = library.get(args.id)
    if args.json:
        _print_json(_release_json(release))
        return EXIT_OK
    console = _console()
    if console is None:
        from tui.formatting import release_plain

        sys.stdout.write(_safe(release_plain(release)))
    else:
        from tui.render import release_renderable

        console.print(release_renderable(release))
    return EXIT_OK


def _release_json(release: Release) -> dict[str, Any]:
    data = release.to_json()
    del data["content_hash"]
    return data


def cmd_list(args: argparse.Namespace) -> int:
    library = _open(args)
    since = _date_bound(args.since, upper=False)
    until = _date_bound(args.until, upper=True)
    newest = None if args.person or until else library.newest(since=since, limit=args.limit)
    rows = library.summaries() if newest is None else newest
    for name in args.person:
        person = _resolve_person(library, name)
        ids = set(person.took_part_ids if args.took_part else person.release_ids)
        rows = [row for row in rows if row.id in ids]
    if since or until:
        rows = [
            row
            for row in rows
            if row.date and (not since or row.date >= since) and (not until or row.date <= until)
        ]
    if args.limit is not None:
        rows = rows[: max(args.limit, 0)]
    if args.json:
        _print_json([row.to_json() for row in rows])
        return EXIT_OK if rows else EXIT_NOTHING
    console = _console()
    if console is None:
        for row in rows:
            print(_safe(f"{row.date or '----------'}\t{row.id}\t{row.title}"))
    else:
        from rich.table import Table
        from rich.text import Text

        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("date", "id", "title", "took part"):
            table.add_column(
                column,
                overflow="fold" if column == "title" else "ellipsis",
                no_wrap=column != "title",
            )
        for row in rows:
            table.add_row(  # Text, never markup: a cell is data, whatever it holds
                Text(row.date or "undated"),
                Text(row.id),
                Text(row.title),
                str(len(row.participants)),
            )
        console.print(table)
    return EXIT_OK if rows else EXIT_NOTHING


def cmd_people(args: argparse.Namespace) -> int:
    if args.people_command == "merge":
        return _people_decision(args, {"kind": "merge", "names": list(args.names)})
    if args.people_command == "split":
        return _people_decision(args, {"kind": "split", "names": [args.name]})
    library = _open(args)
    people = library.people()
    if args.json:
        _print_json([_person_json(p) for p in people])
        return EXIT_OK
    console = _console()
    if console is None:
        for person in people:
            aliases = "; ".join(a for a in person.aliases if a != person.name)
            print(
                _safe(f"{person.took_part}\t{person.mentioned}\t{person.name}\t{aliases}")
                + "\t"
                + _safe("; ".join(_role_text(role) for role in person.roles))
            )
        return EXIT_OK
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("took part", justify="right", no_wrap=True)
    table.add_column("mentioned", justify="right", no_wrap=True)
    table.add_column("name", ratio=1, overflow="fold")
    table.add_column("also spelt", ratio=1, overflow="fold")
    table.add_column("roles over time", ratio=2, overflow="fold")
    for person in people:
        aliases = ", ".join(a for a in person.aliases if a != person.name)
        roles = "\n".join(_role_text(role) for role in person.roles)
        table.add_row(
            str(person.took_part),
            str(person.mentioned),
            Text(person.name, style="bold"),
            Text(aliases, style="dim"),
            Text(roles),
        )
    console.print(table)
    return EXIT_OK


def _role_text(role: RoleSpan) -> str:
    """``Speaker of the Milli Majlis (2020-03-10 – 2023-05-02)``."""
    if role.first_seen is None:
        return role.role
    if role.first_seen == role.last_seen or role.last_seen is None:
        return f"{role.role} ({role.first_seen})"
    return f"{role.role} ({role.first_seen} – {role.last_seen})"


def _person_json(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "key": person.key,
        "aliases": list(person.aliases),
        "releases": person.releases,
        "took_part": person.took_part,
        "mentioned": person.mentioned,
        "roles": [
            {"role": r.role, "first_seen": r.first_seen, "last_seen": r.last_seen}
            for r in person.roles
        ],
    }


def _people_decision(args: argparse.Namespace, decision: dict[str, Any]) -> int:
    from store.library import Library

    location = _location(args, for_write=True)
    library = Library.open(location.path)
    people = [_resolve_person(library, name) for name in decision["names"]]
    names = [person.name for person in people]
    decision["names"] = names
    if decision["kind"] == "merge" and people[0].key == people[1].key:
        # Already merged (e.g. the command is run again after an interruption).
        print(f"already one person: {names[0]}")
        return EXIT_OK
    with library.writer() as writer:
        decisions = [dict(d) for d in library.manifest().decisions]
        if decisions and decisions[-1] == decision:
            print(f"already recorded: {' + '.join(names)}")
            return EXIT_OK
        decisions.append(decision)
        writer.set_decisions(decisions)
        writer.commit()
    verb = "merged" if decision["kind"] == "merge" else "split off"
    print(f"{verb}: {' + '.join(names)}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from store.query import QueryError
    from store.searching import search_library

    library = _open(args)
    query = " ".join(args.query)
    try:
        outcome = search_library(library, query, limit=args.limit, sort=args.sort)
    except QueryError as error:
        raise UsageError(f"bad query: {error}") from None
    if outcome.notice:
        _notice(f"pressroom: {outcome.notice}")
    hits = outcome.hits
    if args.json:
        _print_json([hit_json(hit) for hit in hits])
        return EXIT_OK if hits else EXIT_NOTHING
    console = _console()
    if console is None:
        for hit in hits:
            print(_safe(f"{hit.date or '----------'}\t{hit.id}\t{hit.title}\t{hit.snippet}"))
    else:
        from rich.table import Table
        from rich.text import Text

        table = Table(box=None, header_style="bold", pad_edge=False, show_lines=False)
        table.add_column("date", no_wrap=True)
        table.add_column("id", no_wrap=True)
        table.add_column("title", ratio=2, overflow="fold")
        table.add_column("took part", ratio=1, overflow="fold")
        table.add_column("snippet", ratio=3, overflow="fold")
        for hit in hits:
            snippet = Text(hit.snippet, style="dim")
            for start, end in hit.spans:
                snippet.stylize("bold reverse", start, end)
            table.add_row(
                Text(hit.date or "undated"),
                Text(hit.id),
                Text(hit.title),
                Text(", ".join(hit.participants)),
                snippet,
            )
        console.print(table)
        if not hits:
            _notice("no releases match")
    return EXIT_OK if hits else EXIT_NOTHING


def hit_json(hit: Any) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "date": hit.date,
        "category": hit.category,
        "people": list(hit.participants),
        "snippet": hit.snippet,
        "score": hit.score,
    }


def cmd_reindex(args: argparse.Namespace) -> int:
    from store.library import Library
    from store.search import SearchIndex

    location = _location(args, for_write=True)
    library = Library.open(location.path)
    with library.writer():
        manifest = library.manifest()
        index = SearchIndex.open(library.path / "index")
        index.rebuild(library.releases(), manifest.stamp)
    print(f"reindexed {len(library)} releases in {library.path / 'index'}")
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from store.doctor import check_library

    location = _location(args, for_write=args.repair)
    report = check_library(location.path, repair=args.repair)
    for line in report.lines:
        print(_safe(line))
    return EXIT_OK if report.healthy else EXIT_ERROR


def cmd_browse(args: argparse.Namespace) -> int:
    pause_collector_for_start()  # the browser's first frame resumes it
    try:
        from tui.app import run

        return run(_location(args))
    finally:
        resume_collector()


LOOKUPS = frozenset({"show", "list", "people", "search"})
"""The quick lookups: short processes that print and exit."""

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "show": cmd_show,
    "list": cmd_list,
    "people": cmd_people,
    "search": cmd_search,
    "reindex": cmd_reindex,
    "doctor": cmd_doctor,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(_commands_in(argv)).parse_args(argv)
    handler = COMMANDS.get(args.command or "", cmd_browse)
    if args.command in LOOKUPS:
        from store.storage import gc_paused

        # A lookup lives a tenth of a second and keeps what it reads until it exits: the
        # cyclic collector's passes over it would find nothing to free (a twentieth of
        # `search`'s instructions). Paused for the command only (tests call main()).
        with gc_paused():
            return _run(handler, args)
    return _run(handler, args)


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; its errors become one line on stderr and an exit code."""
    try:
        return handler(args)
    except UsageError as error:
        print(f"pressroom: {error}", file=sys.stderr)
        return EXIT_ERROR
    except ReleaseNotFound as error:
        print(f"pressroom: {error}", file=sys.stderr)
        return EXIT_NOTHING
    except LibraryError as error:
        print(f"pressroom: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of a pipe went away (e.g. `| head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def console_main() -> NoReturn:
    """The installed ``pressroom`` command: :func:`main`, then exit.

    A lookup leaves without the interpreter's teardown, which frees every module and object
    one by one for a process about to end anyway: a seventh of `pressroom search`'s time
    (mypy ends the same way). Its output is flushed first; nothing else is pending, since
    a lookup holds no lock and starts no thread or process of its own.
    """
    argv = sys.argv[1:]
    code = main(argv)
    if (_commands_in(argv) or ("",))[0] in LOOKUPS:
        _hard_exit(code)
    sys.exit(code)


def _hard_exit(code: int) -> NoReturn:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    console_main()
