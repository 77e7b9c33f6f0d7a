"""The ``claimx`` command line: option parsing, format choice, messages and exit codes.

stdout carries data only; progress, warnings, errors and the summary go to stderr.
Exit codes: 0 all done; 1 an error, or some inputs failed (the rest are still written);
2 a usage error.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import io
import json
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from claimx import __version__, outputs
from claimx.errors import ClaimxError, Terminated
from claimx.inputs import STDIN_NAME, expand_paths

if TYPE_CHECKING:
    from claimx.batch import BatchOptions, BatchReport
    from claimx.nlp import Pipeline

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool whose reader left
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM
FORMAT_CHOICES = ("auto", "table", "json", "jsonl", "csv")
_EXTENSION_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
TABLE_WIDTH = 100  # tables written to a file or a pipe

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Reporter:
    """Everything that goes to stderr. ``quiet`` silences all but errors."""

    quiet: bool = False
    debug: bool = False
    failures: int = 0
    error_stream: IO[str] | None = None  # --errors FILE

    def error(self, line: str) -> None:
        self.failures += 1
        click.echo(f"Error: {line}", err=True)

    def fail(self, name: str, line: str) -> None:
        """An input failed: one line on stderr, and one JSON line in the --errors file."""
        self.error(line)
        if self.error_stream is not None:
            entry = {"input": name, "error": line}
            self.error_stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.error_stream.flush()

    def warn(self, line: str) -> None:
        if not self.quiet:
            click.echo(f"Warning: {line}", err=True)

    def info(self, line: str) -> None:
        if not self.quiet:
            click.echo(line, err=True)


def handle_errors(command: F) -> F:
    """One line for errors a person can act on; a traceback only with ``--debug``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimxError as error:
            click.echo(f"Error: {error.line()}", err=True)
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt as interrupt:
            terminated = isinstance(interrupt, Terminated)
            click.echo("Terminated." if terminated else "Interrupted.", err=True)
            sys.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (claimx extract ... | head): stop quietly, as Unix tools do.
            # Point stdout at /dev/null so that Python's final flush does not fail again.
            with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as error:  # stdout itself cannot be written (> /dev/full)
            if kwargs.get("debug"):
                raise
            click.echo(f"Error: cannot write the output ({error.strerror or error})", err=True)
            sys.exit(EXIT_FAILED)
        except Exception as error:
            if kwargs.get("debug"):
                raise
            click.echo(
                f"Error: internal error ({type(error).__name__}: {error}) — "
                "rerun with --debug for the traceback, and report it",
                err=True,
            )
            sys.exit(EXIT_FAILED)

    return wrapper  # type: ignore[return-value]


class IsoDate(click.ParamType):  # type: ignore[type-arg]
    """A calendar date as YYYY-MM-DD; a date that does not exist is named as such.
    (ParamType is generic from Click 8.2, plain before: hence the ignore.)"""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            self.fail(f"{text!r} is not a date in the form YYYY-MM-DD", param, ctx)
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.fail(
                f"{text} does not exist on the calendar ({_why_not_a_date(text)})", param, ctx
            )


def _why_not_a_date(text: str) -> str:
    year, month, day = (int(part) for part in text.split("-"))
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days" if day else "there is no day 0"


SIZE_UNITS = {
    "": 1,
    "B": 1,
    "KB": 10**3,
    "MB": 10**6,
    "GB": 10**9,
    "KIB": 2**10,
    "MIB": 2**20,
    "GIB": 2**30,
}
DEFAULT_MAX_SIZE = 50 * 10**6


