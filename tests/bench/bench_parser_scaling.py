"""Parser scaling on hostile shapes: prints the parse time at n, 2n and 4n and the ratios.

Linear work shows ratios near 2; a ratio near 4 means quadratic behaviour (a hang on a
2 MiB file). This is a script that prints numbers, not a test:

    .venv/bin/python tests/bench/bench_parser_scaling.py [--n CHARS] [--repeat R]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from store.parser import parse_bytes, parse_release
from store.text import MAX_RELEASE_BYTES

TITLE = "Chairman of the Milli Majlis Receives a Delegation"
DATE = "12 February 2019 | 11:20"
FOOTER = "The Press and Public Relations Department\nThe Milli Majlis"


def _words(n: int) -> str:
    unit = "lorem ipsum dolor sit amet "
    return (unit * (n // len(unit) + 1))[:n]


# Each shape builds a text of about ``n`` characters.
TEXT_SHAPES: dict[str, Callable[[int], str]] = {
    "single long line (title only)": lambda n: _words(n),
    "title + one long body line": lambda n: f"{TITLE}\n\n{DATE}\n\n{_words(n)}.\n\n{FOOTER}",
    "title + n blank lines": lambda n: f"{TITLE}\n" + "\n" * n + "Body text.\n",
    "repeated title lines": lambda n: f"{TITLE}\n" * (n // (len(TITLE) + 1)),
    "repeated title paragraphs": lambda n: f"{TITLE}.\n\n" * (n // (len(TITLE) + 3)),
    "date line, spaces, stray char": lambda n: f"{TITLE}\n\n1 May 2020{' ' * n}x\n\nBody.",
    "share line, spaces, stray char": lambda n: f"{TITLE}\n\nShare{' ' * n}x\n\nBody.",
    "separator stars then a letter": lambda n: f"{TITLE}\n\n{'* ' * (n // 2)}x\n\nBody.",
    "dots and spaces": lambda n: f"{TITLE}\n\n{'. ' * (n // 2)}x\n\nBody.",
    "footer starts repeated": lambda n: (
        f"{TITLE}\n\n" + "The Press and Public Relations\n" * (n // 31)
    ),
    "unterminated OSC sequences": lambda n: f"{TITLE}\n\n" + "\x1b]0;title" * (n // 10),
    "CSI sequences": lambda n: f"{TITLE}\n\n" + "\x1b[31mred\x1b[0m " * (n // 13),
    "C1 controls": lambda n: f"{TITLE}\n\n" + "a\x9b\x9d\x90" * (n // 4),
    "bidi overrides": lambda n: f"{TITLE}\n\n" + "\u202eabc\u202c" * (n // 5),
    "tabs": lambda n: f"{TITLE}\n\n" + "\t" * n + "x",
    "carriage returns only": lambda n: f"{TITLE}\r\r" + "line.\r" * (n // 6),
    "combining marks": lambda n: f"{TITLE}\n\n" + "e\u0301\u0302\u0303" * (n // 4),
    "list items": lambda n: f"{TITLE}\n\n" + "- item\n" * (n // 7),
}

BYTE_SHAPES: dict[str, Callable[[int], bytes]] = {
    # Over the size limit at every n: rejected before decoding, in constant time.
    "10 MB+ single line (bytes)": lambda n: b"x" * (10 * 1024 * 1024 + n),
    "invalid UTF-8 (cp1252 fallback)": lambda n: TITLE.encode() + b"\n\n" + b"\xe9\x80" * (n // 2),
    "UTF-16 with BOM": lambda n: ("\ufeff" + TITLE + "\n\n" + _words(n)).encode("utf-16-le"),
}


def _best_of(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _text_runner(make: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
    def factory(size: int) -> Callable[[], object]:
        text = make(size)
        return lambda: parse_release(text, "bench")

    return factory


def _bytes_runner(make: Callable[[int], bytes]) -> Callable[[int], Callable[[], object]]:
    def factory(size: int) -> Callable[[], object]:
        data = make(size)
        return lambda: parse_bytes(data, "bench")

    return factory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=120_000, help="base size in characters")
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs")
    args = parser.parse_args(argv)
    n = args.n
    if 4 * n > MAX_RELEASE_BYTES // 2:
        print(f"--n too large: 4n must stay well under {MAX_RELEASE_BYTES:,}", file=sys.stderr)
        return 2

    print(
        f"{'shape':38} {'n':>10} {'t(n) ms':>9} {'t(2n) ms':>9} {'t(4n) ms':>9} "
        f"{'2n/n':>6} {'4n/2n':>6}  outcome"
    )
    worst = 0.0
    rows: list[tuple[str, Callable[[int], Callable[[], object]]]] = []
    for name, make_text in TEXT_SHAPES.items():
        rows.append((name, _text_runner(make_text)))
    for name, make_bytes in BYTE_SHAPES.items():
        rows.append((name, _bytes_runner(make_bytes)))
    for name, factory in rows:
        times = []
        outcome = ""
        for size in (n, 2 * n, 4 * n):
            run = factory(size)
            times.append(_best_of(run, args.repeat))
            result = run()
            outcome = type(result).__name__
            if outcome == "Rejection":
                outcome += f": {getattr(result, 'reason', '')[:40]}"
        r1 = times[1] / times[0] if times[0] else float("nan")
        r2 = times[2] / times[1] if times[1] else float("nan")
        if times[2] > 0.005:  # ratios of sub-5 ms timings are noise
            worst = max(worst, r1, r2)
        print(
            f"{name:38} {n:>10,} {times[0] * 1e3:9.2f} {times[1] * 1e3:9.2f} "
            f"{times[2] * 1e3:9.2f} {r1:6.2f} {r2:6.2f}  {outcome}"
        )
    print(f"\nworst ratio (timings over 5 ms): {worst:.2f}  (linear ≈ 2, quadratic ≈ 4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
