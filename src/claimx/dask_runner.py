"""The Dask runner: the local batch runner's work, spread over a Dask cluster by partitions.

Engine code only, imported only for ``--engine dask``. The inputs are cut into partitions (a
few files each; a JSONL dump or a web archive is a partition of its own); each partition is one
Dask task, run by ``batch.run_batch`` in one process on a worker (its pipeline cached there),
which writes the partition's records to a part file of the output folder (``part-00003.jsonl``
or ``.parquet``) atomically: written under a temporary name, then renamed, so that a part is
complete or absent and an interrupted job resumes by parts. Failures and warnings come back to
the client with the task's result and are reported as the local runner reports them. A worker
that dies has its task retried by Dask.
"""

from __future__ import annotations

import posixpath
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from typing import Any

from claimx.batch import BatchOptions, BatchReport, Events, run_batch
from claimx.errors import ClaimxError
from claimx.inputs.kinds import holds_many
from claimx.render.formats import OUTPUT_FORMATS, output_format

FILES_PER_PART = 16
TASK_RETRIES = 2  # a task whose worker died is run again this many times
_PART_EXTENSIONS = "|".join(f.part_extension for f in OUTPUT_FORMATS if f.parts)
_PART = re.compile(rf"\Apart-(\d{{5}})\.({_PART_EXTENSIONS})\Z")
_UNFINISHED_PART = re.compile(rf"\A\.part-\d{{5}}\.({_PART_EXTENSIONS})\.[0-9a-f]{{32}}\Z")


@dataclass(frozen=True)
class PartResult:
    """What a partition's task tells the client."""

    index: int
    sources: int
    articles: int = 0
    claims: int = 0
    skipped: int = 0
    not_articles: int = 0
    failures: tuple[tuple[str, str], ...] = ()  # (input, one-line message)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DaskJob:
    """Where a job runs and writes: an output folder (a path or an fsspec URL), the format of
    its parts, and the cluster (a scheduler's address, or a local one of ``workers``)."""

    output: str
    format_name: str = "jsonl"  # jsonl or parquet
    parquet_articles: bool = False
    scheduler: str | None = None
    workers: int = 2
    resume: bool = False


@dataclass
class _Collected:
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def partitions(sources: list[str], input_format: str) -> list[list[str]]:
    """Consecutive groups of at most FILES_PER_PART sources, in input order; a dump or an
    archive (many articles in one file) is a group of its own."""
    groups: list[list[str]] = []
    current: list[str] = []
    for source in sources:
        if holds_many(source, input_format):
            if current:
                groups.append(current)
                current = []
            groups.append([source])
            continue
        current.append(source)
        if len(current) == FILES_PER_PART:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def part_name(index: int, format_name: str) -> str:
    return f"part-{index:05d}.{output_format(format_name).part_extension}"


def run_partition(
    index: int, sources: list[str], options: BatchOptions, job: DaskJob
) -> PartResult:
    """On a worker: the partition through the local runner, in this process, into its part."""
    from claimx.inputs.remote import filesystem
    from claimx.render import make_writer

    fs, folder = _output_fs(job.output, filesystem)
    final = posixpath.join(folder, part_name(index, job.format_name))
    temporary = posixpath.join(folder, f".{part_name(index, job.format_name)}.{uuid.uuid4().hex}")
    collected = _Collected()
    events = Events(
        failed=lambda name, line: collected.failures.append((name, line)),
        warned=collected.warnings.append,
        advanced=lambda: None,
    )
    binary = output_format(job.format_name).binary
    with fs.open(
        temporary, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})
    ) as stream:
        writer = make_writer(job.format_name, stream, articles=job.parquet_articles)
        report = run_batch(sources, replace(options, jobs=1), writer.write, events)
        writer.close()
    fs.mv(temporary, final)
    return PartResult(
        index,
        len(sources),
        report.articles,
        report.claims,
        report.skipped,
        report.not_articles,
        tuple(collected.failures),
        tuple(collected.warnings),
    )


def _output_fs(output: str, filesystem: Callable[[str], tuple[Any, str]]) -> tuple[Any, str]:
    if "://" in output:
        return filesystem(output)
    import fsspec

    return fsspec.filesystem("file"), posixpath.abspath(output)


def done_parts(job: DaskJob) -> set[int]:
    """The parts already in the output folder (complete: a part is renamed into place whole)."""
    from claimx.inputs.remote import filesystem

    fs, folder = _output_fs(job.output, filesystem)
    if not fs.exists(folder):
        return set()
    names = (posixpath.basename(p) for p in fs.ls(folder, detail=False))
    return {int(m.group(1)) for m in map(_PART.match, names) if m}


def prepare_output(job: DaskJob) -> set[int]:
    """Create the output folder; the parts to skip (--resume), or an error if parts of an
    earlier job are there and would be mixed with this one's."""
    from claimx.inputs.remote import filesystem

    fs, folder = _output_fs(job.output, filesystem)
    if fs.exists(folder) and not fs.isdir(folder):
        raise ClaimxError(f"{job.output}: not a folder", "--engine dask writes a folder of parts")
    fs.makedirs(folder, exist_ok=True)
    done = done_parts(job)
    if done and not job.resume:
        raise ClaimxError(
            f"{job.output}: already holds part files of an earlier job",
            "add --resume to finish that job, or choose an empty folder",
        )
    for path in fs.ls(folder, detail=False):  # parts a killed worker left half written
        if _UNFINISHED_PART.match(posixpath.basename(path)):
            fs.rm(path)
    return done