class ByteSize(click.ParamType):  # type: ignore[type-arg]
    """A size in bytes: 50000000, 50MB, 2GB, 512KiB."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        unit = match.group(2).upper() if match else ""
        if match is None or unit not in SIZE_UNITS or float(match.group(1)) <= 0:
            self.fail(f"{value!r} is not a size (e.g. 50MB, 2GB, 100000)", param, ctx)
        return int(float(match.group(1)) * SIZE_UNITS[unit])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="claimx")
def cli() -> None:
    """Extract attributed claims (who said what, through which cue), named entities, dates and
    money figures from news articles.

    \b
    Exit codes: 0 all done; 1 an error, or some inputs failed (the others are
    still written); 2 a usage error; 130 interrupted (Ctrl-C); 141 the output
    pipe was closed (| head); 143 terminated (SIGTERM). An interrupted run keeps
    every complete JSONL line (--resume goes on from there).
    """


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(FORMAT_CHOICES),
    default="auto",
    show_default=True,
    help="Output format. auto: a table on a terminal, JSONL otherwise "
    "(with -o, chosen by the file's extension).",
)
@click.option(
    "-o",
    "--output",
    default=STDIN_NAME,
    metavar="FILE",
    help="Write to FILE instead of stdout ('-').",
)
@click.option(
    "--published",
    type=IsoDate(),
    help="Publication date (YYYY-MM-DD) for resolving relative dates; overrides a date marker.",
)
@click.option("--model", metavar="NAME", help="spaCy model package or path [env: CLAIMX_MODEL].")
@click.option("--glob", "glob", metavar="PATTERN", help="Only files in folders matching PATTERN.")
@click.option(
    "--input-format",
    type=click.Choice(("auto", "text", "jsonl")),
    default="auto",
    show_default=True,
    help="auto: .jsonl/.ndjson files are one article per line, everything else is text.",
)
@click.option("--text-key", default="text", show_default=True, help="JSONL: the text's field.")
@click.option("--id-key", metavar="KEY", help="JSONL: the field naming each article (e.g. url).")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes [default: the number of cores, 1 for a single article].",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With -o FILE (JSONL): skip inputs already in FILE and append the rest.",
)
@click.option(
    "--errors",
    "errors_path",
    metavar="FILE",
    help="Also write each failed input as a JSON line {input, error} to FILE.",
)
@click.option(
    "--max-size",
    type=ByteSize(),
    default=DEFAULT_MAX_SIZE,
    show_default="50MB",
    metavar="SIZE",
    help="Fail an input (a file, or a line of a JSONL dump) larger than SIZE (e.g. 200MB, 2GB).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary on stderr.")
@click.option("--no-color", is_flag=True, help="No colour in tables (NO_COLOR is honoured too).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@handle_errors
def extract(
    paths: tuple[str, ...],
    format_name: str,
    output: str,
    published: dt.date | None,
    model: str | None,
    glob: str | None,
    input_format: str,
    text_key: str,
    id_key: str | None,
    jobs: int | None,
    resume: bool,
    errors_path: str | None,
    max_size: int,
    quiet: bool,
    no_color: bool,
    debug: bool,
) -> None:
    """Extract claims, entities, dates and money from articles.

    PATH is a file, a folder (walked recursively, sorted, hidden files skipped) or '-' for
    stdin. With no PATH, stdin is read when it is piped. A .jsonl file is a dump with one
    article per line (--text-key, --id-key); its other fields go to each record's metadata.

    \b
    Examples:
      claimx extract article.txt
      claimx extract article.txt --format json | jq .
      claimx extract articles/ --format jsonl -o claims.jsonl
    """
    from claimx.batch import UNUSED_BY_FORMAT, BatchOptions, default_jobs
    from claimx.inputs import JsonlOptions

    reporter = Reporter(quiet=quiet, debug=debug)
    paths = _paths_or_stdin(paths)
    chosen = _choose_format(format_name, output)
    _check_outputs_are_not_inputs(paths, output, errors_path)
    skip = _resume_point(resume, output, chosen)
    started = time.monotonic()
    expanded = expand_paths(paths, glob, exclude=[p for p in (output, errors_path) if p])
    sources = expanded.sources
    # Everything that can fail for the whole run fails before an output file is touched.
    pipeline = _load(model, reporter) if sources else None
    for stale in outputs.remove_stale_temporary_files(output):
        reporter.warn(f"removed {stale}, a temporary file left by an interrupted run")
    with outputs.open_error_file(errors_path, sys.stdout) as error_stream:
        reporter.error_stream = error_stream
        for failure in expanded.failures:
            reporter.fail(failure.name, failure.line())
        for warning in expanded.warnings:
            reporter.warn(warning)
        _warn_empty_folders(paths, sources, glob, reporter)
        options = BatchOptions(
            model=model,
            jobs=jobs or default_jobs(sources, input_format),
            published=published,
            input_format=input_format,
            jsonl=JsonlOptions(text_key=text_key, id_key=id_key),
            skip=skip,
            unused_components=UNUSED_BY_FORMAT.get(chosen, ()),
            max_bytes=max_size,
        )
        streaming = chosen == "jsonl"
        with outputs.open_output(output, sys.stdout, streaming, append=resume) as stream:
            writer = _make_writer(chosen, stream, output, no_color)
            report = _run(sources, options, writer, reporter, pipeline, debug)
            writer.close()
    many = len(sources) + len(expanded.failures) > 1
    if report is not None and (many or report.articles + report.failed > 1 or report.skipped):
        skipped = f", {report.skipped} already done" if report.skipped else ""
        reporter.info(
            f"claimx: {_count(report.articles, 'article')}, {_count(report.claims, 'claim')}, "
            f"{reporter.failures} failed{skipped}, in {time.monotonic() - started:.1f}s"
        )
    if reporter.failures:
        sys.exit(EXIT_FAILED)


def _check_outputs_are_not_inputs(
    paths: tuple[str, ...], output: str, errors_path: str | None
) -> None:
    """A named input that is also the output would be read while it is being overwritten."""
    written = [(name, p) for name, p in (("-o", output), ("--errors", errors_path)) if p]
    for option, target in written:
        if target == STDIN_NAME:
            continue
        for path in paths:
            if path != STDIN_NAME and outputs.same_file(path, target):
                raise click.UsageError(f"{path} is both an input and the {option} file")
    if errors_path and errors_path != STDIN_NAME and outputs.same_file(output, errors_path):
        raise click.UsageError("-o and --errors name the same file")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _resume_point(resume: bool, output: str, format_name: str) -> frozenset[str]:
    if not resume:
        return frozenset()
    if output == STDIN_NAME or format_name != "jsonl":
        raise click.UsageError("--resume needs -o FILE with the jsonl format")
    return outputs.completed_inputs(Path(output))


def _warn_empty_folders(
    paths: tuple[str, ...], sources: list[str], glob: str | None, reporter: Reporter
) -> None:
    for path in paths:
        if path != STDIN_NAME and Path(path).is_dir() and not _any_under(sources, path):
            reporter.warn(f"{path}: no files found" + (f" matching {glob!r}" if glob else ""))


def _run(
    sources: list[str],
    options: BatchOptions,
    writer: Any,
    reporter: Reporter,
    pipeline: Pipeline | None,
    debug: bool,
) -> BatchReport | None:
    from claimx.batch import Events, run_batch

    if not sources or pipeline is None:
        return None
    with _progress(len(sources), reporter) as progress, _raising(pipeline, debug):
        events = Events(
            failed=reporter.fail,
            warned=reporter.warn,
            advanced=progress.advance,
            chunk_done=progress.chunk_done,
        )
        return run_batch(sources, options, writer.write, events)


def _paths_or_stdin(paths: tuple[str, ...]) -> tuple[str, ...]:
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("no input: give a file, a folder, or '-' to read stdin")
    return (STDIN_NAME,)


def _any_under(sources: list[str], folder: str) -> bool:
    prefix = os.path.join(folder, "")
    return any(source.startswith(prefix) for source in sources)


def _choose_format(format_name: str, output: str) -> str:
    if format_name != "auto":
        return format_name
    if output != STDIN_NAME:
        return _EXTENSION_FORMATS.get(Path(output).suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


def _make_writer(format_name: str, stream: IO[str], output: str, no_color: bool) -> Any:
    from claimx.render import make_writer

    to_terminal = output == STDIN_NAME and sys.stdout.isatty()
    color = to_terminal and not no_color and "NO_COLOR" not in os.environ
    return make_writer(format_name, stream, color=color, width=None if to_terminal else TABLE_WIDTH)


def _load(model: str | None, reporter: Reporter) -> Pipeline:
    from claimx.nlp import load_pipeline

    pipeline = load_pipeline(model)
    for warning in pipeline.warnings:
        reporter.warn(warning)
    return pipeline


@contextmanager
def _raising(pipeline: Pipeline, debug: bool) -> Iterator[None]:
    """With --debug, a failing component raises (and shows its traceback) instead of being
    reported as one failed article."""
    if not debug:
        yield
        return
    from spacy.util import raise_error

    from claimx.nlp import set_error_handler, skip_failed_doc

    set_error_handler(pipeline.nlp, raise_error)
    try:
        yield
    finally:
        set_error_handler(pipeline.nlp, skip_failed_doc)


class _Progress:
    """A transient progress bar on stderr: inputs done, and the characters done of a long
    article (processed in chunks), which would otherwise show nothing for minutes."""

    def __init__(self, bar: Any, total: int) -> None:
        self.bar = bar
        self.inputs = bar.add_task("extracting", total=total) if total > 1 else None
        self.long: dict[str, Any] = {}

    def advance(self) -> None:
        if self.inputs is not None:
            self.bar.advance(self.inputs)

    def chunk_done(self, name: str, done: int, total: int) -> None:
        task = self.long.get(name)
        if task is None:
            task = self.long[name] = self.bar.add_task(f"{Path(name).name[:30]} (characters)")
        self.bar.update(task, completed=done, total=total)
        if done >= total:
            self.bar.remove_task(self.long.pop(name))


class _NoProgress:
    def advance(self) -> None:
        return None

    def chunk_done(self, name: str, done: int, total: int) -> None:
        return None


@contextmanager
def _progress(total: int, reporter: Reporter) -> Iterator[_Progress | _NoProgress]:
    """Progress on stderr, when it is a terminal and not silenced."""
    if reporter.quiet or not sys.stderr.isatty():
        yield _NoProgress()
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        yield _Progress(bar, total)


@cli.command()
@click.option("--model", metavar="NAME", help="spaCy model package or path [env: CLAIMX_MODEL].")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@handle_errors
def info(model: str | None, as_json: bool, debug: bool) -> None:
    """Print claimx, Python, spaCy and model versions and the pipeline's components."""
    import platform
    from importlib.metadata import version

    from claimx.nlp import load_pipeline, resolve_model

    choice = resolve_model(model)
    pipeline = load_pipeline(model)
    details = {
        "claimx": __version__,
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": pipeline.model_name,
        "model_version": pipeline.model_version or None,
        "model_chosen_by": choice.reason,
        "rule_only": pipeline.rule_only,
        "components": list(pipeline.nlp.pipe_names),
    }
    if as_json:
        click.echo(json.dumps(details, indent=2))
        return
    for warning in pipeline.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for key, value in details.items():
        shown = ", ".join(value) if isinstance(value, list) else value
        click.echo(f"{key + ':':<17}{'—' if shown is None else shown}")


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(("auto", "table", "json")),
    default="auto",
    show_default=True,
    help="auto: a table on a terminal, JSON otherwise.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write misses, false alarms and wrong sources (JSONL, with their sentence) to FILE.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold articles.")
