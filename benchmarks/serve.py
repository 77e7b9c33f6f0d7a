"""claimx serve under load: requests per second and latency, against claimx extract.

    python benchmarks/serve.py                      # the full grid (run it on a quiet machine)
    python benchmarks/serve.py --tiny               # a quick check that the script runs
    python benchmarks/serve.py --jobs 2 --clients 16 --runs 5 --json

For each --jobs N a server is started (``claimx serve --port 0 -j N -q``, as a user would), and
for short articles (news-length, ``bench.generated_articles``) and long ones (about 6,000 words,
``bench.long_articles``) it is sent every article once by C concurrent clients (threads, each
with its own kept-alive connection, stdlib ``http.client`` so that the clients cost the machine
little), for each C in --clients. Reported per (N, kind, C): articles (requests) per second over
the whole round, and each request's latency, median and 95th percentile; the median of --runs
rounds, in rotation, after one warm-up request per client.

The baseline is ``claimx extract FOLDER -j N --format json -q`` on the same articles, as a
whole process, with its fixed cost (start-up and model loading: a one-article run's time,
measured in the same rotation) taken off, since a server pays it once (the ratio to the whole
process, start-up included, is shown too). The target: at 16 clients, the server's articles per
second at least 0.9 of extract -j N's, for each N.

The clients run on the same machine as the server (and compete with it for the cores), so the
figures are a floor; on a machine shared with others, the ratios are the signal.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import generated_articles, long_articles, write_folder  # beside this script

START_SECONDS = 180.0
TARGET = 0.9  # of extract -j N's articles per second, at the most clients
MIN_WORK = 0.2  # extract's start-up is taken off only if the rest is at least this share


@contextmanager
def server(jobs: int) -> Iterator[tuple[str, int]]:
    """A running ``claimx serve -j jobs`` (host, port), stopped afterwards."""
    command = [sys.executable, "-m", "claimx", "serve", "--port", "0", "-j", str(jobs), "-q"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    address: list[str] = []
    ready = threading.Event()

    def drain() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith("claimx serve: listening on ") and not address:
                address.append(line.split("listening on ", 1)[1].split()[0])
                ready.set()
            elif not line.startswith(("Warning:", "Terminated.")):
                print(f"  server: {line.rstrip()}", file=sys.stderr)
        ready.set()

    threading.Thread(target=drain, daemon=True).start()
    try:
        if not ready.wait(START_SECONDS) or not address:
            raise SystemExit("the server did not start")
        host_port = address[0].removeprefix("http://").rstrip("/")
        host, port = host_port.rsplit(":", 1)
        yield host, int(port)
    finally:
        process.terminate()
        process.wait(60)


class Client:
    """One client: a kept-alive connection, its requests' latencies."""

    def __init__(self, host: str, port: int) -> None:
        self.connection = http.client.HTTPConnection(host, port, timeout=600)
        self.latencies: list[float] = []

    def extract(self, text: str) -> None:
        body = text.encode("utf-8")
        headers = {"Content-Type": "text/plain; charset=utf-8"}
        started = time.perf_counter()
        try:
            self.connection.request("POST", "/extract", body, headers)
            answer = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed the kept-alive connection while it was idle: a new one.
            self.connection.close()
            started = time.perf_counter()
            self.connection.request("POST", "/extract", body, headers)
            answer = self.connection.getresponse()
        data = answer.read()
        self.latencies.append(time.perf_counter() - started)
        if answer.status != 200:
            raise SystemExit(f"the server answered {answer.status}: {data[:300]!r}")

    def close(self) -> None:
        self.connection.close()


def round_of(
    host: str, port: int, texts: list[str], clients: int, warm_up: str
) -> dict[str, float]:
    """Every text once, by ``clients`` concurrent clients taking the next text as they can."""
    pool = [Client(host, port) for _ in range(clients)]
    with ThreadPoolExecutor(clients) as threads:  # warm-up: each connection open, at once
        list(threads.map(lambda one: one.extract(warm_up), pool))
    for one in pool:
        one.latencies.clear()
    queue = list(reversed(texts))
    lock = threading.Lock()

    def work(one: Client) -> None:
        while True:
            with lock:
                if not queue:
                    return
                text = queue.pop()
            one.extract(text)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as threads:
        list(threads.map(work, pool))
    seconds = time.perf_counter() - started
    latencies = sorted(t for one in pool for t in one.latencies)
    for one in pool:
        one.close()
    return {
        "articles_per_second": len(texts) / seconds,
        "latency_median": statistics.median(latencies),
        "latency_p95": latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))],
    }


