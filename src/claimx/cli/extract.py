"""``claimx extract``: the command, from its options to the batch runner and back."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from claimx import outputs
from claimx.batch import Events
from claimx.cli.options import (
    InputChoices,
    OutputChoices,
    check_not_inputs,
    debug_option,
    input_options,
    jobs_option,
    load_model,
    model_option,
    output_options,
    quiet_option,
)
from claimx.console import EXIT_FAILED, TABLE_WIDTH, Reporter, count, handle_errors, progress
from claimx.inputs import STDIN_NAME, Expanded, JsonlOptions, expand_paths
from claimx.inputs.names import name_of_path, path_of_name
from claimx.render import BINARY_FORMATS, TEXT_FORMATS
from claimx.terminal import inert_stream

if TYPE_CHECKING:
    from claimx.batch import BatchOptions, BatchReport
    from claimx.nlp import Pipeline
    from claimx.render import Writer


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@output_options
@input_options
@model_option
@jobs_option(None, "Worker processes [default: the number of cores, 1 for a single article].")
@click.option(
    "--engine",
    type=click.Choice(("local", "dask")),
    default="local",
    show_default=True,
    help="dask: run on a Dask cluster (-o is then a folder of part files).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: a running cluster's scheduler (tcp://host:8786) [default: a "
    "local cluster of -j workers].",
)
@quiet_option()
@debug_option
@handle_errors
def extract(
    paths: tuple[str, ...],
    output: OutputChoices,
    inputs: InputChoices,
    model: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
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
    reporter = Reporter(quiet=quiet, debug=debug)
    paths = paths_or_stdin(paths)
    if engine == "dask":
        _extract_on_dask(paths, output, inputs, model, jobs, scheduler, reporter, debug)
        return
    chosen = outputs.choose_format(output.format_name, output.output, sys.stdout.isatty())
    if chosen in BINARY_FORMATS and output.output == STDIN_NAME:
        raise click.UsageError(f"--format {chosen} needs -o FILE (it is not text for a terminal)")
    _check_outputs_are_not_inputs(paths, output)
    skip = _resume_point(output, chosen)
    started = time.monotonic()
    written = [p for p in (output.output, output.errors_path) if p and p != STDIN_NAME]
    expanded = expand_paths(paths, inputs.glob, exclude=written)
    # Everything that can fail for the whole run fails before an output file is touched.
    pipeline = load_model(model, reporter) if expanded.sources else None
    for stale in outputs.remove_stale_temporary_files(output.output):
        reporter.warn(f"removed {stale}, a temporary file left by an interrupted run")
    with outputs.open_error_file(output.errors_path, sys.stdout) as error_stream:
        reporter.error_stream = error_stream
        _report_expansion(paths, expanded, inputs.glob, reporter)
        options = _batch_options(expanded.sources, inputs, output, chosen, skip, model, jobs, debug)
        streaming, binary = chosen == "jsonl", chosen in BINARY_FORMATS
        with outputs.open_output(
            output.output, sys.stdout, streaming, output.resume, binary=binary
        ) as stream:
            writer = _make_writer(chosen, stream, output)
            report = _run(expanded.sources, options, writer, reporter, pipeline)
            writer.close()
    _summarise(report, expanded, reporter, time.monotonic() - started)
    if reporter.failures:
        sys.exit(EXIT_FAILED)


def _extract_on_dask(
    paths: tuple[str, ...],
    output: OutputChoices,
    inputs: InputChoices,
    model: str | None,
    jobs: int | None,
    scheduler: str | None,
    reporter: Reporter,
    debug: bool,
) -> None:
    """The same extraction on Dask: the output is a folder (or URL) of part files."""
    from claimx.dask_runner import DaskJob, partitions, run_on_dask

    if output.output == STDIN_NAME:
        raise click.UsageError("--engine dask needs -o FOLDER (the workers write part files)")
    # auto: by the folder's extension as for a file (out.parquet/ holds Parquet parts), so
    # that -o report.html is refused, not made a folder of JSONL parts called report.html
    chosen = outputs.choose_format(output.format_name, output.output, False)
    if chosen not in ("jsonl", "parquet"):
        raise click.UsageError(
            f"--engine dask writes a folder of jsonl or parquet parts, not {chosen} "
            f"(-o {output.output})"
        )
    started = time.monotonic()
    expanded = _outside(expand_paths(paths, inputs.glob), output.output)
    if STDIN_NAME in expanded.sources:
        raise click.UsageError("--engine dask reads files and URLs, not stdin")
    job = DaskJob(
        output.output, chosen, output.parquet_articles, scheduler, jobs or 2, output.resume
    )
    with outputs.open_error_file(output.errors_path, sys.stdout) as error_stream:
        reporter.error_stream = error_stream
        _report_expansion(paths, expanded, inputs.glob, reporter)
        options = _batch_options(
            expanded.sources, inputs, output, chosen, frozenset(), model, 1, debug
        )
        groups = len(partitions(expanded.sources, inputs.input_format))
        with progress(groups, reporter) as bar:
            events = Events(failed=reporter.fail, warned=reporter.warn, advanced=bar.advance)
            report = run_on_dask(expanded.sources, options, job, events, reporter.info)
    _summarise(report, expanded, reporter, time.monotonic() - started)
    if reporter.failures:
        sys.exit(EXIT_FAILED)


def _outside(expanded: Expanded, folder: str) -> Expanded:
    """Without the files of the output folder (parts of this job, or of the one it resumes)."""
    inside = os.path.join(os.path.realpath(folder), "")
    kept = [s for s in expanded.sources if not os.path.realpath(path_of_name(s)).startswith(inside)]
    return replace(expanded, sources=kept)


def _batch_options(
    sources: list[str],
    inputs: InputChoices,
    output: OutputChoices,
    format_name: str,
    skip: frozenset[str],
    model: str | None,
    jobs: int | None,
    debug: bool,
) -> BatchOptions:
    from claimx.batch import UNUSED_BY_FORMAT, BatchOptions, default_jobs

    return BatchOptions(
        model=model,
        jobs=jobs or default_jobs(sources, inputs.input_format),
        published=inputs.published,
        input_format=inputs.input_format,
        jsonl=JsonlOptions(text_key=inputs.text_key, id_key=inputs.id_key),
        skip=skip,
        unused_components=() if output.parquet_articles else UNUSED_BY_FORMAT.get(format_name, ()),
        max_bytes=inputs.max_size,
        include_text=output.include_text or format_name in TEXT_FORMATS,
        min_confidence=output.min_confidence,
        debug=debug,
    )


def _summarise(
    report: BatchReport | None, expanded: Expanded, reporter: Reporter, seconds: float
) -> None:
    """The closing line, for a run of more than one input (or one that resumed)."""
    if report is None:
        return
    many = len(expanded.sources) + len(expanded.failures) > 1
    if many or report.articles + report.failed > 1 or report.skipped or report.not_articles:
        skipped = f", {report.skipped} already done" if report.skipped else ""
        if report.not_articles:
            skipped += f", {count(report.not_articles, 'archive record')} not a page"
        reporter.info(
            f"claimx: {count(report.articles, 'article')}, {count(report.claims, 'claim')}, "
            f"{reporter.failures} failed{skipped}, in {seconds:.1f}s"
        )


def _check_outputs_are_not_inputs(paths: tuple[str, ...], output: OutputChoices) -> None:
    """Neither output file may be an input, nor both the same file."""
    check_not_inputs(paths, [("-o", output.output), ("--errors", output.errors_path)])
    errors_path = output.errors_path
    if errors_path and errors_path != STDIN_NAME and outputs.same_file(output.output, errors_path):
        raise click.UsageError("-o and --errors name the same file")


def _resume_point(output: OutputChoices, format_name: str) -> frozenset[str]:
    if not output.resume:
        return frozenset()
    if output.output == STDIN_NAME or format_name != "jsonl":
        raise click.UsageError("--resume needs -o FILE with the jsonl format")
    return outputs.completed_inputs(Path(output.output))


def _report_expansion(
    paths: tuple[str, ...], expanded: Expanded, glob: str | None, reporter: Reporter
) -> None:
    for failure in expanded.failures:
        reporter.fail(failure.name, failure.line())
    for warning in expanded.warnings:
        reporter.warn(warning)
    for path in paths:
        if path != STDIN_NAME and Path(path).is_dir() and not _any_under(expanded.sources, path):
            reporter.warn(f"{path}: no files found" + (f" matching {glob!r}" if glob else ""))


def _run(
    sources: list[str],
    options: BatchOptions,
    writer: Writer,
    reporter: Reporter,
    pipeline: Pipeline | None,
) -> BatchReport | None:
    from claimx.batch import run_batch

    if not sources or pipeline is None:
        return None
    with progress(len(sources), reporter) as bar:
        events = Events(
            failed=reporter.fail,
            warned=reporter.warn,
            advanced=bar.advance,
            chunk_done=bar.chunk_done,
        )
        return run_batch(sources, options, writer.write, events)


def paths_or_stdin(paths: tuple[str, ...]) -> tuple[str, ...]:
    if paths.count(STDIN_NAME) > 1:
        raise click.UsageError("'-' (stdin) is named more than once: it can be read only once")
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("no input: give a file, a folder, or '-' to read stdin")
    return (STDIN_NAME,)


def _any_under(sources: list[str], folder: str) -> bool:
    prefix = name_of_path(os.path.join(folder, ""))
    return any(source.startswith(prefix) for source in sources)


def _make_writer(format_name: str, stream: IO[Any], output: OutputChoices) -> Writer:
    from claimx.render import make_writer

    to_terminal = output.output == STDIN_NAME and sys.stdout.isatty()
    color = to_terminal and not output.no_color and "NO_COLOR" not in os.environ
    width = None if to_terminal else TABLE_WIDTH
    if to_terminal and format_name in ("csv", "html"):  # (JSON escapes what acts, tables too)
        stream = inert_stream(stream)
    return make_writer(
        format_name, stream, color=color, width=width, articles=output.parquet_articles
    )
