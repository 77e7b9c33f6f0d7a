"""Throughput of claimx against bare spaCy, measured in one run, reported as ratios.

    python benchmarks/bench.py                      # 120 generated news-length articles, 5 runs
    python benchmarks/bench.py --articles DIR       # any folder of .txt articles
    python benchmarks/bench.py --count 60 --runs 3 --json

The baseline is the issue's: bare spaCy ``nlp.pipe`` with the same model and the same
components (claimx's registered components in the loaded pipeline), no claimx code around it.
Each of these is timed as the median of --runs runs, in rotation (one run of each per round,
so that a shared machine's drift falls on all of them alike):

in the benchmark's own process (no start-up), each on a freshly loaded pipeline that has not
seen the texts before (as in the command, which sees each article once):
- model only:     ``nlp.pipe`` with the model's components alone (what claimx's components add)
- bare pipeline:  ``nlp.pipe`` with the same model and claimx's components  <- the baseline
- library:        ``claimx.core.extract_articles`` to JSON-ready records

whole processes (Python start-up, imports and model loading included):
- bare pipeline process: a ``python -c`` script that loads the same pipeline and pipes the files
- command:        ``claimx extract DIR --format jsonl -j 1``
- command -j 2:   the same with two worker processes

Then, once, the command with ``-j 1`` and ``-j 2`` on long articles (see ``long_articles``),
for their peak memory.

The targets: the command's throughput at least 0.85 of the bare pipeline's on one process
(checked against both the in-process and the whole-process baseline), at least 1.7 times its
own with ``-j 2``, and a peak resident memory under 600 MB in every process.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MEMORY_RUNS = ("command", "command_j2", "long_command", "long_command_j2")
TARGETS = {
    "command_vs_bare_pipeline": 1.10,
    "command_vs_model_only": 1.0,
    "j2_speedup": 1.85,
    "one_article_s": 1.3,
    "peak_mb": 600.0,
}
# News articles run to a median of about 650 words, most between 300 and 1,500.
MEDIAN_WORDS, WORDS_SPREAD = 650, 0.5


def project_paragraphs() -> list[str]:
    """The paragraphs of the project's own seed and example articles (not headings)."""
    sources = [ROOT / "seeds" / "000_1e094fc351570344.txt"]
    sources += sorted((ROOT / "examples" / "articles").glob("*.txt"))
    return [
        p.strip()
        for path in sources
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 6
    ]


def generated_articles(count: int, seed: int = 7) -> list[str]:
    """News-length articles shuffled together from the project's own seed and example
    paragraphs (the same paragraph may come back: the model's cost does not depend on it)."""
    paragraphs = project_paragraphs()
    mean_words = statistics.mean(len(p.split()) for p in paragraphs)
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        words = rng.lognormvariate(math.log(MEDIAN_WORDS), WORDS_SPREAD)
        body = rng.choices(paragraphs, k=max(3, round(words / mean_words)))
        articles.append(f"date 2026-03-{index % 28 + 1:02d}\n" + "\n\n".join(body) + "\n")
    return articles


def long_articles(count: int = 8, seed: int = 11) -> list[str]:
    """Long reads of about 6,000 words and one text of about 40,000 words: the model's memory
    grows with the text it holds at once, so these are what could break the memory target."""
    pieces = generated_articles(count * 9 + 55, seed)
    texts = ["\n\n".join(pieces[i * 9 : (i + 1) * 9]) for i in range(count)]
    texts.append("\n\n".join(pieces[count * 9 :]))
    return texts


def write_folder(texts: list[str], folder: Path) -> None:
    for index, text in enumerate(texts):
        (folder / f"article-{index:04d}.txt").write_text(text, encoding="utf-8")


# The whole-process baseline: start Python, load the same model with the same components (the
# claimx_* factories added where claimx adds them), read the files, nlp.pipe them, write nothing.
BARE_PIPELINE_PROCESS = """
import sys
from pathlib import Path
import spacy
import claimx.components
from claimx.nlp import add_claimx_components
nlp = spacy.load(sys.argv[1])
add_claimx_components(nlp)
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).iterdir()))
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


# The model alone, as a user of spaCy would run it: spacy.load + nlp.pipe, nothing of claimx.
MODEL_ONLY_PROCESS = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1])
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).iterdir()))
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


# Whole processes are started by this small launcher, itself started before the benchmark loads
# spaCy: a process forked from a big parent counts the parent's pages in its peak memory.
LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    command = json.loads(line)
    started = time.perf_counter()
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    print(json.dumps([time.perf_counter() - started, usage.ru_maxrss / 1024, status]), flush=True)
"""


