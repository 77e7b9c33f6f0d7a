"""Renderers: one module per output format, each a writer with ``write(record)`` and ``close()``.

Machine formats take ``ArticleRecord`` dicts; the table format renders the same dicts with Rich.
"""

from __future__ import annotations

from typing import IO, Any, Protocol

from claimx.records import ArticleRecord

FORMATS = ("table", "json", "jsonl", "csv", "parquet", "html")
# Formats that need each record's text (the report shows the article).
TEXT_FORMATS = ("html",)
BINARY_FORMATS = ("parquet",)


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
    """A writer of ``format_name`` on ``stream`` (binary for BINARY_FORMATS, text otherwise);
    ``articles``: Parquet rows are articles, not claims."""
    if format_name == "json":
        from claimx.render.json_array import JsonArrayWriter

        return JsonArrayWriter(stream)
    if format_name == "jsonl":
        from claimx.render.json_lines import JsonLinesWriter

        return JsonLinesWriter(stream)
    if format_name == "csv":
        from claimx.render.csv_rows import CsvWriter

        return CsvWriter(stream)
    if format_name == "table":
        from claimx.render.table import TableWriter

        return TableWriter(stream, color=color, width=width)
    if format_name == "parquet":
        from claimx.render.parquet import ParquetWriter

        return ParquetWriter(stream, articles=articles)
    if format_name == "html":
        from claimx.render.html_report import ReportWriter

        return ReportWriter(stream)
    raise ValueError(f"unknown format: {format_name}")
