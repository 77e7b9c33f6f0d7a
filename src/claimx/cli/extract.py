"""``claimx extract``: the command, from its options to the batch runner and back."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
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
    model_folder,
    model_option,
    output_options,
    quiet_option,
)
from claimx.console import EXIT_FAILED, TABLE_WIDTH, Reporter, count, handle_errors, progress
from claimx.errors import ClaimxError
from claimx.inputs import STDIN_NAME, Expanded, JsonlOptions, expand_paths
from claimx.render import BINARY_FORMATS, TEXT_FORMATS

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
    written = [("-o", output.output), ("--errors", output.errors_path)]
    check_not_inputs(paths, written, (model_folder(model),))
    _check_resume(output, chosen)
    started = time.monotonic()
    with outputs.locked(written):  # held until the last record is written
        point = outputs.read_resume_point(output.output) if output.resume else None
        expanded = _expand(paths, inputs.glob, written)
        # Everything that can fail for the whole run fails before an output file is touched.
        pipeline = load_model(model, reporter) if expanded.sources else None
        if point is not None and pipeline is not None:
            _check_resumed_model(output, point, pipeline)
        for stale in outputs.remove_stale_temporary_files(output.output):
            reporter.warn(f"removed {stale}, a temporary file left by an interrupted run")
        if point is not None and outputs.cut_partial_record(output.output, point):
            reporter.warn(f"{output.output}: removed its last record, cut short by an interruption")
        report = _write_records(
            paths,
            expanded,
            (inputs, output),
            chosen,
            point,
            (model, jobs, debug),
            reporter,
            pipeline,
        )
        if point is not None and ((report and report.redone) or point.repeated):
            outputs.drop_superseded(output.output)
    _summarise(report, expanded, reporter, time.monotonic() - started)
    if reporter.failures:
        sys.exit(EXIT_FAILED)


def _write_records(
    paths: tuple[str, ...],
    expanded: Expanded,
    choices: tuple[InputChoices, OutputChoices],
    chosen: str,
    point: outputs.ResumePoint | None,
    run: tuple[str | None, int | None, bool],
    reporter: Reporter,
    pipeline: Pipeline | None,
) -> BatchReport | None:
    """The records into -o (the lock held by the caller), failures into --errors."""
    inputs, output = choices
    model, jobs, debug = run
    skip = point.done if point is not None else {}
    with outputs.open_error_file(output.errors_path, sys.stdout, reporter.error) as error_stream:
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
    return report


def _expand(
    paths: tuple[str, ...], glob: str | None, written: list[tuple[str, str | None]]
) -> Expanded:
    """The sources, without claimx's own output files found in an input folder (an earlier
    run's -o or --errors). An output file found there that is not claimx output (an article
    named by -o by mistake) would be read and then overwritten: a usage error."""
    files = [(o, p) for o, p in written if p and p != STDIN_NAME and outputs.stream_fd(p) is None]
    for option, path in files:
        real = os.path.realpath(path)  # (what is written: x/../a.txt is a.txt)
        if os.path.isfile(real) and not outputs.written_by_claimx(real):
            identity = outputs.path_identity(path)
            found = expand_paths(paths, glob).sources
            if any(outputs.path_identity(s) == identity for s in found if s != STDIN_NAME):
                raise click.UsageError(
                    f"{option} {path} is an input found in a folder, not claimx output; "
                    f"choose another {option}"
                )
    return expand_paths(paths, glob, exclude=[p for _, p in files])


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
    chosen = output.format_name if output.format_name != "auto" else "jsonl"
    if chosen not in ("jsonl", "parquet"):
        raise click.UsageError("--engine dask writes jsonl or parquet parts")
    _check_dask_folder(paths, output, model)
    started = time.monotonic()
    expanded = _outside(expand_paths(paths, inputs.glob), output.output)
    if STDIN_NAME in expanded.sources:
        raise click.UsageError("--engine dask reads files and URLs, not stdin")
    job = DaskJob(
        output.output, chosen, output.parquet_articles, scheduler, jobs or 2, output.resume
    )
    with (
        outputs.locked([("-o", output.output), ("--errors", output.errors_path)]),
        outputs.open_error_file(output.errors_path, sys.stdout, reporter.error) as error_stream,
    ):
        reporter.error_stream = error_stream
        _report_expansion(paths, expanded, inputs.glob, reporter)
        options = _batch_options(expanded.sources, inputs, output, chosen, {}, model, 1, debug)
        groups = len(partitions(expanded.sources, inputs.input_format))
        with progress(groups, reporter) as bar:
            events = Events(failed=reporter.fail, warned=reporter.warn, advanced=bar.advance)
            report = run_on_dask(expanded.sources, options, job, events, reporter.info)
    _summarise(report, expanded, reporter, time.monotonic() - started)
    if reporter.failures:
        sys.exit(EXIT_FAILED)


# A folder of part files is not one file: -o claims.json would be a folder called claims.json.
# (A folder of Parquet parts called NAME.parquet is a dataset as Spark and Dask write them.)
_SINGLE_FILE_SUFFIXES = {s for s, f in outputs.EXTENSION_FORMATS.items() if f != "parquet"}


def _check_dask_folder(paths: tuple[str, ...], output: OutputChoices, model: str | None) -> None:
    """-o is a folder of parts: not a name with a single file's extension, not an input, nor
    a folder holding one."""
    folder = output.output
    suffix = Path(folder.rstrip("/")).suffix.lower()
    if suffix in _SINGLE_FILE_SUFFIXES and not os.path.isdir(folder):
        stem = Path(folder.rstrip("/")).with_suffix("")
        raise click.UsageError(
            f"--engine dask writes a folder of part files, not one {suffix} file: "
            f"give -o a folder name such as {stem}/ (or drop --engine dask for one file)"
        )
    if outputs.stream_fd(folder) is not None:
        raise click.UsageError("--engine dask needs -o FOLDER (the workers write part files)")
    if "://" in folder:
        return
    written = [("-o", folder), ("--errors", output.errors_path)]
    check_not_inputs(paths, written, (model_folder(model),))
    for path in paths:
        if (
            path != STDIN_NAME
            and "://" not in path
            and (outputs.is_inside(path, folder) or outputs.same_file(path, folder))
        ):
            raise click.UsageError(f"{path} is an input inside the -o folder {folder}")


def _outside(expanded: Expanded, folder: str) -> Expanded:
    """Without the files of the output folder (parts of this job, or of the one it resumes)."""
    inside = os.path.join(os.path.realpath(folder), "")
    kept = [s for s in expanded.sources if not os.path.realpath(s).startswith(inside)]
    return replace(expanded, sources=kept)


def _batch_options(
    sources: list[str],
    inputs: InputChoices,
    output: OutputChoices,
    format_name: str,
    skip: Mapping[str, str],
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


def _check_resume(output: OutputChoices, format_name: str) -> None:
    if output.resume_any_model and not output.resume:
        raise click.UsageError("--resume-any-model goes with --resume")
    if not output.resume:
        return
    if output.output == STDIN_NAME or format_name != "jsonl":
        raise click.UsageError("--resume needs -o FILE with the jsonl format")
    if outputs.stream_fd(output.output) is not None:
        raise click.UsageError(f"--resume reads -o back: {output.output} is a stream, not a file")


def _check_resumed_model(
    output: OutputChoices, point: outputs.ResumePoint, pipeline: Pipeline
) -> None:
    """A resumed file holds one model's records, unless --resume-any-model."""
    if output.resume_any_model:
        return
    ours = (pipeline.model_name, pipeline.model_version)
    for (name, version), where in point.models.items():
        if (name, version) != ours:
            raise ClaimxError(
                f"{where}: a record of model {name} {version}, not {ours[0]} {ours[1]}",
                "resume with that --model, add --resume-any-model to mix models in one file, "
                "or choose another -o",
            )


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
    if paths:
        _stdin_once(paths)
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("no input: give a file, a folder, or '-' to read stdin")
    return (STDIN_NAME,)


def _stdin_once(paths: tuple[str, ...]) -> None:
    """Standard input can be read once: named twice (``- -``, ``- /dev/stdin``), the second
    would be an empty article. A usage error."""
    named = [p for p in paths if p == STDIN_NAME or outputs.stream_fd(p) == 0]
    if len(named) > 1:
        raise click.UsageError(
            f"standard input is named {len(named)} times ({' '.join(named)}); it can be read once"
        )


def _any_under(sources: list[str], folder: str) -> bool:
    prefix = os.path.join(folder, "")
    return any(source.startswith(prefix) for source in sources)


def _make_writer(format_name: str, stream: IO[Any], output: OutputChoices) -> Writer:
    from claimx.render import make_writer

    to_terminal = output.output == STDIN_NAME and sys.stdout.isatty()
    color = to_terminal and not output.no_color and "NO_COLOR" not in os.environ
    width = None if to_terminal else TABLE_WIDTH
    return make_writer(
        format_name, stream, color=color, width=width, articles=output.parquet_articles
    )
