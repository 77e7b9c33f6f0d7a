"""The Dask runner against the local runner on the same articles, as whole processes.

    python benchmarks/dask_runner.py                  # 2,000 generated articles, 3 runs
    python benchmarks/dask_runner.py --count 500 --runs 1 --json

Both runs are ``claimx extract DIR`` with two workers: the local runner with ``-j 2`` writing
JSONL, the Dask runner with ``--engine dask -j 2`` (a local cluster of two worker processes,
its start-up included) writing JSONL parts. Reported: the medians, both throughputs and their
ratio (target: the Dask runner at least 0.9 of the local one), the peak memory of the largest
Dask worker (read from the cluster while it runs), and the size of the Parquet output against
the JSONL's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import generated_articles  # the benchmark beside this script


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def worker_peak_mb(folder: Path, out: Path) -> float:
    """Run the Dask job in-process on a local cluster and sample its workers' memory."""
    from distributed import Client, LocalCluster

    from claimx.batch import BatchOptions, Events
    from claimx.dask_runner import DaskJob, run_on_dask
    from claimx.inputs import expand_paths

    sources = expand_paths([str(folder)]).sources
    peak = 0.0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
        client = Client(cluster)

        def sample() -> None:
            nonlocal peak
            for info in client.scheduler_info()["workers"].values():
                peak = max(peak, info["metrics"]["memory"] / 1e6)

        events = Events(failed=lambda *_: None, warned=lambda _: None, advanced=sample)
        job = DaskJob(str(out), scheduler=cluster.scheduler_address)
        run_on_dask(sources, BatchOptions(jobs=1), job, events, lambda _: None)
        sample()
        client.close()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        texts = generated_articles(options.count)
        for index, text in enumerate(texts):
            (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8")
        words = sum(len(text.split()) for text in texts)
        local_out, dask_out = Path(work) / "local.jsonl", Path(work) / "dask"
        times: dict[str, list[float]] = {"local_j2": [], "dask_j2": []}
        for _ in range(options.runs):  # in rotation
            local_out.unlink(missing_ok=True)
            times["local_j2"].append(timed(["claimx", "extract", str(folder), "-j", "2",
                                            "-o", str(local_out), "-q"]))  # fmt: skip
            shutil.rmtree(dask_out, ignore_errors=True)
            times["dask_j2"].append(timed(["claimx", "extract", str(folder), "--engine", "dask",
                                           "-j", "2", "-o", str(dask_out), "-q"]))  # fmt: skip
        parquet = Path(work) / "claims.parquet"
        subprocess.run(["claimx", "extract", str(folder), "-o", str(parquet), "-q"], check=True)
        articles = Path(work) / "articles.parquet"
        subprocess.run(["claimx", "extract", str(folder), "-o", str(articles),
                        "--parquet-articles", "-q"], check=True)  # fmt: skip
        peak = worker_peak_mb(folder, Path(work) / "dask-memory")
        local, dask = (statistics.median(times[k]) for k in ("local_j2", "dask_j2"))
        figures = {
            "articles": options.count,
            "words": words,
            "local_j2_s": local,
            "dask_j2_s": dask,
            "local_words_per_s": words / local,
            "dask_words_per_s": words / dask,
            "dask_vs_local": local / dask,
            "dask_worker_peak_mb": peak,
            "jsonl_mb": local_out.stat().st_size / 1e6,
            "parquet_claims_mb": parquet.stat().st_size / 1e6,
            "parquet_articles_mb": articles.stat().st_size / 1e6,
        }
    if options.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"  {key:<22} {value:12.3f}")
    print(f"  {'met' if figures['dask_vs_local'] >= 0.9 else 'NOT met'}  dask >= 0.9 x local -j 2")


if __name__ == "__main__":
    main()
