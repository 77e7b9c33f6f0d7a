"""Options shared by the commands, their value types, and option groups that reach a command
as one object (sqlite-utils' habit: every command spells an option the same way)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from typing import Any, TypeVar

import click

from claimx.inputs import DEFAULT_MAX_BYTES, STDIN_NAME
from claimx.inputs.kinds import INPUT_FORMATS
from claimx.render import FORMATS
from claimx.run import InputChoices, OutputChoices, check_not_inputs, load_model, model_folder

F = TypeVar("F", bound=Callable[..., Any])


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


SIZE_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9}
SIZE_UNITS |= {"KIB": 2**10, "MIB": 2**20, "GIB": 2**30}


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
        size = int(float(match.group(1)) * SIZE_UNITS[unit])
        if size < 1:
            self.fail(f"{value!r} is less than one byte", param, ctx)
        return size


class Fraction(click.FloatRange):
    """A number from 0 to 1. (Click's FloatRange lets NaN through: no comparison fails.)"""

    def __init__(self) -> None:
        super().__init__(0, 1)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 1", param, ctx)
        return number


# More worker processes than any machine claimx runs on has cores: a mistyped -j 10000 would
# otherwise start ten thousand spaCy processes.
MAX_JOBS = 512


# --- single options, spelled once for every command ------------------------------------------

model_option = click.option(
    "--model", metavar="NAME", help="spaCy model package or path [env: CLAIMX_MODEL]."
)
debug_option = click.option("--debug", is_flag=True, help="Show tracebacks.")


def quiet_option(what: str = "progress, warnings or summary") -> Callable[[F], F]:
    return click.option("-q", "--quiet", is_flag=True, help=f"No {what} on stderr.")


def jobs_option(default: int | None, help_text: str) -> Callable[[F], F]:
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1, max=MAX_JOBS),
        default=default,
        show_default=default is not None,
        help=help_text,
    )


# --- option groups that reach the command as one object of the run configuration -------------
# (claimx.run.InputChoices and OutputChoices: the library's own, so no option changes its name
# on the way to the batch runner, its workers and the Dask runner.)

__all__ = ["InputChoices", "OutputChoices", "check_not_inputs", "load_model", "model_folder"]

_INPUT_OPTIONS = (
    click.option(
        "--published",
        type=IsoDate(),
        help="Publication date (YYYY-MM-DD) for resolving relative dates; overrides a date marker.",
    ),
    click.option(
        "--glob", "glob", metavar="PATTERN", help="Only files in folders matching PATTERN."
    ),
    click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="auto: .jsonl/.ndjson files are one article per line, .warc/.arc(.gz) files web "
        "archives, .html/.htm files (and files or stdin starting <!doctype html or <html) web "
        "pages, everything else is text.",
    ),
    click.option("--text-key", default="text", show_default=True, help="JSONL: the text's field."),
    click.option(
        "--id-key", metavar="KEY", help="JSONL: the field naming each article (e.g. url)."
    ),
    click.option(
        "--max-size",
        type=ByteSize(),
        default=DEFAULT_MAX_BYTES,
        show_default="50MB",
        metavar="SIZE",
        help="Fail an input (a file, or a line of a JSONL dump) larger than SIZE (e.g. 200MB).",
    ),
)

_OUTPUT_OPTIONS = (
    click.option(
        "-f",
        "--format",
        "format_name",
        type=click.Choice(("auto", *FORMATS)),
        default="auto",
        show_default=True,
        help="Output format. auto: a table on a terminal, JSONL otherwise "
        "(with -o, chosen by the file's extension).",
    ),
    click.option(
        "-o",
        "--output",
        default=STDIN_NAME,
        metavar="FILE",
        help="Write to FILE instead of stdout ('-').",
    ),
    click.option(
        "--resume",
        is_flag=True,
        help="With -o FILE (JSONL): skip inputs already in FILE (with the same text) and "
        "append the rest. FILE must be claimx output of the same --model.",
    ),
    click.option(
        "--resume-any-model",
        is_flag=True,
        help="With --resume: go on even if FILE holds records of another model.",
    ),
    click.option(
        "--errors",
        "errors_path",
        metavar="FILE",
        help="Also write each failed input as a JSON line {input, error} to FILE.",
    ),
    click.option(
        "--no-color", is_flag=True, help="No colour in tables (NO_COLOR is honoured too)."
    ),
    click.option(
        "--parquet-articles",
        is_flag=True,
        help="Parquet: one row per article with nested lists (the JSON record), not per claim.",
    ),
    click.option(
        "--include-text",
        is_flag=True,
        help="Records of plain-text inputs carry their text too (HTML and WARC ones always do).",
    ),
    click.option(
        "--min-confidence",
        type=Fraction(),
        default=0.0,
        metavar="X",
        help="Only the claims whose confidence is at least X (0-1; claimx evaluate shows what "
        "each cut-off keeps).",
    ),
)


def _grouped(
    name: str, choices: type[Any], options: tuple[Callable[[F], F], ...]
) -> Callable[[F], F]:
    """Add ``options`` to a command and hand their values to it as one ``choices`` object,
    passed as the keyword argument ``name``."""
    fields = list(choices.__dataclass_fields__)

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {field: kwargs.pop(field) for field in fields}
            return command(*args, **{name: choices(**values)}, **kwargs)

        decorated: Any = wrapper
        for option in reversed(options):
            decorated = option(decorated)
        return decorated  # type: ignore[no-any-return]

    return decorate


input_options = _grouped("inputs", InputChoices, _INPUT_OPTIONS)
output_options = _grouped("output", OutputChoices, _OUTPUT_OPTIONS)
