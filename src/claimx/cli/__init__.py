"""The ``claimx`` command line: the group and its commands, each in a module of its own.

A thin layer: options are parsed here (``options``), then ``extract`` hands the work to the
batch runner, ``evaluate`` to ``claimx.evaluate``, ``train`` to ``claimx.learn``. Messages and
exit codes are ``console``'s, where output goes is ``outputs``'. No spaCy is imported at this
level, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import errno
import io
import os
import signal
import sys
from typing import Any

import click

from claimx import __version__
from claimx.cli.commands import evaluate, info, schema
from claimx.cli.exits import handle_errors
from claimx.cli.extract import extract, paths_or_stdin
from claimx.cli.report import report, speakers
from claimx.cli.serve import serve
from claimx.cli.train import train
from claimx.console import EXIT_BROKEN_PIPE, EXIT_CODES_HELP, reader_gone
from claimx.errors import Terminated
from claimx.terminal import inert
from claimx.torchless import import_thinc_without_torch

__all__ = ["EXIT_BROKEN_PIPE", "cli", "handle_errors", "main", "paths_or_stdin"]


class _Group(click.Group):
    """Click prints its own usage errors, which may quote a path or a value from the command
    line: they are made inert (``terminal``) as claimx's own messages are. Its help and
    version, written to a closed pipe, end as claimx's commands do (exit 141, not 1)."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:  # claimx --help | ... (Click's own answer: exit 1)
            reader_gone()

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # claimx extract --help | ...
            reader_gone()
        except click.ClickException as error:
            vars(error)["message"] = inert(error.message)  # (typed Final by Click)
            raise


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Extract attributed claims (who said what, through which cue), named entities, dates "
    "and money figures from news articles.\n\n\b\n" + EXIT_CODES_HELP,
)
@click.version_option(__version__, "-V", "--version", prog_name="claimx")
def cli() -> None:
    pass


for command in (extract, report, speakers, evaluate, train, serve, info, schema):
    cli.add_command(command)


def main() -> None:
    import_thinc_without_torch()
    signal.signal(signal.SIGTERM, _terminate)
    _closed_streams()
    _buffered_stdout()
    cli(prog_name="claimx")


class _ClosedStdout(io.TextIOBase):
    """Standard output the shell closed (>&-): writing to it is the run's one error line;
    a run with -o FILE never writes to it and is not disturbed."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


def _closed_streams() -> None:
    """A standard stream the shell closed (<&-, >&-, 2>&-) gets /dev/null under its number,
    so that no file claimx opens (an output, a worker's pipe) takes that number and receives
    what a library or a worker prints. Python has no stream for it (None): stdout becomes one
    that fails at the first write, stderr one that discards."""
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            opened = os.open(os.devnull, os.O_RDONLY if number == 0 else os.O_WRONLY)
            if opened != number:
                os.dup2(opened, number)
                os.close(opened)
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the run)


def _buffered_stdout() -> None:
    """Under PYTHONUNBUFFERED (python -u, many container images) stdout's text layer writes
    straight to the file, and ignores a short count: a page cut short by a closing pipe loses
    the rest silently and the run ends 0. Over a buffered layer a write is whole or raises
    (BrokenPipeError: exit 141)."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if isinstance(buffer, io.RawIOBase):
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(buffer),
            encoding=stream.encoding,
            errors=stream.errors,
            line_buffering=True,
        )


def _terminate(signum: int, frame: object) -> None:
    raise Terminated
