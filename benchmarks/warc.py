"""Pages per second on a web archive, and the share of time spent extracting the pages' text.

    python benchmarks/warc.py                     # 300 generated pages, 3 runs
    python benchmarks/warc.py --pages 500 --runs 5 --json

The archive holds news pages made of the project's own seed and example paragraphs, each
wrapped in what real pages carry around an article (navigation, a cookie banner, scripts,
JSON-LD and Open Graph metadata, a comments section), plus a request record per page. Measured
(medians of --runs, in rotation): reading the archive and extracting every page's text in this
process (what claimx does before the language model), and ``claimx extract ARCHIVE --format
jsonl`` as a whole process with -j 1 and -j 2. The share is extraction over the whole -j 1 run.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import subprocess
import tempfile
import time
from html import escape
from pathlib import Path

from bench import project_paragraphs  # the benchmark beside this script

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-03-{day:02d}T08:00:00Z">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}"}}</script>
<script>window.analytics = {{"said": "the page loaded"}};</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookies">We use cookies. Accept all?</div>
<article><h1>{title}</h1>{body}</article>
<section class="comments"><p>A reader said this was nonsense.</p></section>
<footer>Copyright The Harbour Gazette</footer></body></html>"""


def write_archive(path: Path, pages: int, seed: int = 5) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paragraphs = project_paragraphs()
    rng = random.Random(seed)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for index in range(pages):
            chosen = rng.choices(paragraphs, k=rng.randint(6, 14))
            body = "".join(f"<p>{escape(p)}</p>" for p in chosen)
            title = escape(chosen[0].split(".")[0][:80])
            html = PAGE.format(title=title, day=index % 28 + 1, body=body).encode()
            uri = f"https://gazette.example/news/{index}"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(html),
                                          http_headers=headers)
            )  # fmt: skip
            request = io.BytesIO(f"GET /news/{index} HTTP/1.1\r\n\r\n".encode())
            writer.write_record(writer.create_warc_record(uri, "request", payload=request))


def extraction_seconds(path: Path) -> float:
    from claimx.inputs.warc import read_warc_articles

    started = time.perf_counter()
    for _ in read_warc_articles(str(path)):
        pass
    return time.perf_counter() - started


def command_seconds(path: Path, jobs: int) -> float:
    command = ["claimx", "extract", str(path), "--format", "jsonl", "-q", "-j", str(jobs)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(pages: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crawl.warc.gz"
        write_archive(path, pages)
        times: dict[str, list[float]] = {"extraction": [], "command_j1": [], "command_j2": []}
        for _ in range(runs):
            times["extraction"].append(extraction_seconds(path))
            times["command_j1"].append(command_seconds(path, 1))
            times["command_j2"].append(command_seconds(path, 2))
    medians = {key: statistics.median(values) for key, values in times.items()}
    return {
        "pages": pages,
        **{f"{key}_s": value for key, value in medians.items()},
        **{f"{key}_pages_per_s": pages / value for key, value in medians.items()},
        "extraction_share_of_j1": medians["extraction"] / medians["command_j1"],
        "j2_speedup": medians["command_j1"] / medians["command_j2"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    figures = measure(options.pages, options.runs)
    if options.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"  {key:<28} {value:10.3f}")


if __name__ == "__main__":
    main()
