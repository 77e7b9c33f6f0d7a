"""JSONL dumps: one article per line, read as a stream (a dump may be far larger than memory)."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO, cast

from claimx.errors import InputError
from claimx.inputs.article import STDIN_NAME, Article, make_article
from claimx.inputs.decode import decode_bytes
from claimx.inputs.files import (
    DEFAULT_MAX_BYTES,
    READ_CHUNK,
    format_size,
    open_source,
    read_limited,
)
from claimx.textview import text_view

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PUBLISHED_KEYS = ("published", "date", "publication_date", "published_at")
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class JsonlOptions:
    text_key: str = "text"
    id_key: str | None = None


def is_jsonl(source: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return source != STDIN_NAME and source.lower().endswith(JSONL_SUFFIXES)


def read_jsonl_articles(
    source: str,
    options: JsonlOptions,
    published: dt.date | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """One article per line of a JSONL dump; a bad line is an ``InputError`` in the stream
    (named ``path:line``), and the lines after it are still read. ``max_bytes`` bounds a line,
    not the dump."""
    for number, line in _numbered_lines(source, stdin, max_bytes):
        if isinstance(line, InputError):
            yield line
        elif line.strip():
            yield _jsonl_article(source, number, line, options, published)


def _numbered_lines(
    source: str, stdin: BinaryIO | None, max_bytes: int
) -> Iterator[tuple[int, bytes | InputError]]:
    if source == STDIN_NAME:
        yield from _lines(source, stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        return
    with open_source(source) as stream:
        yield from _lines(source, stream, max_bytes)


def _lines(
    source: str, stream: BinaryIO, max_bytes: int
) -> Iterator[tuple[int, bytes | InputError]]:
    start = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if start.startswith(_WIDE_BOMS):  # UTF-16/32 cannot be split at b"\n": read it whole
        whole = decode_bytes(source, read_limited(source, max_bytes, stream)).text
        # Lines end at LF only, as in UTF-8 dumps: a JSON string may hold U+2028, U+2029 or NEL
        # as they are, which str.splitlines() would take for line ends.
        lines = whole.split("\n")
        if lines and not lines[-1]:
            lines.pop()
        for number, decoded in enumerate(lines, start=1):
            yield number, decoded.removesuffix("\r").encode("utf-8")
        return
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield (
                number,
                InputError(
                    f"{source}:{number}",
                    f"line longer than the {format_size(max_bytes)} limit for one input",
                    "raise it with --max-size if this really is one article",
                ),
            )
            continue
        yield number, line.removeprefix(codecs.BOM_UTF8) if number == 1 else line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    """Read past an over-long line in bounded pieces (noticing signals between them)."""
    while True:
        piece = stream.readline(READ_CHUNK)
        if not piece or piece.endswith(b"\n"):
            return


def _jsonl_article(
    source: str, number: int, raw: bytes, options: JsonlOptions, published: dt.date | None
) -> Article | InputError:
    where = f"{source}:{number}"
    try:
        decoded = decode_bytes(where, raw)
    except InputError as error:
        return error
    try:
        row = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        return InputError(where, f"not valid JSON ({error.msg})", "fix or remove the line")
    except RecursionError:
        return InputError(where, "JSON nested too deeply to read", "fix or remove the line")
    if not isinstance(row, dict):
        return InputError(where, "not a JSON object", "each line must be an object")
    problem = _text_problem(row, options.text_key) or _surrogate_problem(row)
    if problem is not None:
        return InputError(where, *problem)
    not_finite: list[str] = []
    row = cast(dict[str, Any], _finite(row, "", not_finite))
    text = row[options.text_key]
    name = _line_name(row, options.id_key, where)
    metadata = {key: value for key, value in row.items() if key != options.text_key}
    warnings = [w for w in (decoded.warning(where),) if w]
    if not_finite:
        verb = "is" if len(not_finite) == 1 else "are"
        more = f" (and {len(not_finite) - 5} more)" if len(not_finite) > 5 else ""
        warnings.append(
            f"{where}: {', '.join(not_finite[:5])}{more} {verb} not JSON (NaN or an infinite "
            "number); written as null"
        )
    line_date, date_warning = (published, None) if published else _date_field(row, where)
    if date_warning:
        warnings.append(date_warning)
    article = make_article(
        name,
        text,
        line_date,
        warnings,
        metadata,
        published_source="option" if published else "field",
        origin=where,
    )
    return replace(article, encoding=decoded.encoding)


def _line_name(row: dict[str, object], id_key: str | None, where: str) -> str:
    if id_key is None or row.get(id_key) is None:
        return where
    value = row[id_key]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _text_problem(row: dict[str, object], key: str) -> tuple[str, str] | None:
    """Why the line has no usable text: the field is missing, or holds something else."""
    if key not in row:
        found = ", ".join(sorted(row)[:8]) or "none"
        return f"no field '{key}' (fields: {found})", "choose the text's field with --text-key"
    value = row[key]
    if isinstance(value, str):
        return None
    kind = "null" if value is None else _json_type(value)
    return f"field '{key}' holds {kind}, not a string of text", "fix the line or --text-key"


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _surrogate_problem(row: dict[str, object]) -> tuple[str, str] | None:
    """A lone surrogate escape ("\\ud800") makes a string that is not Unicode text: it cannot be
    written out as UTF-8, so such a line is refused here rather than breaking the output."""
    for key, value in row.items():
        found = _SURROGATE.search(json.dumps(value, ensure_ascii=False))
        if found is not None:
            escape = f"\\u{ord(found.group()):04x}"
            return (
                f"field '{key}' holds a lone surrogate ({escape}), which is not text",
                "fix the line's \\u escapes",
            )
    return None


def _date_field(row: dict[str, object], where: str) -> tuple[dt.date | None, str | None]:
    """A publication date from a ``published``/``date`` field ("2016-09-12", an ISO timestamp,
    or seconds since 1970), and a warning when such a field holds no date."""
    unreadable = []
    for key in PUBLISHED_KEYS:
        if key not in row or row[key] in (None, ""):
            continue
        value = _as_date(row[key])
        if value is not None:
            return value, None
        unreadable.append(f"{key}={json.dumps(row[key], ensure_ascii=False)[:40]}")
    if not unreadable:
        return None, None
    return None, (
        f"{where}: {', '.join(unreadable)} is not a date (YYYY-MM-DD...); relative dates in "
        "this article are left unresolved"
    )


# Numbers in a date field: YYYYMMDD (20250101), else seconds since 1970 (from 1973, when they
# have nine digits, to 5138), else milliseconds since 1970 (from 1973 on). Anything else (a
# small number, a negative one) is no date, with a warning, rather than a day in 1970.
_SECONDS = (10**8, 10**11)
_MILLISECONDS = (10**11, 10**14)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, str):
        value = text_view(value).text.strip()  # a no-break space or a stray U+FEFF around it
        if re.match(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                return None
        if _COMPACT_DATE.fullmatch(value):
            return _compact_date(int(value))
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return _timestamp(value) if _SECONDS[0] <= value < _SECONDS[1] else None
    number = int(value)
    if 10**7 <= number < 10**8:
        return _compact_date(number)
    if _SECONDS[0] <= number < _SECONDS[1]:
        return _timestamp(number)
    if _MILLISECONDS[0] <= number < _MILLISECONDS[1]:
        return _timestamp(number / 1000)
    return None


def _compact_date(number: int) -> dt.date | None:
    match = _COMPACT_DATE.fullmatch(str(number))
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _timestamp(seconds: float) -> dt.date | None:
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _finite(value: object, path: str, found: list[str]) -> object:
    """``value`` with every NaN and infinite number (which JSON cannot hold, though Python's
    reader accepts ``NaN``, ``Infinity`` and ``1e999``) made null, each noted by its path."""
    if isinstance(value, float) and not math.isfinite(value):
        shown = "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
        found.append(f"{path}={shown}")
        return None
    if isinstance(value, dict):
        return {
            key: _finite(item, f"{path}.{key}" if path else key, found)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_finite(item, f"{path}[{index}]", found) for index, item in enumerate(value)]
    return value
