"""Renderers: one module per output format, each a writer with ``write(record)`` and ``close()``.

Machine formats take ``ArticleRecord`` dicts; the table format renders the same dicts with Rich.
"""

from __future__ import annotations

from typing import IO, Protocol

from claimx.records import ArticleRecord

FORMATS = ("table", "json", "jsonl", "csv")


class Writer(Protocol):
    def write(self, record: ArticleRecord) -> None: ...

    def close(self) -> None: ...


def make_writer(
    format_name: str, stream: IO[str], color: bool = False, width: int | None = None
) -> Writer:
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
    raise ValueError(f"unknown format: {format_name}")
