"""Writing output: stdout, files written as a shell redirection would, descriptors, error files
and stale temporary files. The rules are in ``claimx.outputs``'s docstring.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from claimx.errors import ClaimxError
from claimx.render.formats import extension_formats, format_of_extension

STDOUT_NAME = "-"
TEMPORARY_MARK = ".claimx-"
_TEMPORARY = re.compile(r"\A\.(?P<name>.+)\.claimx-(?P<pid>\d+)-[^.]+\.tmp\Z")


@dataclass(frozen=True)
class Target:
    """What ``-o PATH`` resolves to."""

    path: Path  # the file that gets written: a link's target, not the link
    exists: bool
    regular: bool  # False for a FIFO, a device or a socket: written directly


# The format each extension of -o chooses (under --format auto), as render.formats says.
EXTENSION_FORMATS = extension_formats()


def choose_format(format_name: str, output: str, stdout_is_terminal: bool) -> str:
    """``auto``: by the output file's extension (``render.formats``; JSONL for any other),
    else a table on a terminal and JSONL in a pipe."""
    if format_name != "auto":
        return format_name
    if output != STDOUT_NAME:
        return format_of_extension(Path(output).suffix)
    return "table" if stdout_is_terminal else "jsonl"


def resolve_target(output: str, option: str = "-o") -> Target:
    """Follow symbolic links to the file that will be written, and check it may be written."""
    path = Path(os.path.realpath(output))
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if output.endswith(os.sep):
            raise ClaimxError(
                f"{output}: no such folder (a name ending with {os.sep} is a folder)",
                f"give {option} a file name",
            ) from None
        if not path.parent.is_dir():
            raise ClaimxError(
                f"{output}: folder {path.parent} does not exist", "create it first"
            ) from None
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise ClaimxError(
                f"{output}: cannot create a file in {path.parent} (permission denied)",
                f"choose another {option}",
            ) from None
        return Target(path, exists=False, regular=True)
    except OSError as error:
        raise ClaimxError(f"{output}: cannot write ({error.strerror})", "check the path") from None
    if stat.S_ISDIR(mode):
        raise ClaimxError(f"{output}: is a directory", f"give {option} a file name")
    if stat.S_ISREG(mode) and not _may_write(path, mode):
        raise ClaimxError(
            f"{output}: read-only file, left as it was",
            f"make it writable (chmod u+w) or choose another {option}",
        )
    return Target(path, exists=True, regular=stat.S_ISREG(mode))


def _may_write(path: Path, mode: int) -> bool:
    # root may write anything; a file with no write bit at all is still read-only by intent.
    if os.geteuid() == 0:
        return bool(mode & 0o222)
    return os.access(path, os.W_OK)


def same_file(a: str | Path, b: str | Path) -> bool:
    """Do two paths name the same file (through links, or the same not-yet-existing path)?"""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


@contextmanager
def open_output(
    output: str,
    stdout: IO[str],
    streaming: bool,
    append: bool = False,
    option: str = "-o",
    binary: bool = False,
) -> Iterator[IO[Any]]:
    """The stream for ``-o output``. ``streaming`` (JSONL): written in place as records come;
    otherwise the whole output appears at once, when the block ends without an error."""
    if output == STDOUT_NAME:
        yield stdout
        return
    descriptor = stream_fd(output)
    if descriptor is not None:
        with _through_descriptor(output, descriptor, stdout, binary) as stream:
            yield stream
        return
    target = resolve_target(output, option)
    if streaming or not target.regular:
        mode = "a" if append and target.regular else "w"
        with _opened(output, lambda: _open(target.path, mode, binary)) as stream:
            yield stream
        return
    if not os.access(target.path.parent, os.W_OK | os.X_OK):
        # A writable file in a folder we may not write (no temporary file can go beside it):
        # written in place, as a shell redirection would.
        with _opened(output, lambda: _open(target.path, "w", binary)) as stream:
            yield stream
        return
    with _atomic(output, target, binary) as stream:
        yield stream


# --- paths that name an open file descriptor --------------------------------------------------

_STANDARD_STREAMS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_DESCRIPTOR_FOLDER = re.compile(r"\A/proc/(?P<pid>\d+)(?:/task/\d+)?/fd\Z")


def stream_fd(path: str) -> int | None:
    """The file descriptor of this process that ``path`` names (``/dev/stdout``, ``/dev/fd/3``,
    ``/proc/self/fd/1``, or a symbolic link to one of them), else None. Opening such a path
    would open the file behind the descriptor anew, truncating what the shell appends to."""
    if path in ("", STDOUT_NAME) or "://" in path:
        return None
    current = os.path.abspath(path)
    for _ in range(40):  # links to links; a loop is left for opening to report
        if current in _STANDARD_STREAMS:
            return _STANDARD_STREAMS[current]
        folder, name = os.path.split(current)
        real_folder = os.path.realpath(folder)
        match = _DESCRIPTOR_FOLDER.match(real_folder)
        if match and name.isdigit() and int(match["pid"]) == os.getpid():
            return int(name)
        if os.path.join(real_folder, name) in _STANDARD_STREAMS:
            return _STANDARD_STREAMS[os.path.join(real_folder, name)]
        try:
            link = os.readlink(current)
        except (OSError, ValueError):
            return None
        current = os.path.normpath(os.path.join(real_folder, link))
    return None


@contextmanager
def _through_descriptor(
    output: str, descriptor: int, stdout: IO[str], binary: bool
) -> Iterator[IO[Any]]:
    """Write through an open descriptor: stdout and stderr through their own streams (so that
    what is buffered there stays in order), any other one through a duplicate of it."""
    if descriptor in (1, 2):
        text = stdout if descriptor == 1 else sys.stderr
        stream: IO[Any] = text
        if binary:
            text.flush()
            stream = getattr(text, "buffer", text)
        try:
            yield stream
            stream.flush()
        except OSError as error:
            if isinstance(error, BrokenPipeError):
                raise
            raise write_error(output, error) from None
        return
    try:
        duplicate = os.dup(descriptor)
    except OSError:
        raise ClaimxError(
            f"{output}: cannot write (file descriptor {descriptor} is not open)", "check the path"
        ) from None
    opener = (
        (lambda: os.fdopen(duplicate, "wb"))
        if binary
        else (lambda: os.fdopen(duplicate, "w", encoding="utf-8"))
    )
    with _opened(output, opener) as opened:
        yield opened


def _open(path: Path, mode: str, binary: bool) -> IO[Any]:
    return path.open(mode + "b") if binary else path.open(mode, encoding="utf-8")


@contextmanager
def _atomic(output: str, target: Target, binary: bool = False) -> Iterator[IO[Any]]:
    folder = target.path.parent
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.path.name}{TEMPORARY_MARK}{os.getpid()}-", suffix=".tmp", dir=folder
    )
    try:
        _copy_permissions(handle, target)
        opened = (
            os.fdopen(handle, "wb")
            if binary
            else os.fdopen(handle, "w", encoding="utf-8", newline="")
        )
        with opened as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target.path)
    except OSError as error:
        raise write_error(output, error) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _copy_permissions(handle: int, target: Target) -> None:
    """An existing file keeps its mode (and owner, where we may set it); a new one gets what
    the umask gives a new file, as a shell redirection would (mkstemp's own mode is 0600)."""
    if target.exists:
        info = os.stat(target.path)
        os.fchmod(handle, stat.S_IMODE(info.st_mode))
        with contextlib.suppress(PermissionError):
            os.fchown(handle, info.st_uid, info.st_gid)
    else:
        os.fchmod(handle, 0o666 & ~current_umask())


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def _opened(output: str, opener: Callable[[], IO[Any]]) -> Iterator[IO[Any]]:
    try:
        stream = opener()
    except OSError as error:
        raise ClaimxError(f"{output}: cannot write ({error.strerror})", "check the path") from None
    try:
        with stream:
            yield stream
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        raise write_error(output, error) from None


def write_error(output: str, error: OSError) -> ClaimxError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ClaimxError(f"{output}: cannot write ({error.strerror})", "free some space")
    return ClaimxError(f"{output}: cannot write ({error.strerror})", "check the path")


@contextmanager
def open_error_file(
    path: str | None, stdout: IO[str], on_failure: Callable[[str], None] | None = None
) -> Iterator[IO[str] | None]:
    """The ``--errors`` file: one JSON line per failed input, written as failures happen. A
    file that cannot be written (a full disk) is reported once, through ``on_failure``, and the
    run goes on without it: the failures are still reported on stderr."""
    if path is None:
        yield None
        return
    with open_output(path, stdout, streaming=True, option="--errors") as stream:
        errors = ErrorFile(path, stream, on_failure)
        yield cast(IO[str], errors)  # (the part of a text stream that is used: write, flush)
        errors.flush()


class ErrorFile:
    """A text stream (``write``, ``flush``) that never raises OSError: its first failure is
    reported and every later write is dropped. ``failed`` says whether one was."""

    def __init__(
        self, path: str, stream: IO[str], on_failure: Callable[[str], None] | None
    ) -> None:
        self.path = path
        self.stream: IO[str] | None = stream
        self.on_failure = on_failure
        self.failed = False

    def write(self, text: str) -> int:
        return int(self._guarded(lambda stream: stream.write(text)) or 0)

    def flush(self) -> None:
        self._guarded(lambda stream: stream.flush())

    def _guarded(self, action: Callable[[IO[str]], Any]) -> Any:
        stream = self.stream
        if stream is None:
            return None
        try:
            return action(stream)
        except BrokenPipeError:
            raise
        except OSError as error:
            self.failed, self.stream = True, None
            if stream not in (sys.stdout, sys.stderr):
                # Closed now (what is still buffered would fail again when it is closed).
                with contextlib.suppress(OSError, ValueError):
                    stream.close()
            if self.on_failure is not None:
                full = error.errno in (errno.ENOSPC, errno.EDQUOT)
                self.on_failure(
                    f"{self.path}: cannot write ({error.strerror}); the run goes on without it "
                    f"— {'free some space' if full else 'check the path'}, the failures are "
                    "on stderr"
                )
            return None


def stale_temporary_files(output: str) -> list[Path]:
    """Temporary files of ``output`` left by claimx processes that no longer run."""
    if output == STDOUT_NAME:
        return []
    target = Path(os.path.realpath(output))
    stale = []
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            match = _TEMPORARY.match(entry.name)
            if match and match["name"] == target.name and not _running(int(match["pid"])):
                stale.append(entry)
    return sorted(stale)


def remove_stale_temporary_files(output: str) -> list[Path]:
    removed = []
    for path in stale_temporary_files(output):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
