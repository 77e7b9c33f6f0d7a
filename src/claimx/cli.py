"""The ``claimx`` command line: option parsing, format choice, messages and exit codes.

stdout carries data only; progress, warnings, errors and the summary go to stderr.
Exit codes: 0 all done; 1 an error, or some inputs failed (the rest are still written);
2 a usage error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from claimx import __version__
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="claimx")
def cli() -> None:
    """Extract attributed claims (who said what, through which cue), named entities, dates and
    money figures from news articles.

    \b
    Exit codes: 0 all done; 1 an error, or some inputs failed (the others are
    still written); 2 a usage error; 141 the output pipe was closed (| head).
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
    type=click.DateTime(formats=["%Y-%m-%d"]),
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
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary on stderr.")
@click.option("--no-color", is_flag=True, help="No colour in tables (NO_COLOR is honoured too).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@handle_errors
def extract(
    paths: tuple[str, ...],
    format_name: str,
    output: str,
    published: dt.datetime | None,
    model: str | None,
    glob: str | None,
    input_format: str,
    text_key: str,
    id_key: str | None,
    jobs: int | None,
    resume: bool,
    errors_path: str | None,
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
    from claimx.batch import UNUSED_BY_FORMAT, BatchOptions, completed_inputs, default_jobs
    from claimx.inputs import JsonlOptions

    reporter = Reporter(quiet=quiet, debug=debug)
    paths = _paths_or_stdin(paths)
    chosen = _choose_format(format_name, output)
    skip = _resume_point(resume, output, chosen, completed_inputs)
    started = time.monotonic()
    with _error_file(Path(errors_path) if errors_path else None) as error_stream:
        reporter.error_stream = error_stream
        expanded = expand_paths(paths, glob)
        for failure in expanded.failures:
            reporter.fail(failure.name, failure.line())
        _warn_empty_folders(paths, expanded.sources, glob, reporter)
        sources = expanded.sources
        options = BatchOptions(
            model=model,
            jobs=jobs or default_jobs(sources, input_format),
            published=published.date() if published else None,
            input_format=input_format,
            jsonl=JsonlOptions(text_key=text_key, id_key=id_key),
            skip=skip,
            unused_components=UNUSED_BY_FORMAT.get(chosen, ()),
        )
        with _open_output(output, chosen, append=resume) as stream:
            writer = _make_writer(chosen, stream, output, no_color)
            report = _run(sources, options, writer, reporter, debug)
            writer.close()
    if report is not None and (len(sources) + len(expanded.failures) > 1 or report.skipped):
        skipped = f", {report.skipped} already done" if report.skipped else ""
        reporter.info(
            f"claimx: {_count(report.articles, 'article')}, {_count(report.claims, 'claim')}, "
            f"{reporter.failures} failed{skipped}, in {time.monotonic() - started:.1f}s"
        )
    if reporter.failures:
        sys.exit(EXIT_FAILED)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _resume_point(
    resume: bool, output: str, format_name: str, completed: Callable[[Path], frozenset[str]]
) -> frozenset[str]:
    if not resume:
        return frozenset()
    if output == STDIN_NAME or format_name != "jsonl":
        raise click.UsageError("--resume needs -o FILE with the jsonl format")
    return completed(Path(output))


def _warn_empty_folders(
    paths: tuple[str, ...], sources: list[str], glob: str | None, reporter: Reporter
) -> None:
    for path in paths:
        if path != STDIN_NAME and Path(path).is_dir() and not _any_under(sources, path):
            reporter.warn(f"{path}: no files found" + (f" matching {glob!r}" if glob else ""))


def _run(
    sources: list[str], options: BatchOptions, writer: Any, reporter: Reporter, debug: bool
) -> BatchReport | None:
    from claimx.batch import Events, run_batch

    if not sources:
        return None
    pipeline = _load(options.model, reporter)
    with _progress(len(sources), reporter) as advance, _raising(pipeline, debug):
        events = Events(failed=reporter.fail, warned=reporter.warn, advanced=advance)
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


@contextmanager
def _open_output(output: str, format_name: str, append: bool = False) -> Iterator[IO[str]]:
    """stdout, or a file: JSONL is appended line by line (a stopped run keeps whole lines);
    the other formats are written to a temporary file and renamed into place when complete."""
    if output == STDIN_NAME:
        yield sys.stdout
        return
    target = Path(output)
    if target.is_dir():
        raise ClaimxError(f"{output}: is a directory", "give -o a file name")
    if not target.parent.exists():
        raise ClaimxError(f"{output}: folder {target.parent} does not exist", "create it first")
    if format_name == "jsonl":
        mode = "a" if append else "w"
        with _writable(output, lambda: target.open(mode, encoding="utf-8")) as stream:
            yield stream
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@contextmanager
def _writable(output: str, opener: Callable[[], IO[str]]) -> Iterator[IO[str]]:
    try:
        stream = opener()
    except OSError as error:
        raise ClaimxError(f"{output}: cannot write ({error.strerror})", "check the path") from None
    with stream:
        yield stream


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


@contextmanager
def _progress(total: int, reporter: Reporter) -> Iterator[Callable[[], None]]:
    """A transient progress bar on stderr, for batches on a terminal."""
    if total < 2 or reporter.quiet or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        yield lambda: progress.advance(task)


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
    with _error_file(errors_path) as error_stream, _progress(len(golds), reporter) as advance:
        records = extract_with_jobs(articles, model, jobs)
        for gold_article, record in zip(golds, records, strict=True):
            gold_units = scoring.gold_units(gold_article)
            if isinstance(record, Failure):  # its gold claims still count, as misses
                reporter.error(failure_line(record.article.name, record.reason))
                scoring.score_article([], gold_units, tally)
            else:
                units = scoring.predicted_units(record, gold_article.text)
                errors = scoring.score_article(units, gold_units, tally)
                if error_stream is not None:
                    for row in scoring.error_rows(gold_article, record, errors):
                        error_stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            advance()
    scores = scoring.summary(tally, len(golds))
    if format_name == "json" or (format_name == "auto" and not sys.stdout.isatty()):
        click.echo(json.dumps(scores, indent=2))
        return
    from claimx.render.evaluation import render_scores

    render_scores(sys.stdout, scores, width=None if sys.stdout.isatty() else TABLE_WIDTH)


@contextmanager
def _error_file(path: Path | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
        return
    with _writable(str(path), lambda: path.open("w", encoding="utf-8")) as stream:
        yield stream


@cli.command()
def schema() -> None:
    """Print the JSON Schema of one article object of `claimx extract`."""
    from claimx.records import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="claimx")


def _terminate(signum: int, frame: object) -> None:
    raise Terminated
