"""The output formats, each described once: its name, the file extensions that choose it, text
or binary, its writer, and what it reads of a record.

Everything that depends on the format asks this table: the ``--format`` choices, the format
``-o FILE.ext`` picks (``outputs.choose_format``), how the output is opened (binary, streamed),
the components a run may skip for it, whether records must carry their text, ``--resume``, and
the Dask runner's part files. A new format is one module under ``render/`` (a writer with
``write(record)`` and ``close()``) and one entry here. Standard library only: the CLI imports
it for ``--help``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from claimx.inputs.jsonl import JSONL_SUFFIXES

# Components that make the dates, money figures and percentages of a record.
VALUE_COMPONENTS = ("claimx_dates", "claimx_money", "claimx_percentages")

WriterOption = Literal["color", "width", "articles"]


@dataclass(frozen=True)
class WriterOptions:
    """What a writer may be told besides its stream (each format takes those it names)."""

    color: bool = False  # colour in a table
    width: int | None = None  # a table's width (None: the terminal's)
    articles: bool = False  # Parquet: one row per article (the whole record), not per claim


@dataclass(frozen=True)
class OutputFormat:
    name: str
    extensions: tuple[str, ...]  # -o FILE.ext chooses it under --format auto (lower case)
    binary: bool  # written as bytes (never to a terminal)
    writer: str  # "module:Class", imported when the format is used; Class(stream, **options)
    takes: tuple[WriterOption, ...] = ()  # the WriterOptions its writer takes, as keywords
    # Components whose annotations the writer never shows: a run for this format skips them
    # (tests/test_formats.py checks the output is the same without them). A writer that takes
    # ``articles`` writes the whole record when it is set, and then skips nothing.
    unused: tuple[str, ...] = ()
    reads_text: bool = False  # shows the article's text: every record carries it
    streams: bool = False  # written line by line as records come (so --resume can go on)
    parts: bool = False  # the Dask runner writes it as part files (part-00000.<extension>)

    def unused_components(self, options: WriterOptions) -> tuple[str, ...]:
        return () if options.articles and "articles" in self.takes else self.unused

    @property
    def part_extension(self) -> str:
        return self.extensions[0].lstrip(".")


OUTPUT_FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("table", (), False, "claimx.render.table:TableWriter", ("color", "width")),
    OutputFormat("json", (".json",), False, "claimx.render.json_array:JsonArrayWriter"),
    OutputFormat(
        "jsonl",
        JSONL_SUFFIXES,
        False,
        "claimx.render.json_lines:JsonLinesWriter",
        streams=True,
        parts=True,
    ),
    OutputFormat(
        "csv", (".csv",), False, "claimx.render.csv_rows:CsvWriter", unused=VALUE_COMPONENTS
    ),
    OutputFormat(
        "parquet",
        (".parquet",),
        True,
        "claimx.render.parquet:ParquetWriter",
        ("articles",),
        unused=VALUE_COMPONENTS,
        parts=True,
    ),
    OutputFormat(
        "html", (".html", ".htm"), False, "claimx.render.html_report:ReportWriter", reads_text=True
    ),
)

FORMATS = tuple(f.name for f in OUTPUT_FORMATS)
_BY_NAME = {f.name: f for f in OUTPUT_FORMATS}
_BY_EXTENSION = {extension: f.name for f in OUTPUT_FORMATS for extension in f.extensions}
DEFAULT_FILE_FORMAT = "jsonl"  # -o FILE whose extension names no format


def output_format(name: str) -> OutputFormat:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown format: {name}") from None


def format_of_extension(suffix: str) -> str:
    """The format ``-o FILE<suffix>`` chooses under ``--format auto``."""
    return _BY_EXTENSION.get(suffix.lower(), DEFAULT_FILE_FORMAT)


def extension_formats() -> dict[str, str]:
    return dict(_BY_EXTENSION)
