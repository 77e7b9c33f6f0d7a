"""``--glob PATTERN``: which files found in a folder are read.

A pattern without a slash is matched against the file's name, at any depth: ``*.txt`` is
every .txt file under the folder. A pattern with a slash is matched against the file's path
inside the folder, as a shell with ``globstar`` (or Python's ``glob(recursive=True)``) does:
``*`` and ``?`` never cross a ``/``, ``**`` as a whole part matches any number of folders,
none included, so ``**/*.txt`` is every .txt file and ``2026/**/*.txt`` every one under
2026/. ``[abc]`` and ``[!abc]`` are character classes.
"""

from __future__ import annotations

import fnmatch
import functools
import re


def glob_matches(pattern: str, relative_path: str) -> bool:
    """Does the file at ``relative_path`` (inside the walked folder, ``/``-separated) match?"""
    if "/" not in pattern:
        return fnmatch.fnmatchcase(relative_path.rsplit("/", 1)[-1], pattern)
    return _compiled(pattern).fullmatch(relative_path) is not None


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    parts = pattern.strip("/").split("/")
    regex = ""
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            regex += ".*" if last else "(?:[^/]+/)*"
        else:
            regex += _part(part) + ("" if last else "/")
    return re.compile(regex, re.DOTALL)


def _part(part: str) -> str:
    """One part of a path: fnmatch's translation, with no wildcard crossing a slash."""
    out = ""
    index = 0
    while index < len(part):
        character = part[index]
        index += 1
        if character == "*":
            out += "[^/]*"
        elif character == "?":
            out += "[^/]"
        elif character == "[":
            end = part.find("]", index + 1 if part[index : index + 1] in ("!", "]") else index)
            if end < 0:
                out += re.escape(character)
                continue
            inside = part[index:end]
            index = end + 1
            if inside.startswith("!"):
                inside = "^/" + inside[1:]
            out += "[" + inside.replace("\\", "\\\\") + "]"
        else:
            out += re.escape(character)
    return out
