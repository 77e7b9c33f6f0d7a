"""From paths, folders and stdin to decoded ``Article`` objects.

This stage owns everything about bytes: finding the files (``files``), decoding them
(``decode``), reading dumps of one article per line (``jsonl``), and the metadata header and the
checks made on every text (``article``, ``language``). It imports only the standard library and
the encoding detector, so the CLI can report bad inputs without loading spaCy.
"""

from claimx.inputs.article import (
    STDIN_NAME,
    Article,
    PageInfo,
    make_article,
    read_date_marker,
)
from claimx.inputs.decode import DecodedText, decode_bytes
from claimx.inputs.files import (
    DEFAULT_MAX_BYTES,
    Expanded,
    bytes_article,
    expand_paths,
    format_size,
    read_article,
    read_limited,
)
from claimx.inputs.jsonl import (
    JSONL_SUFFIXES,
    PUBLISHED_KEYS,
    JsonlOptions,
    is_jsonl,
    read_jsonl_articles,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "JSONL_SUFFIXES",
    "PUBLISHED_KEYS",
    "STDIN_NAME",
    "Article",
    "DecodedText",
    "Expanded",
    "JsonlOptions",
    "PageInfo",
    "bytes_article",
    "decode_bytes",
    "expand_paths",
    "format_size",
    "is_jsonl",
    "make_article",
    "read_article",
    "read_date_marker",
    "read_jsonl_articles",
    "read_limited",
]
