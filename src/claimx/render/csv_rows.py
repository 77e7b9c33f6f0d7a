"""CSV: one row per claim, with the article it came from (the columns of ``claim_rows``).

``content`` is the claim's words: its fragments joined with " … "; ``content_start`` /
``content_end`` span from the first fragment to the last, and ``content_fragments`` gives each
fragment's offsets as ``start-end``, separated by spaces.
"""

from __future__ import annotations

import csv
from typing import IO, Any

from claimx.claim_fields import FLAT_COLUMNS, ColumnType
from claimx.records import ArticleRecord
from claimx.render.claim_rows import COLUMNS, claim_rows


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._csv = csv.writer(stream, lineterminator="\n")
        self._csv.writerow(COLUMNS)

    def write(self, record: ArticleRecord) -> None:
        for row in claim_rows(record):
            self._csv.writerow(_cell(c.type, row[c.name]) for c in FLAT_COLUMNS)
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def _cell(column_type: ColumnType, value: Any) -> Any:
    if column_type == "offsets":
        return " ".join(f"{start}-{end}" for start, end in value)
    return "" if value is None else value
