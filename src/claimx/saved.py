"""Records saved earlier by ``claimx extract`` (JSONL, or a JSON array), read back for
``claimx report`` and ``claimx speakers``; and the article text a report needs beside them.

A record is trusted for its shape only as far as rendering needs (an object with ``input``,
``text_length`` and a list of claims); a file that is not records fails with one line naming
where it went wrong.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from claimx.claims import text_digest
from claimx.errors import ClaimxError, InputError
from claimx.inputs import STDIN_NAME
from claimx.inputs.names import name_of_path, path_of_name
from claimx.records import ArticleRecord

REQUIRED_FIELDS = ("input", "text_length", "claims")
_FIX = "give the output of claimx extract --format jsonl or json"


@dataclass(frozen=True)
class SavedRecord:
    record: ArticleRecord
    where: str  # FILE:LINE (or FILE:[N] in a JSON array), for messages


def read_saved(path: str) -> Iterator[SavedRecord]:
    """The records of one file of claimx output (``-``: stdin), in order."""
    try:
        if path == STDIN_NAME:
            yield from _records(path, io.StringIO(sys.stdin.read()))
            return
        with open(path, encoding="utf-8") as stream:
            yield from _records(path, stream)
    except OSError as error:
        raise InputError(path, error.strerror or str(error), "check the path") from None
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8, so not claimx output", _FIX) from None


def _records(path: str, stream: IO[str]) -> Iterator[SavedRecord]:
    first = _first_character(stream)
    stream.seek(0)
    if first == "[":
        yield from _array_records(path, stream.read())
    else:
        yield from _line_records(path, stream)


def _first_character(stream: Any) -> str:
    while chunk := stream.read(4096):
        stripped = chunk.lstrip()
        if stripped:
            return cast(str, stripped[0])
    return ""


def _array_records(path: str, text: str) -> Iterator[SavedRecord]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not valid JSON ({error.msg}, line {error.lineno})", _FIX) from None
    for index, item in enumerate(items):
        yield _checked(item, f"{path}:[{index}]")


def _line_records(path: str, stream: Any) -> Iterator[SavedRecord]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise ClaimxError(
                f"{where}: not a JSON record ({error.msg})",
                _FIX,
            ) from None
        yield _checked(item, where)


def _checked(item: object, where: str) -> SavedRecord:
    missing = [f for f in REQUIRED_FIELDS if f not in item] if isinstance(item, dict) else ["all"]
    if missing or not isinstance(cast(dict[str, Any], item)["claims"], list):
        raise ClaimxError(
            f"{where}: not a claimx record (missing {', '.join(missing) or 'a list of claims'})",
            _FIX,
        )
    return SavedRecord(cast(ArticleRecord, item), where)


def with_text(saved: SavedRecord, records_file: str) -> ArticleRecord:
    """The record with its ``text``: its own, or its input file's when that is still on disk
    and is the same text (length and digest); else a ClaimxError that names the fix."""
    record = saved.record
    if isinstance(record.get("text"), str):
        _check_same_text(saved, record["text"], "its text")
        return record
    name = record["input"]
    found = _input_on_disk(name, records_file)
    if found is None:
        raise ClaimxError(
            f"{saved.where}: the record of {name!r} carries no text and {name} is not on disk",
            "extract again with --include-text (or run claimx report where the inputs are)",
        )
    from claimx.inputs import read_article

    text = read_article(name_of_path(str(found))).text
    _check_same_text(saved, text, str(found))
    return cast(ArticleRecord, {**record, "text": text})


def _input_on_disk(name: str, records_file: str) -> Path | None:
    """The input as named (relative to here), else relative to the records file's folder."""
    path = path_of_name(name)
    for candidate in (Path(path), Path(os.path.dirname(records_file) or ".") / path):
        if candidate.is_file():
            return candidate
    return None


def _check_same_text(saved: SavedRecord, text: str, what: str) -> None:
    record = saved.record
    same_length = len(text) == record["text_length"]
    digest = record.get("text_sha256")
    if same_length and (digest is None or text_digest(text) == digest):
        return
    raise ClaimxError(
        f"{saved.where}: {what} is not the text the record of {record['input']!r} was made "
        f"from (the file changed since?)",
        "extract it again",
    )
