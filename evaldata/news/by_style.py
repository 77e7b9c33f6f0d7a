"""Score claimx on evaldata/news/news.jsonl per style (wire, sport, courts...), in one run.

Runs ``claimx evaluate`` once with ``--errors`` and splits its misses, false alarms and wrong
sources by the style of their article (matching is one to one, so an article's matched claims are
its gold claims less its misses, and its predictions are those plus its false alarms). Prints a
Markdown table at Jaccard 0.5; any extra arguments go to ``claimx evaluate`` (``--model DIR``).

    python evaldata/news/by_style.py
    python evaldata/news/by_style.py --model path/to/trained
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

NEWS = Path(__file__).resolve().parent / "news.jsonl"


def main(extra: list[str]) -> int:
    rows = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines()]
    style_of = {row["id"]: row["meta"]["style"] for row in rows}
    gold: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for row in rows:
        gold[style_of[row["id"]]] += len(row["claims"])
        articles[style_of[row["id"]]] += 1
    with tempfile.TemporaryDirectory() as folder:
        errors_path = Path(folder) / "errors.jsonl"
        command = ["claimx", "evaluate", str(NEWS), "-f", "json", "-q", "--errors"]
        done = subprocess.run(
            [*command, str(errors_path), *extra], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        overall = json.loads(done.stdout)
        errors = [json.loads(line) for line in errors_path.read_text().splitlines()]
    counts: dict[str, Counter[str]] = {style: Counter() for style in gold}
    for error in errors:
        counts[style_of[error["article"]]][error["error"]] += 1
    print("| style | articles | gold | predicted | P | R | F1 | source acc. | end-to-end F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    total: Counter[str] = Counter()
    for style in [*sorted(gold), "all"]:
        if style == "all":
            c, g, n = total, sum(gold.values()), sum(articles.values())
        else:
            c, g, n = counts[style], gold[style], articles[style]
            total.update(c)
        matched = g - c["miss"]
        predicted = matched + c["false_alarm"]
        right = matched - c["wrong_source"]
        p = matched / predicted if predicted else 0.0
        r = matched / g if g else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ep, er = (right / predicted if predicted else 0.0), (right / g if g else 0.0)
        e2e = 2 * ep * er / (ep + er) if ep + er else 0.0
        source = right / matched if matched else 0.0
        print(
            f"| {style} | {n} | {g} | {predicted} | {p:.3f} | {r:.3f} | {f1:.3f} | {source:.3f}"
            f" | {e2e:.3f} |"
        )
    at = overall["thresholds"]["0.5"]
    print(
        f"\nclaimx evaluate (all, 0.5): P {at['precision']:.3f} R {at['recall']:.3f}"
        f" F1 {at['f1']:.3f}, source accuracy {overall['source_accuracy']:.3f},"
        f" end-to-end F1 {overall['end_to_end']['f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
