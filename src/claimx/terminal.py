"""What an input may put on a terminal: nothing that acts.

Article text, JSONL ids, metadata, page titles and file names are untrusted. Printed raw, an
escape sequence in one of them would clear the screen, retitle the window, write the clipboard
(OSC 52) or hide the next line; a bidi override would make a line read differently from what
it says. ``inert`` is the one function that every terminal sink (the console helpers for
stderr, the Rich consoles of the tables) passes such strings through: each character that
would act is shown as a visible escape instead, and the rest is left as it was.

- C0 controls, DEL and C1 controls: ``\\x1b``, ``\\x7f``, ``\\x9b`` (tab kept; newline kept
  where a table needs it, shown as ``\\n`` in one-line messages).
- Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the line and
  paragraph separators U+2028, U+2029: ``\\u202e``.
- The lone surrogates Python uses for bytes of a file name that are not UTF-8
  (U+DC80-U+DCFF): ``\\xNN``, the byte, as in the names of records (``names``); any other
  lone surrogate: ``\\udNNN``.

Machine formats (JSON, JSONL, CSV, Parquet) are not passed through ``inert``: they stay
lossless, except CSV and the HTML page when a command prints them to a terminal
(``inert_stream``), where they are read, not parsed. JSON text passes through
``json_escaped``, which writes the same characters as JSON escapes (``\\u009b``): the same
value for a JSON reader, nothing that acts on a terminal that shows the file, and no lone
surrogate that UTF-8 could not encode.
"""

from __future__ import annotations

import re
from typing import IO, Any, cast

_BIDI = "\u202a-\u202e\u2066-\u2069\u2028\u2029"
_ACTIVE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")
_ACTIVE_KEEPING_NEWLINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")


def inert(text: str, newlines: bool = False) -> str:
    """``text`` with every character that would act on a terminal shown as an escape;
    ``newlines``: keep line feeds (a table cell), else show them too (a one-line message)."""
    pattern = _ACTIVE_KEEPING_NEWLINES if newlines else _ACTIVE
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


_JSON_ACTIVE = re.compile(f"[\x7f-\x9f{_BIDI}\ud800-\udfff]")


def json_escaped(text: str) -> str:
    """A JSON text (``json.dumps(..., ensure_ascii=False)``, which escapes C0 controls) with
    DEL, C1 controls, bidi controls and lone surrogates escaped too: the same JSON value."""
    if _JSON_ACTIVE.search(text) is None:
        return text
    return _JSON_ACTIVE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class InertStream:
    """A text stream whose writes are made inert (newlines kept): CSV or an HTML page that a
    command prints to a terminal, where they are for reading, not for a program."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(inert(text, newlines=True))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def inert_stream(stream: IO[str]) -> IO[str]:
    return cast(IO[str], InertStream(stream))
