"""Throughput of claimx against bare spaCy, measured in one run, reported as ratios.

    python benchmarks/bench.py                      # 120 generated articles, 3 runs each
    python benchmarks/bench.py --articles DIR       # any folder of .txt articles
    python benchmarks/bench.py --count 300 --runs 5 --json

What it measures, each as the median of --runs runs on the same articles:

- bare:       spaCy ``nlp.pipe`` with the same model, without claimx's components (in-process)
- pipeline:   the same plus claimx's components (in-process): their added cost
- library:    ``claimx.runner.extract_articles`` to JSON-ready records (in-process)
- bare process: a whole Python process loading the same model and ``nlp.pipe``-ing the files
- command:    ``claimx extract DIR --format jsonl -j 1`` (whole process, model loading included)
- command-j2: the same with ``-j 2``

The whole command is compared with both baselines: the in-process one (which leaves out the
start-up and first-use costs every spaCy program pays) and the whole bare process.

and the peak resident memory of the largest process of each command run. Absolute times on a
shared machine are noise; the ratios, measured side by side, are the signal.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def generated_articles(count: int, seed: int = 7) -> list[str]:
    """Articles shuffled together from the project's own seed and example paragraphs."""
    sources = [ROOT / "seeds" / "000_1e094fc351570344.txt"]
    sources += sorted((ROOT / "examples" / "articles").glob("*.txt"))
    paragraphs = [
        p.strip()
        for path in sources
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 6
    ]
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        body = rng.sample(paragraphs, k=min(len(paragraphs), 14))
        articles.append(f"date 2026-03-{index % 28 + 1:02d}\n" + "\n\n".join(body) + "\n")
    return articles


def write_folder(texts: list[str], folder: Path) -> None:
    for index, text in enumerate(texts):
        (folder / f"article-{index:04d}.txt").write_text(text, encoding="utf-8")


def interleaved_medians(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median seconds of each action, timed in rotation (one run of each per round), so that
    the machine's drift on a shared host falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


# A whole process of bare spaCy on the same files: start Python, load the same model, read the
# files, nlp.pipe them (writing nothing). The like-for-like baseline of the whole command.
BARE_PROCESS = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1])
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).iterdir()))
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


def process_runs(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """For each command: the median seconds of the whole process and the peak RSS (MB) of its
    largest process, the commands run in rotation so that drift falls on all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(runs):
        for name, command in commands.items():
            started = time.perf_counter()
            process = subprocess.Popen(command)
            _, status, usage = os.wait4(process.pid, 0)
            times[name].append(time.perf_counter() - started)
            if status != 0:
                sys.exit(f"{name} failed: {command}")
            peaks[name] = max(peaks[name], usage.ru_maxrss / 1024)
    return {name: (statistics.median(times[name]), peaks[name]) for name in commands}


def bare_process_command(model: str, folder: Path) -> list[str]:
    return [sys.executable, "-c", BARE_PROCESS, model, str(folder)]


def claimx_command(folder: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "claimx", "extract", str(folder), "-f", "jsonl", "-q",
            "-j", str(jobs), "-o", str(folder.parent / "out.jsonl")]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, help="a folder of .txt articles to use")
    parser.add_argument("--count", type=int, default=120, help="articles to generate")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from claimx.inputs import make_article
    from claimx.nlp import CLAIMX_COMPONENTS, load_pipeline
    from claimx.runner import extract_articles

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        if args.articles:
            paths = sorted(args.articles.rglob("*.txt"))
            texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
        else:
            texts = generated_articles(args.count)
        write_folder(texts, folder)

        pipeline = load_pipeline()
        if pipeline.rule_only:
            sys.exit("no statistical model installed: nothing to compare against")
        claimx_names = {"claimx_structure", *CLAIMX_COMPONENTS}
        bare_names = [n for n in pipeline.nlp.pipe_names if n not in claimx_names]
        bare = pipeline.nlp  # the same loaded model, with and without claimx's components
        articles = [make_article(f"a{i}", text) for i, text in enumerate(texts)]
        words = sum(len(text.split()) for text in texts)

        def run_bare() -> None:
            with bare.select_pipes(enable=bare_names):
                for _ in bare.pipe(texts, batch_size=16):
                    pass

        def run_pipeline() -> None:
            for _ in bare.pipe(texts, batch_size=16):
                pass

        def run_library() -> None:
            for _ in extract_articles(articles, pipeline):
                pass

        run_bare()  # warm up caches once
        medians = interleaved_medians(
            {"bare_s": run_bare, "pipeline_s": run_pipeline, "library_s": run_library}, args.runs
        )
        results: dict[str, Any] = {"articles": len(texts), "words": words, **medians}
        timed = process_runs(
            {
                "bare_process": [
                    sys.executable,
                    "-c",
                    BARE_PROCESS,
                    pipeline.model_name,
                    str(folder),
                ],
                "command": claimx_command(folder, 1),
                "command_j2": claimx_command(folder, 2),
            },
            args.runs,
        )
        results["bare_process_s"], results["bare_process_peak_mb"] = timed["bare_process"]
        results["command_s"], results["command_peak_mb"] = timed["command"]
        results["command_j2_s"], results["command_j2_peak_mb"] = timed["command_j2"]

    bare_s = results["bare_s"]
    results["ratios"] = {
        "components_added_cost": round(results["pipeline_s"] / bare_s - 1, 3),
        "library_throughput_vs_bare": round(bare_s / results["library_s"], 3),
        "command_throughput_vs_bare_in_process": round(bare_s / results["command_s"], 3),
        "command_throughput_vs_bare_process": round(
            results["bare_process_s"] / results["command_s"], 3
        ),
        "command_j2_speedup_vs_j1": round(results["command_s"] / results["command_j2_s"], 3),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{results['articles']} articles, {words} words, median of {args.runs} runs")
    for key in ("bare_s", "pipeline_s", "library_s", "bare_process_s", "command_s", "command_j2_s"):
        print(f"  {key:<14} {results[key]:8.2f} s   {words / results[key]:8.0f} words/s")
    print(f"  peak RSS: -j 1 {results['command_peak_mb']:.0f} MB, "
          f"-j 2 largest process {results['command_j2_peak_mb']:.0f} MB")  # fmt: skip
    for name, value in results["ratios"].items():
        print(f"  {name:<30} {value}")


if __name__ == "__main__":
    main()
