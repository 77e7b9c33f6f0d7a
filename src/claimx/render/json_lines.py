"""JSONL: one article object per line, flushed as each article finishes."""

from __future__ import annotations

import json
from typing import IO

from claimx.records import ArticleRecord
from claimx.terminal import json_escaped


class JsonLinesWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, record: ArticleRecord) -> None:
        self._stream.write(json_escaped(json.dumps(record, ensure_ascii=False)) + "\n")
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()