class Launcher:
    """Runs a command and reports its seconds and the peak RSS (MB) of its largest process,
    its worker processes included."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip

    def run(self, command: list[str]) -> tuple[float, float]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        seconds, peak_mb, status = json.loads(self.process.stdout.readline())
        if status != 0:
            sys.exit(f"failed: {command}")
        return seconds, peak_mb

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def claimx_command(folder: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "claimx", "extract", str(folder), "-f", "jsonl", "-q",
            "-j", str(jobs), "-o", str(folder.parent / "out.jsonl")]  # fmt: skip


def one_article_command(path: Path) -> list[str]:
    """``claimx extract one.txt`` as a user types it (its table, here written to /dev/null)."""
    return [sys.executable, "-m", "claimx", "extract", str(path), "-f", "table", "-o", "/dev/null"]


def fresh_model(with_components: bool) -> Any:
    """The model as spaCy loads it (its attribute_ruler and lemmatizer run on every token),
    with claimx's components added where claimx adds them, or without: the baselines."""
    import spacy

    import claimx.components  # noqa: F401  (the claimx_* factories)
    from claimx.nlp import add_claimx_components, resolve_model

    gc.collect()
    nlp = spacy.load(resolve_model().name)
    if with_components:
        add_claimx_components(nlp)
    return nlp


def fresh_pipeline() -> Any:
    """A newly loaded claimx pipeline: its vocabulary and the tokenizer's cache start empty, as in
    a new process. A pipeline that has already seen the texts is faster on them (about 15 %
    on real news) than any run of the command can be, which sees each article once."""
    import claimx.nlp

    claimx.nlp._load_choice.cache_clear()  # load_pipeline keeps one pipeline per process
    gc.collect()
    return claimx.nlp.load_pipeline()


def in_process_actions(texts: list[str]) -> dict[str, Callable[[], float]]:
    """Each action loads a fresh pipeline (not timed), then returns the seconds it took to
    process every text once."""
    from claimx.core import extract_articles
    from claimx.inputs import make_article

    articles = [make_article(f"a{i}", text) for i, text in enumerate(texts)]

    def model_only() -> float:
        nlp = fresh_model(with_components=False)
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - started

    def bare_pipeline() -> float:
        nlp = fresh_model(with_components=True)
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - started

    def library() -> float:
        pipeline = fresh_pipeline()
        started = time.perf_counter()
        for _ in extract_articles(articles, pipeline):
            pass
        return time.perf_counter() - started

    return {"model_only": model_only, "bare_pipeline": bare_pipeline, "library": library}


def measure(texts: list[str], runs: int) -> dict[str, Any]:
    """Every measurement once per round, in rotation, so that a shared machine's drift falls on
    all of them alike; the medians over the rounds."""
    launcher = Launcher()  # before spaCy is loaded here
    from claimx.nlp import load_pipeline

    pipeline = load_pipeline()
    if pipeline.rule_only:
        sys.exit("no statistical model installed: nothing to compare against")
    results: dict[str, Any] = {
        "model": f"{pipeline.model_name} {pipeline.model_version}",
        "articles": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "runs": runs,
    }
    actions = in_process_actions(texts)
    actions["bare_pipeline"]()  # once, untimed: what a process pays on its first batch only
    times: dict[str, list[float]] = defaultdict(list)
    peaks: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_folder(texts, folder)
        commands = {
            "bare_pipeline_process": [
                sys.executable, "-c", BARE_PIPELINE_PROCESS, pipeline.model_name, str(folder)
            ],
            "model_only_process": [
                sys.executable, "-c", MODEL_ONLY_PROCESS, pipeline.model_name, str(folder)
            ],
            "command": claimx_command(folder, 1),
            "command_j2": claimx_command(folder, 2),
            "one_article": one_article_command(ROOT / "seeds" / "000_1e094fc351570344.txt"),
        }  # fmt: skip
        for _ in range(runs):
            for name, action in actions.items():
                times[name].append(action())
            for name, command in commands.items():
                seconds, peak_mb = launcher.run(command)
                times[name].append(seconds)
                peaks[name] = max(peaks[name], peak_mb)
        long_folder = Path(tmp) / "long"
        long_folder.mkdir()
        long_texts = long_articles()
        write_folder(long_texts, long_folder)
        results["long_articles"] = len(long_texts)
        results["long_words"] = sum(len(text.split()) for text in long_texts)
        for name, jobs in (("long_command", 1), ("long_command_j2", 2)):
            peaks[name] = launcher.run(claimx_command(long_folder, jobs))[1]
    launcher.close()
    for name, values in times.items():
        results[f"{name}_s"] = statistics.median(values)
    for name, peak in peaks.items():
        results[f"{name}_peak_mb"] = round(peak)
    results["ratios"] = ratios(results)
    return results