@click.option("--model", metavar="NAME", help="spaCy model package or path [env: CLAIMX_MODEL].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress or warnings on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@handle_errors
def evaluate(
    gold: Path,
    format_name: str,
    errors_path: Path | None,
    limit: int | None,
    model: str | None,
    jobs: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Score claim extraction against GOLD, a JSONL file of annotated articles.

    Each line: {"id", "text", "claims": [{"source_span", "cue", "cue_span", "content_span",
    "content_fragments"}...], "meta": {"publication_date"}}. Prints precision, recall and F1 of
    content matches at Jaccard thresholds any/0.5/0.9, on all claims and on the speech-cue
    subset, then source and cue accuracy and end-to-end F1 at 0.5.
    """
    from claimx import evaluate as scoring
    from claimx.batch import extract_with_jobs, failure_line
    from claimx.inputs import make_article
    from claimx.runner import Failure

    reporter = Reporter(quiet=quiet, debug=debug)
    golds = list(scoring.read_gold(gold))[:limit]
    _load(model, reporter)  # here, with its warnings, before the progress bar; cached for the run
    articles = (
        make_article(g.id, g.text, dt.date.fromisoformat(g.published) if g.published else None)
        for g in golds
    )
    tally = scoring.Tally()
    errors_file = str(errors_path) if errors_path else None
    with (
        outputs.open_error_file(errors_file, sys.stdout) as error_stream,
        _progress(len(golds), reporter) as progress,
    ):
        outcomes = extract_with_jobs(articles, model, jobs)
        for gold_article, outcome in zip(golds, outcomes, strict=True):
            gold_units = scoring.gold_units(gold_article)
            if isinstance(outcome, Failure):  # its gold claims still count, as misses
                reporter.error(failure_line(outcome.article.name, outcome.reason))
                scoring.score_article([], gold_units, tally)
            else:
                record = outcome.record
                units = scoring.predicted_units(record, gold_article.text)
                errors = scoring.score_article(units, gold_units, tally)
                if error_stream is not None:
                    for row in scoring.error_rows(gold_article, record, errors):
                        error_stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            progress.advance()
    scores = scoring.summary(tally, len(golds))
    if format_name == "json" or (format_name == "auto" and not sys.stdout.isatty()):
        click.echo(json.dumps(scores, indent=2))
        return
    from claimx.render.evaluation import render_scores

    render_scores(sys.stdout, scores, width=None if sys.stdout.isatty() else TABLE_WIDTH)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of one article object of `claimx extract`."""
    from claimx.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="claimx")


def _terminate(signum: int, frame: object) -> None:
    raise Terminated
