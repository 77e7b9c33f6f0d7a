"""Where output goes: stdout, files written as a shell redirection would, and resume points.

The rules (no Click, no Rich here):

- ``-`` is stdout.
- A regular file, or a new path, gets the whole output atomically for ``json``/``csv``/``table``
  (a temporary file in the same folder, renamed over the path when complete), keeping an
  existing file's mode and owner, otherwise honouring the umask. JSONL is streamed into the
  file line by line instead, so that a stopped run keeps its complete lines for ``--resume``.
- A symbolic link is followed: its target is what gets written (atomically, in the target's
  folder), the link stays a link.
- A FIFO, a character device or a socket is written directly, never replaced.
- A file the user may not write is an error, and it stays as it was.
- Temporary files are named ``.NAME.claimx-PID-XXXX.tmp``: a run that finds one left by a
  process that no longer exists (killed outright) removes it and says so.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

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
def open_error_file(path: str | None, stdout: IO[str]) -> Iterator[IO[str] | None]:
    """The ``--errors`` file: one JSON line per failed input, written as failures happen."""
    if path is None:
        yield None
        return
    with open_output(path, stdout, streaming=True, option="--errors") as stream:
        yield stream


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


def completed_inputs(path: Path) -> frozenset[str]:
    """The inputs a previous run wrote to the JSONL file ``path``, for --resume. A last line
    cut short by an interruption is removed from the file, so it can be appended to."""
    path = Path(os.path.realpath(path))
    if not path.exists() or not path.is_file():
        return frozenset()
    data = path.read_bytes()
    complete_end = data.rfind(b"\n") + 1
    if complete_end < len(data):
        with path.open("r+b") as stream:
            stream.truncate(complete_end)
    done = set()
    for line in data[:complete_end].decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and isinstance(record.get("input"), str):
            done.add(record["input"])
    return frozenset(done)