def ratios(r: dict[str, Any]) -> dict[str, float]:
    command = r["command_s"]
    return {
        "components_added_cost": round(r["bare_pipeline_s"] / r["model_only_s"] - 1, 3),
        "library_vs_bare_pipeline": round(r["bare_pipeline_s"] / r["library_s"], 3),
        "command_vs_bare_pipeline_in_process": round(r["bare_pipeline_s"] / command, 3),
        "command_vs_bare_pipeline_process": round(r["bare_pipeline_process_s"] / command, 3),
        "command_vs_model_only_in_process": round(r["model_only_s"] / command, 3),
        "command_vs_model_only_process": round(r["model_only_process_s"] / command, 3),
        "command_j2_speedup": round(command / r["command_j2_s"], 3),
    }


def verdicts(r: dict[str, Any]) -> list[tuple[str, bool]]:
    q = r["ratios"]
    peak = max(r[f"{name}_peak_mb"] for name in MEMORY_RUNS)
    t = TARGETS
    return [
        (f"command >= {t['command_vs_bare_pipeline']} x the bare pipeline, whole processes",
         q["command_vs_bare_pipeline_process"] >= t["command_vs_bare_pipeline"]),
        (f"command >= {t['command_vs_bare_pipeline']} x the bare pipeline, in-process baseline",
         q["command_vs_bare_pipeline_in_process"] >= t["command_vs_bare_pipeline"]),
        ("command >= spacy.load + nlp.pipe alone, whole processes",
         q["command_vs_model_only_process"] >= t["command_vs_model_only"]),
        (f"-j 2 >= {t['j2_speedup']} x -j 1", q["command_j2_speedup"] >= t["j2_speedup"]),
        (f"one short article in {r['one_article_s']:.2f} s <= {t['one_article_s']} s",
         r["one_article_s"] <= t["one_article_s"]),
        (f"peak memory {peak:.0f} MB < {t['peak_mb']:.0f} MB", peak < t["peak_mb"]),
    ]  # fmt: skip


def report(r: dict[str, Any]) -> None:
    words = r["words"]
    print(f"{r['model']}: {r['articles']} articles, {words} words, median of {r['runs']} runs")
    for key in ("model_only_s", "bare_pipeline_s", "library_s", "model_only_process_s",
                "bare_pipeline_process_s", "command_s", "command_j2_s"):  # fmt: skip
        print(f"  {key:<26} {r[key]:8.2f} s {words / r[key]:8.0f} words/s")
    print(f"  peak RSS (largest process): -j 1 {r['command_peak_mb']} MB, "
          f"-j 2 {r['command_j2_peak_mb']} MB; {r['long_articles']} long articles "
          f"({r['long_words']} words): -j 1 {r['long_command_peak_mb']} MB, "
          f"-j 2 {r['long_command_j2_peak_mb']} MB")  # fmt: skip
    print(f"  {'one_article_s':<26} {r['one_article_s']:8.2f} s (claimx extract seed.txt)")
    for name, value in r["ratios"].items():
        print(f"  {name:<38} {value}")
    for target, met in verdicts(r):
        print(f"  {'met    ' if met else 'NOT MET'} {target}")


def component_profile(texts: list[str]) -> dict[str, dict[str, float]]:
    """Seconds per component, each run over every text in turn (batches of 16, as nlp.pipe),
    for the bare pipeline (the model as spaCy loads it, with claimx's components) and for
    claimx's (the same, with the ruler compiled and lemmas on demand). Each on a fresh load."""
    profiles = {}
    for name, nlp in (("bare", fresh_model(True)), ("claimx", fresh_pipeline().nlp)):
        times: dict[str, float] = {}
        started = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts]
        times["tokenizer"] = time.perf_counter() - started
        for component_name, component in nlp.pipeline:
            started = time.perf_counter()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=16))
            else:
                docs = [component(doc) for doc in docs]
            times[component_name] = time.perf_counter() - started
        profiles[name] = times
    return profiles


def report_profile(profiles: dict[str, dict[str, float]]) -> None:
    names = list(dict.fromkeys(n for times in profiles.values() for n in times))
    print(f"  {'component':<22} {'bare':>8} {'claimx':>8}")
    for name in names:
        cells = [profiles[p].get(name) for p in ("bare", "claimx")]
        shown = [f"{c:8.2f}" if c is not None else f"{'—':>8}" for c in cells]
        print(f"  {name:<22} {shown[0]} {shown[1]}")
    totals = [sum(profiles[p].values()) for p in ("bare", "claimx")]
    print(f"  {'total':<22} {totals[0]:8.2f} {totals[1]:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, help="a folder of .txt articles to use")
    parser.add_argument("--count", type=int, default=120, help="articles to generate")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--profile", action="store_true", help="only the seconds per component, once"
    )
    args = parser.parse_args()
    if args.articles:
        paths = sorted(args.articles.rglob("*.txt"))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    else:
        texts = generated_articles(args.count)
    if args.profile:
        report_profile(component_profile(texts))
        return
    results = measure(texts, args.runs)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        report(results)


if __name__ == "__main__":
    main()
