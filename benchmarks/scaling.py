"""Time per word of one article as it grows from 10 KB to 5 MB: every step must stay linear.

    python benchmarks/scaling.py                    # 10 KB, 100 KB, 1 MB, 5 MB; 3 runs each
    python benchmarks/scaling.py --sizes 10000 100000 --runs 5 --json

Each size is one article made of the project's own seed and example paragraphs, shuffled
(so it has the entities, dates and claims of real news throughout), run as a whole process:
``claimx extract FILE --format jsonl -j 1``. Reported per size: the median wall time of
--runs runs, microseconds per word, and that figure as a ratio to the smallest size's, which is
the signal (a machine shared with others makes absolute times noise). The fixed cost of a run
(start-up, model loading: a 200-byte article's time, measured in the same rotation) is taken off
first, so that the small sizes are not dominated by it. A step that is quadratic
in the article's length shows as a ratio that grows with the size: before the fix, 200 KB took
25.6 s and 1 MB 180 s (5 MB did not finish in 29 minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import project_paragraphs  # the benchmark beside this script

DEFAULT_SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
STARTUP_SIZE = 200


def article_of(size: int, seed: int = 3) -> str:
    paragraphs = project_paragraphs()
    rng = random.Random(seed)
    pieces: list[str] = ["date 2026-03-05\n"]
    length = len(pieces[0])
    while length < size:
        paragraph = rng.choice(paragraphs)
        pieces.append(paragraph + "\n\n")
        length += len(paragraph) + 2
    return "".join(pieces)[:size]


def timed_run(path: Path) -> float:
    command = ["claimx", "extract", str(path), "--format", "jsonl", "-j", "1", "-q"]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(sizes: list[int], runs: int) -> list[dict[str, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for size in [STARTUP_SIZE, *sizes]:
            path = Path(folder) / f"article-{size}.txt"
            path.write_text(article_of(size), encoding="utf-8")
            paths.append(path)
        all_sizes = [STARTUP_SIZE, *sizes]
        times: dict[int, list[float]] = {size: [] for size in all_sizes}
        for _ in range(runs):  # in rotation, so that drift on a shared machine falls on all
            for size, path in zip(all_sizes, paths, strict=True):
                times[size].append(timed_run(path))
        startup = statistics.median(times[STARTUP_SIZE])
        for size, path in zip(sizes, paths[1:], strict=True):
            words = len(path.read_text(encoding="utf-8").split())
            median = statistics.median(times[size])
            rows.append({"bytes": size, "words": words, "seconds": median,
                         "us_per_word": (median - startup) / words * 1e6})  # fmt: skip
    base = rows[0]["us_per_word"]
    for row in rows:
        row["ratio_to_smallest"] = row["us_per_word"] / base
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    rows = measure(sorted(options.sizes), options.runs)
    if options.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'size':>10} {'words':>9} {'seconds':>9} {'net µs/word':>12} {'ratio':>6}")
    for row in rows:
        print(
            f"{row['bytes']:>10,.0f} {row['words']:>9,.0f} {row['seconds']:>9.2f} "
            f"{row['us_per_word']:>12.1f} {row['ratio_to_smallest']:>6.2f}"
        )


if __name__ == "__main__":
    main()
