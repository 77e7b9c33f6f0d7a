"""Text files and stdin: finding them in folders, and reading them with a size limit."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from claimx.errors import InputError
from claimx.inputs.article import STDIN_NAME, Article, make_article
from claimx.inputs.decode import decode_bytes
from claimx.inputs.globs import glob_matches
from claimx.inputs.names import name_of_path, path_of_name
from claimx.inputs.remote import expand_url, is_url, open_url

if TYPE_CHECKING:
    from claimx.inputs.kinds import ReadOptions

# Larger than any news article (the longest seen are under 1 MB), small enough that a device
# or a wrong file is refused long before memory runs out. --max-size changes it.
DEFAULT_MAX_BYTES = 50 * 10**6
# Read in pieces, so that a signal (Ctrl-C, SIGTERM) is noticed between them and the limit is
# checked before the next piece is taken.
READ_CHUNK = 1 << 20

# Files that are not plain-text articles, read as text all the same, with a warning.
_NOT_PLAIN_TEXT = {".xml": "an XML file", ".json": "a JSON file"}


def read_article(
    source: str,
    published: dt.date | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
) -> Article:
    """Read one file (or stdin for ``-``) into an ``Article`` of its kind (``kinds``: an HTML
    page's main text, or the decoded text); raises ``InputError``."""
    from claimx.inputs.kinds import ReadOptions, read_one  # (kinds imports this module)

    data = read_limited(source, max_bytes, stdin)
    options = ReadOptions(input_format, published, max_bytes=max_bytes)
    return read_one(source, data, options)


def bytes_article(
    name: str,
    data: bytes,
    published: dt.date | None = None,
    html: bool = False,
    charset: str | None = None,
) -> Article:
    """The ``Article`` of an input's bytes, as ``read_article`` makes it from a file (and
    ``claimx serve`` from a request's body): an HTML page's main text (``charset``: what the
    page was served as, if known), or the decoded text; raises ``InputError``."""
    from claimx.inputs.html import read_html_article
    from claimx.inputs.kinds import ReadOptions

    if html:
        return read_html_article(name, data, published, charset=charset)
    return read_text_article(name, data, ReadOptions("text", published))


def read_text_article(source: str, data: bytes, options: ReadOptions) -> Article:
    """A plain-text article: the decoded bytes (with a warning for a file that is not text, and
    for one with no text at all: its record is written, empty, as a page's with none is)."""
    decoded = decode_bytes(source, data)
    warnings = [w for w in (decoded.warning(source), _kind_warning(source, data)) if w]
    if not decoded.text.strip():
        warnings.append(
            f"{source}: no text (empty, or only blank lines); an empty record is written"
        )
    article = make_article(source, decoded.text, options.published, warnings)
    return replace(article, encoding=decoded.encoding)


def _kind_warning(source: str, data: bytes) -> str | None:
    kind = _NOT_PLAIN_TEXT.get(Path(source).suffix.lower())
    if kind is None:
        return None
    if kind == "a JSON file":
        return (
            f"{source}: a JSON file, read as plain text — for a dump of one article per line, "
            "name it .jsonl or use --input-format jsonl"
        )
    return f"{source}: {kind}, read as plain text (markup will appear in sentences and claims)"


def read_limited(source: str, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of a file or of stdin, refused once they pass ``max_bytes``."""
    if source == STDIN_NAME:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _read_stream(source, stream, max_bytes)
    with open_source(source) as stream:
        if size_of(stream) > max_bytes:  # a regular file says its size: refuse it unread
            raise _too_large(source, max_bytes)
        return _read_stream(source, stream, max_bytes)


def size_of(stream: BinaryIO) -> int:
    """The size of an opened file, or 0 when it has none to tell (a pipe, a remote file)."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation, AttributeError):
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0


def _read_stream(source: str, stream: BinaryIO, max_bytes: int) -> bytes:
    pieces: list[bytes] = []
    size = 0
    while True:
        try:
            piece = stream.read(min(READ_CHUNK, max_bytes + 1 - size))
        except OSError as error:
            raise InputError(source, f"cannot read ({error.strerror})", "check the file") from None
        if not piece:
            return b"".join(pieces)
        pieces.append(piece)
        size += len(piece)
        if size > max_bytes:
            raise _too_large(source, max_bytes)


def _too_large(source: str, max_bytes: int) -> InputError:
    return InputError(
        source,
        f"larger than the {format_size(max_bytes)} limit for one input",
        "raise it with --max-size if this really is one article",
    )


def format_size(size: int) -> str:
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= factor:
            return f"{size / factor:g} {unit}"
    return f"{size} bytes"


def open_source(source: str) -> BinaryIO:
    """A file (or an fsspec URL) opened for reading, with every failure turned into one
    ``InputError``. ``source`` is the file's name (``names``), its path but for escapes."""
    if is_url(source):
        return open_url(source)
    path = Path(path_of_name(source))
    try:
        return path.open("rb")
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


@dataclass(frozen=True)
class Expanded:
    """The result of expanding the command line: files to read, paths that failed, and what
    is worth a warning (a folder link not followed)."""

    sources: list[str]
    failures: list[InputError]
    warnings: list[str] = field(default_factory=list)


def expand_paths(
    paths: Iterable[str], glob: str | None = None, exclude: Iterable[str] = ()
) -> Expanded:
    """Turn files, folders and ``-`` into a list of sources.

    Folders are walked recursively in sorted order, hidden files and folders skipped, ``glob``
    (``globs``: matched against the file name, or with a slash against the path inside the
    folder, ``**`` for any folders) filtering what is found inside them, links to folders
    followed once. Named files are kept even if they do not match ``glob``: the user asked for
    them. Files in ``exclude`` (claimx's own output and error files) and claimx's temporary
    files (hidden) are never found in a folder. A file is given by its name (``names``: its
    path, with a byte that is not UTF-8 as ``\\xNN``), which its records and messages carry.
    """
    sources: list[str] = []
    failures: list[InputError] = []
    warnings: list[str] = []
    walker = _Walker(glob, _FileSet(exclude), failures, warnings)
    for raw in paths:
        if raw == STDIN_NAME:
            sources.append(raw)
            continue
        if is_url(raw):
            try:
                sources.extend(expand_url(raw, glob))
            except InputError as error:
                failures.append(error)
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(map(name_of_path, walker.walk(path)))
        elif path.exists() or path.is_symlink():
            sources.append(name_of_path(raw))
        else:
            failures.append(
                InputError(name_of_path(raw), "no such file or folder", "check the path")
            )
    return Expanded(sources, failures, warnings)


class _FileSet:
    """Files identified by device and inode (so a link or another spelling still matches)."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.ids = {key for key in map(_file_id, paths) if key is not None}

    def __contains__(self, path: str) -> bool:
        key = _file_id(path)
        return key is not None and key in self.ids


def _file_id(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


@dataclass
class _Walker:
    glob: str | None
    exclude: _FileSet
    failures: list[InputError]
    warnings: list[str]

    def walk(self, folder: Path) -> Iterator[str]:
        found: list[str] = []
        visited: set[tuple[int, int]] = set()
        for root, dirs, files in os.walk(folder, onerror=self._unlistable, followlinks=True):
            here = _file_id(root)
            if here in visited:  # reached again through a link: a loop, or a second way in
                self.warnings.append(f"{root}: a link to a folder already read; not read again")
                dirs[:] = []
                continue
            if here is not None:
                visited.add(here)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            inside = os.path.relpath(root, folder).replace(os.sep, "/")
            here_path = "" if inside == "." else inside + "/"
            found.extend(
                os.path.join(root, name) for name in files if self._wanted(here_path + name)
            )
        for path in sorted(found):
            if path in self.exclude:
                continue
            if _special_file(path):
                # Reading a named pipe found in a folder would block the whole batch.
                problem = "not a regular file (a pipe, socket or device)"
                self.failures.append(InputError(name_of_path(path), problem, "skip it"))
            else:
                yield path

    def _wanted(self, relative_path: str) -> bool:
        # Hidden files are skipped, claimx's own temporary output files among them.
        if relative_path.rsplit("/", 1)[-1].startswith("."):
            return False
        return self.glob is None or glob_matches(self.glob, relative_path)

    def _unlistable(self, error: OSError) -> None:
        name = name_of_path(str(error.filename or "folder"))
        self.failures.append(InputError(name, "cannot list folder", "check its permissions"))


def _special_file(path: str) -> bool:
    """Is this a pipe, socket or device? (A broken link is left for reading to report.)"""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)
