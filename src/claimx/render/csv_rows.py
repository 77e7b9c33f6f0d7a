"""CSV: one row per claim, with the article it came from.

``content`` is the claim's words: its fragments joined with " … " (a quotation split around
"she said" is two fragments); ``content_start``/``content_end`` span from the first fragment to
the last, and ``content_fragments`` gives each fragment's offsets as ``start-end``.
"""

from __future__ import annotations

import csv
from typing import IO

from claimx.records import ArticleRecord, SpanRecord

COLUMNS = (
    "input", "published", "claim_id", "sentence", "kind",
    "source", "source_type", "source_start", "source_end",
    "source_name", "source_role", "source_organization",
    "cue", "cue_lemma", "cue_start", "cue_end",
    "content", "content_start", "content_end", "content_fragments",
)  # fmt: skip


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._csv = csv.writer(stream, lineterminator="\n")
        self._csv.writerow(COLUMNS)

    def write(self, record: ArticleRecord) -> None:
        for claim in record["claims"]:
            source = claim["source"]
            self._csv.writerow(
                (
                    record["input"],
                    record["published"] or "",
                    claim["id"],
                    claim["sentence"],
                    claim["kind"],
                    source["text"] if source else "",
                    claim["source_type"],
                    source["start_char"] if source else "",
                    source["end_char"] if source else "",
                    (source["name"] or "") if source else "",
                    (source["role"] or "") if source else "",
                    (source["organization"] or "") if source else "",
                    claim["cue"]["text"],
                    claim["cue"]["lemma"],
                    claim["cue"]["start_char"],
                    claim["cue"]["end_char"],
                    " … ".join(f["text"] for f in claim["content_fragments"]),
                    claim["content"]["start_char"],
                    claim["content"]["end_char"],
                    _fragments(claim["content_fragments"]),
                )
            )
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def _fragments(fragments: list[SpanRecord]) -> str:
    """Offsets of a split content as ``start-end`` pairs separated by spaces."""
    return " ".join(f"{f['start_char']}-{f['end_char']}" for f in fragments)
