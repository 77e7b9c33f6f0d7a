"""From paths, folders and stdin to decoded ``Article`` objects.

This stage owns everything about bytes: finding the files, decoding them, and reading the
metadata header (a leading publication-date marker). It imports only the standard library and
the encoding detector, so the CLI can report bad inputs without loading spaCy.
"""

from __future__ import annotations

import codecs
import datetime as dt
import fnmatch
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from claimx.errors import InputError

STDIN_NAME = "-"

# "date 2026-03-05", "Date: 2026-03-05", "published 2026-03-05" at the very start of the text.
_DATE_MARKER = re.compile(
    r"\A\s*(?:date|dated|published|publication date)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

# Share of control characters (other than tab, newline, carriage return, form feed) above which
# decoded text is treated as binary: real articles have none.
_MAX_CONTROL_SHARE = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Article:
    """One decoded article. ``text`` is exactly what every output offset points into."""

    name: str
    text: str
    published: dt.date | None = None
    published_source: str | None = None  # "marker", "option" or None
    header_end: int = 0  # offset where the metadata header (date marker) ends
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default_factory=tuple)
    metadata: dict[str, object] = field(default_factory=dict)  # other fields of a JSONL line


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    detected: bool  # True when the encoding was guessed rather than declared by a BOM or UTF-8


