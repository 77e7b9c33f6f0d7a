"""JSON: one valid array of article objects (``[]`` when there are none)."""

from __future__ import annotations

import json
from typing import IO

from claimx.records import ArticleRecord
from claimx.terminal import json_escaped


class JsonArrayWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._count = 0

    def write(self, record: ArticleRecord) -> None:
        body = json_escaped(json.dumps(record, ensure_ascii=False, indent=2))
        indented = "\n".join("  " + line for line in body.splitlines())
        self._stream.write(("[\n" if self._count == 0 else ",\n") + indented)
        self._count += 1

    def close(self) -> None:
        self._stream.write("[]\n" if self._count == 0 else "\n]\n")
        self._stream.flush()
