"""One row per claim, with the article it came from: the flat view the CSV and the Parquet
claims table share (the CSV writes None as an empty cell, Parquet as null)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimx.records import ArticleRecord

COLUMNS = (
    "input", "published", "claim_id", "sentence", "kind",
    "source", "source_type", "source_start", "source_end",
    "source_name", "source_role", "source_organization",
    "cue", "cue_lemma", "cue_start", "cue_end",
    "content", "content_start", "content_end", "content_fragments",
    "rule", "confidence",
)  # fmt: skip

FRAGMENT_JOINER = " … "


def claim_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """``content`` is the claim's words, its fragments joined with " … " (a quotation split
    around "she said" is two fragments); ``content_fragments`` their (start, end) offsets."""
    for claim in record["claims"]:
        source = claim["source"]
        yield {
            "input": record["input"],
            "published": record["published"],
            "claim_id": claim["id"],
            "sentence": claim["sentence"],
            "kind": claim["kind"],
            "source": source["text"] if source else None,
            "source_type": claim["source_type"],
            "source_start": source["start_char"] if source else None,
            "source_end": source["end_char"] if source else None,
            "source_name": source["name"] if source else None,
            "source_role": source["role"] if source else None,
            "source_organization": source["organization"] if source else None,
            "cue": claim["cue"]["text"],
            "cue_lemma": claim["cue"]["lemma"],
            "cue_start": claim["cue"]["start_char"],
            "cue_end": claim["cue"]["end_char"],
            "content": FRAGMENT_JOINER.join(f["text"] for f in claim["content_fragments"]),
            "content_start": claim["content"]["start_char"],
            "content_end": claim["content"]["end_char"],
            "content_fragments": [
                (f["start_char"], f["end_char"]) for f in claim["content_fragments"]
            ],
            "rule": claim["rule"],
            "confidence": claim["confidence"],
        }