def decode_bytes(name: str, data: bytes) -> DecodedText:
    """Decode article bytes: BOMs and UTF-8 as is, anything else through the detector."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding, "strict")
            except UnicodeDecodeError:
                raise InputError(
                    name,
                    f"not valid {encoding} text despite its byte-order mark",
                    "convert it to UTF-8, or skip it",
                ) from None
            return DecodedText(_checked_text(name, text), encoding, False)
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes)", "give claimx a text file")
    try:
        return DecodedText(_checked_text(name, data.decode("utf-8")), "utf-8", False)
    except UnicodeDecodeError:
        pass
    return _detect_encoding(name, data)


# Among candidates the detector finds equally likely, the encodings of Western European text,
# by far the most common legacy encodings of English-language news.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
# How much less coherent (in the detector's percentage points) a candidate may look and still
# count as tied: on a short text coherence is noise ("Le ministre a déclaré ..." in Latin-1
# scored 62.5 as Baltic cp775, 58.8 as a Western code page).
COHERENCE_MARGIN = 10.0


def _detect_encoding(name: str, data: bytes) -> DecodedText:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(name, "not text in any known encoding", "convert it to UTF-8, or skip it")
    tied = [
        match
        for match in matches
        if match.percent_chaos <= best.percent_chaos
        and match.percent_coherence >= best.percent_coherence - COHERENCE_MARGIN
    ]
    for preferred in PREFERRED_ENCODINGS:
        if any(preferred in match.could_be_from_charset for match in tied):
            return DecodedText(_checked_text(name, data.decode(preferred)), preferred, True)
    return DecodedText(_checked_text(name, str(best)), best.encoding, True)


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _checked_text(name: str, text: str) -> str:
    if not text:
        return text
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > _MAX_CONTROL_SHARE:
        raise InputError(name, "binary file (control characters)", "give claimx a text file")
    return text


def read_date_marker(text: str) -> tuple[dt.date | None, int]:
    """The publication date of a leading ``date YYYY-MM-DD`` marker, and where the marker ends."""
    match = _DATE_MARKER.match(text)
    if match is None:
        return None, 0
    try:
        return dt.date.fromisoformat(match.group(1)), match.end()
    except ValueError:
        return None, 0


def make_article(
    name: str,
    text: str,
    published: dt.date | None = None,
    warnings: Iterable[str] = (),
    metadata: dict[str, object] | None = None,
    published_source: str = "option",
) -> Article:
    """An ``Article`` from decoded text; ``published`` (from an option) overrides the marker."""
    marker_date, header_end = read_date_marker(text)
    if published is not None:
        source: str | None = published_source
    elif marker_date is not None:
        published, source = marker_date, "marker"
    else:
        source = None
    return Article(
        name=name,
        text=text,
        published=published,
        published_source=source,
        header_end=header_end,
        warnings=tuple(warnings),
        metadata=dict(metadata or {}),
    )


def read_article(
    source: str, published: dt.date | None = None, stdin: BinaryIO | None = None
) -> Article:
    """Read and decode one file (or stdin for ``-``) into an ``Article``; raises ``InputError``."""
    data = _read_bytes(source, stdin)
    decoded = decode_bytes(source, data)
    warnings = []
    if decoded.detected:
        warnings.append(f"{source}: not UTF-8, decoded as {decoded.encoding} (detected)")
    article = make_article(source, decoded.text, published, warnings)
    return replace(article, encoding=decoded.encoding)


def _read_bytes(source: str, stdin: BinaryIO | None) -> bytes:
    if source == STDIN_NAME:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(
                source, f"broken symbolic link (to {os.readlink(path)})", "fix or remove the link"
            ) from None
        raise InputError(
            source, "no such file", "check the path (it may have been moved)"
        ) from None
    except IsADirectoryError:
        raise InputError(source, "is a directory", "pass the folder itself to walk it") from None
    except PermissionError:
        raise InputError(source, "permission denied", "check the file's permissions") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(source, f"cannot read ({reason})", "check the file") from None


# --- JSONL dumps: one article per line ----------------------------------------------------

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PUBLISHED_KEYS = ("published", "date", "publication_date", "published_at")


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
) -> Iterator[Article | InputError]:
    """One article per line of a JSONL dump; a bad line is an ``InputError`` in the stream
    (named ``path:line``), and the lines after it are still read."""
    decoded = decode_bytes(source, _read_bytes(source, stdin))
    for number, line in enumerate(decoded.text.splitlines(), start=1):
        if line.strip():
            yield _jsonl_article(source, number, line, options, published)


def _jsonl_article(
    source: str, number: int, line: str, options: JsonlOptions, published: dt.date | None
) -> Article | InputError:
    where = f"{source}:{number}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"not valid JSON ({error.msg})", "fix or remove the line")
    if not isinstance(row, dict):
        return InputError(where, "not a JSON object", "each line must be an object")
    text = row.get(options.text_key)
    if not isinstance(text, str):
        found = ", ".join(sorted(row)[:8]) or "none"
        return InputError(
            where,
            f"no text in field '{options.text_key}' (fields: {found})",
            "choose the field with --text-key",
        )
    name = str(row[options.id_key]) if options.id_key and options.id_key in row else where
    metadata = {key: value for key, value in row.items() if key != options.text_key}
    line_date = published or _date_field(row)
    source_kind = "option" if published else "field"
    return make_article(name, text, line_date, (), metadata, published_source=source_kind)


def _date_field(row: dict[str, object]) -> dt.date | None:
    """A publication date from a ``published``/``date`` field ("2016-09-12", or a timestamp)."""
    for key in PUBLISHED_KEYS:
        value = row.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


@dataclass(frozen=True)
class Expanded:
    """The result of expanding the command line: files to read, and paths that failed."""

    sources: list[str]
    failures: list[InputError]


def expand_paths(paths: Iterable[str], glob: str | None = None) -> Expanded:
    """Turn files, folders and ``-`` into a list of sources.

    Folders are walked recursively in sorted order, hidden files and folders skipped, ``glob``
    (matched against the file name) filtering what is found inside them. Named files are kept
    even if they do not match ``glob``: the user asked for them.
    """
    sources: list[str] = []
    failures: list[InputError] = []
    for raw in paths:
        if raw == STDIN_NAME:
            sources.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(_walk_folder(path, glob, failures))
        elif path.exists() or path.is_symlink():
            sources.append(raw)
        else:
            failures.append(InputError(raw, "no such file or folder", "check the path"))
    return Expanded(sources, failures)


def _walk_folder(folder: Path, glob: str | None, failures: list[InputError]) -> Iterator[str]:
    def on_error(error: OSError) -> None:
        name = error.filename or str(folder)
        failures.append(InputError(str(name), "cannot list folder", "check its permissions"))

    found: list[str] = []
    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for filename in files:
            if filename.startswith("."):
                continue
            if glob is not None and not fnmatch.fnmatch(filename, glob):
                continue
            found.append(os.path.join(root, filename))
    for path in sorted(found):
        if _special_file(path):
            # Reading a named pipe found in a folder would block the whole batch.
            failures.append(
                InputError(path, "not a regular file (a pipe, socket or device)", "skip it")
            )
        else:
            yield path


def _special_file(path: str) -> bool:
    """Is this a pipe, socket or device? (A broken link is left for reading to report.)"""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)
