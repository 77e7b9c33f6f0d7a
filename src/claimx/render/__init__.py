"""Renderers: one module per output format, each a writer with ``write(record)`` and ``close()``;
``formats`` describes them (``OUTPUT_FORMATS``).

Machine formats take ``ArticleRecord`` dicts; the table format renders the same dicts with Rich.
"""

from __future__ import annotations

import importlib
from typing import IO, Any, Protocol

from claimx.records import ArticleRecord
from claimx.render.formats import FORMATS, OUTPUT_FORMATS, WriterOptions, output_format

# Derived from the table (render.formats): formats that need each record's text, binary ones.
TEXT_FORMATS = tuple(f.name for f in OUTPUT_FORMATS if f.reads_text)
BINARY_FORMATS = tuple(f.name for f in OUTPUT_FORMATS if f.binary)

__all__ = ["BINARY_FORMATS", "FORMATS", "TEXT_FORMATS", "Writer", "WriterOptions", "make_writer"]


class Writer(Protocol):
    def write(self, record: ArticleRecord) -> None: ...

    def close(self) -> None: ...


def make_writer(
    format_name: str,
    stream: IO[Any],
    color: bool = False,
    width: int | None = None,
    articles: bool = False,
) -> Writer:
    """A writer of ``format_name`` on ``stream`` (binary for a binary format, text otherwise);
    ``articles``: Parquet rows are articles, not claims."""
    return open_writer(format_name, stream, WriterOptions(color, width, articles))


def open_writer(format_name: str, stream: IO[Any], options: WriterOptions) -> Writer:
    """The format's writer (its module imported now), given the options it takes."""
    described = output_format(format_name)
    module, name = described.writer.split(":")
    writer_class = getattr(importlib.import_module(module), name)
    keywords = {option: getattr(options, option) for option in described.takes}
    writer: Writer = writer_class(stream, **keywords)
    return writer
