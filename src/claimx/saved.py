"""Records saved earlier by ``claimx extract`` (JSONL, or a JSON array), read back for
``claimx report`` and ``claimx speakers``; and the article text a report needs beside them.

A record read back may have been edited by hand, so it is checked field by field before
anything renders it: every field the renderers use has its type (a span's offsets are
integers within the text, a claim's fragments a list of spans), and ``schema_version`` is the
one this claimx writes. A record that is not so fails the run with one line naming the file,
the line (or array index) and the field: ``out.jsonl:3: claims[0].content_fragments is null,
not a list``. With the text at hand (``with_text``), every span must also be the text at its
offsets.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from claimx.claims import text_digest
from claimx.errors import ClaimxError, InputError
from claimx.inputs import STDIN_NAME
from claimx.inputs.names import name_of_path, path_of_name
from claimx.kinds import ClaimKind, SourceType, values_of
from claimx.records import SCHEMA_VERSION, ArticleRecord

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
    if missing:
        raise ClaimxError(
            f"{where}: not a claimx record (missing {', '.join(missing)})",
            _FIX,
        )
    try:
        _check_record(cast(dict[str, Any], item))
    except _BadField as bad:
        raise ClaimxError(f"{where}: {bad.field} {bad.problem}", _EDITED) from None
    saved = SavedRecord(cast(ArticleRecord, item), where)
    if "text" in saved.record:
        _check_spans_in(saved, saved.record["text"])
    return saved


# --- records read back, field by field ---------------------------------------------------------

_EDITED = "fix that field (or extract the input again)"
_OPTIONAL_TEXTS = (
    *("published", "published_source", "encoding", "title", "url", "author"),
    *("site_name", "language", "text_sha256"),
)
_MENTION_LISTS = ("entities", "dates", "money", "percentages")


class _BadField(Exception):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(field, problem)
        self.field = field
        self.problem = problem


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {json.dumps(value[:30], ensure_ascii=False)}"
    return "a list" if isinstance(value, list) else "an object"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _need(value: object, field: str, kind: type | tuple[type, ...], what: str) -> None:
    if kind is int and not _is_int(value):
        raise _BadField(field, f"is {_describe(value)}, not {what}")
    if not isinstance(value, kind):
        raise _BadField(field, f"is {_describe(value)}, not {what}")


def _check_record(record: dict[str, Any]) -> None:
    version = record.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise _BadField(
            "schema_version",
            f"is {_describe(version)}: this claimx reads records of version {SCHEMA_VERSION}",
        )
    _need(record["input"], "input", str, "a string")
    _need(record["text_length"], "text_length", int, "an integer")
    if record["text_length"] < 0:
        raise _BadField("text_length", f"is {record['text_length']}, not a length")
    if "text" in record:
        _need(record["text"], "text", str, "a string")
    for name in _OPTIONAL_TEXTS:
        if record.get(name) is not None:
            _need(record[name], name, str, "a string or null")
    if record.get("metadata") is not None:
        _need(record["metadata"], "metadata", dict, "an object")
    length = record["text_length"]
    for name in ("sentences", *_MENTION_LISTS):
        if name in record:
            _need(record[name], name, list, "a list")
            for index, item in enumerate(record[name]):
                _check_span(item, f"{name}[{index}]", length)
                _check_item(name, item, f"{name}[{index}]")
    _need(record["claims"], "claims", list, "a list")
    for index, claim in enumerate(record["claims"]):
        _check_claim(claim, f"claims[{index}]", length)


def _check_claim(claim: object, field: str, length: int) -> None:
    _need(claim, field, dict, "an object")
    assert isinstance(claim, dict)
    for name in ("id", "kind", "source_type"):
        _need(_field(claim, name, field), f"{field}.{name}", str, "a string")
    for name, allowed in (("kind", ClaimKind), ("source_type", SourceType)):
        if claim[name] not in values_of(allowed):
            one_of = ", ".join(values_of(allowed))
            raise _BadField(f"{field}.{name}", f"is {_describe(claim[name])}, not one of {one_of}")
    _check_span(_field(claim, "cue", field), f"{field}.cue", length)
    if claim["cue"].get("lemma") is not None:
        _need(claim["cue"]["lemma"], f"{field}.cue.lemma", str, "a string")
    if "content" in claim:
        _check_span(claim["content"], f"{field}.content", length)
    fragments = _field(claim, "content_fragments", field)
    _need(fragments, f"{field}.content_fragments", list, "a list of spans")
    for number, fragment in enumerate(fragments):
        _check_span(fragment, f"{field}.content_fragments[{number}]", length)
    if "sentence" in claim:
        _need(claim["sentence"], f"{field}.sentence", int, "an integer")
    if claim.get("confidence") is not None:
        confidence = claim["confidence"]
        _need(confidence, f"{field}.confidence", (int, float), "a number")
        if isinstance(confidence, bool) or not 0 <= confidence <= 1:
            raise _BadField(f"{field}.confidence", f"is {_describe(confidence)}, not within 0-1")
    if claim.get("mentions") is not None:
        _need(claim["mentions"], f"{field}.mentions", dict, "an object")
        for key, ids in claim["mentions"].items():
            _need(ids, f"{field}.mentions.{key}", list, "a list of ids")
            for number, item in enumerate(ids):
                _need(item, f"{field}.mentions.{key}[{number}]", str, "an id (a string)")
    source = _field(claim, "source", field)
    if source is not None:
        _check_source(source, f"{field}.source", length)


def _check_source(source: object, field: str, length: int) -> None:
    _check_span(source, field, length)
    assert isinstance(source, dict)
    for name in ("name", "role", "organization"):
        if _field(source, name, field) is not None:
            _need(source[name], f"{field}.{name}", str, "a string or null")
    if _field(source, "resolved_from", field) is not None:
        _check_span(source["resolved_from"], f"{field}.resolved_from", length)


def _check_item(kind: str, item: dict[str, Any], field: str) -> None:
    """What the report reads of a sentence (``heading``) or a mention (its ``id``; a money
    figure's amounts)."""
    if kind == "sentences":
        _need(_field(item, "heading", field), f"{field}.heading", bool, "true or false")
        return
    _need(_field(item, "id", field), f"{field}.id", str, "an id (a string)")
    for name in ("amount", "amount_max"):
        value = item.get(name)
        if (
            kind == "money"
            and value is not None
            and (isinstance(value, bool) or not isinstance(value, int | float))
        ):
            raise _BadField(f"{field}.{name}", f"is {_describe(value)}, not a number or null")


def _field(item: dict[str, Any], name: str, field: str) -> Any:
    if name not in item:
        raise _BadField(f"{field}.{name}", "is missing")
    return item[name]


def _check_span(span: object, field: str, length: int) -> None:
    _need(span, field, dict, "an object with text, start_char and end_char")
    assert isinstance(span, dict)
    _need(_field(span, "text", field), f"{field}.text", str, "a string")
    start = _field(span, "start_char", field)
    end = _field(span, "end_char", field)
    _need(start, f"{field}.start_char", int, "an integer")
    _need(end, f"{field}.end_char", int, "an integer")
    if not 0 <= start <= end <= length:
        raise _BadField(
            field, f"runs from {start} to {end}, outside the text (0-{length}) or backwards"
        )
    if end - start != len(span["text"]):
        raise _BadField(field, f"runs from {start} to {end}, which is not the length of its text")


def _spans(record: ArticleRecord) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every span of a record (checked), with its field."""
    fields = cast(dict[str, Any], record)
    for name in ("sentences", *_MENTION_LISTS):
        for index, item in enumerate(fields.get(name, [])):
            yield f"{name}[{index}]", item
    for index, claim in enumerate(record["claims"]):
        field = f"claims[{index}]"
        yield f"{field}.cue", cast(dict[str, Any], claim["cue"])
        if "content" in claim:
            yield f"{field}.content", cast(dict[str, Any], claim["content"])
        for number, fragment in enumerate(claim["content_fragments"]):
            yield f"{field}.content_fragments[{number}]", cast(dict[str, Any], fragment)
        source = claim["source"]
        if source is not None:
            yield f"{field}.source", cast(dict[str, Any], source)
            if source.get("resolved_from"):
                yield f"{field}.source.resolved_from", cast(dict[str, Any], source["resolved_from"])


def _check_spans_in(saved: SavedRecord, text: str) -> None:
    """Every span is the text at its offsets."""
    for field, span in _spans(saved.record):
        if text[span["start_char"] : span["end_char"]] != span["text"]:
            shown = json.dumps(span["text"][:30], ensure_ascii=False)
            raise ClaimxError(
                f"{saved.where}: {field} says {shown} at {span['start_char']}-"
                f"{span['end_char']}, which is not the text there",
                _EDITED,
            )


def with_text(
    saved: SavedRecord, records_file: str, read_from: Callable[[str], None] | None = None
) -> ArticleRecord:
    """The record with its ``text``: its own, or its input file's when that is still on disk
    and is the same text (length and digest); else a ClaimxError that names the fix.
    ``read_from`` hears of each input file read for its text."""
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

    if read_from is not None:
        read_from(str(found))
    text = read_article(name_of_path(str(found))).text
    _check_same_text(saved, text, str(found))
    _check_spans_in(saved, text)
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
