"""Throughput of a model ``claimx train`` wrote against the rules on the same base model.

    python benchmarks/trained.py MODEL_DIR                 # 120 generated articles, 5 runs
    python benchmarks/trained.py MODEL_DIR --articles DIR --runs 3 --json

Whole processes, ``claimx extract DIR --format jsonl -j 1`` on one core (``taskset -c 0`` where
there is taskset, and one thread for torch's and numpy's pools), once with the rules (the model
claimx picks) and once with ``--model MODEL_DIR``, in rotation (one run of each per round), the
median of each; peak memory of each too. The targets: the small tagger's pipeline keeps at least
0.7 of the rules' throughput, the encoder tagger's at least 0.4, under 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench import Launcher, generated_articles, write_folder

TARGET = 0.7  # the small tagger
ENCODER_TARGET = 0.4  # a fine-tuned transformer
ONE_CORE = ["env", "OMP_NUM_THREADS=1", "MKL_NUM_THREADS=1"] + (
    ["taskset", "-c", "0"] if shutil.which("taskset") else []
)


def command(folder: Path, model: str | None) -> list[str]:
    extra = ["--model", model] if model else []
    return [*ONE_CORE, sys.executable, "-m", "claimx", "extract", str(folder), "-f", "jsonl",
            "-q", "-j", "1", "-o", str(folder.parent / "out.jsonl"), *extra]  # fmt: skip


def target_of(model: str) -> float:
    config = Path(model, "config.cfg")
    is_encoder = config.is_file() and "claimx_encoder_roles" in config.read_text(encoding="utf-8")
    return ENCODER_TARGET if is_encoder else TARGET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="a model folder written by claimx train")
    parser.add_argument("--articles", type=Path, help="a folder of .txt articles to use")
    parser.add_argument("--count", type=int, default=120, help="articles to generate")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args()
    launcher = Launcher()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.articles
        if folder is None:
            folder = Path(scratch) / "articles"
            folder.mkdir()
            write_folder(generated_articles(options.count), folder)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        times: dict[str, list[float]] = {"rules": [], "trained": []}
        peaks: dict[str, list[float]] = {"rules": [], "trained": []}
        for _ in range(options.runs):
            for name, model in (("rules", None), ("trained", options.model)):
                seconds, peak = launcher.run(command(folder, model))
                times[name].append(seconds)
                peaks[name].append(peak)
    launcher.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    figures = {
        "words": words,
        "runs": options.runs,
        "seconds": medians,
        "words_per_second": {name: round(words / s) for name, s in medians.items()},
        "peak_mb": {name: round(max(values)) for name, values in peaks.items()},
        "trained_vs_rules": round(medians["rules"] / medians["trained"], 3),
        "target": target_of(options.model),
    }
    if options.json:
        print(json.dumps(figures, indent=2))
        return
    ratio = figures["trained_vs_rules"]
    target = figures["target"]
    verdict = "met" if ratio >= target else "NOT met"
    print(f"{words} words, median of {options.runs} runs, whole processes, -j 1, one core")
    for name in ("rules", "trained"):
        print(
            f"  {name:8s} {medians[name]:6.2f} s  {figures['words_per_second'][name]:6d} words/s"
            f"  peak {figures['peak_mb'][name]} MB"
        )
    print(f"  trained / rules throughput: {ratio:.3f} (target at least {target}: {verdict})")


if __name__ == "__main__":
    main()
