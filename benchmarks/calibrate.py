"""Measure the rules' precision per group on gold data: the counts behind claim confidence.

    python benchmarks/calibrate.py train.jsonl -j 2 > counts.py    # then paste into
                                                                    # claimx/confidence.py

Runs claimx over the gold articles, matches its claims as ``claimx evaluate`` does, and prints
``MEASURED``: (right, claims) for each (rule, kind, source type). Measure on one split (the
training split) and check the calibration with ``claimx evaluate`` on another (dev): measured
and checked on the same articles, it would look better than it is.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--model")
    args = parser.parse_args()

    from claimx.core import RunConfig
    from claimx.evaluate import tally_articles
    from claimx.gold import read_gold

    golds = list(read_gold(args.gold))
    tally = tally_articles(
        golds, RunConfig(args.model), args.jobs, lambda line: print(line, file=sys.stderr), _nothing
    )
    right: Counter[tuple[str, str, str]] = Counter()
    claims: Counter[tuple[str, str, str]] = Counter()
    for _, matched, group in tally.scored:
        claims[group] += 1
        right[group] += matched
    total = sum(claims.values())
    print(f"# {len(golds)} articles of {args.gold.name}: {sum(right.values())} of {total} right")
    print("MEASURED: dict[Group, tuple[int, int]] = {")
    for group in sorted(claims):
        print(f"    {group!r}: ({right[group]}, {claims[group]}),")
    print("}")


def _nothing() -> None:
    pass


if __name__ == "__main__":
    main()
