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
- A path that names an open file descriptor (``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``,
  ``/proc/self/fd/N``, or a link to one) is written through that descriptor, never opened anew:
  appended where the shell appends, into a pipe as into a file.
- Every file output is locked for the run (``locked``): a lock file ``.NAME.claimx-lock`` beside
  it, and the file itself where it exists (a hard link elsewhere is the same file). A second run
  finds the lock held and stops at once, having written nothing.
- ``--resume`` reads the file back and trusts nothing (``read_resume_point``): it must be
  claimx's JSONL, undamaged but for a last line cut short, of one model.

docs/output-files.md is the user's account of these rules.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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


# --- which file is which ---------------------------------------------------------------------


def output_identity(output: str) -> tuple[object, ...]:
    """What ``-o output`` writes, comparable with ``input_identity``: an existing file by device
    and inode (links, hard links and other spellings alike), a new one by its real path, a
    stream by its descriptor (``-`` is stdout) or, for a regular file behind it, its inode."""
    descriptor = 1 if output == STDOUT_NAME else stream_fd(output)
    if descriptor is not None:
        return _descriptor_identity(descriptor)
    with contextlib.suppress(OSError, ValueError):
        if stat.S_ISCHR(os.stat(output).st_mode):
            return ("device", object())  # /dev/null: written to, nothing is lost; unlike all
    return path_identity(output)


def input_identity(source: str) -> tuple[object, ...]:
    """As ``output_identity``, for something read (``-`` is stdin)."""
    descriptor = 0 if source == STDOUT_NAME else stream_fd(source)
    if descriptor is not None:
        return _descriptor_identity(descriptor)
    return path_identity(source)


def path_identity(path: str | Path) -> tuple[object, ...]:
    real = os.path.realpath(path)  # what is written: x/../a.txt is a.txt even if x is not there
    for name in (path, real):
        try:
            info = os.stat(name)
        except (OSError, ValueError):
            continue
        return ("file", info.st_dev, info.st_ino)
    return ("path", real)


def _descriptor_identity(descriptor: int) -> tuple[object, ...]:
    try:
        info = os.fstat(descriptor)
    except OSError:
        return ("stream", descriptor)
    if stat.S_ISREG(info.st_mode):
        return ("file", info.st_dev, info.st_ino)
    return ("stream", descriptor)


def is_inside(path: str | Path, folder: str | Path) -> bool:
    """Is ``path`` (existing or not) in ``folder`` or below it, through links?"""
    real = os.path.realpath(path)
    return real.startswith(os.path.join(os.path.realpath(folder), ""))


# --- locks: one claimx run per output ---------------------------------------------------------

LOCK_MARK = ".claimx-lock"


class OutputInUse(ClaimxError):
    """Another claimx run holds the output's lock."""


def lock_file_of(path: Path) -> Path:
    return path.parent / f".{path.name}{LOCK_MARK}"


@contextmanager
def locked(written: Iterable[tuple[str, str | None]]) -> Iterator[None]:
    """Hold an advisory lock on every file output (``written``: option and path) for the
    block, or raise ``OutputInUse`` at once, having written nothing. Streams, devices, FIFOs
    and URLs are not locked."""
    with contextlib.ExitStack() as stack:
        for option, output in written:
            if output:
                stack.enter_context(_locked(output, option))
        yield


@contextmanager
def _locked(output: str, option: str) -> Iterator[None]:
    if output == STDOUT_NAME or "://" in output or stream_fd(output) is not None:
        yield
        return
    path = Path(os.path.realpath(output))
    try:
        mode: int | None = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        yield  # a FIFO or a device: written directly, by whoever writes it
        return
    held: list[int] = []
    lock_file = lock_file_of(path)
    try:
        if path.parent.is_dir() and os.access(path.parent, os.W_OK | os.X_OK):
            held.append(_take_lock_file(lock_file, output, option))
        if mode is not None:
            # The file itself too: a hard link to it elsewhere has a lock file of its own.
            with contextlib.suppress(PermissionError):
                held.append(_take(os.open(path, os.O_RDONLY), None, output, option))
        yield
    finally:
        if held and lock_file.exists() and _same_open_file(held[0], lock_file):
            with contextlib.suppress(OSError):
                lock_file.unlink()
        for descriptor in held:
            os.close(descriptor)


