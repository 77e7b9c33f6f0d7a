"""What a person sees on stderr: messages, exit codes, the progress bar.

stdout carries data only; warnings, errors, progress and the summary go to stderr. Errors are
one line (``Error: <input>: <problem> — <what to do>``), with a traceback only under
``--debug`` (``cli.exits`` maps errors to exit codes). Rich is imported here (for the progress
bars) and in ``render``, nowhere else; Click only in ``cli``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, NoReturn

from claimx.terminal import inert, json_escaped

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool whose reader left
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM
EXIT_CODES_HELP = """Exit codes: 0 all done; 1 an error, or some inputs failed (the others are
    still written); 2 a usage error; 130 interrupted (Ctrl-C); 141 the output
    pipe was closed (| head); 143 terminated (SIGTERM). An interrupted run keeps
    every complete JSONL line (--resume goes on from there)."""
TABLE_WIDTH = 100  # tables written to a file or a pipe


def say(line: str) -> None:
    """One line on stderr, flushed. Every message goes through here: what it quotes of an
    input (a file name, an id, a line of text) is made inert (``terminal``), and stays one
    line. (sys.stderr is looked up now: a test may have replaced it; closed, it is skipped.)"""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(inert(line) + "\n")
        stream.flush()


@dataclass
class Reporter:
    """Everything that goes to stderr. ``quiet`` silences all but errors."""

    quiet: bool = False
    debug: bool = False
    failures: int = 0
    error_stream: IO[str] | None = None  # --errors FILE

    def error(self, line: str) -> None:
        self.failures += 1
        say(f"Error: {line}")

    def fail(self, name: str, line: str) -> None:
        """An input failed: one line on stderr, and one JSON line in the --errors file."""
        self.error(line)
        if self.error_stream is not None:
            entry = {"input": name, "error": line}
            self.error_stream.write(json_escaped(json.dumps(entry, ensure_ascii=False)) + "\n")
            self.error_stream.flush()

    def warn(self, line: str) -> None:
        if not self.quiet:
            say(f"Warning: {line}")

    def info(self, line: str) -> None:
        if not self.quiet:
            say(line)


def reader_gone() -> NoReturn:
    """The reader went away (claimx extract ... | head): stop quietly, as Unix tools do."""
    discard_stdout()
    sys.exit(EXIT_BROKEN_PIPE)


def discard_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush of what is still buffered
    does not fail again (a second message, exit 120)."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


class Progress:
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
            from rich.markup import escape

            # (a task's description is Rich markup: a name's "[/]" would raise)
            label = escape(inert(os.path.basename(name))[:30])
            task = self.long[name] = self.bar.add_task(f"{label} (characters)")
        self.bar.update(task, completed=done, total=total)
        if done >= total:
            self.bar.remove_task(self.long.pop(name))


class NoProgress:
    def advance(self) -> None:
        return None

    def chunk_done(self, name: str, done: int, total: int) -> None:
        return None


@contextmanager
def progress(total: int, reporter: Reporter) -> Iterator[Progress | NoProgress]:
    """Progress on stderr, when it is a terminal and not silenced."""
    if reporter.quiet or not sys.stderr.isatty():
        yield NoProgress()
        return
    from rich.progress import Progress as Bar

    from claimx.render.terminal import InertConsole

    with Bar(console=InertConsole(stderr=True), transient=True) as bar:
        yield Progress(bar, total)


class StageBar:
    """One bar per stage (reading, each epoch's training, each scoring of dev) on stderr."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task: Any = None

    def stage(self, name: str, total: int) -> None:
        if self.bar is None:
            return
        if self.task is not None:
            self.bar.remove_task(self.task)
        self.task = self.bar.add_task(name, total=total)

    def advance(self, steps: int) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.advance(self.task, steps)


@contextmanager
def stage_progress(reporter: Reporter) -> Iterator[StageBar]:
    if reporter.quiet or not sys.stderr.isatty():
        yield StageBar(None)
        return
    from rich.progress import Progress

    from claimx.render.terminal import InertConsole

    with Progress(console=InertConsole(stderr=True), transient=True) as bar:
        yield StageBar(bar)
