"""Web archives: every HTML page of a WARC (or ARC) file, gzip or not, read as a stream.

warcio (the reference WARC library, which reads ARC too and decodes HTTP transfer and content
encodings) is imported only when an archive arrives. Each ``response`` record with status 200
and an HTML payload, and each HTML ``resource`` record, is one article named ``FILE#URI``; every
other record (requests, metadata, images, revisits, other statuses) is ``NotAnArticle``,
counted by the runner. A truncated or corrupt archive yields every record before the damage,
then one ``InputError`` naming the offset.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO

from claimx.errors import InputError
from claimx.inputs.article import STDIN_NAME, Article
from claimx.inputs.files import DEFAULT_MAX_BYTES, format_size, open_source, size_of
from claimx.inputs.html import read_html_article

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class NotAnArticle:
    """A record of an archive that holds no article page (counted, not reported)."""

    name: str
    why: str  # "request", "image/png", "HTTP 404"...


def is_warc(source: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "warc"
    return source.lower().endswith(WARC_SUFFIXES)


def read_warc_articles(
    source: str, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError | NotAnArticle]:
    """The archive's pages, in file order; memory holds one page at a time."""
    if source == STDIN_NAME:
        yield from _records(source, sys.stdin.buffer, published, max_bytes)
        return
    with open_source(source) as stream:
        yield from _records(source, stream, published, max_bytes)


def _records(
    source: str, stream: BinaryIO, published: dt.date | None, max_bytes: int
) -> Iterator[Article | InputError | NotAnArticle]:
    from warcio.archiveiterator import ArchiveIterator

    size = size_of(stream)
    # ARC records only where the name says ARC: warcio reads any line as an ARC header
    arc = source == STDIN_NAME or source.lower().endswith((".arc", ".arc.gz"))
    records = ArchiveIterator(stream, arc2warc=arc)
    end = 0
    read = 0
    try:
        for record in records:
            if not arc and str(record.format).startswith("arc"):
                yield InputError(
                    source, "not a WARC archive", "check the file (an ARC file is named .arc)"
                )
                return
            if not arc and not _whole_header(record):  # cut inside it: the damage starts here
                break
            # (warcio gives a record's offset only once its content has been read)
            item = _item(source, record, records.get_record_offset, published, max_bytes)
            records.read_to_end(record)
            if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ends inside it
                break
            end = records.get_record_offset() + records.get_record_length()
            read += 1
            yield item
    except Exception:  # a damaged archive: what came before it stands
        pass
    if end < size and not _only_blank_after(stream, end, size):
        if read == 0:
            yield InputError(source, "not a WARC or ARC archive", "check the file (or its name)")
            return
        yield InputError(
            source,
            f"archive damaged at offset {_after_blanks(stream, end)} (truncated or corrupt): "
            "the records before it "
            "were read",
            "the rest of the archive cannot be read",
        )


# What every WARC record's header has (WARC 1.1, section 5); the writers put Content-Length
# last, so a header cut short lacks it. (A gzip member cut short fails to decompress instead.)
_MANDATORY = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")


def _whole_header(record: Any) -> bool:
    headers = record.rec_headers
    return all(headers.get_header(name) for name in _MANDATORY)


def _after_blanks(stream: BinaryIO, end: int) -> int:
    """Where the next record starts: past the blank lines that end an uncompressed one."""
    try:
        stream.seek(end)
        following = stream.read(64)
    except OSError:
        return end
    return end + len(following) - len(following.lstrip(b"\r\n"))


def _only_blank_after(stream: BinaryIO, end: int, size: int) -> bool:
    try:
        stream.seek(end)
        return not stream.read(size - end).strip()
    except OSError:
        return False


def _item(
    source: str,
    record: Any,
    offset_of: Callable[[], int],
    published: dt.date | None,
    max_bytes: int,
) -> Article | InputError | NotAnArticle:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    why_not = _why_not_a_page(record)
    if why_not is not None:
        return NotAnArticle(f"{source}#{uri or '?'}", why_not)
    payload = record.content_stream().read(max_bytes + 1)
    offset = offset_of()
    name = f"{source}#{uri}" if uri else f"{source}#{offset}"
    if len(payload) > max_bytes:
        return InputError(
            name,
            f"page larger than the {format_size(max_bytes)} limit for one input",
            "raise it with --max-size if this really is one article",
        )
    metadata: dict[str, object] = {
        "warc_target_uri": uri,
        "warc_date": record.rec_headers.get_header("WARC-Date"),
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
        "http_status": _status(record),
    }
    try:
        article = read_html_article(name, payload, published, metadata, _charset(record))
    except InputError as error:
        return error
    return replace(article, origin=f"{source}#{offset}")


def _why_not_a_page(record: Any) -> str | None:
    if record.rec_type not in ("response", "resource"):
        return str(record.rec_type)
    status = _status(record)
    if record.rec_type == "response" and status != 200:
        return f"HTTP {status}"
    content_type = _content_type(record)
    if not content_type.startswith(_HTML_TYPES):
        return content_type or "no content type"
    return None


def _status(record: Any) -> int | None:
    if record.http_headers is None:
        return None
    try:
        return int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").strip().lower()


def _charset(record: Any) -> str | None:
    """The charset the HTTP response declares, which takes precedence over the page's own."""
    for parameter in _content_type(record).split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