def _take_lock_file(lock_file: Path, output: str, option: str) -> int:
    """Lock ``lock_file`` (created if need be), checking that it is still the file at that
    path once locked: a run that ends removes its lock file, and one that opened it just
    before must not hold a lock on a file no longer there."""
    for _ in range(100):
        try:
            # Never through a link, never a file with other names: it is written (its pid).
            opened = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o666)
            if not stat.S_ISREG(os.fstat(opened).st_mode) or os.fstat(opened).st_nlink > 1:
                os.close(opened)
                raise OSError(errno.EEXIST, "not a lock file claimx made")
        except OSError as error:
            reason = "a link" if error.errno == errno.ELOOP else error.strerror
            raise OutputInUse(
                f"{output}: cannot take its lock {lock_file} ({reason})",
                f"remove {lock_file} if no claimx run is writing {output}",
            ) from None
        descriptor = _take(opened, lock_file, output, option)
        if _same_open_file(descriptor, lock_file):
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()}\n".encode())
            return descriptor
        os.close(descriptor)
    raise OutputInUse(f"{output}: cannot take its lock {lock_file}", "try again")


_NO_LOCKS = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL)


def _take(descriptor: int, lock_file: Path | None, output: str, option: str) -> int:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in _NO_LOCKS:
            return descriptor  # a file system without locks: the run goes on unlocked
        os.close(descriptor)
        if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise
        by = _holder(lock_file)
        raise OutputInUse(
            f"{output}: in use by another claimx run{by}",
            f"wait for it to finish, or choose another {option}",
        ) from None
    return descriptor


def _holder(lock_file: Path | None) -> str:
    if lock_file is None:
        return ""
    with contextlib.suppress(OSError, ValueError):
        return f" (process {int(lock_file.read_text(encoding='ascii').strip())})"
    return ""


def _same_open_file(descriptor: int, path: Path) -> bool:
    try:
        opened, named = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


# --- --resume: what an earlier run wrote ----------------------------------------------------

_RECORD_START = '{"schema_version": '
_RESUME_FIX = "--resume appends only to a file claimx extract wrote; choose another -o"


@dataclass
class ResumePoint:
    """What an earlier run of ``claimx extract -o FILE`` left in FILE."""

    done: dict[str, str] = field(default_factory=dict)  # input name: its text's SHA-256
    models: dict[tuple[str, str], str] = field(default_factory=dict)  # (name, version): where
    complete_end: int = 0  # bytes of complete records; a partial last record follows
    size: int = 0
    repeated: bool = False  # an input recorded twice: a redone input, the earlier one stale