def extract_seconds(folder: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "claimx", "extract", str(folder), "-j", str(jobs)]
    started = time.perf_counter()
    subprocess.run([*command, "--format", "json", "-q"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(
    kinds: dict[str, list[str]], jobs_list: list[int], clients_list: list[int], runs: int
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        folders = {}
        for kind, texts in kinds.items():
            folders[kind] = Path(scratch) / kind
            folders[kind].mkdir()
            write_folder(texts, folders[kind])
        startup = Path(scratch) / "startup"
        startup.mkdir()
        write_folder(kinds["short"][:1], startup)
        for jobs in jobs_list:
            rounds: dict[tuple[str, int], list[dict[str, float]]] = {}
            baseline: dict[str, list[float]] = {kind: [] for kind in kinds}
            fixed: list[float] = []
            for run in range(runs):  # in rotation: a shared machine's drift falls on all
                print(f"-j {jobs}: run {run + 1} of {runs}", file=sys.stderr)
                with server(jobs) as (host, port):
                    for kind, texts in kinds.items():
                        for clients in clients_list:
                            warm_up = kinds["short"][0]
                            result = round_of(host, port, texts, clients, warm_up)
                            rounds.setdefault((kind, clients), []).append(result)
                fixed.append(extract_seconds(startup, 1))
                for kind in kinds:
                    baseline[kind].append(extract_seconds(folders[kind], jobs))
            cost = statistics.median(fixed)
            for kind, texts in kinds.items():
                whole = statistics.median(baseline[kind])
                whole_rate = len(texts) / whole
                # Without its fixed cost, when the run is long enough for that to mean anything
                # (a short run on a busy machine can take less than the one-article run).
                working = whole - cost
                extract_rate = len(texts) / working if working > MIN_WORK * whole else None
                for clients in clients_list:
                    found = rounds[(kind, clients)]
                    rate = statistics.median(r["articles_per_second"] for r in found)
                    rows.append(
                        {
                            "jobs": jobs,
                            "kind": kind,
                            "articles": len(texts),
                            "clients": clients,
                            "articles_per_second": rate,
                            "latency_median": statistics.median(r["latency_median"] for r in found),
                            "latency_p95": statistics.median(r["latency_p95"] for r in found),
                            "extract_articles_per_second": extract_rate,
                            "ratio_to_extract": rate / extract_rate if extract_rate else None,
                            "extract_whole_process_articles_per_second": whole_rate,
                            "ratio_to_extract_whole_process": rate / whole_rate,
                        }
                    )
    return rows


def report(rows: list[dict[str, Any]], most_clients: int) -> None:
    print(
        f"{'-j':>3} {'kind':<6} {'clients':>7} {'art/s':>8} {'median s':>9} {'p95 s':>8} "
        f"{'extract art/s':>14} {'ratio':>6} {'(whole process)':>16}"
    )
    for r in rows:
        rate, ratio = r["extract_articles_per_second"], r["ratio_to_extract"]
        print(
            f"{r['jobs']:>3} {r['kind']:<6} {r['clients']:>7} {r['articles_per_second']:>8.2f} "
            f"{r['latency_median']:>9.3f} {r['latency_p95']:>8.3f} "
            f"{_figure(rate, 14)} {_figure(ratio, 6)} "
            f"{r['ratio_to_extract_whole_process']:>16.2f}"
        )
    for r in rows:
        if r["clients"] != most_clients:
            continue
        where = f"-j {r['jobs']}, {r['kind']}, {most_clients} clients"
        if r["ratio_to_extract"] is None:
            print(f"target ({where}): extract's run too short to take its start-up off: n/a")
            continue
        met = "met" if r["ratio_to_extract"] >= TARGET else "NOT met"
        print(
            f"target ({where}): {r['ratio_to_extract']:.2f} of extract's articles per second, "
            f"at least {TARGET}: {met}"
        )


def _figure(value: float | None, width: int) -> str:
    return f"{'n/a':>{width}}" if value is None else f"{value:>{width}.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=96, help="short articles")
    parser.add_argument("--long", type=int, default=8, help="long articles (about 6,000 words)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--tiny", action="store_true", help="a few articles, -j 1, 1 and 4 clients, one run"
    )
    args = parser.parse_args()
    if args.tiny:
        args.count, args.long, args.jobs, args.clients, args.runs = 6, 1, [1], [1, 4], 1
    kinds = {
        "short": generated_articles(args.count),
        "long": long_articles(args.long)[: args.long],  # (without the 40,000-word one)
    }
    rows = measure(kinds, args.jobs, args.clients, args.runs)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        report(rows, max(args.clients))


if __name__ == "__main__":
    main()
