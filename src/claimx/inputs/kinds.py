"""The kinds of input, each described once: its name (``--input-format``), how it is recognised
under ``--input-format auto``, whether one file holds many articles, and its reader.

Everything that asks "what kind of input is this" asks this table: the batch runner reading a
source, ``files.read_article``, the default number of jobs and the Dask runner's partitions.
A new kind is one module under ``inputs/`` (its recognition and its reader) and one entry here.

Recognition: a kind recognised by the source's name (``named``) is chosen first, in the
table's order; a single-article file that no name recognises is read, and the first kind whose
``sniff`` recognises its first bytes (``<!doctype html``) is chosen; else it is text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimx.errors import InputError
from claimx.inputs.article import STDIN_NAME, Article
from claimx.inputs.files import DEFAULT_MAX_BYTES, read_limited, read_text_article
from claimx.inputs.html import HTML_SUFFIXES, TEXT_SUFFIXES, looks_like_html, read_html_article
from claimx.inputs.jsonl import JsonlOptions, is_jsonl, read_jsonl_articles
from claimx.inputs.warc import NotAnArticle, is_warc, read_warc_articles

AUTO = "auto"


@dataclass(frozen=True)
class ReadOptions:
    """How the inputs of a run are read."""

    input_format: str = AUTO  # auto (by name and content), or a kind's name
    published: dt.date | None = None  # --published: overrides what the input says
    jsonl: JsonlOptions = field(default_factory=JsonlOptions)
    max_bytes: int = DEFAULT_MAX_BYTES  # the largest input (a file, or a line of a dump)


Read = Iterable[Article | InputError | NotAnArticle]
ManyReader = Callable[[str, ReadOptions], Read]  # (source) -> its articles, as a stream
OneReader = Callable[[str, bytes, ReadOptions], Article]  # (source, its bytes) -> the article


@dataclass(frozen=True)
class InputKind:
    name: str
    named: Callable[[str], bool]  # recognised by the source's name
    read_many: ManyReader | None = None  # one file holds many articles: read as a stream
    read_one: OneReader | None = None  # one file, one article: read from its bytes
    sniff: Callable[[bytes], bool] | None = None  # recognised by its first bytes

    @property
    def many(self) -> bool:
        return self.read_many is not None


def _extension(suffixes: tuple[str, ...]) -> Callable[[str], bool]:
    def named(source: str) -> bool:
        return source != STDIN_NAME and Path(source).suffix.lower() in suffixes

    return named


def _read_jsonl(source: str, options: ReadOptions) -> Read:
    return read_jsonl_articles(
        source, options.jsonl, options.published, max_bytes=options.max_bytes
    )


def _read_warc(source: str, options: ReadOptions) -> Read:
    return read_warc_articles(source, options.published, options.max_bytes)


def _read_html(source: str, data: bytes, options: ReadOptions) -> Article:
    return read_html_article(source, data, options.published)


INPUT_KINDS: tuple[InputKind, ...] = (
    InputKind("text", _extension(TEXT_SUFFIXES), read_one=read_text_article),
    InputKind("jsonl", lambda source: is_jsonl(source, AUTO), read_many=_read_jsonl),
    InputKind("html", _extension(HTML_SUFFIXES), read_one=_read_html, sniff=looks_like_html),
    InputKind("warc", lambda source: is_warc(source, AUTO), read_many=_read_warc),
)
DEFAULT_KIND = "text"  # what a source no kind recognises is
INPUT_FORMATS = (AUTO, *(kind.name for kind in INPUT_KINDS))  # the --input-format choices
_BY_NAME = {kind.name: kind for kind in INPUT_KINDS}


def input_kind(name: str) -> InputKind:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown input format: {name}") from None


def kind_by_name(source: str, input_format: str = AUTO) -> InputKind | None:
    """The kind ``--input-format`` names, else the first kind the source's name says, else
    None (known only from the bytes)."""
    if input_format != AUTO:
        return input_kind(input_format)
    return next((kind for kind in INPUT_KINDS if kind.named(source)), None)


def holds_many(source: str, input_format: str = AUTO) -> bool:
    """Does this source hold many articles (a dump, an archive)? Known without reading it."""
    kind = kind_by_name(source, input_format)
    return kind is not None and kind.many


def read_source(source: str, options: ReadOptions) -> Read:
    """The articles of one source, by its kind (an unreadable one raises ``InputError``)."""
    kind = kind_by_name(source, options.input_format)
    if kind is not None and kind.read_many is not None:
        return kind.read_many(source, options)
    return [read_one(source, read_limited(source, options.max_bytes), options)]


def single_kind(source: str, data: bytes, input_format: str = AUTO) -> InputKind:
    """The kind of a single-article source: by ``--input-format``, by its name, else by its
    first bytes, else plain text."""
    kind = kind_by_name(source, input_format)
    if kind is None:  # no name says what it is: its first bytes may
        kind = next((k for k in INPUT_KINDS if k.sniff is not None and k.sniff(data)), None)
    if kind is None or kind.read_one is None:
        kind = input_kind(DEFAULT_KIND)
    return kind


def read_one(source: str, data: bytes, options: ReadOptions) -> Article:
    """The article of a single-article source, from its bytes."""
    kind = single_kind(source, data, options.input_format)
    assert kind.read_one is not None
    return kind.read_one(source, data, options)