def read_resume_point(output: str) -> ResumePoint:
    """Read FILE back for ``--resume``, changing nothing. Refused (ClaimxError, one line): a
    file that is not claimx's JSONL, a damaged line anywhere but at the end, a record of
    another schema version. A last line cut short is accepted if it is the start of a claimx
    record (``cut_partial_record`` removes it before the run appends)."""
    path = Path(os.path.realpath(output))
    if not path.exists():
        return ResumePoint()
    if not path.is_file():
        raise ClaimxError(f"{output}: not a regular file", "--resume reads FILE back: give a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ClaimxError(f"{output}: cannot read ({error.strerror})", "check the path") from None
    point = ResumePoint(size=len(data))
    lines = data.split(b"\n")
    last = lines.pop()  # after the final newline: empty, or a line cut short
    offset = 0
    for number, raw in enumerate(lines, start=1):
        offset += len(raw) + 1
        if raw.strip():
            _add_record(point, raw, f"{output}:{number}", number == 1)
    point.complete_end = offset
    if last.strip():
        where = f"{output}:{len(lines) + 1}"
        try:
            _add_record(point, last, where, not lines)
            point.complete_end = len(data)  # complete, only its newline missing
        except ClaimxError:
            text = last.decode("utf-8", errors="replace").lstrip()
            if not (text.startswith(_RECORD_START) or _RECORD_START.startswith(text)):
                raise
    return point


def _add_record(point: ResumePoint, raw: bytes, where: str, first: bool) -> None:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = "not UTF-8" if isinstance(error, UnicodeDecodeError) else error.msg
        if first and raw.lstrip().startswith(b"["):
            reason = "a JSON array (--format json), not JSON lines"
        raise _not_a_record(where, f"not a JSON record: {reason}", first) from None
    from claimx.records import SCHEMA_VERSION

    problem = _record_problem(record)
    if problem:
        raise _not_a_record(where, problem, first)
    if record["schema_version"] != SCHEMA_VERSION:
        raise ClaimxError(
            f"{where}: a record of schema_version {record['schema_version']}, not "
            f"{SCHEMA_VERSION} (another claimx version)",
            "choose another -o",
        )
    name = record["input"]
    point.repeated = point.repeated or name in point.done
    point.done[name] = record["text_sha256"]
    model = record["model"]
    point.models.setdefault((str(model.get("name")), str(model.get("version"))), where)


def _record_problem(record: object) -> str:
    if not isinstance(record, dict):
        return "not a claimx record (not a JSON object)"
    wanted = {
        "schema_version": int,
        "input": str,
        "text_sha256": str,
        "model": dict,
        "claims": list,
    }
    missing = [key for key, kind in wanted.items() if not isinstance(record.get(key), kind)]
    return f"not a claimx record (no {', '.join(missing)})" if missing else ""


def _not_a_record(where: str, problem: str, first: bool) -> ClaimxError:
    if first:
        file = where.rsplit(":", 1)[0]
        return ClaimxError(f"{file}: not claimx output (line 1: {problem})", _RESUME_FIX)
    return ClaimxError(
        f"{where}: damaged ({problem})",
        "--resume cannot tell what was lost; repair or remove that line, or choose another -o",
    )


def cut_partial_record(output: str, point: ResumePoint) -> bool:
    """Remove a last record cut short by an interruption (checked by ``read_resume_point``),
    or end a complete last record with its newline, so that the run can append. True if a
    partial record was removed."""
    path = Path(os.path.realpath(output))
    if point.size == 0 or not path.exists() or path.stat().st_size != point.size:
        return False
    resolve_target(output)  # a read-only file is an error here, and stays as it was
    if point.complete_end < point.size:
        with path.open("r+b") as stream:
            stream.truncate(point.complete_end)
        return True
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        ends = stream.read(1) == b"\n"
    if not ends:
        with path.open("ab") as stream:
            stream.write(b"\n")
    return False


def drop_superseded(output: str) -> int:
    """Keep only the last record of each input in the JSONL file (an input redone because its
    text changed is recorded twice), replacing the file whole. The number of records dropped."""
    path = Path(os.path.realpath(output))
    lines = path.read_bytes().splitlines(keepends=True)
    last: dict[str, int] = {}
    for index, line in enumerate(lines):
        with contextlib.suppress(ValueError, AttributeError, TypeError):
            last[json.loads(line)["input"]] = index
    kept = set(last.values())
    keep = [line for index, line in enumerate(lines) if index in kept or not line.strip()]
    dropped = len(lines) - len(keep)
    if dropped:
        with open_output(output, sys.stdout, streaming=False, binary=True) as stream:
            stream.write(b"".join(keep))
    return dropped


# How each kind of claimx output begins (JSONL records, a JSON array, the claims CSV, the
# speakers' CSV and JSON, --errors lines of extract and of evaluate, a table: its first rule).
_OUTPUT_STARTS = re.compile(
    r'\A\s*(?:\{"schema_version"|\{"input"|\{"article"|\[\s*(?:\]|\{\s*"(?:schema_version|speaker)")'
    r"|input,published,claim_id,|speaker,source_type,|\u2500{8})"
)


def written_by_claimx(path: str | Path) -> bool:
    """Does this file look like claimx output (so that writing over it loses nothing of the
    user's)? An empty file does too."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    if not head.strip() or head.startswith(b"PAR1"):
        return True
    text = head.decode("utf-8", errors="replace")
    return bool(_OUTPUT_STARTS.match(text)) or '<meta name="generator" content="claimx' in text
