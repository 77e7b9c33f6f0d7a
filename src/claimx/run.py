"""One ``claimx extract`` run, without Click: its configuration, the rules that check it, and
the run itself on the local runner or on Dask.

The configuration (``ExtractConfig``: the input and output choices, the model, jobs and
engine) is what the command line builds from its options; the same objects reach the batch
runner (``batch.BatchOptions``: how to read, ``core.RunConfig``: how to run the pipeline, sent
to every worker) and the Dask runner. Format choice, ``--resume`` and the Dask engine's limits
are checked here and raise ``UsageError``, which the command turns into exit code 2; the
command itself only parses, calls ``extract`` and maps errors to exit codes.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimx import outputs
from claimx.console import TABLE_WIDTH, Reporter, count, progress
from claimx.core import RunConfig
from claimx.errors import UsageError
from claimx.inputs import DEFAULT_MAX_BYTES, STDIN_NAME, Expanded, JsonlOptions, expand_paths
from claimx.inputs.kinds import AUTO, ReadOptions
from claimx.render.formats import OUTPUT_FORMATS, WriterOptions, output_format

if TYPE_CHECKING:
    from claimx.batch import BatchOptions, BatchReport
    from claimx.dask_runner import DaskJob
    from claimx.nlp import Pipeline
    from claimx.render import Writer


@dataclass(frozen=True)
class InputChoices:
    """How to read the inputs."""

    glob: str | None = None
    input_format: str = AUTO
    text_key: str = "text"
    id_key: str | None = None
    max_size: int = DEFAULT_MAX_BYTES
    published: dt.date | None = None

    def read_options(self) -> ReadOptions:
        jsonl = JsonlOptions(text_key=self.text_key, id_key=self.id_key)
        return ReadOptions(self.input_format, self.published, jsonl, self.max_size)


@dataclass(frozen=True)
class OutputChoices:
    """Where and how to write the records."""

    format_name: str = "auto"
    output: str = STDIN_NAME
    errors_path: str | None = None
    resume: bool = False
    no_color: bool = False
    include_text: bool = False
    parquet_articles: bool = False
    min_confidence: float = 0.0


@dataclass(frozen=True)
class ExtractConfig:
    """The run configuration, from the command line to the workers and the Dask runner."""

    inputs: InputChoices = InputChoices()
    output: OutputChoices = OutputChoices()
    model: str | None = None
    jobs: int | None = None  # None: every core for a batch, one process for one article
    engine: str = "local"  # or dask
    scheduler: str | None = None  # --engine dask: a running cluster's scheduler
    debug: bool = False

    def run_config(self, format_name: str) -> RunConfig:
        """How the pipeline runs for this output format (in this process and every worker)."""
        described = output_format(format_name)
        writer_options = WriterOptions(articles=self.output.parquet_articles)
        return RunConfig(
            model=self.model,
            disabled=described.unused_components(writer_options),
            debug=self.debug,
            include_text=self.output.include_text or described.reads_text,
            min_confidence=self.output.min_confidence,
        )

    def batch_options(
        self, sources: list[str], format_name: str, skip: frozenset[str] = frozenset()
    ) -> BatchOptions:
        from claimx.batch import BatchOptions, default_jobs

        jobs = self.jobs or default_jobs(sources, self.inputs.input_format)
        read = self.inputs.read_options()
        return BatchOptions(read, self.run_config(format_name), jobs, skip)


def extract(paths: tuple[str, ...], config: ExtractConfig, reporter: Reporter) -> None:
    """Run ``claimx extract``: records to ``config.output``, failures and the summary to the
    reporter (``reporter.failures`` counts them). Raises ``UsageError`` for options that do
    not go together, ``ClaimxError`` for a run that cannot start."""
    if config.engine == "dask":
        _extract_on_dask(paths, config, reporter)
        return
    output = config.output
    chosen = outputs.choose_format(output.format_name, output.output, sys.stdout.isatty())
    if output_format(chosen).binary and output.output == STDIN_NAME:
        raise UsageError(f"--format {chosen} needs -o FILE (it is not text for a terminal)")
    _check_outputs_are_not_inputs(paths, output)
    skip = _resume_point(output, chosen)
    started = time.monotonic()
    written = [p for p in (output.output, output.errors_path) if p and p != STDIN_NAME]
    expanded = expand_paths(paths, config.inputs.glob, exclude=written)
    # Everything that can fail for the whole run fails before an output file is touched.
    pipeline = load_model(config.model, reporter) if expanded.sources else None
    for stale in outputs.remove_stale_temporary_files(output.output):
        reporter.warn(f"removed {stale}, a temporary file left by an interrupted run")
    with outputs.open_error_file(output.errors_path, sys.stdout) as error_stream:
        reporter.error_stream = error_stream
        _report_expansion(paths, expanded, config.inputs.glob, reporter)
        options = config.batch_options(expanded.sources, chosen, skip)
        described = output_format(chosen)
        with outputs.open_output(
            output.output, sys.stdout, described.streams, output.resume, binary=described.binary
        ) as stream:
            writer = _make_writer(chosen, stream, output)
            report = _run(expanded.sources, options, writer, reporter, pipeline)
            writer.close()
    _summarise(report, expanded, reporter, time.monotonic() - started)


def _extract_on_dask(paths: tuple[str, ...], config: ExtractConfig, reporter: Reporter) -> None:
    """The same extraction on Dask: the output is a folder (or URL) of part files."""
    from claimx.batch import Events
    from claimx.dask_runner import partitions, run_on_dask

    output = config.output
    if output.output == STDIN_NAME:
        raise UsageError("--engine dask needs -o FOLDER (the workers write part files)")
    chosen = output.format_name if output.format_name != "auto" else "jsonl"
    if not output_format(chosen).parts:
        names = " or ".join(f.name for f in OUTPUT_FORMATS if f.parts)
        raise UsageError(f"--engine dask writes {names} parts")
    started = time.monotonic()
    expanded = _outside(expand_paths(paths, config.inputs.glob), output.output)
    if STDIN_NAME in expanded.sources:
        raise UsageError("--engine dask reads files and URLs, not stdin")
    job = dask_job(config, chosen)
    with outputs.open_error_file(output.errors_path, sys.stdout) as error_stream:
        reporter.error_stream = error_stream
        _report_expansion(paths, expanded, config.inputs.glob, reporter)
        options = replace(config, jobs=1).batch_options(expanded.sources, chosen)
        groups = len(partitions(expanded.sources, config.inputs.input_format))
        with progress(groups, reporter) as bar:
            events = Events(failed=reporter.fail, warned=reporter.warn, advanced=bar.advance)
            report = run_on_dask(expanded.sources, options, job, events, reporter.info)
    _summarise(report, expanded, reporter, time.monotonic() - started)


def dask_job(config: ExtractConfig, format_name: str) -> DaskJob:
    from claimx.dask_runner import DaskJob

    output = config.output
    workers = config.jobs or 2
    return DaskJob(
        output.output,
        format_name,
        output.parquet_articles,
        config.scheduler,
        workers,
        output.resume,
    )


def _outside(expanded: Expanded, folder: str) -> Expanded:
    """Without the files of the output folder (parts of this job, or of the one it resumes)."""
    inside = os.path.join(os.path.realpath(folder), "")
    kept = [s for s in expanded.sources if not os.path.realpath(s).startswith(inside)]
    return replace(expanded, sources=kept)


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


def check_not_inputs(paths: tuple[str, ...], written: list[tuple[str, str | None]]) -> None:
    """A named input that is also a file being written (``written``: option and path) would
    be read while it is overwritten: a usage error."""
    for option, target in written:
        if not target or target == STDIN_NAME:
            continue
        for path in paths:
            if path != STDIN_NAME and outputs.same_file(path, target):
                raise UsageError(f"{path} is both an input and the {option} file")


def _check_outputs_are_not_inputs(paths: tuple[str, ...], output: OutputChoices) -> None:
    """Neither output file may be an input, nor both the same file."""
    check_not_inputs(paths, [("-o", output.output), ("--errors", output.errors_path)])
    errors_path = output.errors_path
    if errors_path and errors_path != STDIN_NAME and outputs.same_file(output.output, errors_path):
        raise UsageError("-o and --errors name the same file")


def _resume_point(output: OutputChoices, format_name: str) -> frozenset[str]:
    if not output.resume:
        return frozenset()
    if output.output == STDIN_NAME or not output_format(format_name).streams:
        raise UsageError("--resume needs -o FILE with the jsonl format")
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
    from claimx.batch import Events, run_batch

    if not sources or pipeline is None:
        return None
    with progress(len(sources), reporter) as bar:
        events = Events(
            failed=reporter.fail,
            warned=reporter.warn,
            advanced=bar.advance,
            chunk_done=bar.chunk_done,
        )
        return run_batch(sources, options, writer.write, events, pipeline)


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


def load_model(model: str | None, reporter: Reporter) -> Pipeline:
    """Load the pipeline (cached for the run), its warnings on stderr."""
    from claimx.nlp import load_pipeline

    pipeline = load_pipeline(model)
    for warning in pipeline.warnings:
        reporter.warn(warning)
    return pipeline
