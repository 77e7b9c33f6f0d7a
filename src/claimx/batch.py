"""The CLI's batch runner: inputs to records through the core, with resume and error reports.

A thin layer over ``runner`` (one process) and ``parallel`` (several): it reads the sources
(text files and JSONL dumps) into articles, skips those a previous run finished, sends each
record to a writer as soon as it is ready, and tells its caller about every failure. No Click
here: messages and exit codes are the CLI's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimx.errors import InputError
from claimx.inputs import (
    Article,
    JsonlOptions,
    is_jsonl,
    read_article,
    read_jsonl_articles,
)
from claimx.records import ArticleRecord
from claimx.runner import Failure

# Components whose output a format does not show, and which need not run for it.
UNUSED_BY_FORMAT = {"csv": ("claimx_dates", "claimx_money", "claimx_percentages")}


@dataclass(frozen=True)
class BatchOptions:
    model: str | None = None
    jobs: int = 1
    published: dt.date | None = None
    input_format: str = "auto"  # auto (by extension), text, jsonl
    jsonl: JsonlOptions = field(default_factory=JsonlOptions)
    skip: frozenset[str] = frozenset()  # inputs already done (--resume)
    unused_components: tuple[str, ...] = ()


@dataclass
class BatchReport:
    articles: int = 0
    claims: int = 0
    failed: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class Events:
    """What the runner tells its caller."""

    failed: Callable[[str, str], None]  # (input name, one-line message)
    warned: Callable[[str], None]
    advanced: Callable[[], None]


def default_jobs(sources: list[str], options_format: str) -> int:
    """One process for a single text article; every core for a batch or a JSONL dump."""
    many = len(sources) > 1 or any(is_jsonl(s, options_format) for s in sources)
    return max(os.cpu_count() or 1, 1) if many else 1


def run_batch(
    sources: list[str],
    options: BatchOptions,
    write: Callable[[ArticleRecord], None],
    events: Events,
) -> BatchReport:
    from claimx.nlp import load_pipeline

    report = BatchReport()
    pipeline = load_pipeline(options.model)
    articles = _unfinished(read_articles(sources, options, events, report), options, report)
    with pipeline.nlp.select_pipes(disable=list(options.unused_components)):
        for result in extract_with_jobs(articles, options.model, options.jobs):
            if isinstance(result, Failure):
                report.failed += 1
                events.failed(result.article.name, failure_line(result.article.name, result.reason))
            else:
                write(result)
                report.articles += 1
                report.claims += len(result["claims"])
            events.advanced()
    return report


def extract_with_jobs(
    articles: Iterable[Article], model: str | None, jobs: int
) -> Iterator[ArticleRecord | Failure]:
    """Records of ``articles`` in input order: in this process, or in ``jobs`` worker processes
    that survive a crash, stop with the run and keep their memory bounded (``parallel``)."""
    if jobs > 1:
        from claimx.parallel import extract_in_processes

        return extract_in_processes(articles, model, jobs)
    from claimx.nlp import load_pipeline
    from claimx.runner import extract_articles

    return extract_articles(articles, load_pipeline(model))


def failure_line(name: str, reason: str) -> str:
    return (
        f"{name}: could not be processed ({reason}) — rerun with --debug for the traceback, "
        "and report it"
    )


def read_articles(
    sources: list[str], options: BatchOptions, events: Events, report: BatchReport
) -> Iterator[Article]:
    """Articles from every source; an unreadable source or line is reported and skipped."""
    for source in sources:
        try:
            if is_jsonl(source, options.input_format):
                items: Iterable[Article | InputError] = read_jsonl_articles(
                    source, options.jsonl, options.published
                )
            else:
                items = [read_article(source, options.published)]
            for item in items:
                if isinstance(item, InputError):
                    _report_input_error(item, events, report)
                    continue
                for warning in item.warnings:
                    events.warned(warning)
                yield item
        except InputError as error:
            _report_input_error(error, events, report)
        except Exception as error:  # an input we did not foresee: it fails alone
            problem = f"could not be read ({type(error).__name__}: {error})"
            _report_input_error(InputError(source, problem, "report it"), events, report)


def _report_input_error(error: InputError, events: Events, report: BatchReport) -> None:
    report.failed += 1
    events.failed(error.name, error.line())
    events.advanced()


def _unfinished(
    articles: Iterable[Article], options: BatchOptions, report: BatchReport
) -> Iterator[Article]:
    for article in articles:
        if article.name in options.skip:
            report.skipped += 1
            continue
        yield article


def completed_inputs(path: Path) -> frozenset[str]:
    """The inputs a previous run wrote to the JSONL file ``path``, for --resume. A last line
    cut short by an interruption is removed from the file, so it can be appended to."""
    if not path.exists():
        return frozenset()
    data = path.read_bytes()
    complete_end = data.rfind(b"\n") + 1
    if complete_end < len(data):
        with path.open("r+b") as stream:
            stream.truncate(complete_end)
    done = set()
    for line in data[:complete_end].decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and isinstance(record.get("input"), str):
            done.add(record["input"])
    return frozenset(done)
