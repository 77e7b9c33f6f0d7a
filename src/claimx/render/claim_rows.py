"""One row per claim, with the article it came from: the flat view the CSV and the Parquet
claims table share (the CSV writes None as an empty cell, Parquet as null). Its columns and
their types are the claim fields' own (``claim_fields.FLAT_COLUMNS``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimx.claim_fields import FLAT_COLUMNS, FRAGMENT_JOINER
from claimx.records import ArticleRecord

COLUMNS = tuple(column.name for column in FLAT_COLUMNS)

__all__ = ["COLUMNS", "FRAGMENT_JOINER", "claim_rows"]


def claim_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """``content`` is the claim's words, its fragments joined with " … " (a quotation split
    around "she said" is two fragments); ``content_fragments`` their (start, end) offsets."""
    for claim in record["claims"]:
        yield {column.name: column.cell(record, claim) for column in FLAT_COLUMNS}
