"""Input names: how a file's path is written in records, messages and ``--resume`` points.

On POSIX a file name is bytes, and not every name is UTF-8 (an old Latin-1 archive:
``caf\\xe9.txt``). Python reads such a byte as a lone surrogate (U+DC80-U+DCFF), which no
output can carry: JSON, CSV, Parquet and HTML all need text. So the name of an input is its
path with two escapes, and nothing else changed:

- a byte that is not part of UTF-8 text is ``\\xNN`` (two lowercase hex digits);
- a backslash in the name is doubled, ``\\\\``, so that a name that really contains ``\\xe9``
  stays apart from one with the byte.

The mapping is one-to-one: ``path_of_name(name_of_path(p)) == p`` for every path, and a
name without a backslash or an undecodable byte is the path itself. Every source of a run is
held as its name from the moment the command line is expanded; only opening a file turns it
back into the path (``files.open_source``), and ``claimx report`` finds an input again the
same way. On Windows, where names are Unicode already, names are paths unchanged.
"""

from __future__ import annotations

import os
import re

_TO_ESCAPE = re.compile("[\\\\\udc80-\udcff]")
_ESCAPE = re.compile(r"\\(\\|x[89a-f][0-9a-f])")
_ESCAPING = os.sep == "/"


def name_of_path(path: str) -> str:
    """The name of the file at ``path`` (a str from ``os.fsdecode``)."""
    if not _ESCAPING or _TO_ESCAPE.search(path) is None:
        return path
    return _TO_ESCAPE.sub(_escape, path)


def path_of_name(name: str) -> str:
    """The path of the file called ``name`` (as ``os.fsdecode`` gives it): the inverse."""
    if not _ESCAPING or "\\" not in name:
        return name
    return _ESCAPE.sub(_unescape, name)


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    return "\\\\" if character == "\\" else f"\\x{ord(character) - 0xDC00:02x}"


def _unescape(match: re.Match[str]) -> str:
    escape = match.group(1)
    return "\\" if escape == "\\" else chr(0xDC00 + int(escape[1:], 16))