def run_on_dask(
    sources: list[str],
    options: BatchOptions,
    job: DaskJob,
    events: Events,
    announce: Callable[[str], None],
) -> BatchReport:
    """Run every partition not done yet as a Dask task, and report like the local runner.
    ``events.advanced`` is told of each finished partition."""
    import distributed

    dask: Any = distributed  # (untyped)
    skip = prepare_output(job)
    groups = partitions(sources, options.read.input_format)
    todo = [(i, group) for i, group in enumerate(groups) if i not in skip]
    report = BatchReport(skipped=sum(len(groups[i]) for i in skip if i < len(groups)))
    local = _local_cluster(job.workers) if job.scheduler is None else nullcontext()
    quiet = nullcontext() if options.run.debug else _quiet_dask_logs()
    with quiet, local as cluster, _connected(dask, job.scheduler or cluster, job) as client:
        announce(f"dask: {len(todo)} of {len(groups)} parts to run; {client.dashboard_link}")
        futures = [_submit(client, i, group, options, job) for i, group in todo]
        groups_of = {f.key: (i, group) for f, (i, group) in zip(futures, todo, strict=True)}
        for future in dask.as_completed(futures):
            _merge(report, _result(future, *groups_of[future.key], job), events)
    return report


@contextmanager
def _connected(dask: Any, address: Any, job: DaskJob) -> Iterator[Any]:
    """A client of the cluster; a scheduler that cannot be reached is one error line."""
    try:
        client = dask.Client(address)
    except OSError as error:
        raise ClaimxError(
            f"{job.scheduler}: cannot reach the Dask scheduler ({error})",
            "check the address, and that the scheduler is running",
        ) from None
    with client:
        yield client


@contextmanager
def _quiet_dask_logs() -> Iterator[None]:
    """Dask's own error logs (a lost scheduler: a traceback per reconnection attempt) stay
    out of claimx's stderr, where each problem is one line; --debug shows them."""
    import logging

    # (the "distributed.*" loggers have levels and handlers of their own, set by Dask's config)
    logging.disable(logging.ERROR)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


# Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536 (and one BLAS thread): glibc
# then hands memory back to the system all the time, and spaCy ran 12% slower (measured: 400
# articles, 33.3 s against 29.3 s). The local cluster's workers run in claimx's own environment,
# as the local runner's do; memory stays bounded by the batches (328 MB a worker).
_WORKER_ENVIRONMENT: dict[str, object] = {}


@contextmanager
def _local_cluster(workers: int) -> Iterator[Any]:
    """A cluster of ``workers`` processes on this machine, for the job's duration (workers the
    nanny restarts get the same environment)."""
    import dask
    import distributed

    cluster_class: Any = distributed.LocalCluster  # (untyped)
    with dask.config.set({"distributed.nanny.pre-spawn-environ": _WORKER_ENVIRONMENT}):
        cluster = cluster_class(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        try:
            yield cluster
        finally:
            cluster.close()


def _submit(client: Any, index: int, group: list[str], options: BatchOptions, job: DaskJob) -> Any:
    key = f"claimx-part-{index:05d}-{uuid.uuid4().hex[:8]}"  # unique: a rerun is a new task
    return client.submit(
        run_partition, index, group, options, job, key=key, retries=TASK_RETRIES, pure=False
    )


def _result(future: Any, index: int, group: list[str], job: DaskJob) -> PartResult:
    """A task's result; a task that failed after its retries fails each of its inputs. A
    lost scheduler ends the job, in one line: every task's result is lost with it."""
    try:
        result: PartResult = future.result()
    except Exception as error:
        if _connection_lost(error):
            cluster = f"the scheduler at {job.scheduler}" if job.scheduler else "the local cluster"
            raise ClaimxError(
                f"{job.output}: lost the connection to {cluster}; the parts written so far are "
                "kept",
                "start it again and rerun with --resume",
            ) from None
        reason = f"{type(error).__name__}: {error}"
        return PartResult(
            index,
            len(group),
            failures=tuple(
                (source, f"{source}: could not be processed (part {index}: {reason})")
                for source in group
            ),
        )
    return result


def _connection_lost(error: Exception) -> bool:
    import concurrent.futures

    from distributed.comm.core import CommClosedError

    if isinstance(error, concurrent.futures.CancelledError):
        return "connection-lost" in str(getattr(error, "reason", error))
    return isinstance(error, CommClosedError)


def _merge(report: BatchReport, part: PartResult, events: Events) -> None:
    report.articles += part.articles
    report.claims += part.claims
    report.skipped += part.skipped
    report.not_articles += part.not_articles
    report.failed += len(part.failures)
    for warning in part.warnings:
        events.warned(warning)
    for name, line in part.failures:
        events.failed(name, line)
    events.advanced()
