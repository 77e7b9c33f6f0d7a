"""``claimx extract``: the command parses its options into the run configuration, calls the
library (``claimx.run``) and maps what went wrong to exit codes."""

from __future__ import annotations

import sys

import click

from claimx import outputs
from claimx.cli.exits import handle_errors
from claimx.cli.options import (
    debug_option,
    input_options,
    jobs_option,
    model_option,
    output_options,
    quiet_option,
)
from claimx.console import EXIT_FAILED, Reporter
from claimx.inputs import STDIN_NAME
from claimx.run import ExtractConfig, InputChoices, OutputChoices
from claimx.run import extract as run_extract


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
    config = ExtractConfig(inputs, output, model, jobs, engine, scheduler, debug)
    run_extract(paths, config, reporter)
    if reporter.failures:
        sys.exit(EXIT_FAILED)


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
