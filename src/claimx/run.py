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
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimx import outputs
from claimx.console import TABLE_WIDTH, Reporter, count, progress
from claimx.core import RunConfig
from claimx.errors import UsageError
from claimx.inputs import DEFAULT_MAX_BYTES, STDIN_NAME, Expanded, JsonlOptions, expand_paths
from claimx.inputs.kinds import AUTO, ReadOptions
from claimx.inputs.names import name_of_path, path_of_name
from claimx.render.formats import OUTPUT_FORMATS, WriterOptions, output_format
from claimx.run_checks import (
    check_dask_folder,
    check_not_inputs,
    check_resume,
    check_resumed_model,
    model_folder,
)
from claimx.terminal import inert_stream

__all__ = ["ExtractConfig", "InputChoices", "OutputChoices", "check_not_inputs", "extract"]
__all__ += ["load_model", "model_folder"]

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
    resume_any_model: bool = False
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
        self, sources: list[str], format_name: str, skip: Mapping[str, str] | None = None
    ) -> BatchOptions:
        from claimx.batch import BatchOptions, default_jobs

        jobs = self.jobs or default_jobs(sources, self.inputs.input_format)
        read = self.inputs.read_options()
        return BatchOptions(read, self.run_config(format_name), jobs, skip or {})


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
    written = [("-o", output.output), ("--errors", output.errors_path)]
    check_not_inputs(paths, written, (model_folder(config.model),))
    check_resume(output, chosen)
    started = time.monotonic()
    with outputs.locked(written):  # held until the last record is written
        point = outputs.read_resume_point(output.output) if output.resume else None
        expanded = _expand(paths, config.inputs.glob, written)
        # Everything that can fail for the whole run fails before an output file is touched.
        pipeline = load_model(config.model, reporter) if expanded.sources else None
        if point is not None and pipeline is not None:
            check_resumed_model(output, point, pipeline)
        for stale in outputs.remove_stale_temporary_files(output.output):
            reporter.warn(f"removed {stale}, a temporary file left by an interrupted run")
        if point is not None and outputs.cut_partial_record(output.output, point):
            reporter.warn(f"{output.output}: removed its last record, cut short by an interruption")
        report = _write_records(paths, expanded, config, chosen, point, reporter, pipeline)
        if point is not None and ((report and report.redone) or point.repeated):
            outputs.drop_superseded(output.output)
    _summarise(report, expanded, reporter, time.monotonic() - started)


def _write_records(
    paths: tuple[str, ...],
    expanded: Expanded,
    config: ExtractConfig,
    chosen: str,
    point: outputs.ResumePoint | None,
    reporter: Reporter,
    pipeline: Pipeline | None,
) -> BatchReport | None:
    """The records into -o (the lock held by the caller), failures into --errors."""
    output = config.output
    skip = point.done if point is not None else {}
    with outputs.open_error_file(output.errors_path, sys.stdout, reporter.error) as error_stream:
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
                raise UsageError(
                    f"{option} {path} is an input found in a folder, not claimx output; "
                    f"choose another {option}"
                )
    return expand_paths(paths, glob, exclude=[p for _, p in files])


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
    check_dask_folder(paths, output, config.model)
    started = time.monotonic()
    expanded = _outside(expand_paths(paths, config.inputs.glob), output.output)
    if STDIN_NAME in expanded.sources:
        raise UsageError("--engine dask reads files and URLs, not stdin")
    job = dask_job(config, chosen)
    with (
        outputs.locked([("-o", output.output), ("--errors", output.errors_path)]),
        outputs.open_error_file(output.errors_path, sys.stdout, reporter.error) as error_stream,
    ):
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
    kept = [s for s in expanded.sources if not os.path.realpath(path_of_name(s)).startswith(inside)]
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


def load_model(model: str | None, reporter: Reporter) -> Pipeline:
    """Load the pipeline (cached for the run), its warnings on stderr."""
    from claimx.nlp import load_pipeline

    pipeline = load_pipeline(model)
    for warning in pipeline.warnings:
        reporter.warn(warning)
    return pipeline
