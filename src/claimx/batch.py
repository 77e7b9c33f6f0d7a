"""The local runner: inputs to records through the core, with resume and error reports.

A thin layer over ``core`` (in this process) and ``pool`` (in worker processes): it reads the
sources (text files and JSONL dumps) into articles, skips those a previous run finished, sends each
record to a writer as soon as it is ready, and tells its caller about every failure. No Click
here: messages and exit codes are the CLI's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from claimx.claims import text_digest
from claimx.core import ChunkProgress, Extracted, Failure, Outcome, RunConfig
from claimx.errors import ClaimxError, InputError
from claimx.inputs import Article
from claimx.inputs.kinds import ReadOptions, holds_many, read_source
from claimx.inputs.warc import NotAnArticle
from claimx.nlp import Pipeline
from claimx.records import ArticleRecord
from claimx.render.formats import VALUE_COMPONENTS

# (Components a format does not read, and need not run for it: render.formats.)
UNUSED_BY_CLAIMS_ONLY = VALUE_COMPONENTS  # claimx evaluate scores claims alone


@dataclass(frozen=True)
class BatchOptions:
    """A batch: how its inputs are read, how the pipeline runs (sent to every worker as it
    is), in how many processes, and which inputs a previous run finished (--resume)."""

    read: ReadOptions = field(default_factory=ReadOptions)
    run: RunConfig = field(default_factory=RunConfig)
    jobs: int = 1
    # Inputs already done (--resume): name and the SHA-256 of the text they were made from.
    skip: Mapping[str, str] = field(default_factory=dict)


@dataclass
class BatchReport:
    articles: int = 0
    claims: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (--resume)
    redone: int = 0  # in the output, but their text changed since (--resume): done again
    not_articles: int = 0  # records of an archive that hold no page (requests, images...)


def _ignore_chunk(name: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class Events:
    """What the runner tells its caller."""

    failed: Callable[[str, str], None]  # (input name, one-line message)
    warned: Callable[[str], None]
    advanced: Callable[[], None]  # one more input done (or failed)
    chunk_done: ChunkProgress = _ignore_chunk  # (name, characters done, of): a long article


def default_jobs(sources: list[str], options_format: str) -> int:
    """One process for a single text article; every core for a batch or a JSONL dump."""
    many = len(sources) > 1 or any(holds_many(s, options_format) for s in sources)
    return max(os.cpu_count() or 1, 1) if many else 1


def run_batch(
    sources: list[str],
    options: BatchOptions,
    write: Callable[[ArticleRecord], None],
    events: Events,
    pipeline: Pipeline | None = None,
) -> BatchReport:
    """``pipeline``: the one the caller loaded (else it is loaded, by ``options.run.model``)."""
    report = BatchReport()
    articles = _unfinished(
        read_articles(sources, options, events, report), options, report, events.warned
    )
    outcomes = extract_with_jobs(articles, options.run, options.jobs, events.chunk_done, pipeline)
    try:
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                name = outcome.article.name
                _fail(report, events, name, failure_line(name, outcome.reason))
            elif _written(outcome, write, events, report):
                report.articles += 1
                report.claims += len(outcome.record["claims"])
            events.advanced()
    finally:
        # Stopped while writing (Ctrl-C, SIGTERM, a full disk): the workers stop now, not
        # whenever the traceback that keeps the generator alive is collected.
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
    return report


def _written(
    outcome: Extracted, write: Callable[[ArticleRecord], None], events: Events, report: BatchReport
) -> bool:
    """Write one record; a record that cannot be encoded fails alone. (An output that cannot
    be written at all, a full disk, is the run's error, raised by the output as ClaimxError.)"""
    for warning in outcome.warnings:
        events.warned(warning)
    try:
        write(outcome.record)
    except (ClaimxError, OSError, KeyboardInterrupt):
        raise
    except Exception as error:
        name = outcome.record["input"]
        problem = f"could not be written ({type(error).__name__}: {error})"
        _fail(report, events, name, f"{name}: {problem} — report it")
        return False
    return True


def _fail(report: BatchReport, events: Events, name: str, line: str) -> None:
    report.failed += 1
    events.failed(name, line)


def extract_with_jobs(
    articles: Iterable[Article],
    config: RunConfig,
    jobs: int,
    chunk_done: ChunkProgress | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Outcome]:
    """Outcomes of ``articles`` in input order: in this process (with ``pipeline`` if given),
    or in ``jobs`` worker processes that survive a crash, stop with the run and keep their
    memory bounded (``pool``). ``chunk_done`` hears of each chunk of a long article (in this
    process only)."""
    if jobs > 1:
        from claimx.pool import extract_in_processes

        return extract_in_processes(articles, config, jobs)
    from claimx.core import extract_articles
    from claimx.nlp import load_pipeline

    pipeline = pipeline or load_pipeline(config.model)
    return extract_articles(articles, pipeline, config, chunk_done)


def failure_line(name: str, reason: str) -> str:
    return (
        f"{name}: could not be processed ({reason}) — rerun with --debug for the traceback, "
        "and report it"
    )


def read_articles(
    sources: list[str], options: BatchOptions, events: Events, report: BatchReport
) -> Iterator[Article]:
    """Articles from every source, each with a name no other article of the run has; an
    unreadable source or line is reported and skipped."""
    names = UniqueNames()
    for source in sources:
        try:
            for item in read_source(source, options.read):
                if isinstance(item, InputError):
                    _report_input_error(item, events, report)
                    continue
                if isinstance(item, NotAnArticle):
                    report.not_articles += 1
                    continue
                article = names.unique(item)
                for warning in article.warnings:
                    events.warned(warning)
                yield article
        except InputError as error:
            _report_input_error(error, events, report)
        except Exception as error:  # an input we did not foresee: it fails alone
            problem = f"could not be read ({type(error).__name__}: {error})"
            _report_input_error(InputError(source, problem, "report it"), events, report)


class UniqueNames:
    """Names (the records' ``input``) are what --resume goes by, so no two articles of a run
    may share one: a repeated id in a dump, or a file named twice, gets a name of its own,
    the same in every run over the same inputs."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def unique(self, article: Article) -> Article:
        if article.name not in self.seen:
            self.seen.add(article.name)
            return article
        name = f"{article.name} ({article.origin})" if article.origin else article.name
        number = 2
        while name in self.seen:
            name = f"{article.name} ({article.origin or 'again'} #{number})"
            number += 1
        self.seen.add(name)
        warning = f"{article.origin or article.name}: '{article.name}' names an earlier input too; "
        warning += f"this one is named '{name}'"
        return replace(article, name=name, warnings=(*article.warnings, warning))


def _report_input_error(error: InputError, events: Events, report: BatchReport) -> None:
    _fail(report, events, error.name, error.line())
    events.advanced()


def _unfinished(
    articles: Iterable[Article],
    options: BatchOptions,
    report: BatchReport,
    warned: Callable[[str], None],
) -> Iterator[Article]:
    """The articles not done yet: not in the resumed output, or there with another text."""
    for article in articles:
        digest = options.skip.get(article.name)
        if digest is not None:
            if digest == text_digest(article.text):
                report.skipped += 1
                continue
            report.redone += 1
            warned(
                f"{article.name}: its text changed since it was extracted; extracted again "
                "(its earlier record is dropped)"
            )
        yield article
